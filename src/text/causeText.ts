// The engine's causes of escalation and trust changes in the page's language. The engine records a
// cause as a short English string (it is part of the saved state, so its form is fixed: changing it
// would change every golden hash); the forms are a closed set, written in src/engine (escalation,
// crisisTurn, hotline, agreements, proxies, injects, rulings). Each is matched here and rewritten as
// a whole message; a cause of no known form (an older save) is shown as written.
import type { Power } from '../engine/core';
import { type Messages, t } from '../i18n/messages';
import { INCIDENT_NAME, POWER_NAME, isIncidentType } from './crisisText';

const POWER = '(coalition|russia)';
const ID = '([\\w.-]+)';
const power = (p: string | undefined): string => POWER_NAME[p as Power] ?? p ?? '';

type Rule = [RegExp, (m: Messages, g: string[]) => string];
const rule = (re: string, f: Rule[1]): Rule => [new RegExp(`^${re}$`), f];

/** Longest forms first: "…was exposed when maps were shared" before "…was exposed". */
const RULES: readonly Rule[] = [
  rule('agreements kept', (m) => m.common_cause_agreements_kept()),
  rule('agreements kept \\((.+)\\)', (m, g) => m.common_cause_agreements_kept_ids({ ids: g[1]! })),
  rule('a quiet turn, managed on the hotline', (m) => m.common_cause_quiet_turn()),
  rule('(\\d+) contacts? between the two camps, one side holding its fire', (m, g) => m.common_cause_contacts_held({ contacts: m.common_cause_contacts({ count: Number(g[1]) }) })),
  rule('(\\d+) contacts? between the two camps', (m, g) => m.common_cause_contacts({ count: Number(g[1]) })),
  rule('face-to-face meeting of generals', (m) => m.common_cause_meeting()),
  rule('face-to-face meeting: maps, graphics and information shared', (m) => m.common_cause_meeting_shared()),
  rule(`inject ${ID} \\(${POWER}'s line down\\) left ${ID} unanswered`, (m, g) => m.common_cause_line_down({ inject: g[1]!, power: power(g[2]), id: g[3]! })),
  rule(`inject ${ID}: ${POWER} disowned the irregulars of incident ${ID}`, (m, g) => m.common_cause_disowned({ inject: g[1]!, power: power(g[2]), id: g[3]! })),
  rule(`inject ${ID}: ${POWER}'s disowning of incident ${ID} was exposed`, (m, g) => m.common_cause_disowning_exposed({ inject: g[1]!, power: power(g[2]), id: g[3]! })),
  rule(`inject ${ID}: (.*)`, (m, g) => m.common_cause_inject({ inject: g[1]!, title: g[2]! })),
  rule(`${POWER} broke agreement ${ID}`, (m, g) => m.common_cause_broke({ power: power(g[1]), id: g[2]! })),
  rule(`${POWER} left ${ID} unanswered`, (m, g) => m.common_cause_left_unanswered({ power: power(g[1]), id: g[2]! })),
  rule(`${POWER} shared positions`, (m, g) => m.common_cause_shared({ power: power(g[1]) })),
  rule(`${POWER} accepted ${ID}`, (m, g) => m.common_cause_accepted({ power: power(g[1]), id: g[2]! })),
  rule(`${POWER} rejected ${ID}`, (m, g) => m.common_cause_rejected({ power: power(g[1]), id: g[2]! })),
  rule(`${POWER} acknowledged incident ${ID}`, (m, g) => m.common_cause_acknowledged_incident({ power: power(g[1]), id: g[2]! })),
  rule(`${POWER} acknowledged ${ID}`, (m, g) => m.common_cause_acknowledged({ power: power(g[1]), id: g[2]! })),
  rule(`${POWER} denied incident ${ID}`, (m, g) => m.common_cause_denied({ power: power(g[1]), id: g[2]! })),
  rule(`${POWER}'s denial of ${ID} was exposed when maps were shared`, (m, g) => m.common_cause_denial_exposed_maps({ power: power(g[1]), id: g[2]! })),
  rule(`${POWER}'s denial of ${ID} was exposed`, (m, g) => m.common_cause_denial_exposed({ power: power(g[1]), id: g[2]! })),
  rule(`Control ruled incident ${ID} an accident`, (m, g) => m.common_cause_ruled_accident({ id: g[1]! })),
  rule(`Control attributed incident ${ID} to ${POWER}`, (m, g) => m.common_cause_attributed({ id: g[1]!, power: power(g[2]) })),
  // Last: a unit's name is scenario data and may hold any words.
  rule('(.+) pulled back behind the line', (m, g) => m.common_cause_pulled_back({ unit: g[1]! })),
];

/** An engine cause ("misidentified_strike", "russia left H3 unanswered") in the page's language. */
export function causeText(cause: string): string {
  if (isIncidentType(cause)) return INCIDENT_NAME[cause];
  for (const [re, f] of RULES) {
    const g = re.exec(cause);
    if (g) return f(t(), [...g]);
  }
  return cause;
}
