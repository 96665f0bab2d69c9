// A typed engine error, with the field it names when there is one.
import type { EngineError, ErrorCode } from './types';

export const fail = (code: ErrorCode, message: string, field?: string): EngineError => (field ? { code, message, field } : { code, message });
