// The layers' boundaries hold because lint and the engine's tsconfig fail when one is crossed. Probe
// files that cross each boundary on purpose are linted as if they sat in that layer's folder, and an
// engine probe that uses host APIs is type-checked under tsconfig.engine.json (docs/architecture.md).
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve('.');
let eslint: ESLint;
beforeAll(() => { eslint = new ESLint({ cwd: ROOT }); });

/** The rule ids and messages lint reports for `code` placed at src/<file>. */
async function lint(file: string, code: string): Promise<{ rule: string | null; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, 'src', file) });
  return result!.messages.map((m) => ({ rule: m.ruleId, message: m.message }));
}

const IMPORTS = '@typescript-eslint/no-restricted-imports';
/** A probe that imports `spec` (built so that no scan of this file mistakes it for a real import). */
const importing = (spec: string): string => `import { x } ${'from'} ${JSON.stringify(spec)};\nexport const y = x;\n`;

// [layer folder probe, import it must not make, what the message says]
const CROSSINGS: [string, string, RegExp][] = [
  ['engine/probe.ts', '../ui/hud', /pure and deterministic/],
  ['engine/probe.ts', '../match/match', /nothing outside src\/engine/],
  ['engine/probe.ts', 'phaser', /pure and deterministic/],
  ['engine/probe.ts', 'node:fs', /pure and deterministic/],
  ['match/probe.ts', '../presenter/controller', /match floor may import only/],
  ['match/probe.ts', '../ui/hud', /match floor may import only/],
  ['match/probe.ts', 'phaser', /Only src\/scenes/],
  ['match/probe.ts', '../ai/simple', /imports the engine only/],
  ['match/probe.ts', 'node:fs', /no Node modules/],
  ['game/probe.ts', '../scenes/GameScene', /match floor may import only/],
  ['ai/probe.ts', '../presenter/controller', /headless tool may import only/],
  ['sim/probe.ts', '../scenes/GameScene', /headless tool may import only/],
  ['replay/probe.ts', '../ui/dom', /headless tool may import only/],
  ['review/probe.ts', '../cli/sim', /command line/],
  ['presenter/probe.ts', '../scenes/GameScene', /presenter may import only/],
  ['presenter/probe.ts', '../ui/hud', /presenter may import only/],
  ['presenter/probe.ts', 'phaser', /Only src\/scenes/],
  ['scenes/probe.ts', '../ui/hud', /never import each other/],
  ['scenes/probe.ts', '../ai/simple', /map may import only/],
  ['ui/probe.ts', '../scenes/colours', /never import each other/],
  ['ui/probe.ts', '../ai/simple', /do not run the AI/],
  ['ui/classroom/probe.ts', '../../classroom/monteCarlo', /through its protocol/],
  ['ui/probe.ts', 'phaser', /Only src\/scenes/],
  ['ui/probe.ts', '../engine/apply', /engine's index only/],
  ['cli/probe.ts', '../ui/hud', /command line may import only/],
  ['cli/probe.ts', '../pages/mapLoader', /Nothing imports a page/],
  ['pages/probe.ts', '../cli/sim', /command line/],
  ['pages/probe.ts', './game/main', /entry file/],
  ['ui/probe.ts', '../pages/game/main', /Nothing imports a page/],
];

describe('layer boundaries (lint)', () => {
  it.each(CROSSINGS)('%s may not import %s', async (file, spec, message) => {
    const found = await lint(file, importing(spec));
    expect(found).toHaveLength(1);
    expect(found[0]!.rule).toBe(IMPORTS);
    expect(found[0]!.message).toMatch(message);
  });

  it.each([
    ['engine/probe.ts', './hex'],
    ['match/probe.ts', '../engine'],
    ['ai/probe.ts', '../replay/format'],
    ['presenter/probe.ts', '../match/match'],
    ['scenes/probe.ts', '../presenter/controller'],
    ['ui/probe.ts', '../presenter/colours'],
    ['ui/classroom/probe.ts', '../../classroom/mcProtocol'],
    ['cli/probe.ts', '../sim/simulate'],
    ['pages/probe.ts', '../scenes/startGame'],
  ])('%s may import %s (the control: the rules do not refuse everything)', async (file, spec) => {
    expect(await lint(file, importing(spec))).toEqual([]);
  });

  it('lets the DOM panels name the AI\'s and the simulator\'s types, not their code', async () => {
    expect(await lint('ui/probe.ts', "import type { Policy } from '../ai/policy';\nexport type P = Policy;\n")).toEqual([]);
  });

  it('refuses host APIs and the DOM in the engine, and the DOM in the match layer', async () => {
    const engine = await lint('engine/probe.ts', 'export const a = [structuredClone({}), fetch("x"), process.env, crypto.randomUUID(), Date.now()];\n');
    expect(engine.map((m) => m.rule)).toEqual(Array(5).fill('no-restricted-globals'));
    const match = await lint('match/probe.ts', 'export const t = document.title + localStorage.length;\n');
    expect(match.map((m) => m.message)).toEqual([expect.stringMatching(/no DOM/), expect.stringMatching(/no DOM/)]);
  });
});

describe('the engine tsconfig (no DOM, no Node types)', () => {
  it('refuses structuredClone, fetch, process and crypto in engine code, and passes engine code without them', () => {
    const tsc = join(ROOT, 'node_modules', 'typescript7', 'bin', 'tsc');
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', join(ROOT, 'tests', 'fixtures', 'engine-probe', 'tsconfig.json')], { encoding: 'utf8' });
    } catch (e) {
      output = (e as { stdout: string }).stdout;
    }
    const errors = output.split('\n').filter((l) => /error TS/.test(l));
    expect(errors.map((l) => l.match(/([\w.]+)\(\d+,\d+\)/)?.[1])).toEqual(Array(4).fill('usesHostApis.ts'));
    expect(errors.map((l) => l.match(/Cannot find name '(\w+)'/)?.[1])).toEqual(['structuredClone', 'fetch', 'process', 'crypto']);
  });
});

describe('the engine\'s index keeps the tuning tables inside', () => {
  /** Every table of crisisRules.ts and rules.ts (their object-valued exports), but the ladder's rung names. */
  const tables = async (): Promise<Map<unknown, string>> => {
    const modules = { ...await import('../../src/engine/crisisRules'), ...await import('../../src/engine/rules') };
    const LADDER = new Set(['RUNGS', 'RUNG']);
    return new Map(Object.entries(modules).filter(([name, v]) => typeof v === 'object' && v !== null && !LADDER.has(name)).map(([name, v]) => [v, name]));
  };

  it('exports none of them, under any name', async () => {
    const all = await tables();
    expect([...all.values()]).toEqual(expect.arrayContaining(['RAISE', 'LOWER', 'TRUST', 'MISID', 'FIREFIGHT', 'HOTLINE', 'CLASH_SCORE', 'PROXY_FIRE', 'TERRAIN_DEFENCE', 'CRT']));
    const index: Record<string, unknown> = await import('../../src/engine');
    expect(Object.entries(index).filter(([, v]) => all.has(v)).map(([name, v]) => `${name} (${all.get(v)})`)).toEqual([]);
  });

  it('hands the texts a summary of numbers, not the tables themselves', async () => {
    const all = await tables();
    const { rulesSummary } = await import('../../src/engine');
    const nested = Object.values(rulesSummary()).filter((v) => typeof v === 'object');
    expect(nested.length).toBeGreaterThan(0);
    expect(nested.filter((v) => all.has(v))).toEqual([]);
    for (const group of nested) expect(Object.values(group as object).every((n) => Number.isInteger(n))).toBe(true);
    expect(Object.isFrozen(rulesSummary().raise)).toBe(true);
  });
});
