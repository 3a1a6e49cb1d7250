// Entry point of the offline manuscript analyzer: prose → characters, locations, scenes, relationships.
import { tokenize } from '../../brains/offline/language/tokenize';
import { docStats } from '../../brains/offline/language/doc-stats';
import { findNameMentions, type NameMention } from '../../brains/offline/language/name-mentions';
import { classifyNames } from '../../brains/offline/language/classify-names';
import { clusterPersons } from './aliases';
import { buildCharacters } from './characters';
import { buildLocations } from './locations';
import { splitScenes } from './scenes';
import { buildRelationships } from './relationships';
import { originPlace } from '../../brains/offline/language/origin-places';
import type { AnalyzeProseOptions, ProseAnalysis } from './types';

/**
 * Analyses a novel chapter or manuscript (plain text or Markdown, normal or pre-tokenised prose).
 * Linear-time: one tokenizer pass plus passes over tokens and name mentions; no NLP parse.
 */
export function analyzeProse(text: string, options: AnalyzeProseOptions = {}): ProseAnalysis {
  const tokens = tokenize(text);
  const stats = docStats(tokens);
  const mentions = findNameMentions(text, tokens, stats);
  const verdicts = classifyNames(tokens, mentions, stats);
  const persons: NameMention[] = [];
  const places: NameMention[] = [];
  for (const m of mentions) {
    const v = verdicts.get(m.key);
    // "the Jarndyces": a plural of another name refers to a family, not a character.
    if (v === 'person' && !(m.key.endsWith('s') && verdicts.get(m.key.slice(0, -1)) === 'person')) {
      persons.push(m);
      const origin = originPlace(tokens, m);
      if (origin && verdicts.get(origin.key) !== 'person') places.push(origin);
    } else if (v === 'place') places.push(m);
  }
  const clusters = clusterPersons(persons);
  const characters = buildCharacters(clusters);
  const locations = buildLocations(places);
  const scenes = splitScenes(text, tokens, characters, locations, options.file);
  const relationships = buildRelationships(tokens, characters, scenes);
  return { characters, locations, scenes, relationships };
}
