// The class's results, from the store (so any process can answer): each group's replay, a CSV of the
// results, and a zip of the replays.
import { strToU8, zipSync } from 'fflate';
import { victoryPoints } from '../engine';
import { replayGame } from '../match/fold';
import type { Replay } from '../replay/format';
import { replayFromCommands } from '../replay/fromCommands';
import { summarize } from '../replay/summary';
import { builtinScenario } from '../scenarios';
import { groupSeed, playersOf } from './classes';
import type { ClassRecord, Storage } from './storage';

export async function classReplay(storage: Storage, record: ClassRecord, group: number): Promise<Replay> {
  const scenario = builtinScenario(record.settings.scenario)!;
  return replayFromCommands(scenario, groupSeed(record.settings, group), playersOf(record.settings), await storage.loadLog(record.id, group));
}

const CSV_HEAD = ['group', 'seed', 'status', 'outcome', 'winner', 'turn', 'vp_coalition', 'vp_russia', 'max_rung', 'incidents', 'messages', 'commands'];

/** A CSV field: quoted when it holds a comma, a quote or a line break; a leading = + - @ defused for spreadsheets. */
export function csvField(v: string | number): string {
  let s = String(v);
  if (/^[=+\-@]/.test(s) && typeof v === 'string') s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export async function classCsv(storage: Storage, record: ClassRecord): Promise<string> {
  const scenario = builtinScenario(record.settings.scenario)!;
  const lines = [CSV_HEAD.join(',')];
  for (let g = 1; g <= record.settings.groups; g++) {
    const seed = groupSeed(record.settings, g);
    const log = await storage.loadLog(record.id, g);
    const state = replayGame(scenario, seed, log).state;
    const sum = summarize(state, log.length);
    const vp = victoryPoints(scenario, state.control);
    lines.push([g, seed, state.status, sum.outcome, sum.winner ?? '', state.turn, vp.coalition, vp.russia, sum.maxRung, sum.incidents, sum.messages, sum.commands].map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

export async function classZip(storage: Storage, record: ClassRecord): Promise<Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (let g = 1; g <= record.settings.groups; g++) {
    files[`group-${String(g).padStart(2, '0')}.replay.json`] = strToU8(JSON.stringify(await classReplay(storage, record, g)));
  }
  return zipSync(files);
}
