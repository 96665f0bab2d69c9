// The engine's state and views: what a page needs to draw a game's first frame (a new game, the views,
// the hash, the scenario, the rules' tables and texts) and nothing of the command rules, which load
// after it (commandRules.ts, src/match/rules.ts; issue 19). Modules a page's first load holds import the
// engine from here; everything else imports index.ts, which is both.
export { copyState } from './clone';
export { activeAgreements, agreedLine, beyondLine, HOME_BANK, inArea } from './areas';
export { typeOf } from './board';
export { addDays, formatDate } from './calendar';
export { defenceAt, defenceOf, oddsFor } from './combat';
export { type CombatPreview, type FaceOutcome, previewAirStrike, previewUnitAttack } from './combatPreview';
export { ESCALATION_MAX, RUNG, rungOf, RUNGS, TRUST_MAX } from './crisisRules';
export { firefightChance } from './firefight';
export { type Agreement, type AgreementKind, type Channel, type CrisisState, type Doctrine, DOCTRINES, type HotlineMessage, type Incident, INCIDENT_TYPES, type IncidentLoss, type IncidentType, type LineSpec, type MessageBody, type MessageKind, type OpeningBody, type ReplyBody, WARNING_CONSEQUENCES, type WarningConsequence } from './crisisTypes';
export { isPower, otherPower } from './escalation';
export { type GameView, incidentFor, seesHex, sharedView, sightOfBoard, type Viewer, viewFor } from './fog';
export { type Grid, gridOf, ISLAND_STEP, SIDE_STEP } from './grid';
export { canonicalJson, hashState, hashString, StateHasher } from './hash';
export { type Hex, hexDistance, hexKey, type HexKey, hexLine, hexNeighbors, hexRange, parseHexKey } from './hex';
export { ANSWERS, tooOldToAcknowledge } from './hotlineAnswers';
export { CUSTOM_INJECT, type FiredInject, type InjectBody } from './injectTypes';
export { type Bank, type MapData, type Terrain } from './map';
export { mineSites } from './mines';
export { NOTE_TEXT, type NoteCode, type NoteParams, type PredictNote } from './predictNotes';
export { type JsonFault, jsonFault } from './jsonFault';
export { REFUSAL_TEXT, type Refusal, type RefusalParams, type RefusalReason, refuse } from './refusals';
export { DATA_TEXT, type DataCode, type DataParams, type DataProblem, type FileFault, dataError, shapeProblem } from './dataErrors';
export { isProxy, PROXY_REACH, proxyFireRisk, type ProxyFireRisk } from './proxies';
export { Dice, seedState } from './rng';
export { hostile, RULES_VERSION } from './rules';
export { type RulesSummary, rulesSummary } from './rulesSummary';
export { type DataError, type LoadResult, formatPath, type Scenario, type ScenarioData, type ScenarioStory, trustedScenario, type UnitType } from './scenario';
export { type Area, type Camp, CAMPS, type Power, POWERS } from './sides';
export { misidChance } from './misid';
export { newGame, turnDate } from './turns';
export { type CombatKind, type CombatResult, type Command, type EngineError, type GameEvent, type GameState, type InjectCommand, RULING_FINDINGS, type RulingCommand, type RulingFinding, type Unit, type VictoryReport } from './types';
export { victoryPoints } from './victory';
