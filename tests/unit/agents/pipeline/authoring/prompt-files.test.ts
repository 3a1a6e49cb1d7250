// The stage prompt files: each has a version, its role sentence, only known slots, and a valid worked example.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { AuthoredCastSchema } from '../../../../../src-main/agents/pipeline/authoring/author-cast';
import { AuthoredCastingSchema } from '../../../../../src-main/agents/pipeline/authoring/author-casting';
import { AuthoredPlacesSchema } from '../../../../../src-main/agents/pipeline/authoring/author-places';
import { AuthoredRelationshipsSchema } from '../../../../../src-main/agents/pipeline/authoring/author-relationships';
import { AuthoredScenesSchema } from '../../../../../src-main/agents/pipeline/authoring/author-scenes';
import { AuthoredShotPlanSchema } from '../../../../../src-main/agents/pipeline/authoring/author-shot-plan';
import { AuthoredShotsSchema } from '../../../../../src-main/agents/pipeline/authoring/author-shots';
import { AuthoredStorySchema } from '../../../../../src-main/agents/pipeline/authoring/author-story';
import {
  fillTemplate,
  parsePromptFile,
  PROMPT_FILES,
  stagePrompt,
  type PromptFile,
} from '../../../../../src-main/agents/pipeline/authoring/prompt-file';

const SCHEMAS: Record<PromptFile, z.ZodType> = {
  screenwriter: AuthoredStorySchema,
  'character-designer': AuthoredCastSchema,
  'location-scout': AuthoredPlacesSchema,
  'relationship-writer': AuthoredRelationshipsSchema,
  'scene-breakdown': AuthoredScenesSchema,
  'storyboard-artist': AuthoredShotsSchema,
  'shot-planner': AuthoredShotPlanSchema,
  casting: AuthoredCastingSchema,
};
/** Slots the stages fill (common ones, then stage-specific). */
const KNOWN_SLOTS = ['idea', 'brief', 'facts', 'kind', 'notes', 'durationSec', 'part', 'scene', 'roster'];

describe('stage prompt files', () => {
  it.each(PROMPT_FILES)('%s: versioned, names its role, carries idea, brief and facts', (name) => {
    const prompt = stagePrompt(name);
    expect(prompt.version).toBeGreaterThanOrEqual(1);
    expect(prompt.system).toMatch(/^You are the [a-z ]+ of a film pre-production team\./);
    const slots = [...prompt.user.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
    expect(slots).toEqual(expect.arrayContaining(['idea', 'brief', 'facts']));
    for (const slot of slots) expect(KNOWN_SLOTS).toContain(slot);
  });

  it.each(PROMPT_FILES)('%s: the worked example is valid JSON for the stage schema', (name) => {
    const answer = JSON.parse(stagePrompt(name).example.answer) as unknown;
    const parsed = SCHEMAS[name].safeParse(answer);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('a file without a version line or a section is refused with a stable code', () => {
    expect(() => parsePromptFile('x', '## system\nHi\n## user\nU')).toThrow(
      expect.objectContaining({ code: 'PROMPT_FILE_INVALID' }),
    );
    expect(() => parsePromptFile('x', 'version: 2\n## system\nHi')).toThrow(/no user, example user/);
  });

  it('fills slots and fails loudly on a slot without a value', () => {
    expect(fillTemplate('Idea: {{idea}}.', { idea: 'a heist' })).toBe('Idea: a heist.');
    expect(() => fillTemplate('{{nope}}', {})).toThrow(
      expect.objectContaining({ code: 'PROMPT_SLOT_MISSING' }),
    );
  });
});
