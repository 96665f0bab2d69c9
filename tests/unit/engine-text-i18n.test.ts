// The rules engine's own sentences in each language: every predicted-effect note code, every refusal
// reason, every scenario-file, replay, save and exercise-code error, every class server error (enumerated from the engine's tables, so one added without a wording fails here), and real
// ones rendered from the main scenario with no English left in Russian or Arabic.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type MessageBody, NOTE_TEXT, type NoteCode, type NoteParams, type PredictNote, REFUSAL_TEXT, type RefusalParams, type RefusalReason,
  DATA_TEXT, type DataCode, type DataParams, applyCommand, dataError, newGame, predictMessage, refuse, viewFor,
} from '../../src/engine';
import { validateScenarioText } from '../../src/scenarioFile';
import { dataErrorText } from '../../src/text/dataErrorText';
import { REPLAY_TEXT, type ReplayCode, type ReplayParams, replayRefusal } from '../../src/replay/parseErrors';
import { parseReplay, parseReplayText } from '../../src/replay/parse';
import { playerOf, replayFromCommands } from '../../src/replay/fromCommands';
import { replayErrorText } from '../../src/text/replayErrorText';
import { SAVE_TEXT, type SaveCode, type SaveParams, badSave } from '../../src/game/saveErrors';
import { loadSave, parseSave } from '../../src/game/saves';
import { type SaveStorage, makeSave, writeSave } from '../../src/game/saveWrite';
import { GameSession } from '../../src/presenter/session';
import { saveErrorText } from '../../src/text/saveErrorText';
import { EXERCISE_CODE_TEXT, type ExerciseCodeError, type ExerciseCodeParams, badCode } from '../../src/exercise/codeErrors';
import { parseExerciseCode } from '../../src/exercise/code';
import { exerciseCodeText } from '../../src/text/exerciseCodeText';
import { BASE_LOCALE, LOCALES, type Locale, useLocale } from '../../src/i18n/messages';
import { builtinScenario, builtinScenarioFile } from '../../src/scenarios';
import { noteText } from '../../src/text/predictText';
import { refusalText } from '../../src/text/refusalText';
import { SERVER_ERROR_CODES, serverErrorText } from '../../src/text/serverErrorText';
import { joinFailure } from '../../src/pages/classnet/server';
import { type CreateClass, createClassSchema } from '../../src/net/protocol';
import { zodProblem } from '../../src/server/zodProblem';
import { newClass } from '../../src/server/classes';
import { classFieldText } from '../../src/text/classFieldText';
import { openFromFile, openFromHash } from '../../src/ui/replay/open';
import { readChosenFile } from '../../src/ui/fileRead';
import { encodeReplay } from '../../src/replay/link';

const scenario = builtinScenario('deir-ez-zor-2017')!;
const OTHERS = LOCALES.filter((l) => l !== BASE_LOCALE);

/** Latin words (two letters or more) left in a text once the given data (ids, names) is taken out. */
const latinWords = (text: string, data: readonly string[] = []): string[] =>
  [...[...data].sort((a, b) => b.length - a.length).reduce((s, d) => s.split(d).join(' '), text).matchAll(/[A-Za-z]{2,}/g)].map((m) => m[0]);

/** Numbers for each note code; typed, so a new code needs one here too. */
const NOTE_SAMPLES: { [C in NoteCode]: NoteParams<C> } = {
  notify_strike: { turn: 3, points: 15 }, notify_strike_astray: {}, notify_ground: {}, line_river: {}, line_hexes: { hexes: 5 },
  line_terms: { trust: 3, escalation: 9, brokenTrust: -10, lower: 1, keptTrust: 1 }, share_sees: { turns: 2 }, share_strikes: { points: 10 },
  hold_fire_terms: { trust: 3, turns: 2, escalation: 6, brokenTrust: -10 }, withdrawal_terms: { trust: 3, turns: 1, escalation: 6, brokenTrust: -10 },
  warn_window: { turns: 2, escalation: 4 }, warn_public: {}, warn_private: {}, protest_answer: {}, protest_replies: { lower: 3 },
  meeting_terms: { trust: 3, lower: 10, meetingTrust: 10 }, accept_bound: {}, reject_lapses: {}, counter_line: {}, acknowledge_receipt: {},
  acknowledge_responsibility: {}, deny_honest: {}, deny_false_known: {}, deny_false_chance: { pct: 50 }, deny_exposure: { trust: -10, escalation: 5 },
};
const sampleNote = (code: NoteCode): PredictNote => {
  const params = NOTE_SAMPLES[code];
  if (!params) throw new Error(`no sample numbers for note code ${code}: add them to NOTE_SAMPLES`);
  return { code, params, message: (NOTE_TEXT[code] as (p: unknown) => string)(params) } as PredictNote;
};
const NOTE_CODES = Object.keys(NOTE_TEXT) as NoteCode[];

describe('predicted-effect notes', () => {
  afterEach(() => useLocale(BASE_LOCALE));

  it('English words each note as the engine does (but the exposure cost, worded as a loss)', () => {
    const differ = NOTE_CODES.filter((c) => c !== 'deny_exposure').map(sampleNote).filter((n) => noteText(n) !== n.message);
    expect(differ.map((n) => `${n.code}: ${noteText(n)} vs ${n.message}`)).toEqual([]);
  });

  it.each(OTHERS)('every note code has a %s sentence with no English in it', async (locale: Locale) => {
    await useLocale(locale);
    const bad = NOTE_CODES.map((code) => {
      try {
        const text = noteText(sampleNote(code));
        return text.trim() === '' || latinWords(text).length > 0 ? `${code}: ${text}` : null;
      } catch (e) {
        return `${code}: ${(e as Error).message}`;
      }
    }).filter((x) => x !== null);
    expect(bad).toEqual([]);
  });

  it.each(OTHERS)('a request to hold fire and a strike notice predicted on the main scenario read in %s', async (locale: Locale) => {
    await useLocale(locale);
    const view = viewFor(scenario, newGame(scenario, 'i18n-notes'), 'russia');
    const bodies: MessageBody[] = [
      { kind: 'request_hold_fire', area: { centre: { q: 3, r: 23 }, radius: 2 }, turns: 2 },
      { kind: 'notify', activity: 'strike', area: { centre: { q: 3, r: 23 }, radius: 2 }, turn: 1 },
    ];
    for (const body of bodies) {
      const p = predictMessage(scenario, view, body);
      if (!p.ok) throw new Error(`refused: ${p.error.message}`);
      const text = p.notes.map(noteText).join(' ');
      expect(text.length).toBeGreaterThan(20);
      expect(latinWords(text)).toEqual([]);
      expect(text).not.toBe(p.notes.map((n) => n.message).join(' '));
    }
  });
});

/** Data a refusal names as the scenario wrote it (unit names, ids): left as they are in every language. */
const DATA = ['Tabqa Brigade', 'is-raid', 'is-counter', 'is-strike',
  // A malformed command's paths, field names, ids and enum values, as the command has them.
  'fly', 'move', 'attack', 'colour', 'order', 'restrain', 'free', 'to.q', 'unit', 'to', 'message.area', 'message.line.kind', 'message.line.hexes',
  'message.line', 'message.public', 'message', 'hello', 'notify', 'protest', 'inject.title', 'inject.text', 'inject', 'fake', 'scenario', 'custom',
  'kind', 'river', 'hexes', 'centre', 'radius', 'true', 'false'];
const U = { unit: 'Tabqa Brigade' };
/** Data for each refusal reason; typed, so a new reason needs one here too. */
const REFUSAL_SAMPLES: { [R in RefusalReason]: RefusalParams<R> } = {
  game_over: {}, unknown_unit: U, not_your_unit: { ...U, camp: 'coalition', phase: 'russia' }, off_map: { hex: '40,2' }, no_movement: U,
  unreachable: { ...U, hex: '3,4' }, not_visible: { camp: 'russia', hex: '3,4' }, no_target: { hex: '3,4' }, already_acted: U, restrained: U,
  cannot_attack: U, out_of_range: { ...U, hex: '3,4', distance: 5, range: 2 }, no_sorties: { camp: 'coalition' }, build_not_engineer: U,
  build_first: U, build_not_next: { ...U, hex: '3,4' }, build_not_river: { hex: '3,4' }, build_pontoon_there: { hex: '3,4' },
  order_great_power: U, order_not_proxy: U, order_already_restrained: U, order_already_free: U, order_acted: U, mine_not_is: {},
  mine_car_bomb: U, mine_first: U, no_mines: {}, mine_too_far: { ...U, hex: '3,4' }, mine_river_between: { ...U, hex: '3,4' },
  mine_open_river: { hex: '3,4' }, mine_there: { hex: '3,4' }, mine_enemy_there: { hex: '3,4' }, area_off_map: { hex: '40,2' },
  line_hex_off_map: { hex: '40,2' }, line_hex_twice: { hex: '3,4' }, not_a_power: {}, hotline_busy: { camp: 'russia', cap: 3 },
  notice_turn: { turn: 2, asked: 5 }, unknown_incident: { incident: 'I9' }, protest_not_victim: { camp: 'coalition' },
  incident_closed: { incident: 'I1', status: 'denied' }, meeting_no_turn: {}, meeting_recent: { turns: 3 }, line_down: { camp: 'russia', until: 4 },
  unknown_message: { message: 'H9' }, reply_not_yours: { message: 'H1', to: 'coalition', camp: 'russia' }, reply_unanswered: { message: 'H1' },
  reply_answered: { message: 'H1' }, reply_kind: { message: 'H1', kind: 'protest', allowed: ['acknowledge', 'deny'], reply: 'accept' },
  reply_too_old: { message: 'H1' }, meeting_reply_no_turn: {}, ruled_accident: { incident: 'I1', turn: 2 }, ruled_camp: { incident: 'I1', camp: 'russia', turn: 2 },
  ruling_victim: { incident: 'I1', camp: 'coalition' }, unknown_inject: { inject: 'is-raid', known: ['is-counter', 'is-strike'] },
  inject_fired: { inject: 'is-raid', fired: 'J1', turn: 3 }, control_only: {}, only_control_injects: {}, only_control_rulings: {},
  team_not_ai: { camp: 'russia' }, played_by_ai: { camp: 'russia' }, paused: {}, ai_playing: {}, not_phase: { camp: 'is' }, handover: {},
  watched_group: {}, watched_replay: {}, net_control_injects: {}, net_offline: {}, net_in_flight: {}, net_paused: {}, net_not_your_phase: {},
  shape_not_object: {}, shape_unknown_type: { given: '"fly"', known: ['move', 'attack'] }, shape_unknown_field: { field: 'colour', of: 'move' },
  shape_remark: { max: 280 }, shape_one_of: { path: 'order', options: ['restrain', 'free'] }, shape_int: { path: 'to.q', min: -10000, max: 10000 },
  shape_id: { path: 'unit', what: 'unit', max: 64 }, shape_hex: { path: 'to' }, shape_area: { path: 'message.area' }, shape_line: { path: 'message.line' },
  shape_line_kind: { path: 'message.line.kind' }, shape_line_hexes: { path: 'message.line.hexes', max: 12 }, shape_boolean: { path: 'message.public' },
  shape_message: { path: 'message' }, shape_message_kind: { given: '"hello"', known: ['notify', 'protest'] }, shape_inject: { path: 'inject' },
  shape_inject_kind: { given: '"fake"' }, shape_text: { path: 'inject.title', max: 80 }, shape_control_chars: { path: 'inject.text' },
};
/** A malformed command's each kind of id, worded by the same reason. */
const ID_KINDS = (['unit', 'incident', 'message', 'inject'] as const).map((what) => refuse('malformed_command', 'shape_id', { path: 'to', what, max: 64 }));
const REASONS = Object.keys(REFUSAL_TEXT) as RefusalReason[];
const sampleRefusal = (reason: RefusalReason) => {
  const params = REFUSAL_SAMPLES[reason];
  if (!params) throw new Error(`no sample data for refusal ${reason}: add it to REFUSAL_SAMPLES`);
  return refuse('not_your_phase', reason, params as never);
};

describe('refusals', () => {
  afterEach(() => useLocale(BASE_LOCALE));

  it.each(LOCALES)('every refusal reason has a %s sentence (with no English in ru and ar)', async (locale: Locale) => {
    await useLocale(locale);
    const bad = [...REASONS, ...ID_KINDS.map((_, i) => i)].map((reason) => {
      try {
        const error = typeof reason === 'number' ? ID_KINDS[reason]! : sampleRefusal(reason);
        const text = refusalText(error);
        const english = locale !== BASE_LOCALE && (text === error.message || latinWords(text, DATA).length > 0);
        return text.trim() === '' || text.includes('undefined') || english ? `${reason}: ${text}` : null;
      } catch (e) {
        return `${reason}: ${(e as Error).message}`;
      }
    }).filter((x) => x !== null);
    expect(bad).toEqual([]);
  });

  it.each(OTHERS)('a move out of reach and a second notice on the main scenario are refused in %s', async (locale: Locale) => {
    await useLocale(locale);
    const state = newGame(scenario, 'i18n-refusal');
    const unit = state.units.find((u) => u.camp === state.phase)!;
    const far = applyCommand(scenario, state, { type: 'move', unit: unit.id, to: { q: unit.hex.q + 12, r: unit.hex.r } });
    const late = applyCommand(scenario, state, { type: 'hotline', message: { kind: 'notify', activity: 'strike', area: { centre: { q: 3, r: 23 }, radius: 2 }, turn: 9 } });
    for (const r of [far, late]) {
      if (r.ok) throw new Error('the command was not refused');
      expect(r.error.refusal).toBeDefined();
      const text = refusalText(r.error);
      expect(text).not.toBe(r.error.message);
      expect(latinWords(text, [unit.name])).toEqual([]);
    }
  });
});

/** Data for each scenario-file error code; typed, so a new code needs one here too. Ids and paths are the file's. */
const DATA_SAMPLES: { [C in DataCode]: DataParams<C> } = {
  shape_type: { expected: 'number' }, shape_min_number: { limit: 1, inclusive: true }, shape_max_number: { limit: 30, inclusive: false },
  shape_min_items: { limit: 1 }, shape_max_items: { limit: 100 }, shape_min_chars: { limit: 1 }, shape_max_chars: { limit: 64 },
  shape_value: { values: '"E"|"W"' }, shape_keys: { keys: '"colour"' }, shape_union: {}, shape_format: {}, shape_id_chars: {},
  shape_terrain_code: {}, shape_iso_date: {}, shape_other: {}, file_too_big: { kb: 900, limit: 512 }, file_not_json: { detail: 'Unexpected end of JSON input', fault: { kind: 'end' } },
  file_unreadable: { detail: '@', fault: 'other' }, builtin_id: { id: 'deir-ez-zor-2017' }, not_object: {}, unknown_map: { map: 'atlantis', known: ['euphrates'] },
  map_mismatch: { wants: 'atlantis', given: 'euphrates' }, terrain_rows: { expected: 30, found: 29 }, terrain_cols: { expected: 20, found: 19 },
  river_side_land: { a: '1,2', b: '1,3' }, river_side_apart: { a: '1,2', b: '5,3' }, phase_order: {}, hex_off_map: { hex: '40,2' },
  hex_river: { hex: '3,4' }, duplicate_id: { id: 'obj-1' }, duplicate_inject: { id: 'is-raid' }, objective_there: { hex: '3,4' },
  unknown_type: { type: 'tank' }, strength_steps: { strength: 5, steps: 3, type: 'tank' }, turn_late: { turn: 12, last: 10 },
  hex_other_camp: { hex: '3,4', camp: 'is' }, stack_limit: { hex: '3,4', limit: 3 }, mined_twice: { hex: '3,4' }, striker_victim: {},
  unit_id_scenario: { id: 'sdf-1' }, unit_id_inject: { id: 'sdf-1' }, unknown_objective: { id: 'obj-1' },
  background_future: { date: '2017-09-20', start: '2017-09-09' }, wrong_bank: { unit: 'sdf-1', arrives: 3, bank: 'W', camp: 'coalition', want: 'E' },
  objective_late: { id: 'obj-1', hex: '3,4', last: 10, unit: 'sdf-1', turn: 14 }, objective_unreachable: { id: 'obj-1', hex: '3,4' },
  warn_no_bank: { camp: 'russia' }, warn_no_class_time: {}, warn_unused_type: {},
};
const DATA_IDS = ['deir-ez-zor-2017', 'atlantis', 'euphrates', 'obj-1', 'is-raid', 'tank', 'sdf-1', 'colour', 'YYYY-MM-DD', 'banks.coalition', 'JSON', 'true', 'false'];
const DATA_CODES = Object.keys(DATA_TEXT) as DataCode[];

describe('scenario-file errors', () => {
  afterEach(() => useLocale(BASE_LOCALE));

  it.each(LOCALES)('every error code has a %s sentence (with no English in ru and ar)', async (locale: Locale) => {
    await useLocale(locale);
    const bad = DATA_CODES.map((code) => {
      try {
        const params = DATA_SAMPLES[code];
        if (!params) throw new Error(`no sample data for ${code}: add it to DATA_SAMPLES`);
        const e = dataError('(root)', code, params as never);
        const text = dataErrorText(e);
        const english = locale !== BASE_LOCALE && (text === e.message || latinWords(text, DATA_IDS).length > 0);
        return text.trim() === '' || text.includes('undefined') || english ? `${code}: ${text}` : null;
      } catch (e) {
        return `${code}: ${(e as Error).message}`;
      }
    }).filter((x) => x !== null);
    expect(bad).toEqual([]);
  });

  it.each(OTHERS)('a scenario file with a bad shape and a unit off the map reads in %s, each path as the file has it', async (locale: Locale) => {
    await useLocale(locale);
    const file = JSON.parse(JSON.stringify(builtinScenarioFile('deir-ez-zor-2017'))) as { id: string; turns: unknown; units: { hex: number[] }[] };
    file.id = 'my-scenario';
    const shape = validateScenarioText(JSON.stringify({ ...file, turns: 'ten', colour: 1 }));
    file.units[0]!.hex = [400, 2];
    const cross = validateScenarioText(JSON.stringify(file));
    const errors = [...shape.errors, ...cross.errors];
    expect(errors.map((e) => e.path)).toEqual(expect.arrayContaining(['turns', '(root)', 'units[0].hex']));
    for (const e of errors) {
      expect(e.problem, `${e.path}: ${e.message}`).toBeDefined();
      const text = dataErrorText(e);
      expect(text).not.toBe(e.message);
      expect(latinWords(text, ['colour'])).toEqual([]);
    }
  });
});

/** Data for each replay error code; typed, so a new code needs one here too. Details quoted as they came are '@'. */
const REPLAY_SAMPLES: { [C in ReplayCode]: ReplayParams<C> } = {
  too_big: { mb: '6.2' }, not_json: { truncated: true, detail: "Expected property name or '}' in JSON at position 1", fault: { kind: 'at', line: 1, column: 2 } }, not_replay: { format: '"x"', expected: 'deconfliction-replay' },
  version: { version: 9, reads: 1 }, malformed: { path: 'seed', shape: { code: 'shape_type', params: { expected: 'string' } }, detail: '@' },
  rules: { made: 2, plays: 3 }, unknown_scenario: { id: 'atlantis' }, scenario_data: { id: 'atlantis', hash: 'ab12', have: 'cd34' },
  draws: { draws: 3, commands: 4 }, command: { path: 'commands[3].to', detail: 'to must be a hex {q, r}', refusal: { reason: 'shape_hex', params: { path: 'to' } } }, checkpoint: { path: 'checkpoints[1].command', command: 9, last: 4 },
  link_too_big: {}, link_damaged: { detail: '@' }, link_cut: {}, link_turn: { turn: '@' }, link_long: {}, link_base64: {},
};
const REPLAY_DATA = ['commands[3].to', 'checkpoints[1].command', 'deconfliction-replay', 'atlantis', 'ab12', 'cd34', 'format', 'draws', 'seed', 'commands', 'checkpoints', 'command', 'base64url', 'JSON', 'to'];

describe('replay errors', () => {
  afterEach(() => useLocale(BASE_LOCALE));

  it.each(LOCALES)('every replay error code has a %s sentence (with no English in ru and ar)', async (locale: Locale) => {
    await useLocale(locale);
    const bad = (Object.keys(REPLAY_TEXT) as ReplayCode[]).map((code) => {
      try {
        const params = REPLAY_SAMPLES[code];
        if (!params) throw new Error(`no sample data for ${code}: add it to REPLAY_SAMPLES`);
        const r = replayRefusal(code, params as never);
        const text = replayErrorText(r);
        const english = locale !== BASE_LOCALE && (text === r.message || latinWords(text, REPLAY_DATA).length > 0);
        return text.trim() === '' || text.includes('undefined') || english ? `${code}: ${text}` : null;
      } catch (e) {
        return `${code}: ${(e as Error).message}`;
      }
    }).filter((x) => x !== null);
    expect(bad).toEqual([]);
  });

  it.each(OTHERS)('a replay with a malformed command, and one cut short, are refused in %s with no English detail', async (locale: Locale) => {
    await useLocale(locale);
    const file = replayFromCommands(scenario, 'i18n-shape', { coalition: playerOf('human'), russia: playerOf('human'), is: playerOf('human') }, []);
    const cut = parseReplayText(JSON.stringify(file).slice(0, 40), () => scenario);
    const bad = parseReplayText('{\n  "format": 1,\n}', () => scenario);
    for (const r of [cut, bad]) {
      if (r.ok) throw new Error('the replay was accepted');
      expect(r.problem.code).toBe('not_json');
      const text = replayErrorText(r);
      expect(latinWords(text, ['JSON'])).toEqual([]);
    }
    if (bad.ok || bad.problem.code !== 'not_json') throw new Error('not a JSON refusal');
    expect(bad.problem.params.fault).toEqual({ kind: 'at', line: 3, column: 1 });
    expect(replayErrorText(bad)).toContain('3');
    const command = parseReplay({ ...file, commands: [{ type: 'move', unit: 'sdf-1', to: { q: 'far', r: 2 } }], draws: [0] }, () => scenario);
    if (command.ok || command.problem.code !== 'command') throw new Error(`not a command refusal: ${command.ok ? 'accepted' : command.message}`);
    expect(command.problem.params.refusal?.reason).toBe('shape_int');
    expect(latinWords(replayErrorText(command), ['commands[0].to.q', 'to.q'])).toEqual([]);
  });

  it.each(OTHERS)('a replay with a field of the wrong shape is refused in %s, naming the field', async (locale: Locale) => {
    await useLocale(locale);
    const r = parseReplayText(JSON.stringify({ format: 'deconfliction-replay', version: 1, rulesVersion: 1, seed: 7 }), () => undefined);
    if (r.ok) throw new Error('the replay was accepted');
    expect(r.problem.code).toBe('malformed');
    const text = replayErrorText(r);
    expect(text).not.toBe(r.message);
    expect(text).toContain('scenario');
    expect(latinWords(text, ['scenario'])).toEqual([]);
  });
});

// Issue 18: a chosen file the browser cannot read, and a link whose replay does not unpack, quoted the
// browser's (or fflate's) own English; the error's kind is worded, its words go to the console.
describe('files that cannot be read, links that do not unpack', () => {
  afterEach(() => useLocale(BASE_LOCALE));
  const FAULTS = [
    new DOMException('A requested file or directory could not be found at the time an operation was processed.', 'NotFoundError'),
    new DOMException('The requested file could not be read, typically due to permission problems that have occurred after a reference to a file was acquired.', 'NotReadableError'),
    new DOMException('It was determined that certain files are unsafe for access within a Web application.', 'SecurityError'),
    new Error('Something else went wrong'),
  ];
  const unreadable = (e: Error): File => ({ name: 'game.json', size: 10, text: () => Promise.reject(e) }) as unknown as File;

  it.each(OTHERS)('a replay file or scenario file the browser cannot read is worded in %s by the error\'s kind', async (locale: Locale) => {
    await useLocale(locale);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const replays = await Promise.all(FAULTS.map(async (e) => {
        const r = await openFromFile(unreadable(e));
        if (r.ok) throw new Error('the file was read');
        return r.message;
      }));
      const scenarios = await Promise.all(FAULTS.map(async (e) => {
        const read = await readChosenFile(unreadable(e));
        if (read.ok) throw new Error('the file was read');
        return dataErrorText(dataError('(root)', 'file_unreadable', { detail: read.detail, fault: read.fault }));
      }));
      expect([...replays, ...scenarios].filter((x) => latinWords(x, ['game.json']).length > 0)).toEqual([]);
      // Each kind reads differently.
      expect(new Set(replays).size).toBe(FAULTS.length);
      expect(new Set(scenarios).size).toBe(FAULTS.length);
      // The browser's words are in the console, with the error itself.
      expect(warn.mock.calls.filter((c) => FAULTS.includes(c[1] as Error)).length).toBe(2 * FAULTS.length);
    } finally {
      warn.mockRestore();
    }
  });

  it.each(OTHERS)('a link whose replay does not unpack is refused in %s without the unpacker\'s English; one cut short says so', async (locale: Locale) => {
    await useLocale(locale);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const file = replayFromCommands(scenario, 'i18n-link', { coalition: playerOf('human'), russia: playerOf('human'), is: playerOf('human') }, []);
      const packed = encodeReplay(file);
      const garbage = openFromHash('#replay=_____w');
      const cut = openFromHash(`#replay=${packed.slice(0, Math.floor(packed.length / 2 / 4) * 4)}`);
      if (garbage?.ok !== false || cut?.ok !== false) throw new Error('the link was opened');
      expect(latinWords(garbage.message)).toEqual([]);
      expect(latinWords(cut.message)).toEqual([]);
      expect(garbage.message).toBe(replayErrorText(replayRefusal('link_damaged', { detail: '' })));
      expect(cut.message).toBe(replayErrorText(replayRefusal('link_cut', {})));
      expect(warn.mock.calls.some((c) => String(c[0]).includes('invalid block type'))).toBe(true);
    } finally {
      warn.mockRestore();
    }
  });
});

const F = { where: 'state.units[0].hex', expected: 'number', actual: '"x"', detail: '@' };
/** Data for each save error code; typed, so a new code needs one here too. */
const SAVE_SAMPLES: { [C in SaveCode]: SaveParams<C> } = {
  cannot_read: { detail: '@', fault: 'other' }, too_large: { mb: '6.1' }, unchecked: { detail: '@' }, not_json: { detail: 'Unexpected token \'x\', "x" is not valid JSON', fault: { kind: 'token', token: '"x"' } }, not_object: {}, not_save: {},
  version: { version: '9', reads: 1 }, other_scenario: { found: '"atlantis"', want: 'deir-ez-zor-2017' }, rules: { made: '2', has: 3 },
  field: { ...F, issue: 'type' }, command: { path: 'commands[2].to', detail: 'to.q must be an integer from -10000 to 10000', refusal: { reason: 'shape_int', params: { path: 'to.q', min: -10000, max: 10000 } } }, state_scenario: { found: 'atlantis', want: 'deir-ez-zor-2017' },
  state_seed: {}, hash: {}, not_written_size: { mb: '6.1' }, not_written: { detail: '@', fault: 'other' },
};
const SAVE_DATA = ['state.units[0].hex', 'commands[2].to', 'to.q', 'atlantis', 'deir-ez-zor-2017', 'state.scenarioId', 'state.seed', 'format', 'JSON'];

describe('save errors', () => {
  afterEach(() => useLocale(BASE_LOCALE));

  it.each(LOCALES)('every save error code (and each way a field is wrong) has a %s sentence (with no English in ru and ar)', async (locale: Locale) => {
    await useLocale(locale);
    const fields = (['missing', 'type', 'value', 'range', 'invalid'] as const).map((issue) => badSave('field', { ...F, issue }));
    const errors = [...(Object.keys(SAVE_TEXT) as SaveCode[]).map((code) => {
      const params = SAVE_SAMPLES[code];
      if (!params) throw new Error(`no sample data for ${code}: add it to SAVE_SAMPLES`);
      return badSave(code, params as never);
    }), ...fields];
    const bad = errors.map((r) => {
      const text = saveErrorText(r);
      const english = locale !== BASE_LOCALE && (text === r.message || latinWords(text, SAVE_DATA).length > 0);
      return text.trim() === '' || text.includes('undefined') || english ? `${r.problem.code}: ${text}` : null;
    }).filter((x) => x !== null);
    expect(bad).toEqual([]);
  });

  // Issue 18: a storage that refused showed the browser's own message (English here, whatever the page's
  // language); the common DOMException names are worded, the message stays in the console.
  it.each(OTHERS)('a storage that refuses (full, forbidden, other) is worded in %s, without the browser\'s detail', async (locale: Locale) => {
    await useLocale(locale);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const refusing = (e: unknown): SaveStorage => ({ getItem: () => { throw e; }, setItem: () => { throw e; } });
    const faults = [
      new DOMException('Setting the value of \'deconfliction.save\' exceeded the quota.', 'QuotaExceededError'),
      new DOMException('Failed to read the \'localStorage\' property from \'Window\': Access is denied for this document.', 'SecurityError'),
      new Error('Storage is disabled somehow'),
    ];
    const texts = faults.flatMap((e) => {
      const read = loadSave(refusing(e), scenario);
      const written = writeSave(refusing(e), makeSave(scenario.id, 'coalition', 's', new GameSession(scenario, 'coalition', 's').snapshot().state));
      if (read.kind !== 'bad' || written.ok) throw new Error('the storage did not refuse');
      return [saveErrorText(read), saveErrorText(written)];
    });
    expect(texts.filter((x) => latinWords(x).length > 0)).toEqual([]);
    // Full and forbidden read differently from each other and from an unknown refusal.
    expect(new Set(texts).size).toBe(6);
    // The browser's words are in the console, with the error itself.
    expect(warn.mock.calls.filter((c) => faults.includes(c[1] as Error)).length).toBe(6);
    warn.mockRestore();
  });

  // Issue 18: a save the checks threw on showed the exception's own text ("Cannot read properties of
  // undefined…"), in every language; the player reads that it could not be checked, the console the rest.
  it.each(LOCALES)('a save the checks fail on is told in %s without the exception\'s text, which goes to the console', async (locale: Locale) => {
    await useLocale(locale);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const text = JSON.stringify(makeSave(scenario.id, 'coalition', 's', new GameSession(scenario, 'coalition', 's').snapshot().state));
      const fault = new TypeError('Cannot read properties of undefined (reading \'id\')');
      const throwing = new Proxy(scenario, { get: (target, key) => { if (key === 'id') throw fault; return Reflect.get(target, key); } });
      const r = parseSave(text, throwing);
      if (r.kind !== 'bad') throw new Error('the save was accepted');
      expect(r.problem?.code).toBe('unchecked');
      const shown = saveErrorText(r);
      expect(shown).not.toMatch(/Cannot read|properties/);
      if (locale !== BASE_LOCALE) expect(latinWords(shown)).toEqual([]);
      expect(warn.mock.calls.some((c) => c[1] === fault)).toBe(true);
    } finally {
      warn.mockRestore();
    }
  });

  it.each(OTHERS)('a save from another scenario is refused in %s', async (locale: Locale) => {
    await useLocale(locale);
    const r = parseSave(JSON.stringify({ format: 'deconfliction-save', version: 1, scenarioId: 'atlantis' }), scenario);
    if (r.kind !== 'bad') throw new Error('the save was accepted');
    expect(r.problem?.code).toBe('other_scenario');
    const text = saveErrorText(r);
    expect(text).not.toBe(r.message);
    expect(latinWords(text, SAVE_DATA)).toEqual([]);
  });
});

/** Data for each exercise-code error; typed, so a new code needs one here too. */
const CODE_SAMPLES: { [C in ExerciseCodeError]: ExerciseCodeParams<C> } = {
  empty: {}, too_long: { max: 2000 }, bad_chars: {}, no_decode: {}, no_settings: {}, unknown_setting: { key: 'colour' },
  unknown_scenario: { scenario: '"atlantis"' }, seed: { max: 40 }, no_teams: {}, team_setting: { camp: 'russia', allowed: ['human', 'cautious', 'balanced', 'assertive'] },
  team_camp: {}, no_team: {}, control: {}, no_injects: {}, unknown_inject: { inject: '"is-raid"' },
};

describe('exercise-code errors', () => {
  afterEach(() => useLocale(BASE_LOCALE));

  it.each(LOCALES)('every exercise-code error has a %s sentence (with no English in ru and ar)', async (locale: Locale) => {
    await useLocale(locale);
    const bad = (Object.keys(EXERCISE_CODE_TEXT) as ExerciseCodeError[]).map((code) => {
      const params = CODE_SAMPLES[code];
      if (!params) return `${code}: no sample data: add it to CODE_SAMPLES`;
      const r = badCode(code, params as never);
      const text = exerciseCodeText(r);
      const english = locale !== BASE_LOCALE && (text === r.message || latinWords(text, ['colour', 'atlantis', 'is-raid', 'true', 'false']).length > 0);
      return text.trim() === '' || text.includes('undefined') || english ? `${code}: ${text}` : null;
    }).filter((x) => x !== null);
    expect(bad).toEqual([]);
  });

  it.each(OTHERS)('a cut exercise code is refused in %s', async (locale: Locale) => {
    await useLocale(locale);
    const r = parseExerciseCode('eyJzY2VuYXJpbyI6', () => scenario);
    if (r.ok) throw new Error('the code was accepted');
    const text = exerciseCodeText(r);
    expect(text).not.toBe(r.message);
    expect(latinWords(text)).toEqual([]);
  });
});

describe('class server errors', () => {
  afterEach(() => useLocale(BASE_LOCALE));

  it.each(OTHERS)('each reason a create-class form is refused, by the form or the server, reads in %s', async (locale: Locale) => {
    await useLocale(locale);
    const good: CreateClass = { title: 'Class', scenario: 'deir-ez-zor-2017', seedMode: 'same', seed: 's', groups: 2, teams: { coalition: 'human', russia: 'human' }, control: false, injects: [] };
    const shapes = [{ ...good, title: '' }, { ...good, groups: 99 }, { ...good, teams: { coalition: 'human', russia: 'brave' } }, { ...good, colour: 1 }];
    const checks = [{ ...good, scenario: 'atlantis' }, { ...good, injects: ['is-raid-x'] }, { ...good, teams: { coalition: 'cautious', russia: 'balanced' } }] as CreateClass[];
    const problems = [
      ...shapes.map((raw) => { const r = createClassSchema.safeParse(raw); if (r.success) throw new Error('accepted'); return zodProblem(r.error); }),
      ...checks.map((c) => { const r = newClass(c, new Date()); if (r.ok) throw new Error('accepted'); return r; }),
    ];
    const bad = problems.map((p) => {
      expect(p.problem, p.message).toBeDefined();
      const text = classFieldText({ ...p, field: p.field ?? '' });
      return latinWords(text, ['atlantis', 'is-raid-x', 'colour', 'human', 'cautious', 'balanced', 'assertive', 'teams.russia']).length > 0 ? text : null;
    }).filter((x) => x !== null);
    expect(bad).toEqual([]);
  });

  it.each(LOCALES)('every class server code has a %s sentence (with no English in ru and ar)', async (locale: Locale) => {
    await useLocale(locale);
    const bad = SERVER_ERROR_CODES.map((code) => {
      const message = `server detail for ${code}`;
      const text = serverErrorText({ code, message });
      const english = locale !== BASE_LOCALE && latinWords(text).length > 0;
      return text === message || text.trim() === '' || text.includes('undefined') || english ? `${code}: ${text}` : null;
    }).filter((x) => x !== null);
    expect(bad).toEqual([]);
  });

  it.each(OTHERS)('an engine refusal sent by the server and a rejected join are worded in %s', async (locale: Locale) => {
    await useLocale(locale);
    const refusal = sampleRefusal('game_over');
    expect(serverErrorText(refusal)).toBe(refusalText(refusal));
    const joined = joinFailure(new Error('code_expired: this class has ended'));
    expect(joined.code).toBe('code_expired');
    expect(latinWords(serverErrorText(joined))).toEqual([]);
  });
});
