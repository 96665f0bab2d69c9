// The engine's command rules (src/engine/commandRules.ts), loaded apart from a page's first load (issue 19):
// a game's first frame draws from the state and the views (src/engine/core.ts), not from every command's
// rules. The match layer applies commands through here. A page starts loadRules() once its first frame is
// drawn and awaits it before a game runs (src/pages/game/main.ts); Node (the CLI, the class server, the
// sim's workers), the browser's workers and the tests await it before their first command.
import type * as CommandRules from '../engine/commandRules';

export type Rules = typeof CommandRules;

let rules: Rules | undefined;
let loading: Promise<Rules> | undefined;
const waiting: (() => void)[] = [];

/** Loads the rules (once; later calls share the first). */
export function loadRules(): Promise<Rules> {
  return (loading ??= import('../engine/commandRules').then((m) => {
    rules = m;
    for (const fn of waiting.splice(0)) fn();
    return m;
  }));
}

export function rulesLoaded(): boolean {
  return rules !== undefined;
}

/** The rules if loaded, else undefined (what a screen shows before them: no ranges, no targets). */
export function loadedRules(): Rules | undefined {
  return rules;
}

/** Calls `fn` once the rules are loaded (at once if they are), without starting the load. */
export function whenRulesLoaded(fn: () => void): void {
  if (rules) fn();
  else waiting.push(fn);
}

/** The rules, which must be loaded: a command before loadRules() resolved is a bug of its caller. */
export function rulesNow(): Rules {
  if (!rules) throw new Error('the engine\'s command rules are not loaded yet: await loadRules() (src/match/rules.ts) before a command applies');
  return rules;
}

export const applyCommand: Rules['applyCommand'] = (scenario, state, raw) => rulesNow().applyCommand(scenario, state, raw);
export const parseCommand: Rules['parseCommand'] = (raw) => rulesNow().parseCommand(raw);
