// The rules engine's public face: what the other layers use, and nothing more. The tuning tables
// stay inside: the texts read rulesSummary(), the AI asks the rules (strikeRisk, misidChance,
// defenceAt...). The rule helpers and the rest stay inside too (tests may import engine modules directly).
export * from './core';
export * from './commandRules';
