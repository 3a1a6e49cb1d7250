// `storyloom chat` with a pasted screenplay or chapter (in process): read as a document, never as a title.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ProjectFile } from '../../../src-preload/contract/project';
import { runCliIn } from '../../fixtures/cli-run';
import { makeTempDir, removeTempDirs } from '../../fixtures/temp-dir';

afterAll(removeTempDirs);

async function cli<T>(root: string, ...args: string[]): Promise<T> {
  const run = await runCliIn(root, [...args, '--json']);
  if (run.code !== 0) throw new Error(run.err);
  return JSON.parse(run.out.trim().split('\n').at(-1)!) as T;
}

const SCRIPT = [
  'Title: Harbour Lights',
  'Author: Ana Ferreira',
  '',
  'INT. HARBOUR OFFICE - NIGHT',
  '',
  'Rain on the glass. Mara watches the ferry lights drift across the black water.',
  '',
  'MARA',
  'The ferry is late again.',
  '',
  'TOMAS',
  '(quietly)',
  'It always is.',
  '',
  'EXT. PIER - NIGHT',
  '',
  'Mara walks out into the rain and stands at the end of the pier.',
  '',
  'MARA',
  'Then we wait.',
].join('\n');

const CHAPTER = [
  'Henrik Vass had captained the night ferry for thirty years, and he had never once been on time.',
  'Mara found him asleep at the bar of the Blue Anchor, his cap pulled over his eyes.',
  'She shook him awake and told him the passengers had been waiting in the rain for an hour.',
  'Henrik only laughed, and asked whether her brother Tomas was still afraid of the water.',
].join(' ');

interface Turn {
  reply: string;
  intent: string;
  created: { type: string; name: string }[];
}

describe('pasting a document into chat ', () => {
  // Issue 11: a pasted screenplay opening with "Title:" became the project's title (and failed at 300 characters).
  it(
    'a pasted screenplay is analysed into its scenes and speakers, and the title stays',
    { timeout: 120_000 },
    async () => {
      const root = makeTempDir('storyloom-paste-');
      const made = await cli<{ projectId: string; path: string }>(root, 'new', '--name', 'Paste');
      const turn = await cli<Turn>(root, 'chat', made.projectId, SCRIPT);
      expect(turn.intent).toBe('analyze');
      expect(turn.reply).toMatch(/^Read this as a screenplay: added 2 characters, 2 locations, 2 scenes/);
      const file = JSON.parse(readFileSync(join(made.path, 'project.json'), 'utf8')) as ProjectFile;
      expect(file.project.title).toBeUndefined();
      expect(file.entities.scenes.map((s) => s.heading)).toEqual([
        'INT. HARBOUR OFFICE - NIGHT',
        'EXT. PIER - NIGHT',
      ]);
      expect(file.entities.characters.map((c) => c.name).sort()).toEqual(['Mara', 'Tomas']);
      expect(turn.created.filter((c) => c.type === 'scene')).toHaveLength(2);

      const chapter = await cli<Turn>(root, 'chat', made.projectId, `Chapter Two\n\n${CHAPTER}`);
      expect(chapter.intent).toBe('analyze');
      expect(chapter.reply).toMatch(/^Read this as a chapter of prose: added/);
    },
  );
});
