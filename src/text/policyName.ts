// The AI policies' names on screens (the class page's Monte Carlo menus, the replay viewer's and the
// review's player lines). The id (`ai:balanced:hard`, `reckless`) stays in data, replays and the CLI.
import { t } from '../i18n/messages';
import type { Messages } from '../i18n/messages';

type Word = (m: Messages) => string;

const WORDS: Readonly<Record<string, Word>> = {
  'ai:cautious:easy': (m) => m.policy_ai_cautious_easy(),
  'ai:cautious': (m) => m.policy_ai_cautious(),
  'ai:cautious:hard': (m) => m.policy_ai_cautious_hard(),
  'ai:balanced:easy': (m) => m.policy_ai_balanced_easy(),
  'ai:balanced': (m) => m.policy_ai_balanced(),
  'ai:balanced:hard': (m) => m.policy_ai_balanced_hard(),
  'ai:assertive:easy': (m) => m.policy_ai_assertive_easy(),
  'ai:assertive': (m) => m.policy_ai_assertive(),
  'ai:assertive:hard': (m) => m.policy_ai_assertive_hard(),
  'ai:easy': (m) => m.policy_ai_easy(),
  'ai:normal': (m) => m.policy_ai_normal(),
  'ai:hard': (m) => m.policy_ai_hard(),
  greedy: (m) => m.policy_greedy(),
  advance: (m) => m.policy_advance(),
  careful: (m) => m.policy_careful(),
  reckless: (m) => m.policy_reckless(),
  hold: (m) => m.policy_hold(),
  random: (m) => m.policy_random(),
  pass: (m) => m.policy_pass(),
};

/** A policy's name in the page's language; a policy the game does not know (a replay file's) as written. */
export function policyName(id: string): string {
  const word = Object.hasOwn(WORDS, id) ? WORDS[id] : undefined;
  return word ? word(t()) : t().policy_unknown({ policy: id });
}

/** Whether the id has a wording (the test holds every offered policy to it). */
export const hasPolicyName = (id: string): boolean => Object.hasOwn(WORDS, id);
