// A scenario's length in words, for every list that offers scenarios (the start menu, the exercise
// setup, the class form): its turns, its dates and the class time it is meant for.
import { type Scenario, formatDate, turnDate } from '../engine';

/** "20 turns of 2 days, 9 Sep 2017 to 17 Oct 2017; about 120 minutes of class". */
export function scenarioFacts(s: Scenario): string {
  const d = s.data;
  const turns = `${d.turns} turn${d.turns === 1 ? '' : 's'} of ${d.daysPerTurn} day${d.daysPerTurn === 1 ? '' : 's'}`;
  const dates = `${formatDate(turnDate(s, 1))} to ${formatDate(turnDate(s, d.turns))}`;
  return `${turns}, ${dates}; ${d.classMinutes === undefined ? 'class time not given' : `about ${d.classMinutes} minutes of class`}`;
}

/** The option a list shows: the title, the turns and the class time. */
export function scenarioOption(s: Scenario): string {
  const d = s.data;
  return `${d.title} — ${d.turns} turns${d.classMinutes === undefined ? '' : `, about ${d.classMinutes} min`}`;
}
