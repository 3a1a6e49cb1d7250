// Zod schema of a persisted chat message (one line of chat/<session>.jsonl).
import { z } from 'zod';
import { SimulationSchema } from './simulation';

export const ChatRoleSchema = z.enum(['user', 'assistant', 'system']);
export const ChatMessageSchema = z.strictObject({
  id: z.string().min(1).max(64),
  sessionId: z.string().min(1).max(64),
  role: ChatRoleSchema,
  content: z.string().max(2_000_000),
  at: z.string().max(64),
  intent: z.string().max(40).optional(),
  createdIds: z.array(z.string().max(64)).max(10_000).default([]),
  updatedIds: z.array(z.string().max(64)).max(10_000).default([]),
  runId: z.string().max(64).optional(),
  status: z.enum(['pending', 'done', 'failed', 'cancelled']).default('done'),
  /** Follow-up choices offered with an assistant message. */
  choices: z
    .array(z.strictObject({ label: z.string().max(200), command: z.string().max(2_000) }))
    .max(20)
    .optional(),
  /** Entity references shown as chips: the reply text marks them as [[type:id|name]]. */
  refs: z
    .array(z.strictObject({ type: z.string().max(40), id: z.string().max(64), name: z.string().max(300) }))
    .max(1_000)
    .optional(),
  /** A question waiting for the user's answer, and the draft it will complete (multi-turn create). */
  followUp: z
    .strictObject({
      kind: z.enum(['missing_field', 'duplicate']),
      entityType: z.string().max(40),
      field: z.string().max(60).optional(),
      draft: z.record(z.string(), z.unknown()),
      existingId: z.string().max(64).optional(),
    })
    .optional(),
  /** A simulated scene this message showed (pending), or the verdict on one (kept/discarded). */
  simulation: SimulationSchema.optional(),
  /** Visible notices of the turn (e.g. "the model failed; the offline engine answered"). */
  notices: z.array(z.string().max(2_000)).max(20).optional(),
  /** Model calls the turn made and their estimated cost (US dollars); absent when the offline engine answered. */
  usage: z
    .strictObject({ calls: z.number().int().min(0).max(10_000), costUsd: z.number().min(0).max(100_000) })
    .optional(),
  error: z
    .strictObject({
      code: z.string().max(100),
      message: z.string().max(2_000),
      remedy: z.string().max(2_000).optional(),
    })
    .optional(),
});
export type ChatMessage = z.infer<typeof ChatMessageSchema>;
