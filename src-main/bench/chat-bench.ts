// Conversation benchmarks: in-process parse over the dev set, and a full create turn (durable) on a 500-character project.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ChangeOp } from '../../src-preload/contract/project';
import { offlineBrain } from '../brains/offline/offline-brain';
import { parseMessage } from '../brains/offline/understand/parse-message';
import { nowIso } from '../shared/ids';
import { resourcesDir } from '../shared/resources';
import { createServices } from '../services';
import { createCharacterOp } from './bench-entities';
import { percentile, round, type BenchResult, type BenchSuite } from './bench-types';

const FIRST_NAMES = [
  'Ada',
  'Basil',
  'Cora',
  'Dmitri',
  'Esme',
  'Farid',
  'Greta',
  'Hugo',
  'Ines',
  'Jonah',
  'Kiri',
  'Leon',
];

/** Requests to parse: the shared dev set when it is beside the checkout, else a built-in sample. */
function parseCorpus(): string[] {
  const devSet = resolve(resourcesDir(), '..', '..', 'shared', 'eval', 'intents-dev.jsonl');
  if (existsSync(devSet)) {
    return readFileSync(devSet, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { text: string }).text);
  }
  return [
    'Create a character named Maya, 31, a pilot',
    'make her 32',
    'move on to the storyboard',
    'who are the main characters?',
  ];
}

function characterOp(i: number, now: string): ChangeOp {
  const name = `${FIRST_NAMES[i % FIRST_NAMES.length]} Number${i}`;
  return createCharacterOp(now, { name, age: 30, occupation: 'clerk' });
}

/** The median time to read a request in front of a 150,000-character pasted manuscript (five runs). */
function timePastedText(): number {
  const prose = 'Anna walked down to the harbour at Dover, where Peter was mending nets and talking. ';
  const message = `Analyze this: ${prose.repeat(Math.ceil(150_000 / prose.length)).slice(0, 150_000)}`;
  const times = Array.from({ length: 5 }, () => {
    const t = performance.now();
    parseMessage(message);
    return performance.now() - t;
  });
  return percentile(times, 50);
}

export const chatBench: BenchSuite = {
  name: 'chat',
  description: 'parse over the intent dev set; a full create turn on a 500-character project',
  async run(progress) {
    const corpus = parseCorpus();
    progress(`parsing ${corpus.length} requests × 20 rounds in process`);
    for (const text of corpus) parseMessage(text); // warm-up
    const parseTimes: number[] = [];
    for (let round = 0; round < 20; round++) {
      for (const text of corpus) {
        const t = performance.now();
        parseMessage(text);
        parseTimes.push(performance.now() - t);
      }
    }

    const pasteMs = timePastedText();
    const root = await mkdtemp(join(tmpdir(), 'storyloom-bench-chat-'));
    try {
      const services = createServices({
        root,
        transport: 'cli',
        brain: offlineBrain,
        appDir: join(root, '.app'),
      });
      const summary = await services.projects.create('Bench 500', 'feature-film');
      const session = await services.projects.open(summary.id);
      const now = nowIso();
      await session.commit(
        'fill',
        Array.from({ length: 500 }, (_, i) => characterOp(i, now)),
      );
      progress('timing 60 chat create turns (durable) on a 500-character project');
      const turns: number[] = [];
      for (let i = 0; i < 65; i++) {
        const t = performance.now();
        await services.chat.send(
          summary.id,
          `Create a character named Benchy${String.fromCharCode(65 + (i % 26))}${i}, ${20 + (i % 50)}, journalist`,
        );
        if (i >= 5) turns.push(performance.now() - t);
      }
      await services.shutdown();
      const p50 = percentile(turns, 50);
      const p99 = percentile(turns, 99);
      const parseP50 = percentile(parseTimes, 50);
      const results: BenchResult[] = [
        {
          name: 'chat.parse_p50',
          value: round(parseP50, 4),
          unit: 'ms',
          target: '< 2 ms',
          pass: parseP50 < 2,
        },
        { name: 'chat.parse_p99', value: round(percentile(parseTimes, 99), 4), unit: 'ms' },
        {
          name: 'chat.parse_pasted_150k_ms',
          value: round(pasteMs, 2),
          unit: 'ms',
          target: '< 50 ms',
          pass: pasteMs < 50,
        },
        { name: 'chat.create_turn_p50', value: round(p50), unit: 'ms', target: '< 20 ms', pass: p50 < 20 },
        { name: 'chat.create_turn_p99', value: round(p99), unit: 'ms', target: '< 80 ms', pass: p99 < 80 },
      ];
      return results;
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  },
};
