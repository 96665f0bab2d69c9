// A scenario's length in words, for every list that offers scenarios (the start menu, the exercise
// setup, the class form): its turns, its dates and the class time it is meant for; and the built-in
// scenarios' titles and summaries in the current language (scenario files show their own text).
import { type Scenario, turnDate } from '../engine';
import { formatGameDate } from '../i18n/format';
import { t } from '../i18n/messages';
import { builtinScenarioFile } from '../scenarios';

/** "20 turns of 2 days, 9 Sep 2017 to 17 Oct 2017; about 120 minutes of class". */
export function scenarioFacts(s: Scenario): string {
  const d = s.data;
  return t().menu_facts({
    turns: t().common_turns({ count: d.turns }),
    days: t().common_of_days({ count: d.daysPerTurn }),
    from: formatGameDate(turnDate(s, 1)),
    to: formatGameDate(turnDate(s, d.turns)),
    classTime: d.classMinutes === undefined ? t().menu_class_time_unknown() : t().menu_class_minutes({ minutes: d.classMinutes }),
  });
}

/** The option a list shows: the title, the turns and the class time. */
export function scenarioOption(s: Scenario): string {
  const d = s.data;
  const title = scenarioTitle(s);
  const turns = t().common_turns({ count: d.turns });
  return d.classMinutes === undefined ? t().menu_option({ title, turns }) : t().menu_option_minutes({ title, turns, minutes: d.classMinutes });
}

/**
 * A built-in scenario's own words translated (menu_scenario_<id>_title and _summary), as long as its
 * text is the one shipped (tests/unit/i18n.test.ts checks the English messages match the files); any
 * other scenario, or a field without a message, shows the data's text.
 */
function overlay(s: Scenario, field: 'title' | 'summary'): string {
  const shipped = builtinScenarioFile(s.id) as Partial<Record<'title' | 'summary', string>> | undefined;
  if (shipped?.[field] !== s.data[field]) return s.data[field];
  const message = (t() as unknown as Record<string, (() => string) | undefined>)[`menu_scenario_${s.id.replace(/-/g, '_')}_${field}`];
  return message ? message() : s.data[field];
}

export const scenarioTitle = (s: Scenario): string => overlay(s, 'title');
export const scenarioSummary = (s: Scenario): string => overlay(s, 'summary');
