// Screenwriter, model path: title, logline, synopsis and a beat sheet authored from the idea and its brief.
import { z } from 'zod';
import { canonicalGenre } from '../../../brains/offline/generate/context';
import { splitSeconds, targetDuration } from '../../../brains/offline/generate/durations';
import { slug } from '../../../brains/offline/generate/text';
import type { GenerateParams, StoryDraft } from '../../../brains/offline/generate/types';
import type { PipelineDeps } from '../pipeline-deps';
import { authorStage, type Mapped } from './author-stage';
import { commonSlots } from './stage-facts';

const text = (max: number) => z.string().trim().min(1).max(max);

/** What the model returns for the screenwriter stage. */
export const AuthoredStorySchema = z.object({
  title: text(200),
  logline: text(600),
  synopsis: text(6_000),
  genre: text(100).optional(),
  tone: text(100).optional(),
  theme: text(300).optional(),
  style: text(200).optional(),
  /** The world in a few words ("Lisbon, present day"). */
  setting: text(200).optional(),
  beats: z
    .array(
      z.object({
        act: z.number().int().min(1).max(5),
        name: text(120),
        summary: text(1_000),
        /** Share of the running time (any positive numbers; they are normalised). */
        weight: z.number().positive().max(100).optional(),
      }),
    )
    .min(3)
    .max(40),
});
export type AuthoredStory = z.infer<typeof AuthoredStorySchema>;

const ACT_NAMES = ['Setup', 'Confrontation', 'Resolution', 'Act Four', 'Act Five'];

/** The model's story as the offline engine's StoryDraft: running time and beat seconds computed here. */
export function storyDraftFromAuthored(a: AuthoredStory, params: GenerateParams): Mapped<StoryDraft> {
  const genre = a.genre ?? params.genre ?? 'drama';
  const total = targetDuration(params, canonicalGenre(genre) ?? 'drama');
  const beats = [...a.beats].sort((x, y) => x.act - y.act);
  const seconds = splitSeconds(
    total,
    beats.map((b) => b.weight ?? 1),
  );
  return {
    ok: true,
    value: {
      kind: params.kind,
      seed: params.seed,
      title: a.title,
      logline: a.logline,
      synopsis: a.synopsis,
      genre,
      tone: a.tone ?? params.mood ?? '',
      style: a.style ?? params.style ?? '',
      theme: a.theme ?? params.theme ?? '',
      setting: a.setting ?? params.setting ?? '',
      targetDurationSec: total,
      beatSheet: 'custom',
      beats: beats.map((b, i) => ({
        key: `beat-${i + 1}-${slug(b.name)}`,
        act: b.act,
        actName: ACT_NAMES[b.act - 1] ?? `Act ${b.act}`,
        order: i,
        name: b.name,
        summary: b.summary,
        targetSec: seconds[i]!,
      })),
    },
  };
}

/** The screenwriter's story: authored by the model, or `fallback` (the offline story). */
export function authorStory(deps: PipelineDeps, fallback: () => StoryDraft): Promise<StoryDraft> {
  const params = deps.record.params;
  return authorStage(deps, {
    prompt: 'screenwriter',
    stage: 'screenwriter',
    what: 'story and beat sheet',
    schema: AuthoredStorySchema,
    slots: () => ({
      ...commonSlots(deps, 'beats'),
      durationSec: String(targetDuration(params, canonicalGenre(params.genre) ?? 'drama')),
    }),
    map: (a) => storyDraftFromAuthored(a, params),
    fallback,
    stream: true,
  });
}
