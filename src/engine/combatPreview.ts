// What an attack may do, before it is made: for each face of the one die, the result, the steps each
// side loses, the units destroyed and whether an assault takes the hex, read from the same tables and
// loss order as resolveAttack. Exact: chances are counts of the six faces, expectations sums over them.
// The rules have no retreat result: a side only loses steps, and an assault advances into an emptied hex.
import { type Board, typeOf, unitsAt } from './board';
import { type Odds, attackKind, defenceOf, oddsFor } from './combat';
import type { Hex } from './hex';
import { CRT, LOSSES, oddsColumn, resultFor } from './rules';
import type { Scenario } from './scenario';
import type { CombatKind, CombatResult, Unit } from './types';

/** One face of the die. */
export interface FaceOutcome {
  roll: number;
  result: CombatResult;
  /** Steps the attacking unit loses (none for fire, air or a car bomb). */
  attackerLoss: number;
  /** Steps the defenders lose in all, strongest unit first. */
  defenderLoss: number;
  /** Defenders destroyed, by id. */
  destroyed: string[];
  attackerDestroyed: boolean;
  /** An assault whose attacker survives and empties the hex advances into it. */
  takesHex: boolean;
}

export interface CombatPreview {
  odds: Odds;
  faces: FaceOutcome[];
  /** Chance in sixths that the attacker loses 0, 1, 2… steps (index = steps). */
  attackerLoss: number[];
  /** Chance in sixths that the defenders lose 0, 1, 2… steps (index = steps). */
  defenderLoss: number[];
  /** Expected steps lost, in sixths of a step (divide by 6). */
  attackerExpectedSixths: number;
  defenderExpectedSixths: number;
  /** Chance in sixths that the attack takes the hex (assaults only). */
  takeSixths: number;
  attackerDestroyedSixths: number;
  /** Chance in sixths that at least one defender is destroyed. */
  defenderDestroyedSixths: number;
  /** Always 0: no result of these rules makes either side retreat. */
  retreatSixths: 0;
}

/** Applies `steps` to the stack as `inflict` does (strongest first, id order on ties); returns the ids destroyed. */
function lossesOn(stack: readonly Unit[], steps: number): { lost: number; destroyed: string[] } {
  const left = new Map(stack.map((u) => [u.id, u.strength]));
  let lost = 0;
  for (let i = 0; i < steps; i++) {
    const alive = stack.filter((u) => left.get(u.id)! > 0)
      .sort((a, b) => left.get(b.id)! - left.get(a.id)! || (a.id < b.id ? -1 : 1));
    const v = alive[0];
    if (!v) break;
    left.set(v.id, left.get(v.id)! - 1);
    lost++;
  }
  return { lost, destroyed: stack.filter((u) => left.get(u.id)! <= 0).map((u) => u.id) };
}

/** The preview of an attack of `attack` points by `attacker` (null for an air strike) of `kind` on `target`, as `board` shows it. */
export function previewAttack(
  scenario: Scenario, board: Board, attacker: Unit | null, kind: CombatKind, attack: number, target: Hex,
): CombatPreview {
  const defence = defenceOf(scenario, board, target);
  const odds = oddsFor(kind, attack, defence);
  const stack = unitsAt(board, target);
  const column = oddsColumn(attack, defence);
  const faces: FaceOutcome[] = CRT[column]!.map((raw, i) => {
    const result = resultFor(kind, raw);
    const loss = LOSSES[result];
    const hit = lossesOn(stack, loss.defender);
    const strength = kind === 'assault' && attacker ? attacker.strength : 0;
    const attackerLoss = Math.min(loss.attacker, strength);
    const attackerDestroyed = kind === 'assault' && attacker !== null && attackerLoss >= attacker.strength;
    const takesHex = kind === 'assault' && attacker !== null && !attackerDestroyed && hit.destroyed.length === stack.length;
    return { roll: i + 1, result, attackerLoss, defenderLoss: hit.lost, destroyed: hit.destroyed, attackerDestroyed, takesHex };
  });
  const histogram = (pick: (f: FaceOutcome) => number): number[] => {
    const out: number[] = [];
    for (const f of faces) {
      const n = pick(f);
      while (out.length <= n) out.push(0);
      out[n]!++;
    }
    return out;
  };
  const count = (p: (f: FaceOutcome) => boolean): number => faces.filter(p).length;
  return {
    odds, faces,
    attackerLoss: histogram((f) => f.attackerLoss),
    defenderLoss: histogram((f) => f.defenderLoss),
    attackerExpectedSixths: faces.reduce((s, f) => s + f.attackerLoss, 0),
    defenderExpectedSixths: faces.reduce((s, f) => s + f.defenderLoss, 0),
    takeSixths: count((f) => f.takesHex),
    attackerDestroyedSixths: count((f) => f.attackerDestroyed),
    defenderDestroyedSixths: count((f) => f.destroyed.length > 0),
    retreatSixths: 0,
  };
}

/** The preview of `unit`'s own attack on `target`, with its kind and attack points as the engine reckons them. */
export function previewUnitAttack(scenario: Scenario, board: Board, unit: Unit, target: Hex): CombatPreview {
  const kind = attackKind(scenario, unit);
  return previewAttack(scenario, board, unit, kind, typeOf(scenario, unit).attack * unit.strength, target);
}

/** The preview of the phase camp's air strike on `target`. */
export function previewAirStrike(scenario: Scenario, board: Board, target: Hex): CombatPreview {
  return previewAttack(scenario, board, null, 'air', scenario.data.camps[board.phase].airAttack, target);
}
