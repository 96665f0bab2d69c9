// The warning before fire that risks the other power's forces or an agreement: the misidentification
// chance, whether the strike was notified, and the provocation, hold-fire and warning flags. The
// player confirms, cancels, or notifies first (which opens the hotline form for that hex).
import { type GameView, type Power, otherPower, rulesSummary } from '../engine';
import { POWER_NAME } from '../text/crisisText';
import { hexName } from '../text/places';
import type { Controller, StrikeWarning } from '../presenter/controller';
import { el } from './dom';
import { t } from '../i18n/messages';

function lines(w: StrikeWarning, view: GameView, camp: Power, scenario: Controller['session']['scenario']): string[] {
  const rival = otherPower(camp);
  const r = w.risk;
  const { raise, trust } = rulesSummary();
  const out: string[] = [];
  const m = t();
  if (r.deliberate) {
    out.push(m.strike_deliberate({ power: rival, place: hexName(scenario, w.hex), raise: raise.deliberateAttack }));
  } else if (r.nearRival.length > 0 && w.kind !== 'assault') {
    out.push(m.strike_near({ power: rival, km: scenario.data.crisis.dangerRadius * scenario.map.data.hexSizeKm, places: r.nearRival.map((h) => hexName(scenario, h)).join('; ') }));
    out.push(m.strike_misid({ chance: r.chance, raise: raise.misidentifiedStrike }));
    out.push(r.notified ? m.strike_notified_yes() : m.strike_notified_no());
    if (r.shared) out.push(m.strike_shared({ power: POWER_NAME[rival] }));
    out.push(r.provocation ? m.strike_provocation_yes({ raise: raise.provocation }) : m.strike_provocation_no());
  }
  out.push(r.holdFire ? m.strike_hold_yes({ id: r.holdFire.id, raise: raise.agreementBroken, trust: trust.broken }) : m.strike_hold_no());
  out.push(r.warned ? m.strike_warned_yes({ power: POWER_NAME[r.warned.by], id: r.warned.id, raise: raise.warningIgnored }) : m.strike_warned_no());
  if (view.crisis.escalation.points > 0) out.push(m.strike_escalation_now({ points: view.crisis.escalation.points }));
  return out;
}

export class StrikeWarningDialog {
  private readonly root = el('div', { class: 'overlay warning-overlay', hidden: true });
  private shown: StrikeWarning | null = null;
  /** Where focus was before the dialog took it, to give it back. */
  private returnFocus: HTMLElement | null = null;

  constructor(parent: HTMLElement, private readonly controller: Controller) {
    parent.append(this.root);
    controller.onChange(() => this.render());
    // Made on demand (the game page makes it with the first warning), it shows a warning already up.
    this.render();
  }

  private render(): void {
    const w = this.controller.warning;
    if (w === this.shown) return;
    this.shown = w;
    if (!w) {
      const hadFocus = this.root.contains(document.activeElement);
      this.root.hidden = true;
      this.root.replaceChildren();
      // "Notify first" moves focus to the hotline form itself; otherwise focus goes back where it was.
      if (hadFocus && this.returnFocus?.isConnected) this.returnFocus.focus();
      this.returnFocus = null;
      return;
    }
    this.returnFocus ??= document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    const { session } = this.controller;
    const view = session.view();
    const rival = otherPower(session.camp);
    const what = w.kind === 'air' ? t().strike_what_air() : w.kind === 'fire' ? t().strike_what_fire() : t().strike_what_assault();
    const title = w.risk.deliberate ? t().strike_title_on({ power: rival, what }) : t().strike_title_near({ power: rival, what });
    const confirm = el('button', { type: 'button', class: 'danger', 'data-testid': 'warning-confirm' }, w.risk.deliberate ? t().strike_attack_anyway() : t().strike_fire_anyway());
    const cancel = el('button', { type: 'button', 'data-testid': 'warning-cancel' }, t().strike_cancel());
    const canNotify = !w.risk.deliberate && !w.risk.notified && w.risk.nearRival.length > 0;
    const notify = canNotify ? el('button', { type: 'button', class: 'primary', 'data-testid': 'warning-notify' }, t().strike_notify_first()) : null;
    confirm.addEventListener('click', () => this.controller.confirmWarning());
    cancel.addEventListener('click', () => this.controller.cancelWarning());
    notify?.addEventListener('click', () => this.controller.notifyFirst());
    const card = el('div', {
      class: 'menu-card warning-card', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'warning-title', 'aria-describedby': 'warning-body',
      'data-testid': 'strike-warning',
    },
    el('h2', { id: 'warning-title' }, `⚠ ${title}`),
    el('ul', { id: 'warning-body' }, ...lines(w, view, session.camp, session.scenario).map((line) => el('li', {}, line))),
    el('div', { class: 'buttons' }, ...[notify, confirm, cancel].filter((b): b is HTMLButtonElement => b !== null)));
    card.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') { e.preventDefault(); this.controller.cancelWarning(); }
      // Keep Tab inside the dialog.
      if (e.key === 'Tab') {
        const buttons = [...card.querySelectorAll('button')];
        const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
        const next = e.shiftKey ? (i <= 0 ? buttons.length - 1 : i - 1) : (i + 1) % buttons.length;
        e.preventDefault();
        buttons[next]?.focus();
      }
    });
    this.root.replaceChildren(card);
    this.root.hidden = false;
    cancel.focus();
  }
}
