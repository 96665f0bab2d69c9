// The engine's command rules load on demand in the browser (src/match/rules.ts); the tests' games apply commands at once.
import { loadRules } from '../../src/match/rules';

await loadRules();
