// A simulated scene between characters as the chat, the CLI and the renderer see it (DESIGN.md §5, simulate).
import { z } from 'zod';
import { InteractionTypeSchema } from './entities';

const Id = z.string().min(1).max(64);
const Unit = z.number().min(0).max(1);

/** Token and cost counts of model calls (absent when the offline engine wrote the lines). */
export const SimulationUsageSchema = z.strictObject({
  promptTokens: z.number().min(0),
  completionTokens: z.number().min(0),
  costUsd: z.number().min(0),
});

export const SimulationTurnSchema = z.strictObject({
  speaker: z.string().max(200),
  characterId: Id,
  text: z.string().max(2_000),
  /** What the line does to the person it is aimed at. */
  interaction: InteractionTypeSchema.optional(),
  /** The character the line is aimed at (the director lets them answer first). */
  addressedTo: Id.optional(),
  /** Who wrote the line: the engine or model (absent), the user speaking as the character, or a stage direction. */
  by: z.enum(['user', 'director']).optional(),
  /** What the model call that wrote this line used. */
  usage: SimulationUsageSchema.optional(),
});

/** One proposed relationship change (a turn's effect), kept or discarded with the whole scene. */
export const SimulationChangeSchema = z.strictObject({
  relationshipId: Id,
  dStrength: z.number().min(-2).max(2),
  dTrust: z.number().min(-1).max(1),
  reason: z.string().max(2_000),
  turn: z.number().int().min(0).max(1_000),
  interaction: InteractionTypeSchema.optional(),
  /** Set when the pair had no relationship yet: keeping the scene creates it. */
  pair: z.strictObject({ sourceId: Id, targetId: Id }).optional(),
});

export const SimulationEmotionSchema = z.strictObject({
  characterId: Id,
  emotions: z.strictObject({ joy: Unit, anger: Unit, fear: Unit, sadness: Unit, affection: Unit }),
  /** The feeling in a word ("angry"), for replies. */
  feeling: z.string().max(40),
});

export const SimulationSchema = z.strictObject({
  id: Id,
  /**
   * pending until the user keeps or discards the scene's changes (as one unit); paused when it stopped to let the
   * user step in (the AI-to-AI cap, or "pause") and can continue.
   */
  status: z.enum(['pending', 'paused', 'kept', 'discarded']),
  participants: z.array(z.strictObject({ characterId: Id, name: z.string().max(200) })).max(12),
  setting: z.string().max(300).optional(),
  objective: z.string().max(500),
  mood: z.string().max(100).optional(),
  /** How the scene ended: the objective reached, the relationship broke, a cap stopped it, or the user did. */
  ending: z.enum(['resolved', 'broken', 'capped', 'stopped']),
  turns: z.array(SimulationTurnSchema).max(100),
  changes: z.array(SimulationChangeSchema).max(500),
  emotions: z.array(SimulationEmotionSchema).max(12),
  /** Token and cost counts when a model wrote the lines. */
  usage: SimulationUsageSchema.optional(),
  /** Where a paused scene picks up: the planned beats and the next one (absent once the scene is over). */
  resume: z
    .strictObject({
      beats: z
        .array(
          z.strictObject({
            move: z.string().max(40),
            role: z.enum(['initiator', 'respondent']),
            interaction: InteractionTypeSchema,
            intensity: Unit,
          }),
        )
        .max(200),
      beat: z.number().int().min(0).max(200),
    })
    .optional(),
  /** The script scene this simulated scene was saved as. */
  savedSceneId: Id.optional(),
});

/**
 * What the user can do with a scene that waits for them (chat follow-ups and the renderer's buttons): pause,
 * continue, stop; step in as a character (`say`) or as the director (`direct`, e.g. "Sarah walks out"); save it
 * as a scene of the script with its dialogue; keep or discard its changes.
 */
export const SimulationControlSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.enum(['pause', 'resume', 'stop', 'save', 'keep', 'discard']) }),
  z.strictObject({ action: z.literal('say'), characterId: Id, text: z.string().min(1).max(2_000) }),
  z.strictObject({ action: z.literal('direct'), text: z.string().min(1).max(2_000) }),
]);
export type SimulationControl = z.infer<typeof SimulationControlSchema>;

export type SimulationTurn = z.infer<typeof SimulationTurnSchema>;
export type SimulationChange = z.infer<typeof SimulationChangeSchema>;
export type SimulationEmotion = z.infer<typeof SimulationEmotionSchema>;
export type Simulation = z.infer<typeof SimulationSchema>;
