// The after-action review of a game, from its scenario and replay: pure and deterministic, so the
// same replay gives the same review in Node and in any browser.
import { type Camp, RUNGS, type Scenario } from '../engine';
import type { Replay } from '../replay/format';
import { summarize } from '../replay/summary';
import { clashAuthor } from './clash';
import { t } from '../i18n/messages';
import { formatMessage, messageHeader, statusText } from '../text/messageText';
import { campName } from '../text/places';
import { kitFor } from '../exercise/kits';
import { decisionPoints } from './decisions';
import { historyLines, historySources } from './history';
import { hotwashOf } from './hotwash';
import { keyMoments } from './keyMoments';
import { learningChecks } from './learning';
import { questionsFor } from './questions';
import type { Review, ReviewKit, ReviewOutcome, TimelineEntry } from './types';
import { type Walk, walkReplay } from './walk';
import { localInject, localKit, localScenario, scenarioText } from '../text/scenarioText';
import { scenarioTitle } from '../text/scenarioFacts';
import { doctrineName } from '../text/choiceNames';
import { policyName } from '../text/policyName';

/** "human", "AI, balanced doctrine" for the campaign AI, "Reckless (simple AI)" for a scripted one. */
const playerText = (p: Replay['players'][Camp]): string =>
  p.kind === 'human' ? t().review_player_human()
  : p.policy === 'ai' ? policyName(`ai:${p.doctrine ?? 'balanced'}`)
  : p.doctrine ? t().review_player_policy_doctrine({ policy: policyName(p.policy), doctrine: doctrineName(p.doctrine) }) : policyName(p.policy);

function outcomeOf(scenario: Scenario, walk: Walk, commands: number): ReviewOutcome {
  const s = walk.final;
  const sum = summarize(s, commands);
  const r = s.result;
  const by = r ? clashAuthor(r) : null;
  const headline = !r ? t().review_in_progress({ turn: String(s.turn) })
    : r.reason === 'direct_clash' ? (by ? t().review_headline_clash_by({ by }) : t().review_headline_clash())
    : r.winner === 'draw' || r.winner === 'none' ? t().review_draw() : t().review_wins({ camp: campName(scenario, r.winner) });
  return {
    headline, report: r && { ...r, objectives: r.objectives.map((o) => ({ ...o, name: scenarioText(scenario).objectiveName(o.id) })) }, maxRung: sum.maxRung, finalEscalation: s.crisis.escalation.points,
    incidents: sum.incidents, messages: sum.messages,
    unanswered: s.crisis.messages.filter((m) => m.status === 'unanswered').length,
    injects: walk.injects.length, finalHash: sum.finalHash,
  };
}

/** Control's notes, each at the start of its turn, before that turn's entries. */
function withNotes(walk: Walk, notes: Replay['notes'], commands: number): TimelineEntry[] {
  if (!notes?.length) return walk.timeline;
  const out = [...walk.timeline];
  for (const note of [...notes].sort((a, b) => a.turn - b.turn)) {
    const command = walk.turnStarts.get(note.turn) ?? commands;
    const at = out.findIndex((e) => e.turn >= note.turn && e.kind !== 'note');
    const entry: TimelineEntry = { command, turn: note.turn, kind: 'note', actor: 'control', text: t().review_note({ text: note.text }), ref: null, escalation: [], delta: 0, trust: 0 };
    out.splice(at < 0 ? out.length : at, 0, entry);
  }
  return out;
}

function kitPart(played: Scenario, walk: Walk, replay: Replay): ReviewKit | null {
  const shipped = kitFor(played);
  if (!shipped) return null;
  const kit = localKit(shipped, played.id);
  const scenario = localScenario(played);
  return {
    objectives: learningChecks(kit, walk, replay),
    hotwash: hotwashOf(scenario, kit, walk),
    decisions: decisionPoints(scenario, kit, walk),
    debrief: { events: kit.debrief.events.map((e) => ({ ...e })), sources: kit.debrief.sources },
  };
}

export function buildReview(scenario: Scenario, replay: Replay): Review {
  const walk = walkReplay(scenario, replay);
  // The texts in the page's language (the worker loaded the overlay); the game replays on the scenario as played.
  const local = localScenario(scenario);
  const crisis = walk.final.crisis;
  const timeline = withNotes(walk, replay.notes, replay.commands.length);
  return {
    scenario: { id: scenario.id, title: scenarioTitle(scenario) },
    seed: replay.seed,
    players: { coalition: playerText(replay.players.coalition), russia: playerText(replay.players.russia), is: playerText(replay.players.is) },
    turns: walk.final.turn,
    commands: replay.commands.length,
    outcome: outcomeOf(scenario, walk, replay.commands.length),
    timeline,
    series: walk.series,
    transcript: crisis.messages.map((m) => {
      const t = formatMessage(scenario, m, { crisis });
      return { id: m.id, turn: m.turn, header: messageHeader(m), title: t.title, body: t.body, status: statusText(m), ...(m.remark === undefined ? {} : { remark: m.remark }) };
    }),
    keyMoments: keyMoments(timeline),
    history: historyLines(local, walk),
    historySources: historySources(local),
    questions: questionsFor(walk.final, walk.injects.map((i) => localInject(scenario, i).title), local.data.story?.questions),
    kit: kitPart(scenario, walk, replay),
  };
}

/** The rung bands for the escalation chart: [min, max) per rung, bottom to top. */
export const RUNG_BANDS = RUNGS.map((r, i) => ({ name: r.name, min: r.min, max: RUNGS[i + 1]?.min ?? r.min }));
