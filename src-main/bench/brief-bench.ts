// Idea-brief benchmark: how long reading a 1,000-character idea into a brief takes, in process.
import { extractIdeaBrief } from '../brains/offline/language/idea-brief';
import { percentile, round, type BenchSuite } from './bench-types';

/** A long idea of about 1,000 characters with several people, bonds, places and a period. */
function longIdea(): string {
  const parts = [
    'Period drama, 1930s Porto: a widowed ferry captain named Amália Reis and her stubborn son Duarte',
    'must keep the family boat running while the harbour master, Gaspar Nunes, buys up every berth on the Douro.',
    'Her best friend Lurdes, a seamstress from Gaia, hides smuggled wine in the hold of the Santa Clara,',
    "and Duarte falls for Gaspar's niece Teresa, a schoolteacher who plays the organ at the cathedral.",
    'When a storm wrecks the quay, Amália has to choose between the boat and her son before the bank in Lisbon',
    "takes the house, the boat and the last of her husband's savings; the old fisherman Tomé, her late husband's",
    'rival, offers a deal that could save them or sink them all, and a letter from Brazil changes everything.',
  ];
  let text = parts.join(' ');
  while (text.length < 1_000) text += ' The river keeps its own counsel.';
  return text.slice(0, 1_000);
}

export const briefBench: BenchSuite = {
  name: 'brief',
  description: 'idea brief extraction time on a 1,000-character idea',
  async run(progress) {
    const idea = longIdea();
    progress(`extract the brief of a ${idea.length}-character idea, 60 times`);
    for (let i = 0; i < 5; i++) extractIdeaBrief(idea);
    const times: number[] = [];
    for (let i = 0; i < 60; i++) {
      const t = performance.now();
      extractIdeaBrief(idea);
      times.push(performance.now() - t);
    }
    const p50 = percentile(times, 50);
    return [
      {
        name: 'brief.extract_1000_chars_p50',
        value: round(p50),
        unit: 'ms',
        target: '< 50 ms',
        pass: p50 < 50,
      },
      { name: 'brief.extract_1000_chars_p99', value: round(percentile(times, 99)), unit: 'ms' },
    ];
  },
};
