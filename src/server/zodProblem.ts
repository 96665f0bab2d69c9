// A zod failure as the protocol's error fields: the first issue's path and message.
import type { z } from 'zod';

export function zodProblem(error: z.ZodError): { message: string; field?: string } {
  const issue = error.issues[0];
  if (!issue) return { message: 'the message does not have the expected shape' };
  const field = issue.path.map(String).join('.');
  return field ? { message: `${field}: ${issue.message}`, field } : { message: issue.message };
}
