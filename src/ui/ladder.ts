// The escalation ladder, always on show at the top of the side panel: every rung, the current one
// marked (arrow, "now" and aria-current, not colour alone), points, trust and the last change with
// its cause. Hover or focus explains the current risks and what the next rung brings.
import { ESCALATION_MAX, RUNGS, TRUST_MAX, type GameView, firefightChance, misidChance, rulesSummary, rungOf } from '../engine';
import { POWER_NAME, causeText, injectAuthor, isIncidentType, signed } from '../text/crisisText';
import { el } from './dom';


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
      el('h3', { id: 'ladder-title' }, 'Escalation ladder'), this.box, this.tip);
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
        el('span', { class: 'rung-name' }, r.name),
        el('span', { class: 'rung-range' }, range),
        now ? el('span', { class: 'now' }, 'now') : null);
    });
    this.rungs.replaceChildren(...items.reverse()); // the top of the ladder at the top
    this.points.replaceChildren(
      el('strong', {}, `${RUNGS[current]!.name}: ${points} / ${ESCALATION_MAX} points`), ` · trust ${trust} / ${TRUST_MAX}`);
    if (last) {
      const who = last.inject !== undefined && isIncidentType(last.cause) ? ` by ${injectAuthor(last.inject)}`
        : last.by && isIncidentType(last.cause) ? ` by ${POWER_NAME[last.by]}` : '';
      this.last.textContent = `Last change (turn ${last.turn}): ${signed(last.delta)}, ${causeText(last.cause)}${who}.`;
    } else {
      this.last.textContent = 'No change yet this game.';
    }
    this.tip.replaceChildren(...this.explain(view, current).map((t) => el('p', {}, t)));
  }

  /** The current risks in words, from the rules' own chances and the numbers they tell players. */
  private explain(view: GameView, current: number): string[] {
    const rung = RUNGS[current]!;
    const next = RUNGS[current + 1];
    const { points } = view.crisis.escalation;
    const trust = view.crisis.trust;
    const { raise, misidentification, firefight, provocationRung } = rulesSummary();
    const out = [
      `Now: ${rung.name}. ${rung.effects}`,
      next ? `Next: ${next.name} at ${next.min} points (${next.min - points} more). ${next.effects}` : 'This is the top of the ladder.',
      `A strike near the other power's forces now risks hitting them ${misidChance(trust)}% of the time when you see them (${misidChance(trust, { unseen: true })}% when you do not); a hotline notice takes ${-misidentification.notice} points off.`,
      `Units in contact at the end of the turn: +${raise.contact} escalation and a ${firefightChance(view)}% chance of a firefight (${firefight.perRung}% more per rung, less with trust).`,
    ];
    if (current >= provocationRung) out.push(`An unnotified strike near their forces counts as a provocation (+${raise.provocation}) even when it misses them.`);
    return out;
  }
}
