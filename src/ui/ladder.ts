// The escalation ladder, always on show at the top of the side panel: every rung, the current one
// marked (arrow, "now" and aria-current, not colour alone), points, trust and the last change with
// its cause. Hover or focus explains the current risks and what the next rung brings.
import { ESCALATION_MAX, RUNGS, TRUST_MAX, type GameView, firefightChance, misidChance, rulesSummary, rungOf } from '../engine/core';
import { POWER_NAME, causeText, injectAuthor, isIncidentType, signed } from '../text/crisisText';
import { el } from './dom';
import { type Messages, t } from '../i18n/messages';

/** The rungs' names and effects in the current language, by index (the engine's RUNGS hold the English). */
const RUNG_WORDS: readonly [(m: Messages) => string, (m: Messages) => string][] = [
  [(m) => m.ladder_rung_0(), (m) => m.ladder_effect_0()], [(m) => m.ladder_rung_1(), (m) => m.ladder_effect_1()],
  [(m) => m.ladder_rung_2(), (m) => m.ladder_effect_2()], [(m) => m.ladder_rung_3(), (m) => m.ladder_effect_3()],
  [(m) => m.ladder_rung_4(), (m) => m.ladder_effect_4()], [(m) => m.ladder_rung_5(), (m) => m.ladder_effect_5()],
];
const rungName = (i: number): string => (RUNG_WORDS[i] ? RUNG_WORDS[i][0](t()) : RUNGS[i]!.name);
const rungEffects = (i: number): string => (RUNG_WORDS[i] ? RUNG_WORDS[i][1](t()) : RUNGS[i]!.effects);


export class EscalationLadder {
  readonly root: HTMLElement;
  private readonly rungs = el('ol', { class: 'rungs', 'data-testid': 'ladder-rungs' });
  private readonly points = el('p', { class: 'esc-points', 'data-testid': 'ladder-points' });
  private readonly last = el('p', { class: 'esc-last', 'data-testid': 'ladder-last' });
  private readonly tip = el('div', { class: 'tooltip', id: 'ladder-tip', role: 'tooltip', 'data-testid': 'ladder-tip' });
  private readonly box: HTMLElement;

  constructor() {
    this.box = el('div', {
      class: 'ladder-box', tabindex: '0', role: 'group', 'aria-labelledby': 'ladder-title', 'aria-describedby': 'ladder-tip', 'data-testid': 'ladder',
    }, this.rungs, this.points, this.last);
    // Esc hides the explanation without moving focus (it must be dismissable).
    this.box.addEventListener('keydown', (e) => { if (e.key === 'Escape') this.root.classList.add('tip-dismissed'); });
    this.box.addEventListener('blur', () => this.root.classList.remove('tip-dismissed'));
    this.box.addEventListener('mouseleave', () => this.root.classList.remove('tip-dismissed'));
    // The explanation opens to the left, over the map, so it never hides the panel's own controls.
    const place = (): void => {
      const r = this.box.getBoundingClientRect();
      this.tip.style.top = `${Math.max(4, Math.min(r.top, window.innerHeight - this.tip.offsetHeight - 4))}px`;
      this.tip.style.right = `${window.innerWidth - r.left + 8}px`;
    };
    this.box.addEventListener('mouseenter', place);
    this.box.addEventListener('focus', () => requestAnimationFrame(place));
    this.root = el('section', { class: 'ladder', 'aria-labelledby': 'ladder-title' },
      el('h3', { id: 'ladder-title' }, t().ladder_title()), this.box, this.tip);
  }

  render(view: GameView): void {
    const { points, last } = view.crisis.escalation;
    const trust = view.crisis.trust;
    const current = rungOf(points);
    this.root.dataset.rung = String(current);
    const items = RUNGS.map((r, i) => {
      const now = i === current;
      const range = i === RUNGS.length - 1 ? `${r.min}` : `${r.min}–${(RUNGS[i + 1]?.min ?? ESCALATION_MAX) - 1}`;
      return el('li', { class: now ? 'current' : i < current ? 'below' : 'above', 'aria-current': now ? 'step' : undefined, 'data-rung': String(i) },
        el('span', { class: 'mark', 'aria-hidden': 'true' }, now ? '▶' : ''),
        el('span', { class: 'rung-name' }, rungName(i)),
        el('span', { class: 'rung-range' }, range),
        now ? el('span', { class: 'now' }, t().ladder_now()) : null);
    });
    this.rungs.replaceChildren(...items.reverse()); // the top of the ladder at the top
    this.points.replaceChildren(
      el('strong', {}, t().ladder_points({ rung: rungName(current), points, max: ESCALATION_MAX })), t().ladder_trust({ trust, max: TRUST_MAX }));
    if (last) {
      const who = last.inject !== undefined && isIncidentType(last.cause) ? t().ladder_by({ who: injectAuthor(last.inject) })
        : last.by && isIncidentType(last.cause) ? t().ladder_by({ who: POWER_NAME[last.by] }) : '';
      this.last.textContent = t().ladder_last({ turn: last.turn, delta: signed(last.delta), cause: causeText(last.cause), who });
    } else {
      this.last.textContent = t().ladder_no_change();
    }
    this.tip.replaceChildren(...this.explain(view, current).map((line) => el('p', {}, line)));
  }

  /** The current risks in words, from the rules' own chances and the numbers they tell players. */
  private explain(view: GameView, current: number): string[] {
    const next = RUNGS[current + 1];
    const m = t();
    const { points } = view.crisis.escalation;
    const trust = view.crisis.trust;
    const { raise, misidentification, firefight, provocationRung } = rulesSummary();
    const out = [
      m.ladder_tip_now({ rung: rungName(current), effects: rungEffects(current) }),
      next ? m.ladder_tip_next({ rung: rungName(current + 1), min: next.min, more: next.min - points, effects: rungEffects(current + 1) }) : m.ladder_tip_top(),
      m.ladder_tip_misid({ seen: misidChance(trust), unseen: misidChance(trust, { unseen: true }), notice: -misidentification.notice }),
      m.ladder_tip_contact({ contact: raise.contact, chance: firefightChance(view), perRung: firefight.perRung }),
    ];
    if (current >= provocationRung) out.push(m.ladder_tip_provocation({ raise: raise.provocation }));
    return out;
  }
}
