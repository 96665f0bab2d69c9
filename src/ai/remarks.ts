// What an AI power says beside an answer on the line, in the words of the record (docs/history.md,
// the source report of 22 Sep 2017). Only the coalition denying a protest of fire on the government
// side's troops speaks: that is where the SDF commander's denial arose.
import type { GameView, MessageBody } from '../engine';

/** Ahmad Abu Khawla, the SDF's Deir ez-Zor Military Council, 21 Sep 2017 (DW, AP, Reuters). */
export const SDF_DENIAL = 'The SDF commander, Ahmad Abu Khawla: "We didn\'t fire a single bullet toward the regime." "We are far from them, Daesh is between us."';

/** The remark to send with `body`, or undefined for none. */
export function remarkFor(camp: string, view: GameView, body: MessageBody): string | undefined {
  if (camp !== 'coalition' || body.kind !== 'deny') return undefined;
  const protest = view.crisis.messages.find((m) => m.id === body.to);
  if (protest?.body.kind !== 'protest') return undefined;
  const id = protest.body.incident;
  return view.crisis.incidents.find((i) => i.id === id)?.victim === 'russia' ? SDF_DENIAL : undefined;
}
