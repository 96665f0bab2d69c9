// The strip at the top of a networked seat's panel: which group and seat this is, whether the link to
// the class server is up, a pause by the teacher, and the phase timer counting down.
import type { Scenario } from '../../engine';
import type { ClassSeat } from '../../net/protocol';
import { t } from '../../i18n/messages';
import { el } from '../dom';
import { seatName } from './classCodes';
import { countdown } from './clockText';

export type LinkState = 'connected' | 'reconnecting' | 'closed';

export class SeatBanner {
  readonly root: HTMLElement;
  private readonly who = el('p', { class: 'seat-who', 'data-testid': 'seat-who' });
  private readonly link = el('p', { class: 'seat-link', role: 'status', 'data-testid': 'seat-link' });
  private readonly timer = el('p', { class: 'seat-timer', 'data-testid': 'seat-timer' });
  private linkState: LinkState = 'connected';
  private endsAt: string | null = null;
  private paused = false;

  constructor(private readonly scenario: Scenario, title: string, group: number, seat: ClassSeat) {
    this.who.textContent = t().class_seat_who({ title, group, seat: seatName(scenario, seat) });
    this.root = el('div', { class: 'seat-banner', 'data-testid': 'seat-banner' }, this.who, this.link, this.timer);
    this.render();
  }

  setLink(state: LinkState, why?: string): void {
    this.linkState = state;
    this.link.textContent = state === 'connected' ? t().class_link_connected()
      : state === 'reconnecting' ? t().class_link_reconnecting() : t().class_link_closed({ why: why ?? t().class_class_over() });
    this.root.dataset.link = state;
  }

  update(paused: boolean, phaseEndsAt: string | null): void {
    this.paused = paused;
    this.endsAt = phaseEndsAt;
    this.render();
  }

  /** Once a second: the timer's countdown. */
  render(now = Date.now()): void {
    this.setLink(this.linkState);
    this.root.classList.toggle('paused', this.paused);
    this.timer.textContent = this.paused ? t().class_paused_by_teacher()
      : this.endsAt ? t().class_phase_timer_left({ left: countdown(this.endsAt, now) }) : '';
    this.timer.hidden = this.timer.textContent === '';
  }
}
