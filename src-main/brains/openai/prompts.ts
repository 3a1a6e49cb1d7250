// Prompts and model-side schemas of the OpenAI-compatible brain's understand and extract calls.
import { z } from 'zod';
import { AttributeValueSchema, RelationKindSchema } from '../../../src-preload/contract/intent';
import type { ParseContext } from '../offline/understand/features';

/** System prompt of `understand`: the intent list and the parameter conventions of DESIGN.md §5. */
export const UNDERSTAND_SYSTEM = [
  'You classify one chat message sent to Storyloom, a film pre-production studio, into an intent with parameters.',
  'Intents: chat (small talk), create (one entity), bulk_create (several entities of one type), generate (a whole story package from an idea),',
  'modify (change, rename or delete an entity), query (a question about the project), advance (move to a workflow step),',
  'simulate (play a scene between characters), analyze (a pasted manuscript or screenplay), export (to a file format), undo.',
  'Parameters (omit what the message does not say): entityType (character, location, scene, relationship, shot, beat, project), count,',
  'names (the entities the request is about; both characters of a relationship; the target of a modify), participants (characters of a simulate),',
  'age, occupation (without article or age: "a 35-year-old detective" → "detective"), gender, genre (as written), theme (the premise phrase as written:',
  '"about space exploration" → "space exploration"), style, mood, durationSec (seconds: "2-minute" → 120), targetStep (concept, story_structure,',
  'characters, relationships, locations, scene_breakdown, storyboard, shot_list, casting, package, brand), format (fountain, fdx, csv, pdf, storyloom),',
  'setting, attributes (other changes, e.g. {"traits": ["cynical"]}), relationKind (family, romantic, friendship, rivalry, professional, mentor, enemy, other),',
  'operation (update, delete, rename), number (e.g. 4 in "remove scene 4").',
  'confidence is your certainty between 0 and 1.',
].join('\n');

/** System prompt of `extract`. */
export const EXTRACT_SYSTEM = [
  'You extract the entities a message to a film pre-production studio describes: characters, locations and scenes, with their attributes',
  '(age as a number, occupation, gender, traits as a list of words, description…), and the relationships between characters',
  '(source and target names, kind: family, romantic, friendship, rivalry, professional, mentor, enemy or other, and a short label such as "sister").',
  'Use names exactly as written in the message. Do not invent entities the message does not describe.',
].join('\n');

/** The user message of both calls: the text plus what the project already knows. */
export function userPrompt(text: string, context: ParseContext): string {
  const known = context.knownNames?.length
    ? `\nNames already in the project: ${context.knownNames.join(', ')}.`
    : '';
  const recent = context.recentNames?.length
    ? `\nRecently mentioned (newest first): ${context.recentNames.map((r) => r.name).join(', ')}.`
    : '';
  return `Message: ${JSON.stringify(text)}${known}${recent}`;
}

/** What the model is asked to return for `extract` (spans are computed here, not trusted to the model). */
export const ModelExtractionSchema = z.object({
  entities: z.array(
    z.object({
      type: z.enum(['character', 'location', 'scene']),
      name: z.string().min(1),
      attributes: z.record(z.string(), AttributeValueSchema).default({}),
      confidence: z.number().min(0).max(1).optional(),
    }),
  ),
  relationships: z
    .array(
      z.object({
        source: z.string().min(1),
        target: z.string().min(1),
        kind: RelationKindSchema,
        label: z.string().default(''),
      }),
    )
    .default([]),
});

export type ModelExtraction = z.infer<typeof ModelExtractionSchema>;
