// The exercise code: the settings as base64url JSON, so a link (?exercise=CODE) gives every group the
// same seeded game. Anything wrong in a code comes back as a sentence naming what, never a throw.
import type { Power, Scenario } from '../engine';
import { type ExerciseConfig, SEED_MAX, TEAM_SETTINGS, type TeamSetting } from './config';
import { type ExerciseCodeProblem, badCode } from './codeErrors';

const MAX_CODE = 2000;

export type CodeResult = { ok: true; config: ExerciseConfig } | { ok: false; message: string; problem: ExerciseCodeProblem };

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(code: string): string {
  const bin = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

export function exerciseCode(config: ExerciseConfig): string {
  const { scenario, seed, teams, control, injects } = config;
  return toBase64Url(JSON.stringify({ scenario, seed, teams: { coalition: teams.coalition, russia: teams.russia }, control, injects }));
}

/** The page's address with ?exercise=CODE (and &lang=, the language to open it in, if given; nothing else). */
export function exerciseLink(config: ExerciseConfig, base: string, lang?: string): string {
  const url = new URL(base);
  url.search = `?exercise=${exerciseCode(config)}${lang ? `&lang=${encodeURIComponent(lang)}` : ''}`;
  url.hash = '';
  return url.href;
}

const bad = badCode;

export function parseExerciseCode(code: string, findScenario: (id: string) => Scenario | undefined): CodeResult {
  const trimmed = code.trim();
  if (trimmed.length === 0) return bad('empty', {});
  if (trimmed.length > MAX_CODE) return bad('too_long', { max: MAX_CODE });
  if (!/^[A-Za-z0-9_-]+$/.test(trimmed)) return bad('bad_chars', {});
  let raw: unknown;
  try {
    raw = JSON.parse(fromBase64Url(trimmed));
  } catch {
    return bad('no_decode', {});
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return bad('no_settings', {});
  const r = raw as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!['scenario', 'seed', 'teams', 'control', 'injects'].includes(k)) return bad('unknown_setting', { key: k });
  const scenario = typeof r.scenario === 'string' ? findScenario(r.scenario) : undefined;
  if (!scenario) return bad('unknown_scenario', { scenario: JSON.stringify(r.scenario) ?? 'missing' });
  if (typeof r.seed !== 'string' || r.seed.length === 0 || r.seed.length > SEED_MAX) return bad('seed', { max: SEED_MAX });
  const t = r.teams as Record<string, unknown> | null;
  if (typeof t !== 'object' || t === null || Array.isArray(t)) return bad('no_teams', {});
  const teams = {} as Record<Power, TeamSetting>;
  for (const p of ['coalition', 'russia'] as const) {
    if (!TEAM_SETTINGS.includes(t[p] as TeamSetting)) return bad('team_setting', { camp: p, allowed: TEAM_SETTINGS });
    teams[p] = t[p] as TeamSetting;
  }
  if (Object.keys(t).some((k) => k !== 'coalition' && k !== 'russia')) return bad('team_camp', {});
  if (teams.coalition !== 'human' && teams.russia !== 'human') return bad('no_team', {});
  if (typeof r.control !== 'boolean') return bad('control', {});
  if (!Array.isArray(r.injects)) return bad('no_injects', {});
  const known = new Set(scenario.injects.map((i) => i.id));
  const injects: string[] = [];
  for (const id of r.injects) {
    if (typeof id !== 'string' || !known.has(id)) return bad('unknown_inject', { inject: String(JSON.stringify(id)) });
    if (!injects.includes(id)) injects.push(id);
  }
  return { ok: true, config: { scenario: scenario.id, seed: r.seed, teams, control: r.control, injects } };
}
