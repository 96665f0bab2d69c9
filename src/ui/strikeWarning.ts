// The warning before fire that risks the other power's forces or an agreement: the misidentification
// chance, whether the strike was notified, and the provocation, hold-fire and warning flags. The
// player confirms, cancels, or notifies first (which opens the hotline form for that hex).
import { type GameView, type Power, otherPower, rulesSummary } from '../engine';
import { POWER_ADJ, POWER_NAME } from '../text/crisisText';
import { hexName } from '../text/places';
import type { Controller, StrikeWarning } from '../presenter/controller';
import { el } from './dom';

function lines(w: StrikeWarning, view: GameView, camp: Power, scenario: Controller['session']['scenario']): string[] {
  const rival = otherPower(camp);
  const r = w.risk;
  const { raise, trust } = rulesSummary();
  const out: string[] = [];
  if (r.deliberate) {
    out.push(`${hexName(scenario, w.hex)} holds ${POWER_ADJ[rival]} forces: firing on it is a deliberate attack (escalation +${raise.deliberateAttack}, plus their losses).`);
  } else if (r.nearRival.length > 0 && w.kind !== 'assault') {
    out.push(`${POWER_ADJ[rival]} forces are within ${scenario.data.crisis.dangerRadius * scenario.map.data.hexSizeKm} km: ${r.nearRival.map((h) => hexName(scenario, h)).join('; ')}.`);
    out.push(`Misidentification chance: ${r.chance}%. The strike may hit them instead (escalation +${raise.misidentifiedStrike}, plus their losses).`);
    out.push(r.notified
      ? 'Notified: yes. Your strike notice covers this hex, so any incident is attributed, not disputed.'
      : 'Notified: no. A hotline notice first lowers the chance and makes any incident attributable.');
    if (r.shared) out.push(`${POWER_NAME[rival]} has shared these positions with you, which lowers the chance.`);
    out.push(r.provocation
      ? `Provocation: yes. At this rung an unnotified strike near their forces is a provocation (escalation +${raise.provocation}) even if it misses them.`
      : 'Provocation: no.');
  }
  out.push(r.holdFire
    ? `Hold fire: you agreed to hold fire here (${r.holdFire.id}). Firing breaks it (escalation +${raise.agreementBroken}, trust ${trust.broken}).`
    : 'Hold fire: no agreement covers this hex.');
  out.push(r.warned
    ? `Warning: ${POWER_NAME[r.warned.by]} warned you off this area (${r.warned.id}). Firing into it ignores the warning (escalation +${raise.warningIgnored}).`
    : 'Warning: none for this area.');
  if (view.crisis.escalation.points > 0) out.push(`Escalation now: ${view.crisis.escalation.points} of 100.`);
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
    const what = w.kind === 'air' ? 'Air strike' : w.kind === 'fire' ? 'Artillery fire' : 'Assault';
    const title = w.risk.deliberate ? `${what} on ${POWER_ADJ[rival]} forces` : `${what} near ${POWER_ADJ[rival]} forces`;
    const confirm = el('button', { type: 'button', class: 'danger', 'data-testid': 'warning-confirm' }, w.risk.deliberate ? 'Attack anyway' : 'Fire anyway');
    const cancel = el('button', { type: 'button', 'data-testid': 'warning-cancel' }, 'Cancel');
    const canNotify = !w.risk.deliberate && !w.risk.notified && w.risk.nearRival.length > 0;
    const notify = canNotify ? el('button', { type: 'button', class: 'primary', 'data-testid': 'warning-notify' }, 'Notify first') : null;
    confirm.addEventListener('click', () => this.controller.confirmWarning());
    cancel.addEventListener('click', () => this.controller.cancelWarning());
    notify?.addEventListener('click', () => this.controller.notifyFirst());
    const card = el('div', {
      class: 'menu-card warning-card', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'warning-title', 'aria-describedby': 'warning-body',
      'data-testid': 'strike-warning',
    },
    el('h2', { id: 'warning-title' }, `⚠ ${title}`),
    el('ul', { id: 'warning-body' }, ...lines(w, view, session.camp, session.scenario).map((t) => el('li', {}, t))),
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
