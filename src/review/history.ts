// "What really happened": the game set beside the record, with the dates turned into the game's turns.
// A scenario's story gives its lines as data; the main scenario's are computed here, from docs/history.md.
import type { Camp, GameState, Incident, Scenario, ScenarioStory } from '../engine';
import { INCIDENT_NAME, POWER_NAME, injectAuthor } from '../text/crisisText';
import { t } from '../i18n/messages';
import { gameDate } from '../text/gameDate';
import { clashAuthor } from './clash';
import type { HistoryLine } from './types';
import type { Walk } from './walk';

/** The turn a calendar date falls in (may be past the last turn). */
export function turnOfDate(scenario: Scenario, iso: string): number {
  const days = Math.round((Date.parse(`${iso}T00:00Z`) - Date.parse(`${scenario.data.startDate}T00:00Z`)) / 86_400_000);
  return Math.floor(days / scenario.data.daysPerTurn) + 1;
}

// The citations (outlets, dates, titles) stay as published; only the annotations are worded per language.
const SOURCES = {
  capture: 'AP, Reuters, AFP; Wikipedia, "Deir ez-Zor offensive (September–November 2017)"',
  crossing: 'TASS, Russian MoD; Wikipedia, "Deir ez-Zor offensive (September–November 2017)"',
  get strike() {
    return `${t().review_h_src_statement({ source: 'CJTF-OIR', date: '16 Sep 2017' })}; ${t().review_h_src_denial({ source: 'Russian MoD' })}; Reuters`;
  },
  meeting: 'Col. Ryan Dillon (CJTF-OIR), 21 Sep 2017; Maj-Gen Igor Konashenkov (Russian MoD), 21 Sep 2017',
  khasham: 'NYT, 24 May 2018; Russian MoD; Wikipedia, "Battle of Khasham"',
  get report() {
    return t().review_h_src_report({ source: 'DW, AP and Reuters, 22 Sep 2017' });
  },
  asapov: 'Russian MoD, TASS; AP, Reuters',
  line: 'Reuters, Aug 2017; Col. Ryan Dillon (CJTF-OIR)',
};

/** "the coalition", "the government side", "IS": a camp inside a sentence. */
const the = (c: Camp): string => (c === 'is' ? t().review_h_camp_is() : c === 'coalition' ? t().review_h_camp_coalition() : t().review_h_camp_russia());

function when(scenario: Scenario, iso: string): string {
  const turn = turnOfDate(scenario, iso);
  const date = gameDate(iso);
  return turn <= scenario.data.turns ? t().review_date_turn({ date, turn: String(turn) }) : t().review_date_after({ date, turns: String(scenario.data.turns) });
}

/** A clash's ending of a sentence, with who set it off when known. */
const clashBy = (final: GameState, plain: () => string, by: (i: { by: string }) => string): string => {
  const author = final.result ? clashAuthor(final.result) : null;
  return author ? by({ by: author }) : plain();
};

function firstCapture(walk: Walk, objective: string): { turn: number; camp: Camp } | undefined {
  return walk.captures.find((c) => c.objective === objective && c.camp !== 'is');
}

/** `history`: the record's sentence, its date already in it. */
function captureLine(
  scenario: Scenario, walk: Walk, final: GameState, objective: string, topic: string, history: string, iso: string, sources: string = SOURCES.capture,
): HistoryLine {
  const name = scenario.objectives.find((o) => o.id === objective)?.name ?? objective;
  const first = firstCapture(walk, objective);
  const holder = final.control[objective];
  const end = holder ? t().review_h_held_end({ camp: the(holder) }) : t().review_h_nobody_end();
  const record = turnOfDate(scenario, iso);
  const said = first && (first.turn < record ? t().review_h_capture_earlier : first.turn > record ? t().review_h_capture_later : t().review_h_capture_same);
  const game = first && said
    ? said({ camp: the(first.camp), objective: name, turn: String(first.turn), end })
    : t().review_h_capture_none({ objective: name, end });
  return { topic, history, game, sources };
}

export function historyLines(scenario: Scenario, walk: Walk): HistoryLine[] {
  const story = scenario.data.story?.history;
  if (story) return [...story.map((h) => storyLine(scenario, walk, h)), ...injectLines(scenario, walk)];
  return scenario.id === 'deir-ez-zor-2017' ? mainHistoryLines(scenario, walk) : injectLines(scenario, walk);
}

/** A story's text with its date on the game's calendar. */
const onCalendar = (scenario: Scenario, text: string, iso: string): string => t().review_h_on_calendar({ text, when: when(scenario, iso) });

type StoryLine = NonNullable<ScenarioStory['history']>[number];

/** One line of a scenario's story, with the game's side from what its `compare` names. */
function storyLine(scenario: Scenario, walk: Walk, h: StoryLine): HistoryLine {
  const c = h.compare;
  if (c.kind === 'capture') return captureLine(scenario, walk, walk.final, c.objective, h.topic, onCalendar(scenario, h.text, h.date), h.date, h.sources);
  const crisis = walk.final.crisis;
  let game: string;
  if (c.kind === 'incidents') {
    const first = crisis.incidents[0];
    const disputed = crisis.incidents.filter((i) => i.knowledge.coalition === 'suspects' || i.knowledge.russia === 'suspects').length;
    game = first ? incidentsText(first, crisis.incidents.length, disputed) : t().review_h_no_incident();
  } else if (c.kind === 'talks') {
    const meetings = crisis.agreements.filter((a) => a.kind === 'meeting');
    const warnings = crisis.messages.filter((m) => m.body.kind === 'warn');
    const denials = crisis.messages.filter((m) => m.body.kind === 'deny').length;
    game = t().review_h_in_your_game({ text: [
      crisis.messages.length === 0 ? t().review_h_hotline_unused() : t().review_h_hotline_sent({ count: String(crisis.messages.length) }),
      meetingsText(meetings.map((m) => m.from)),
      warningsText(warnings.length, warnings.filter((m) => m.body.kind === 'warn' && m.body.public).length),
      denials === 0 ? t().review_h_nothing_denied() : t().review_h_denied({ count: denials }),
    ].join(t().review_separator()) });
  } else {
    const final = walk.final;
    const clash = final.result?.reason === 'direct_clash';
    game = clash ? clashBy(final, () => t().review_h_clash(), (i) => t().review_h_clash_by(i)) : t().review_h_no_clash({ points: String(crisis.escalation.points) });
  }
  return { topic: h.topic, history: onCalendar(scenario, h.text, h.date), game, sources: h.sources };
}

/** The main scenario's lines, each comparison written for it. */
function mainHistoryLines(scenario: Scenario, walk: Walk): HistoryLine[] {
  const final = walk.final;
  const crisis = final.crisis;
  const lines: HistoryLine[] = [
    captureLine(scenario, walk, final, 'conoco', t().review_h_conoco_topic(), t().review_h_conoco({ when: when(scenario, '2017-09-23') }), '2017-09-23'),
  ];

  const pontoon = walk.pontoons[0];
  const govCross = walk.crossings.find((c) => c.camp === 'russia');
  lines.push({
    topic: t().review_h_crossing_topic(),
    history: t().review_h_crossing({ when: when(scenario, '2017-09-18'), bridge: when(scenario, '2017-09-26') }),
    game: [
      pontoon ? t().review_h_pontoon({ turn: String(pontoon.turn), camp: the(pontoon.camp), place: pontoon.where }) : t().review_h_no_pontoon(),
      govCross ? t().review_h_gov_crossed({ turn: String(govCross.turn), unit: govCross.unit, place: govCross.where }) : t().review_h_gov_never(),
    ].join(' '),
    sources: SOURCES.crossing,
  });

  const city = firstCapture(walk, 'deir-ez-zor');
  const cityHolder = final.control['deir-ez-zor'];
  lines.push({
    topic: t().review_h_city_topic(),
    history: t().review_h_city({ date: gameDate('2017-09-09'), when: when(scenario, '2017-11-03') }),
    game: t().review_h_city_game({
      airbase: final.control.airbase ? the(final.control.airbase) : t().review_h_nobody(),
      city: city
        ? (cityHolder ? t().review_h_city_taken_held({ turn: String(city.turn), camp: the(city.camp), holder: the(cityHolder) }) : t().review_h_city_taken({ turn: String(city.turn), camp: the(city.camp) }))
        : (cityHolder ? t().review_h_city_never_held({ holder: the(cityHolder) }) : t().review_h_city_never()),
    }),
    sources: SOURCES.capture,
  });

  lines.push(captureLine(scenario, walk, final, 'mayadin', t().review_h_mayadin_topic(), t().review_h_mayadin({ when: when(scenario, '2017-10-14') }), '2017-10-14'));
  lines.push(westBankLine(scenario, walk));
  lines.push(asapovLine(scenario, final));

  const taken = (id: string): string => {
    const c = firstCapture(walk, id);
    const name = scenario.objectives.find((o) => o.id === id)?.name ?? id;
    return c ? t().review_h_took({ camp: the(c.camp), objective: name, turn: String(c.turn) }) : t().review_h_not_taken({ objective: name });
  };
  lines.push({
    topic: t().review_h_fields_topic(),
    history: t().review_h_fields({ zone: when(scenario, '2017-09-10'), jafra: when(scenario, '2017-09-30'), omar: when(scenario, '2017-10-22') }),
    game: t().review_h_in_your_game({ text: [taken('industrial-zone'), taken('jafra'), taken('al-omar')].join(t().review_separator()) }),
    sources: SOURCES.capture,
  });

  const first = crisis.incidents[0];
  const disputed = crisis.incidents.filter((i) => i.knowledge.coalition === 'suspects' || i.knowledge.russia === 'suspects').length;
  lines.push({
    topic: t().review_h_strike_topic(),
    history: t().review_h_strike({ when: when(scenario, '2017-09-16') }),
    game: first ? incidentsText(first, crisis.incidents.length, disputed) : t().review_h_no_incident(),
    sources: `${SOURCES.strike}; ${SOURCES.report}`,
  });

  const meetings = crisis.agreements.filter((a) => a.kind === 'meeting');
  const shares = crisis.messages.filter((m) => m.body.kind === 'share_positions').length;
  const warnings = crisis.messages.filter((m) => m.body.kind === 'warn');
  lines.push({
    topic: t().review_h_meetings_topic(),
    history: t().review_h_meetings({ when: when(scenario, '2017-09-21') }),
    game: t().review_h_in_your_game({ text: [
      meetingsText(meetings.map((m) => m.from)),
      shares === 0 ? t().review_h_never_shared() : shares === 1 ? t().review_h_shared_once() : shares === 2 ? t().review_h_shared_twice() : t().review_h_shared_times({ count: shares }),
      warningsText(warnings.length, warnings.filter((m) => m.body.kind === 'warn' && m.body.public).length),
    ].join(t().review_separator()) }),
    sources: `${SOURCES.meeting}; ${SOURCES.report}`,
  });

  const line = crisis.agreements.find((a) => a.kind === 'line');
  const clash = final.result?.reason === 'direct_clash';
  lines.push({
    topic: t().review_h_line_topic(),
    history: t().review_h_line(),
    game: t().review_h_line_game({
      line: line ? t().review_h_line_agreed({ turn: String(line.from) }) : t().review_h_line_none(),
      clash: clash ? clashBy(final, () => t().review_h_ended_clash(), (i) => t().review_h_ended_clash_by(i)) : t().review_h_no_direct_clash(),
    }),
    sources: SOURCES.khasham,
  });
  lines.push(...injectLines(scenario, walk));
  return lines;
}

/** The "about 100 km of the west bank" of September, beside how far down the west-bank highway the government side got by 30 Sep. */
function westBankLine(scenario: Scenario, walk: Walk): HistoryLine {
  const endOfSeptember = Math.min(turnOfDate(scenario, '2017-09-30'), walk.final.turn);
  const steps = walk.westBankReach.get(endOfSeptember) ?? 0;
  const km = steps * scenario.map.data.hexSizeKm;
  const turn = String(endOfSeptember);
  return {
    topic: t().review_h_west_topic(),
    history: t().review_h_west(),
    game: km > 0 ? t().review_h_west_gone({ km: String(km), turn }) : t().review_h_west_not({ turn }),
    sources: SOURCES.report,
  };
}

/** Lt-Gen Asapov's death, beside what became of the Russian advisers' unit named for him. */
function asapovLine(scenario: Scenario, final: GameState): HistoryLine {
  const spec = scenario.data.units.find((u) => u.id === 'ru-advisers');
  const unit = final.units.find((u) => u.id === 'ru-advisers');
  const steps = spec ? (spec.strength ?? scenario.unitTypes[spec.type]!.steps) : 0;
  const game = !spec ? t().review_h_no_advisers()
    : !unit ? t().review_h_advisers_destroyed({ unit: spec.name })
      : unit.strength < steps ? t().review_h_advisers_hurt({ unit: spec.name, strength: String(unit.strength), steps: String(steps) })
        : t().review_h_advisers_unhurt({ unit: spec.name });
  return {
    topic: t().review_h_general_topic(),
    history: t().review_h_general({ when: when(scenario, '2017-09-24') }),
    game,
    sources: SOURCES.asapov,
  };
}

function meetingsText(turns: readonly number[]): string {
  if (turns.length === 0) return t().review_h_never_met();
  const turn = String(turns[0]);
  return turns.length === 1 ? t().review_h_met_once({ turn }) : turns.length === 2 ? t().review_h_met_twice({ turn }) : t().review_h_met_times({ count: turns.length, turn });
}

function warningsText(sent: number, open: number): string {
  if (sent === 0) return t().review_h_no_warning();
  const inPublic = open === 0 ? t().review_h_public_none() : open === sent ? (sent === 1 ? t().review_h_public_it() : t().review_h_public_all()) : t().review_h_public_some({ count: String(open) });
  return t().review_h_warnings({ count: sent, public: inPublic });
}

/** The incidents in a sentence or two: how many, the first and who caused it, and how many had a disputed author. */
function incidentsText(first: Incident, n: number, disputed: number): string {
  const by = first.inject !== undefined ? injectAuthor(first.inject) : first.cause ? POWER_NAME[first.cause] : null;
  const incident = { incident: INCIDENT_NAME[first.type], turn: String(first.turn) };
  const what = by ? t().review_h_incident_what_by({ ...incident, by }) : t().review_h_incident_what(incident);
  if (n === 1) return (disputed === 1 ? t().review_h_one_disputed : t().review_h_one_incident)({ id: first.id, what });
  const d = disputed === 0 ? '' : disputed === n ? (n === 2 ? t().review_h_disputed_both() : t().review_h_disputed_all())
    : disputed === 1 ? t().review_h_disputed_one() : t().review_h_disputed_some({ count: String(disputed) });
  return t().review_h_incidents({ count: String(n), id: first.id, what, disputed: d });
}

/** Each scenario inject Control fired, beside the event it is drawn from (its own history text). */
function injectLines(scenario: Scenario, walk: Walk): HistoryLine[] {
  return walk.injects.flatMap((fired) => {
    const j = scenario.injects.find((x) => x.id === fired.source);
    if (!j) return [];
    const m = /^(.*?)\s*Sources?: (.*?)\.?$/s.exec(j.history);
    const inc = fired.incident ? walk.final.crisis.incidents.find((i) => i.id === fired.incident) : undefined;
    return [{
      topic: t().review_h_inject_topic({ title: j.title }),
      history: m ? m[1]! : j.history,
      game: inc
        ? t().review_h_inject_game_incident({ turn: String(fired.turn), id: fired.id, planned: String(j.turn), incident: inc.id, kind: INCIDENT_NAME[inc.type] })
        : t().review_h_inject_game({ turn: String(fired.turn), id: fired.id, planned: String(j.turn) }),
      sources: m ? m[2]! : t().review_h_inject_sources(),
    }];
  });
}

/** The sources of the scenario's history, named once at the foot of the section. */
export const historySources = (scenario: Scenario): string => scenario.data.story?.sources ?? HISTORY_SOURCES;

const HISTORY_SOURCES = 'CJTF-OIR statements, AP, Reuters, AFP, TASS, Russian MoD, Rudaw, Xinhua, Stars and Stripes, RFE/RL, NYT (24 May 2018, Khasham); Wikipedia articles "Deir ez-Zor offensive (September–November 2017)", "Eastern Syria campaign", "Battle of Khasham", "2017 Abu Kamal offensive".';
