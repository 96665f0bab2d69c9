// "What really happened": the game set beside the record, with the dates turned into the game's turns.
// A scenario's story gives its lines as data; the main scenario's are computed here, from docs/history.md.
import { type Camp, type GameState, type Incident, type Scenario, type ScenarioStory, formatDate } from '../engine';
import { INCIDENT_NAME, POWER_NAME, clashSetOff, injectAuthor } from '../text/crisisText';
import { CAMP_SHORT } from '../text/places';
import type { HistoryLine } from './types';
import type { Walk } from './walk';

/** The turn a calendar date falls in (may be past the last turn). */
export function turnOfDate(scenario: Scenario, iso: string): number {
  const days = Math.round((Date.parse(`${iso}T00:00Z`) - Date.parse(`${scenario.data.startDate}T00:00Z`)) / 86_400_000);
  return Math.floor(days / scenario.data.daysPerTurn) + 1;
}

const SOURCES = {
  capture: 'AP, Reuters, AFP; Wikipedia, "Deir ez-Zor offensive (September–November 2017)"',
  crossing: 'TASS, Russian MoD; Wikipedia, "Deir ez-Zor offensive (September–November 2017)"',
  strike: 'CJTF-OIR statement of 16 Sep 2017; Russian MoD (denial); Reuters',
  meeting: 'Col. Ryan Dillon (CJTF-OIR), 21 Sep 2017; Maj-Gen Igor Konashenkov (Russian MoD), 21 Sep 2017',
  khasham: 'NYT, 24 May 2018; Russian MoD; Wikipedia, "Battle of Khasham"',
  report: 'DW, AP and Reuters, 22 Sep 2017 (the source report)',
  asapov: 'Russian MoD, TASS; AP, Reuters',
  line: 'Reuters, Aug 2017; Col. Ryan Dillon (CJTF-OIR)',
} as const;

/** "the coalition", "the government side", "IS": a camp inside a sentence. */
const the = (c: Camp): string => (c === 'is' ? 'IS' : `the ${CAMP_SHORT[c].toLowerCase()}`);

function when(scenario: Scenario, iso: string): string {
  const t = turnOfDate(scenario, iso);
  return t <= scenario.data.turns ? `${formatDate(iso)} (turn ${t})` : `${formatDate(iso)}, after the game's last turn (${scenario.data.turns})`;
}

function firstCapture(walk: Walk, objective: string): { turn: number; camp: Camp } | undefined {
  return walk.captures.find((c) => c.objective === objective && c.camp !== 'is');
}

function captureLine(
  scenario: Scenario, walk: Walk, final: GameState, objective: string, topic: string, history: string, iso: string, sources: string = SOURCES.capture,
): HistoryLine {
  const name = scenario.objectives.find((o) => o.id === objective)?.name ?? objective;
  const first = firstCapture(walk, objective);
  const holder = final.control[objective];
  const end = holder ? `${the(holder)} held it at the end` : 'nobody held it at the end';
  const game = first
    ? `In your game ${the(first.camp)} took ${name} on turn ${first.turn}${first.turn < turnOfDate(scenario, iso) ? ', earlier than in reality' : first.turn > turnOfDate(scenario, iso) ? ', later than in reality' : ', on the same turn as in reality'}; ${end}.`
    : `In your game no great-power camp took ${name}; ${end}.`;
  return { topic, history: sources === SOURCES.capture ? `${history} ${when(scenario, iso)}.` : onCalendar(scenario, history, iso), game, sources };
}

export function historyLines(scenario: Scenario, walk: Walk): HistoryLine[] {
  const story = scenario.data.story?.history;
  if (story) return [...story.map((h) => storyLine(scenario, walk, h)), ...injectLines(scenario, walk)];
  return scenario.id === 'deir-ez-zor-2017' ? mainHistoryLines(scenario, walk) : injectLines(scenario, walk);
}

/** A story's text with its date on the game's calendar. */
const onCalendar = (scenario: Scenario, text: string, iso: string): string => `${text} On the game's calendar: ${when(scenario, iso)}.`;

type StoryLine = NonNullable<ScenarioStory['history']>[number];

/** One line of a scenario's story, with the game's side from what its `compare` names. */
function storyLine(scenario: Scenario, walk: Walk, h: StoryLine): HistoryLine {
  const c = h.compare;
  if (c.kind === 'capture') return captureLine(scenario, walk, walk.final, c.objective, h.topic, h.text, h.date, h.sources);
  const crisis = walk.final.crisis;
  let game: string;
  if (c.kind === 'incidents') {
    const first = crisis.incidents[0];
    const disputed = crisis.incidents.filter((i) => i.knowledge.coalition === 'suspects' || i.knowledge.russia === 'suspects').length;
    game = first ? incidentsText(first, crisis.incidents.length, disputed) : 'In your game there was no incident between the powers.';
  } else if (c.kind === 'talks') {
    const meetings = crisis.agreements.filter((a) => a.kind === 'meeting');
    const warnings = crisis.messages.filter((m) => m.body.kind === 'warn');
    const denials = crisis.messages.filter((m) => m.body.kind === 'deny').length;
    game = `In your game ${crisis.messages.length === 0 ? 'the hotline was never used' : `${crisis.messages.length} hotline messages were sent`}; ${meetingsText(meetings.map((m) => m.from))}; ${warningsText(warnings.length, warnings.filter((m) => m.body.kind === 'warn' && m.body.public).length)}; ${denials === 0 ? 'nothing was denied' : `${denials === 1 ? 'one incident was' : `${denials} incidents were`} denied`}.`;
  } else {
    const final = walk.final;
    const clash = final.result?.reason === 'direct_clash';
    game = clash ? `In your game the game ended in a direct clash${final.result ? clashSetOff(final.result) : ''}.` : `In your game there was no direct clash; escalation ended at ${crisis.escalation.points}.`;
  }
  return { topic: h.topic, history: onCalendar(scenario, h.text, h.date), game, sources: h.sources };
}

/** The main scenario's lines, each comparison written for it. */
function mainHistoryLines(scenario: Scenario, walk: Walk): HistoryLine[] {
  const final = walk.final;
  const crisis = final.crisis;
  const lines: HistoryLine[] = [
    captureLine(scenario, walk, final, 'conoco', 'The Conoco gas plant', 'The SDF took the Conoco gas plant on', '2017-09-23'),
  ];

  const pontoon = walk.pontoons[0];
  const govCross = walk.crossings.find((c) => c.camp === 'russia');
  lines.push({
    topic: 'Crossing the Euphrates',
    history: `Government troops, a 4th Armoured Division unit among them, crossed the Euphrates by pontoons and ferries on ${when(scenario, '2017-09-18')}, reportedly from Hawijat Saqr island north of the airbase. The Russian engineers' bridge, about 210 m long, came later, about ${when(scenario, '2017-09-26')} (a source of low reliability).`,
    game: [
      pontoon ? `In your game the first pontoon was built on turn ${pontoon.turn} by ${the(pontoon.camp)} at ${pontoon.where}.` : 'In your game no pontoon was built.',
      govCross ? `The government side first crossed on turn ${govCross.turn} (${govCross.unit} to ${govCross.where}).` : 'The government side never crossed the river.',
    ].join(' '),
    sources: SOURCES.crossing,
  });

  const city = firstCapture(walk, 'deir-ez-zor');
  const cityHolder = final.control['deir-ez-zor'];
  lines.push({
    topic: 'Deir ez-Zor airbase and city',
    history: `The siege of the airbase was broken on ${formatDate('2017-09-09')} (turn 1); the government held it throughout. The city was fully taken by the government only on ${when(scenario, '2017-11-03')}.`,
    game: `In your game the airbase was held at the end by ${final.control.airbase ? the(final.control.airbase) : 'nobody'}; the city was ${city ? `first taken on turn ${city.turn} by ${the(city.camp)}` : 'never taken by a great-power camp'}${cityHolder ? ` and held at the end by ${the(cityHolder)}` : ''}.`,
    sources: SOURCES.capture,
  });

  lines.push(captureLine(scenario, walk, final, 'mayadin', 'Al-Mayadin', 'The government took Al-Mayadin on', '2017-10-14'));
  lines.push(westBankLine(scenario, walk));
  lines.push(asapovLine(scenario, final));

  const taken = (id: string): string => {
    const c = firstCapture(walk, id);
    const name = scenario.objectives.find((o) => o.id === id)?.name ?? id;
    return c ? `${the(c.camp)} took ${name} on turn ${c.turn}` : `no great-power camp took ${name}`;
  };
  lines.push({
    topic: 'The industrial zone and the oil fields',
    history: `The SDF reached the industrial zone opposite the city on ${when(scenario, '2017-09-10')}, took the Jafra oil field around ${when(scenario, '2017-09-30')}, a date that is not certain, and the Al-Omar oil field on ${when(scenario, '2017-10-22')}.`,
    game: `In your game ${taken('industrial-zone')}; ${taken('jafra')}; ${taken('al-omar')}.`,
    sources: SOURCES.capture,
  });

  const first = crisis.incidents[0];
  const disputed = crisis.incidents.filter((i) => i.knowledge.coalition === 'suspects' || i.knowledge.russia === 'suspects').length;
  lines.push({
    topic: 'The disputed strike',
    history: `Around 00:30 GMT on ${when(scenario, '2017-09-16')} a strike hit SDF positions east of the river near the industrial area, wounding 6 SDF fighters with US advisers present. The coalition blamed Russia; Russia denied it. US Defense Secretary Jim Mattis: "we'll sort this out".`,
    game: first ? incidentsText(first, crisis.incidents.length, disputed) : 'In your game there was no incident between the powers.',
    sources: `${SOURCES.strike}; ${SOURCES.report}`,
  });

  const meetings = crisis.agreements.filter((a) => a.kind === 'meeting');
  const shares = crisis.messages.filter((m) => m.body.kind === 'share_positions').length;
  const warnings = crisis.messages.filter((m) => m.body.kind === 'warn');
  lines.push({
    topic: 'Meetings, maps and warnings',
    history: `On ${when(scenario, '2017-09-21')} Col. Ryan Dillon disclosed the first face-to-face meeting of US and Russian generals that week, where the officers "shared maps, graphics and information". The same day Maj-Gen Konashenkov said Syrian forces had twice been shelled from SDF areas and warned in public that such fire would be "immediately suppressed". The SDF commander Ahmad Abu Khawla denied it: "We didn't fire a single bullet toward the regime"; "We are far from them, Daesh is between us." A third meeting followed in late October.`,
    game: `In your game ${meetingsText(meetings.map((m) => m.from))}; ${shares === 0 ? 'positions were never shared' : `positions were shared ${times(shares)}`}; ${warningsText(warnings.length, warnings.filter((m) => m.body.kind === 'warn' && m.body.public).length)}.`,
    sources: `${SOURCES.meeting}; ${SOURCES.report}`,
  });

  const line = crisis.agreements.find((a) => a.kind === 'line');
  const clash = final.result?.reason === 'direct_clash';
  lines.push({
    topic: 'The line and Khasham',
    history: 'The two sides kept to an agreed line along the Euphrates. On 7–8 Feb 2018, after this game\'s period, about 500 pro-government fighters with Wagner contractors attacked the SDF and US position at Conoco, 8 km east of the line; US air and artillery struck back and killed roughly 200–300. Russia said no Russian servicemen were involved. There was no direct US–Russian clash.',
    game: `In your game ${line ? `a deconfliction line was agreed on turn ${line.from}` : 'no deconfliction line was agreed'}, and ${clash ? `the game ended in a direct clash${final.result ? clashSetOff(final.result) : ''}` : 'there was no direct clash'}.`,
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
  const by = `by the end of September (turn ${endOfSeptember})`;
  return {
    topic: 'The west bank in September',
    history: 'In September 2017 the army took about 100 km of the west bank of the Euphrates.',
    game: km > 0
      ? `In your game the government side had gone ${km} km down the west-bank highway from the city ${by}.`
      : `In your game the government side had not gone down the west-bank highway beyond the city ${by}.`,
    sources: SOURCES.report,
  };
}

/** Lt-Gen Asapov's death, beside what became of the Russian advisers' unit named for him. */
function asapovLine(scenario: Scenario, final: GameState): HistoryLine {
  const spec = scenario.data.units.find((u) => u.id === 'ru-advisers');
  const unit = final.units.find((u) => u.id === 'ru-advisers');
  const steps = spec ? (spec.strength ?? scenario.unitTypes[spec.type]!.steps) : 0;
  const game = !spec ? 'This scenario has no unit of Russian advisers.'
    : !unit ? `In your game the unit "${spec.name}" was destroyed.`
      : unit.strength < steps ? `In your game the unit "${spec.name}" ended the game with ${unit.strength} of its ${steps} steps.`
        : `In your game the unit "${spec.name}" came through unhurt.`;
  return {
    topic: 'A Russian general killed',
    history: `Lt-Gen Valery Asapov, of the Russian military adviser group, was killed by IS mortar fire near Deir ez-Zor on ${when(scenario, '2017-09-24')}. The game has no rule for a commander's death.`,
    game,
    sources: SOURCES.asapov,
  };
}

const times = (n: number): string => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

function meetingsText(turns: readonly number[]): string {
  return turns.length === 0 ? 'the commanders never met' : `the commanders met ${times(turns.length)} (first on turn ${turns[0]})`;
}

function warningsText(sent: number, open: number): string {
  if (sent === 0) return 'no warning was sent';
  const inPublic = open === 0 ? 'none in public' : open === sent ? (sent === 1 ? 'in public' : 'all in public') : `${open} in public`;
  return `${sent === 1 ? 'one warning was' : `${sent} warnings were`} sent, ${inPublic}`;
}

/** The incidents in a sentence or two: how many, the first and who caused it, and how many had a disputed author. */
function incidentsText(first: Incident, n: number, disputed: number): string {
  const by = first.inject !== undefined ? ` caused by ${injectAuthor(first.inject)}` : first.cause ? ` caused by ${POWER_NAME[first.cause]}` : '';
  const what = `a ${INCIDENT_NAME[first.type]} on turn ${first.turn}${by}`;
  const suspected = '(the victim only suspected who did it)';
  if (n === 1) return `In your game there was one incident, ${first.id}, ${what}.${disputed === 1 ? ` Its author was disputed ${suspected}.` : ''}`;
  const d = disputed === 0 ? '' : disputed === n ? ` ${n === 2 ? 'Both' : 'All'} had a disputed author ${suspected}.`
    : disputed === 1 ? ` One of them had a disputed author ${suspected}.` : ` Of these, ${disputed} had a disputed author ${suspected}.`;
  return `In your game there were ${n} incidents; the first, ${first.id}, was ${what}.${d}`;
}

/** Each scenario inject Control fired, beside the event it is drawn from (its own history text). */
function injectLines(scenario: Scenario, walk: Walk): HistoryLine[] {
  return walk.injects.flatMap((fired) => {
    const j = scenario.injects.find((x) => x.id === fired.source);
    if (!j) return [];
    const m = /^(.*?)\s*Sources?: (.*?)\.?$/s.exec(j.history);
    const inc = fired.incident ? walk.final.crisis.incidents.find((i) => i.id === fired.incident) : undefined;
    return [{
      topic: `Inject: ${j.title}`,
      history: m ? m[1]! : j.history,
      game: `In your game Control fired it on turn ${fired.turn} (${fired.id}; planned for turn ${j.turn})${inc ? `; it caused incident ${inc.id}, a ${INCIDENT_NAME[inc.type]}` : ''}.`,
      sources: m ? m[2]! : 'the scenario\'s inject notes',
    }];
  });
}

/** The sources of the scenario's history, named once at the foot of the section. */
export const historySources = (scenario: Scenario): string => scenario.data.story?.sources ?? HISTORY_SOURCES;

const HISTORY_SOURCES = 'CJTF-OIR statements, AP, Reuters, AFP, TASS, Russian MoD, Rudaw, Xinhua, Stars and Stripes, RFE/RL, NYT (24 May 2018, Khasham); Wikipedia articles "Deir ez-Zor offensive (September–November 2017)", "Eastern Syria campaign", "Battle of Khasham", "2017 Abu Kamal offensive".';
