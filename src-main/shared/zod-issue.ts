// Turns a zod error into one readable sentence naming the exact field path.
import type { z } from 'zod';

export function describeZodError(error: z.ZodError, prefix = ''): { message: string; path: string } {
  const issue = error.issues[0];
  if (!issue) return { message: 'invalid data', path: prefix };
  const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
  const unknownKeys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : '';
  return { message: `${path || '(root)'}: ${issue.message}${unknownKeys}`, path };
}
