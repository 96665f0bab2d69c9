// The engine's command rules: applying and checking commands, the legal ones and their ranges, the
// hotline's checks and predictions, the risks of fire. A page loads them after its first frame
// (src/match/rules.ts); core.ts holds what the first frame draws from.
export { applyCommand } from './apply';
export { isCarBomb } from './carBombs';
export { HOTLINE_REMARK_MAX, parseCommand } from './commands';
export { checkMessage } from './hotline';
export { attackTargets, legalCommands, pontoonSites, strikeTargets, type Target } from './legal';
export { type Destination, movementRange } from './movement';
export { type Prediction, predictMessage } from './predict';
export { hiddenStrikeChance, strikeRisk, type StrikeRisk } from './strikes';
export { type CampThreat, threatRanges } from './threat';
