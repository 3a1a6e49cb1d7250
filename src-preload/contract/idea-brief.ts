// Zod schema of the idea brief: what the user's idea names (people, relations, places, period, premise), kept on the project.
import { z } from 'zod';
import { RelationshipKindSchema } from './entities';

export const BriefPersonSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  role: z.enum(['protagonist', 'antagonist', 'supporting', 'minor']).optional(),
  occupation: z.string().max(200).optional(),
  age: z.number().int().min(0).max(200).optional(),
  gender: z.enum(['female', 'male', 'nonbinary']).optional(),
  /** The words around the name that describe them ("a retired safecracker", "the android"). */
  epithet: z.string().max(300).optional(),
});
export type BriefPerson = z.infer<typeof BriefPersonSchema>;

export const BriefRelationSchema = z.strictObject({
  a: z.string().trim().min(1).max(200),
  b: z.string().trim().min(1).max(200),
  /** The same kinds as the relationship entity's. */
  kind: RelationshipKindSchema,
  /** The idea's own words for the bond ("her estranged daughter"). */
  words: z.string().max(300).default(''),
});
export type BriefRelation = z.infer<typeof BriefRelationSchema>;

export const BriefPlaceSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  /** A named place ("Lisbon") or a kind of place ("a hospital wing"). */
  named: z.boolean().default(true),
  interior: z.boolean().optional(),
});
export type BriefPlace = z.infer<typeof BriefPlaceSchema>;

export const BriefPremiseSchema = z.strictObject({
  situation: z.string().max(1_000).default(''),
  want: z.string().max(1_000).default(''),
  obstacle: z.string().max(1_000).default(''),
  stakes: z.string().max(1_000).default(''),
});

export const IdeaBriefSchema = z.strictObject({
  /** The idea as the user typed it. */
  idea: z.string().max(20_000),
  people: z.array(BriefPersonSchema).max(100).default([]),
  relations: z.array(BriefRelationSchema).max(200).default([]),
  places: z.array(BriefPlaceSchema).max(100).default([]),
  /** "1950s", "1923", "the near future". */
  period: z.string().max(100).optional(),
  genre: z.string().max(100).optional(),
  tone: z.string().max(100).optional(),
  premise: BriefPremiseSchema.default({ situation: '', want: '', obstacle: '', stakes: '' }),
  objects: z.array(z.string().max(200)).max(50).default([]),
  /** Fields the user corrected by hand: generation never overrides them. */
  userEdited: z.array(z.string().max(50)).max(50).default([]),
});
export type IdeaBrief = z.infer<typeof IdeaBriefSchema>;
