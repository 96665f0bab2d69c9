// The AI's code loads on demand in the browser (src/presenter/aiPlayers.ts); the tests' games play at once.
import { loadAi } from '../../src/presenter/aiPlayers';

await loadAi();
