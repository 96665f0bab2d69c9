// Words for the great-power crisis: the powers, incident types, areas, lines, agreements and dates.
// Pure (no DOM); shared by the hotline's formal messages, the event log, the ladder and the map key.
// The tables read the current language each time they are indexed (src/i18n/messages.ts).
import {
  type Agreement, type Area, type Channel, type IncidentType, INCIDENT_TYPES, type LineSpec, type Power,
  type Scenario, type WarningConsequence, HOME_BANK, addDays, formatDate, turnDate,
} from '../engine/core';
import { formatDateRange, formatDate as formatIntlDate, formatGameDate, formatList } from '../i18n/format';
import { currentLocale, t, translatedRecord } from '../i18n/messages';
import { hexRef } from './places';

/** The two powers on the hotline: it is the US-Russian line, whoever the proxies are. */
export const POWER_NAME: Readonly<Record<Power, string>> = translatedRecord({ coalition: (m) => m.common_power_coalition(), russia: (m) => m.common_power_russia() });
/** Adjectives for formal text: "Coalition aircraft", "Russian aircraft". */
export const POWER_ADJ: Readonly<Record<Power, string>> = translatedRecord({ coalition: (m) => m.common_power_adj_coalition(), russia: (m) => m.common_power_adj_russia() });

export const CHANNEL_NAME: Readonly<Record<Channel, string>> = translatedRecord({
  air: (m) => m.hotline_channel_air(), ground: (m) => m.hotline_channel_ground(), commanders: (m) => m.hotline_channel_commanders(),
});

export const INCIDENT_NAME: Readonly<Record<IncidentType, string>> = translatedRecord({
  firefight: (m) => m.common_incident_firefight(),
  misidentified_strike: (m) => m.common_incident_misidentified_strike(),
  provocation: (m) => m.common_incident_provocation(),
  deliberate_attack: (m) => m.common_incident_deliberate_attack(),
  line_crossed: (m) => m.common_incident_line_crossed(),
  agreement_broken: (m) => m.common_incident_agreement_broken(),
  warning_ignored: (m) => m.common_incident_warning_ignored(),
  public_warning: (m) => m.common_incident_public_warning(),
  false_denial: (m) => m.common_incident_false_denial(),
  proxy_fire: (m) => m.common_incident_proxy_fire(),
});

export const CONSEQUENCE_LABEL: Readonly<Record<WarningConsequence, string>> = translatedRecord({
  suppress_fire: (m) => m.hotline_consequence_label_suppress_fire(),
  strike_back: (m) => m.hotline_consequence_label_strike_back(),
  hold_responsible: (m) => m.hotline_consequence_label_hold_responsible(),
});

/** What the warner will do, as the end of "<Power> forces ...". */
export const CONSEQUENCE_TEXT: Readonly<Record<WarningConsequence, string>> = translatedRecord({
  suppress_fire: (m) => m.hotline_consequence_suppress_fire(),
  strike_back: (m) => m.hotline_consequence_strike_back(),
  hold_responsible: (m) => m.hotline_consequence_hold_responsible(),
});

/** "+3" or "−3" (a true minus sign, which screen readers say as "minus"). */
export const signed = (n: number): string => (n < 0 ? `−${-n}` : `+${n}`);

/** Who did what an inject did: Control, never a team ("Control (inject J2)"). */
export const injectAuthor = (inject: string): string => t().common_inject_author({ inject });

/** Who set off a direct clash: the power, Control's inject, or nobody known. */
export const clashAuthor = (r: { clashBy: Power | null; clashInject?: string }): string | undefined =>
  (r.clashInject !== undefined ? injectAuthor(r.clashInject) : r.clashBy ? POWER_NAME[r.clashBy] : undefined);

/** ", set off by Russia", ", set off by Control (inject J2)" or nothing: who set off a direct clash. */
export const clashSetOff = (r: { clashBy: Power | null; clashInject?: string }): string => {
  const who = clashAuthor(r);
  return who === undefined ? '' : t().common_clash_set_off({ who });
};

/** A message's sender: the power, or the inject that put it on the line in the power's name. */
export const senderText = (m: { from: Power; inject?: string }): string =>
  (m.inject === undefined ? POWER_NAME[m.from] : t().hotline_sender_inject({ author: injectAuthor(m.inject), power: POWER_NAME[m.from] }));

export const isIncidentType = (s: string): s is IncidentType => (INCIDENT_TYPES as readonly string[]).includes(s);

export { causeText } from './causeText';

/** "9–10 Sep 2017": the days a turn covers. */
export function turnDays(scenario: Pick<Scenario, 'data'>, turn: number): string {
  const first = turnDate(scenario, turn);
  const days = scenario.data.daysPerTurn;
  if (days <= 1) return formatGameDate(first);
  if (currentLocale() !== 'en') return dayRange(first, addDays(first, days - 1));
  const [d1, m1, y1] = formatDate(first).split(' ') as [string, string, string];
  const [d2, m2, y2] = formatDate(addDays(first, days - 1)).split(' ') as [string, string, string];
  if (y1 !== y2) return `${d1} ${m1} ${y1}–${d2} ${m2} ${y2}`;
  return m1 === m2 ? `${d1}–${d2} ${m2} ${y2}` : `${d1} ${m1}–${d2} ${m2} ${y2}`;
}

const utcNoon = (iso: string): Date => new Date(`${iso}T12:00:00Z`);

/** "9–10 сентября 2017 г.": a range of days through Intl, for the languages other than English. */
function dayRange(first: string, last: string): string {
  return formatDateRange(utcNoon(first), utcNoon(last), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** The last day of a turn: "12 Sep 2017" for turn 2. */
export function turnEnd(scenario: Scenario, turn: number): string {
  return formatGameDate(addDays(turnDate(scenario, turn), scenario.data.daysPerTurn - 1));
}

/** "2017-09-09T06:20Z" as a signal date-time group: "09 SEP 2017 0620Z" (month through Intl in ru and ar). */
export function messageTime(at: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})Z$/.exec(at);
  if (!m) return at;
  if (currentLocale() !== 'en') return `${formatIntlDate(utcNoon(`${m[1]}-${m[2]}-${m[3]}`), { day: '2-digit', month: 'short', year: 'numeric', timeZone: 'UTC' })} ${m[4]}${m[5]}Z`;
  const months = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
  return `${m[3]} ${months[Number(m[2]) - 1] ?? m[2]} ${m[1]} ${m[4]}${m[5]}Z`;
}

/** "within 5 km of Deir ez-Zor (hex 1,20)", or "at ..." for a single hex. */
export function areaText(scenario: Scenario, area: Area): string {
  const place = hexRef(scenario, area.centre);
  if (area.radius === 0) return t().hotline_area_at({ place });
  return t().hotline_area_within({ km: area.radius * scenario.map.data.hexSizeKm, place });
}

const bankName = (bank: 'E' | 'W'): string => (bank === 'E' ? t().hotline_bank_east() : t().hotline_bank_west());

/** A deconfliction line in words. */
export function lineText(scenario: Scenario, line: LineSpec): string {
  if (line.kind === 'river') {
    return t().hotline_line_river({ coalitionBank: bankName(HOME_BANK.coalition), russiaBank: bankName(HOME_BANK.russia) });
  }
  const n = line.hexes.length;
  const first = line.hexes[0];
  const last = line.hexes[n - 1];
  if (!first || !last) return t().hotline_line_empty();
  if (n === 1) return t().hotline_line_single({ place: hexRef(scenario, first) });
  return t().hotline_line_strip({ count: n, first: hexRef(scenario, first), last: hexRef(scenario, last) });
}

const list = (powers: readonly Power[]): string => formatList(powers.map((p) => POWER_NAME[p]));

/** One line for an agreement, for the log. */
export function agreementText(scenario: Scenario, a: Agreement): string {
  const m = t();
  const area = a.area ? areaText(scenario, a.area) : '';
  const through = a.until !== null ? m.panel_log_agreement_through({ turn: a.until, date: turnEnd(scenario, a.until) }) : '';
  switch (a.kind) {
    case 'line': return a.line ? m.panel_log_agreement_line({ line: lineText(scenario, a.line) }) : m.panel_log_agreement_line_unknown();
    case 'notice': return m.panel_log_agreement_notice({ activity: a.activity ?? 'strike', power: POWER_NAME[a.by], area, turn: a.from, days: turnDays(scenario, a.from) });
    case 'shared_positions': return m.panel_log_agreement_shared({ power: POWER_NAME[a.by], area, through });
    case 'hold_fire': return m.panel_log_agreement_hold_fire({ powers: list(a.bound), area, through });
    case 'withdrawal': return m.panel_log_agreement_withdrawal({ powers: list(a.bound), area, through });
    case 'warning': return m.panel_log_agreement_warning({ who: a.inject === undefined ? POWER_NAME[a.by] : senderText({ from: a.by, inject: a.inject }), powers: list(a.bound), area, through });
    case 'meeting': return m.panel_log_agreement_meeting({ turn: a.from, days: turnDays(scenario, a.from) });
  }
}

/** Control's finding on an incident, in words: "an accident, meant by nobody", or "caused by Russia". */
export function rulingText(finding: 'coalition' | 'russia' | 'accident'): string {
  return finding === 'accident' ? t().common_ruling_accident() : t().common_ruling_caused({ power: POWER_NAME[finding] });
}
