// Stage prompts as files (resources/prompts/<stage>.md): a version line, system text, user template, one worked example.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppFailure } from '../../../shared/failure';
import { resourcesDir } from '../../../shared/resources';

/** One stage's prompt, parsed from its file. */
export interface StagePrompt {
  /** The file's `version: N` line: bumped on every change, so a run's prompts can be told apart. */
  version: number;
  system: string;
  /** The user message with `{{placeholders}}` (see `fillTemplate`). */
  user: string;
  /** The few-shot example: a user message and the JSON answer it deserves. */
  example: { user: string; answer: string };
}

/** The prompt files, one per authoring stage (file names under resources/prompts/). */
export const PROMPT_FILES = [
  'screenwriter',
  'character-designer',
  'location-scout',
  'relationship-writer',
  'scene-breakdown',
  'storyboard-artist',
  'shot-planner',
  'casting',
] as const;
export type PromptFile = (typeof PROMPT_FILES)[number];

const SECTIONS = ['system', 'user', 'example user', 'example answer'] as const;

/** Splits a prompt file into its `## section` bodies; the example answer may sit in a ```json fence. */
export function parsePromptFile(name: string, text: string): StagePrompt {
  const version = /^version:\s*(\d+)\s*$/m.exec(text);
  const bodies = new Map<string, string>();
  const parts = text.split(/^## +(.+?)\s*$/m);
  for (let i = 1; i < parts.length; i += 2) bodies.set(parts[i]!.toLowerCase(), parts[i + 1]!.trim());
  const missing = SECTIONS.filter((s) => !bodies.get(s));
  if (!version || missing.length)
    throw new AppFailure(
      'PROMPT_FILE_INVALID',
      `The prompt file ${name}.md has ${version ? `no ${missing.join(', ')} section` : 'no version line'}.`,
      'Restore it from the installed resources/prompts folder.',
    );
  const answer = bodies.get('example answer')!.replace(/^```(?:json)?\s*|\s*```$/g, '');
  return {
    version: Number(version[1]),
    system: bodies.get('system')!,
    user: bodies.get('user')!,
    example: { user: bodies.get('example user')!, answer },
  };
}

const cache = new Map<PromptFile, StagePrompt>();

/** The parsed prompt of a stage (read once per process). */
export function stagePrompt(name: PromptFile): StagePrompt {
  let prompt = cache.get(name);
  if (!prompt) {
    const text = readFileSync(join(resourcesDir(), 'prompts', `${name}.md`), 'utf8');
    prompt = parsePromptFile(name, text);
    cache.set(name, prompt);
  }
  return prompt;
}

/** Fills `{{name}}` slots; a slot with no value is a bug in the caller or the file, so it fails loudly. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => {
    const value = values[key];
    if (value === undefined)
      throw new AppFailure('PROMPT_SLOT_MISSING', `The prompt slot {{${key}}} has no value.`);
    return value;
  });
}
