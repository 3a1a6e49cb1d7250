// `storyloom analyze <file>`: a manuscript (.txt/.md) or screenplay (.fountain/.fdx) → characters, locations, scenes, relationships.
import { basename, extname, resolve } from 'node:path';
import { analyzeProse } from '../../agents/analysis/analyze-prose';
import { screenplayToAnalysis } from '../../agents/analysis/screenplay-analysis';
import { parseFdx, parseFountain } from '../../formats/screenplay';
import { decodeImportText, MAX_TEXT_FILE_BYTES } from '../../formats/text/import-text';
import { AppFailure } from '../../shared/failure';
import { printResult } from '../cli-output';
import type { CommandRun } from '../cli-types';
import { readInputFile } from '../read-input-file';

const PROSE = ['.txt', '.md', '.markdown', '.text'];

/** Analysis in the shape of DESIGN.md §2. */
export async function analyzeFile(path: string) {
  const ext = extname(path).toLowerCase();
  if (ext !== '.fountain' && ext !== '.fdx' && !PROSE.includes(ext) && ext !== '') {
    throw new AppFailure(
      'UNSUPPORTED_FILE',
      `Storyloom cannot analyze ${ext} files.`,
      `Use a manuscript (${PROSE.join(', ')}) or a screenplay (.fountain, .fdx).`,
    );
  }
  const { text } = decodeImportText(await readInputFile(path, MAX_TEXT_FILE_BYTES), basename(path));
  if (ext === '.fountain' || ext === '.fdx') {
    const analysis = screenplayToAnalysis(ext === '.fdx' ? parseFdx(text) : parseFountain(text));
    return { format: ext.slice(1), ...analysis };
  }
  const prose = analyzeProse(text, { file: path });
  return {
    format: 'prose',
    characters: prose.characters.map((c) => ({
      name: c.name,
      aliases: c.aliases,
      mentions: c.mentions,
      importance: c.importance,
      ...(c.gender ? { gender: c.gender } : {}),
    })),
    locations: prose.locations.map((l) => ({ name: l.name, aliases: l.aliases, mentions: l.mentions })),
    scenes: prose.scenes.map((s) => ({
      number: s.number,
      title: s.title,
      start: s.start,
      end: s.end,
      characterNames: s.characterNames,
      locationName: s.locationName,
      wordCount: s.wordCount,
    })),
    relationships: prose.relationships.map((r) => ({
      source: r.source,
      target: r.target,
      strength: r.strength,
      trust: r.trust,
      kind: r.kind,
      interactions: r.interactions,
    })),
  };
}

export const analyzeCommand: CommandRun = async (args, io) => {
  const file = args.positionals[0];
  if (!file) throw new AppFailure('CLI_USAGE', 'Which file? `storyloom analyze <file> --json`.');
  const result = await analyzeFile(resolve(file));
  const human = [
    `Characters (${result.characters.length}): ${result.characters
      .slice(0, 20)
      .map((c) => `${c.name} ×${c.mentions}`)
      .join(', ')}`,
    `Locations (${result.locations.length}): ${result.locations
      .slice(0, 20)
      .map((l) => l.name)
      .join(', ')}`,
    `Scenes: ${result.scenes.length}, relationships: ${result.relationships.length}`,
  ].join('\n');
  printResult(args, io, result, human);
  return 0;
};
