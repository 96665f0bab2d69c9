// The combat preview against the engine itself: every face of the die forced and applied (an
// enumeration that does not use the preview's code), seeded applies counted (Monte Carlo), and cases
// worked by hand from the combat table.
import { describe, expect, it } from 'vitest';
import { type Command, type GameState, type Scenario, applyCommand, seedState } from '../../src/engine';
import { unitById } from '../../src/engine/board';
import { previewAirStrike, previewUnitAttack } from '../../src/engine/combatPreview';
import type { Hex } from '../../src/engine/hex';
import { type UnitSpec, at, buildGame, ok } from './builder';
import { withRolls } from './dice';

interface Observed { attackerLoss: number; defenderLoss: number; takesHex: boolean; destroyed: string[] }

/** What one apply of `cmd` did, read from the states before and after. */
function observe(scenario: Scenario, before: GameState, cmd: Command, attacker: string | null, target: Hex): Observed {
  const after = ok(applyCommand(scenario, before, cmd)).state;
  const there = (s: GameState) => s.units.filter((u) => u.hex.q === target.q && u.hex.r === target.r && u.id !== attacker);
  const defendersBefore = there(before);
  const strengthAfter = (id: string) => after.units.find((u) => u.id === id)?.strength ?? 0;
  const a = attacker ? unitById(before, attacker)! : undefined;
  const aAfter = attacker ? after.units.find((u) => u.id === attacker) : undefined;
  return {
    attackerLoss: a ? a.strength - (aAfter?.strength ?? 0) : 0,
    defenderLoss: defendersBefore.reduce((s, u) => s + u.strength - strengthAfter(u.id), 0),
    takesHex: aAfter !== undefined && aAfter.hex.q === target.q && aAfter.hex.r === target.r,
    destroyed: defendersBefore.filter((u) => strengthAfter(u.id) === 0).map((u) => u.id).sort(),
  };
}

interface Case { name: string; units: UnitSpec[]; terrain?: string[]; attacker: string | null; target: [number, number]; sorties?: number }

const CASES: Case[] = [
  { name: 'assault at 1:1 on open ground', units: [{ id: 'sdf', camp: 'coalition', at: [2, 2] }, { id: 'is', camp: 'is', at: [3, 2] }], attacker: 'sdf', target: [3, 2] },
  {
    name: 'assault of a 1-step unit on a stack of two',
    units: [{ id: 'sdf', camp: 'coalition', type: 'mech', at: [2, 2], strength: 1 }, { id: 'is1', camp: 'is', at: [3, 2], strength: 1 }, { id: 'is2', camp: 'is', at: [3, 2], strength: 1 }],
    attacker: 'sdf', target: [3, 2],
  },
  {
    name: 'assault at 4:1 on a 1-step unit',
    units: [{ id: 'm1', camp: 'coalition', type: 'mech', at: [2, 2] }, { id: 'is', camp: 'is', at: [3, 2], strength: 1 }],
    attacker: 'm1', target: [3, 2],
  },
  {
    name: 'assault into a town at 1:2',
    terrain: ['dddddddd', 'dddddddd', 'dddudddd', 'dddddddd', 'dddddddd', 'dddddddd'],
    units: [{ id: 'sdf', camp: 'coalition', at: [2, 2] }, { id: 'is', camp: 'is', at: [3, 2] }], attacker: 'sdf', target: [3, 2],
  },
  { name: 'artillery fire at range', units: [{ id: 'gun', camp: 'coalition', type: 'arty', at: [1, 2] }, { id: 'obs', camp: 'coalition', at: [2, 2] }, { id: 'is', camp: 'is', at: [3, 2] }], attacker: 'gun', target: [3, 2] },
  { name: 'an air strike', units: [{ id: 'sdf', camp: 'coalition', at: [1, 2] }, { id: 'is', camp: 'is', at: [3, 2], strength: 2 }], attacker: null, target: [3, 2], sorties: 1 },
];

function setUp(c: Case) {
  const { scenario, state } = buildGame({ terrain: c.terrain, units: c.units, phaseOrder: ['coalition', 'russia', 'is'], sorties: c.sorties });
  const target = at(...c.target);
  const cmd: Command = c.attacker ? { type: 'attack', unit: c.attacker, target } : { type: 'air_strike', target };
  const preview = c.attacker ? previewUnitAttack(scenario, state, unitById(state, c.attacker)!, target) : previewAirStrike(scenario, state, target);
  return { scenario, state, target, cmd, preview };
}

describe('combat preview', () => {
  for (const c of CASES) {
    it(`matches the engine on every face of the die: ${c.name}`, () => {
      const { scenario, state, target, cmd, preview } = setUp(c);
      for (let roll = 1; roll <= 6; roll++) {
        const seen = observe(scenario, withRolls(state, [roll]), cmd, c.attacker, target);
        const face = preview.faces[roll - 1]!;
        expect({ attackerLoss: face.attackerLoss, defenderLoss: face.defenderLoss, takesHex: face.takesHex, destroyed: [...face.destroyed].sort() }, `roll ${roll}`)
          .toEqual(seen);
      }
      // The summaries are the faces' counts.
      const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
      expect(sum(preview.attackerLoss)).toBe(6);
      expect(sum(preview.defenderLoss)).toBe(6);
      expect(preview.attackerLoss.reduce((s, n, steps) => s + n * steps, 0)).toBe(preview.attackerExpectedSixths);
      expect(preview.defenderLoss.reduce((s, n, steps) => s + n * steps, 0)).toBe(preview.defenderExpectedSixths);
    });
  }

  it('agrees with 1200 seeded applies of the engine within four standard errors', () => {
    for (const c of CASES.slice(0, 2)) {
      const { scenario, state, target, cmd, preview } = setUp(c);
      const n = 1200;
      let attackerSteps = 0;
      let defenderSteps = 0;
      let taken = 0;
      for (let i = 0; i < n; i++) {
        const seen = observe(scenario, { ...state, rng: seedState(`mc-${i}`) }, cmd, c.attacker, target);
        attackerSteps += seen.attackerLoss;
        defenderSteps += seen.defenderLoss;
        if (seen.takesHex) taken++;
      }
      const p = preview.takeSixths / 6;
      const tol = 4 * Math.sqrt(Math.max(p * (1 - p), 1 / 36) / n);
      expect(Math.abs(taken / n - p), `${c.name}: take`).toBeLessThan(tol);
      // Losses are at most 2 steps: a standard deviation of at most 1 step.
      expect(Math.abs(attackerSteps / n - preview.attackerExpectedSixths / 6), `${c.name}: attacker`).toBeLessThan(4 / Math.sqrt(n));
      expect(Math.abs(defenderSteps / n - preview.defenderExpectedSixths / 6), `${c.name}: defender`).toBeLessThan(4 / Math.sqrt(n));
    }
  });

  it('reads the 1:2 row by hand: a 3-step attacker expects to lose a whole step, the defender a sixth', () => {
    const { preview } = setUp(CASES[3]!);
    expect(preview.odds.odds).toBe('1:2');
    // AL2 AL AL AL NE EX
    expect(preview.attackerLoss).toEqual([1, 4, 1]);
    expect(preview.attackerExpectedSixths).toBe(6);
    expect(preview.defenderLoss).toEqual([5, 1]);
    expect(preview.takeSixths).toBe(0);
    expect(preview.retreatSixths).toBe(0);
  });

  it('a 1-step attacker is destroyed by its first loss; one step off a stack of two does not take the hex', () => {
    const { preview } = setUp(CASES[1]!);
    // mech 3x1 = 3 against 2x1 + 2x1 = 4: 75% is 1:1 (AL AL NE EX DL DL).
    expect(preview.odds.odds).toBe('1:1');
    expect(preview.attackerLoss).toEqual([3, 3]);
    expect(preview.attackerDestroyedSixths).toBe(3);
    expect(preview.takeSixths).toBe(0);
    expect(preview.defenderDestroyedSixths).toBe(3);
  });

  it('at 4:1 on a 1-step unit every face takes the hex', () => {
    const { preview } = setUp(CASES[2]!);
    expect(preview.odds.odds).toBe('4:1');
    expect(preview.takeSixths).toBe(6);
    expect(preview.defenderLoss).toEqual([0, 6]);
  });

  it('fire never costs the firer a step', () => {
    const { preview } = setUp(CASES[4]!);
    expect(preview.attackerExpectedSixths).toBe(0);
    expect(preview.takeSixths).toBe(0);
  });
});
