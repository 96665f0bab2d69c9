// The rules engine's public face. The browser, the command line, the AI and the tests use only this.
export * from './types';
export * from './hex';
export { findPath, reachable, pathTo } from './pathfinding';
export { type GameMap, type MapData, type Terrain, type Bank, TERRAINS, compileMap } from './map';
export { type Scenario, type ScenarioData, type UnitType, type Objective, type DataError, type LoadResult, loadScenario, formatPath } from './scenario';
export { applyCommand } from './apply';
export { parseCommand, COMMAND_TYPES } from './commands';
export { newGame, turnDate } from './turns';
export { viewFor, visibleHexes, type GameView, type Viewer } from './fog';
export { movementRange, type Destination } from './movement';
export { attackTargets, strikeTargets, pontoonSites, legalCommands, type Target } from './legal';
export { type Odds, oddsFor } from './combat';
export { victoryPoints, victoryReport } from './victory';
export { hashState, canonicalJson } from './hash';
export { formatDate, addDays } from './calendar';
export { RULES_VERSION, TERRAIN_DEFENCE, MOVE_COST, hostile } from './rules';
export { type Board, unitById, unitsAt, typeOf } from './board';
export { Dice, seedState, type AleaState } from './rng';
