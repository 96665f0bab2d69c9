// A zod failure as the protocol's error fields: the first issue's path and message.
import type { z } from 'zod';
import { shapeProblem } from '../engine';
import type { FieldProblem } from '../net/protocol';

export function zodProblem(error: z.ZodError): { message: string; field?: string; problem?: FieldProblem } {
  const issue = error.issues[0];
  if (!issue) return { message: 'the message does not have the expected shape' };
  const field = issue.path.map(String).join('.');
  const problem: FieldProblem = { code: 'shape', shape: shapeProblem(issue) };
  return field ? { message: `${field}: ${issue.message}`, field, problem } : { message: issue.message, problem };
}
