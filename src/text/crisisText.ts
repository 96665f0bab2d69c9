// Words for the great-power crisis: the powers, incident types, areas, lines, agreements and dates.
// Pure (no DOM); shared by the hotline's formal messages, the event log, the ladder and the map key.
import {
  type Agreement, type AgreementKind, type Area, type Channel, type IncidentType, INCIDENT_TYPES, type LineSpec, type Power,
  type Scenario, type WarningConsequence, HOME_BANK, addDays, formatDate, turnDate,
} from '../engine';
import { hexRef } from './places';

/** The two powers on the hotline: it is the US-Russian line, whoever the proxies are. */
export const POWER_NAME: Readonly<Record<Power, string>> = { coalition: 'Coalition', russia: 'Russia' };
/** Adjectives for formal text: "Coalition aircraft", "Russian aircraft". */
export const POWER_ADJ: Readonly<Record<Power, string>> = { coalition: 'Coalition', russia: 'Russian' };

export const CHANNEL_NAME: Readonly<Record<Channel, string>> = { air: 'Air channel', ground: 'Ground channel', commanders: 'Commanders\' line' };

export const INCIDENT_NAME: Readonly<Record<IncidentType, string>> = {
  firefight: 'firefight',
  misidentified_strike: 'misidentified strike',
  provocation: 'provocative strike',
  deliberate_attack: 'deliberate attack',
  line_crossed: 'deconfliction line crossed',
  agreement_broken: 'agreement broken',
  warning_ignored: 'warning ignored',
  public_warning: 'public warning',
  false_denial: 'false denial',
  proxy_fire: 'proxy fire',
};

export const CONSEQUENCE_LABEL: Readonly<Record<WarningConsequence, string>> = {
  suppress_fire: 'Suppress fire from the area',
  strike_back: 'Strike back at forces in the area',
  hold_responsible: 'Hold the other power responsible',
};

/** What the warner will do, as the end of "<Power> forces ...". */
export const CONSEQUENCE_TEXT: Readonly<Record<WarningConsequence, string>> = {
  suppress_fire: 'will suppress any fire coming from it',
  strike_back: 'will strike back at any force that enters it or fires from it',
  hold_responsible: 'will hold you responsible for any incident in it',
};

export const AGREEMENT_NAME: Readonly<Record<AgreementKind, string>> = {
  line: 'Deconfliction line', notice: 'Notice', shared_positions: 'Shared positions', hold_fire: 'Hold fire',
  withdrawal: 'Withdrawal', warning: 'Warning', meeting: 'Meeting',
};

/** "+3" or "−3" (a true minus sign, which screen readers say as "minus"). */
export const signed = (n: number): string => (n < 0 ? `−${-n}` : `+${n}`);

/** Who did what an inject did: Control, never a team ("Control (inject J2)"). */
export const injectAuthor = (inject: string): string => `Control (inject ${inject})`;

/** ", set off by Russia", ", set off by Control (inject J2)" or nothing: who set off a direct clash. */
export const clashSetOff = (r: { clashBy: Power | null; clashInject?: string }): string =>
  (r.clashInject !== undefined ? `, set off by ${injectAuthor(r.clashInject)}` : r.clashBy ? `, set off by ${POWER_NAME[r.clashBy]}` : '');

/** A message's sender: the power, or the inject that put it on the line in the power's name. */
export const senderText = (m: { from: Power; inject?: string }): string =>
  (m.inject === undefined ? POWER_NAME[m.from] : `${injectAuthor(m.inject)} in ${POWER_NAME[m.from]}'s name`);

export const isIncidentType = (s: string): s is IncidentType => (INCIDENT_TYPES as readonly string[]).includes(s);

/** An engine cause ("misidentified_strike", "russia left H3 unanswered") in plain English. */
export function causeText(cause: string): string {
  if (isIncidentType(cause)) return INCIDENT_NAME[cause];
  return cause.replace(/\b(coalition|russia)\b/g, (p) => POWER_NAME[p as Power]);
}

/** "9–10 Sep 2017": the days a turn covers. */
export function turnDays(scenario: Pick<Scenario, 'data'>, turn: number): string {
  const first = turnDate(scenario, turn);
  const days = scenario.data.daysPerTurn;
  if (days <= 1) return formatDate(first);
  const [d1, m1, y1] = formatDate(first).split(' ') as [string, string, string];
  const [d2, m2, y2] = formatDate(addDays(first, days - 1)).split(' ') as [string, string, string];
  if (y1 !== y2) return `${d1} ${m1} ${y1}–${d2} ${m2} ${y2}`;
  return m1 === m2 ? `${d1}–${d2} ${m2} ${y2}` : `${d1} ${m1}–${d2} ${m2} ${y2}`;
}

/** The last day of a turn: "12 Sep 2017" for turn 2. */
export function turnEnd(scenario: Scenario, turn: number): string {
  return formatDate(addDays(turnDate(scenario, turn), scenario.data.daysPerTurn - 1));
}

/** "2017-09-09T06:20Z" as a signal date-time group: "09 SEP 2017 0620Z". */
export function messageTime(at: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})Z$/.exec(at);
  if (!m) return at;
  const months = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
  return `${m[3]} ${months[Number(m[2]) - 1] ?? m[2]} ${m[1]} ${m[4]}${m[5]}Z`;
}

/** "within 5 km of Deir ez-Zor (hex 1,20)", or "at ..." for a single hex. */
export function areaText(scenario: Scenario, area: Area): string {
  const where = hexRef(scenario, area.centre);
  if (area.radius === 0) return `at ${where}`;
  return `within ${area.radius * scenario.map.data.hexSizeKm} km of ${where}`;
}

const BANK_NAME = { E: 'east', W: 'west' } as const;

/** A deconfliction line in words. */
export function lineText(scenario: Scenario, line: LineSpec): string {
  if (line.kind === 'river') {
    return `the Euphrates: Coalition forces keep to the ${BANK_NAME[HOME_BANK.coalition]} bank, Russian and government forces to the ${BANK_NAME[HOME_BANK.russia]} bank`;
  }
  const n = line.hexes.length;
  const first = line.hexes[0];
  const last = line.hexes[n - 1];
  if (!first || !last) return 'an empty line of hexes';
  if (n === 1) return `a single hex, ${hexRef(scenario, first)}, that neither side's forces enter`;
  return `a strip of ${n} hexes from ${hexRef(scenario, first)} to ${hexRef(scenario, last)} that neither side's forces enter`;
}

const list = (powers: readonly Power[]): string => powers.map((p) => POWER_NAME[p]).join(' and ');

/** One line for an agreement, for the log and the map key. */
export function agreementText(scenario: Scenario, a: Agreement): string {
  const area = a.area ? areaText(scenario, a.area) : '';
  const through = a.until !== null ? ` through turn ${a.until} (${turnEnd(scenario, a.until)})` : '';
  switch (a.kind) {
    case 'line': return `deconfliction line along ${a.line ? lineText(scenario, a.line) : 'an unknown line'}`;
    case 'notice': return `${POWER_NAME[a.by]} notice of ${a.activity === 'operation' ? 'a ground operation' : 'strikes'} ${area} on turn ${a.from} (${turnDays(scenario, a.from)})`;
    case 'shared_positions': return `${POWER_NAME[a.by]} shares its positions ${area}${through}`;
    case 'hold_fire': return `${list(a.bound)} holds fire ${area}${through}`;
    case 'withdrawal': return `${list(a.bound)} withdraws and stays out ${area}${through}`;
    case 'warning': return `${a.inject === undefined ? POWER_NAME[a.by] : senderText({ from: a.by, inject: a.inject })} warns ${list(a.bound)} off the area ${area}${through}`;
    case 'meeting': return `face-to-face meeting of commanders on turn ${a.from} (${turnDays(scenario, a.from)}), to share maps, graphics and information`;
  }
}

/** Control's finding on an incident, in words: "an accident", or "caused by the US-backed coalition". */
export function rulingText(finding: 'coalition' | 'russia' | 'accident'): string {
  return finding === 'accident' ? 'an accident, meant by nobody' : `caused by ${POWER_NAME[finding]}`;
}
