// What the teacher hands out once a class exists: the class link and its QR code (the server's address
// on the local network), every seat's code in a table by group, and the dashboard's link, which holds
// the teacher's key and is for the teacher alone.
import type { Scenario } from '../../engine';
import type { ClassSeat, SeatCode } from '../../net/protocol';
import { formatDateTime } from '../../i18n/format';
import { t } from '../../i18n/messages';
import { campLabel } from '../../text/localNames';
import { el } from '../dom';
import { qrCode } from './qr';

export interface ClassCodesInput { title: string; joinUrl: string; dashboardUrl: string; codes: readonly SeatCode[]; expiresAt: string }

export function seatName(scenario: Scenario, seat: ClassSeat): string {
  return seat === 'control' ? t().class_control_seat() : campLabel(scenario, seat);
}

export function classCodes(scenario: Scenario, c: ClassCodesInput): HTMLElement {
  const seats = (['coalition', 'russia', 'control'] as const).filter((s) => c.codes.some((x) => x.seat === s));
  const groups = [...new Set(c.codes.map((x) => x.group))].sort((a, b) => a - b);
  const codeOf = (g: number, s: ClassSeat): string => c.codes.find((x) => x.group === g && x.seat === s)?.code ?? '—';
  const table = el('table', { class: 'review-table codes-table', 'data-testid': 'seat-codes' },
    el('caption', {}, t().class_codes_caption()),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t().class_col_decision_group()), ...seats.map((s) => el('th', { scope: 'col' }, seatName(scenario, s))))),
    el('tbody', {}, ...groups.map((g) => el('tr', {}, el('th', { scope: 'row' }, t().class_group({ group: g })),
      ...seats.map((s) => el('td', {}, el('code', { class: 'seat-code', 'data-testid': `code-${g}-${s}` }, codeOf(g, s))))))));
  const link = el('a', { href: c.joinUrl, 'data-testid': 'join-url' }, c.joinUrl);
  const dash = el('a', { href: c.dashboardUrl, 'data-testid': 'dashboard-url' }, t().class_open_dashboard());
  const print = el('button', { type: 'button' }, t().class_print_codes());
  print.addEventListener('click', () => window.print());
  return el('section', { class: 'review-section class-codes', 'aria-labelledby': 'codes-h', 'data-testid': 'class-codes' },
    el('h2', { id: 'codes-h' }, c.title),
    el('div', { class: 'join-box' },
      el('div', {},
        el('p', {}, t().class_students_open()),
        el('p', { class: 'lede' }, link),
        el('p', { class: 'hint' }, t().class_codes_expire({ time: formatDateTime(new Date(c.expiresAt)) }))),
      qrCode(c.joinUrl, t().class_qr_label({ url: c.joinUrl }))),
    table,
    el('div', { class: 'teacher-box no-print' },
      el('p', {}, el('strong', {}, `${t().class_your_dashboard()} `), dash, `. ${t().class_dashboard_key()}`),
      el('div', { class: 'buttons' }, print)));
}
