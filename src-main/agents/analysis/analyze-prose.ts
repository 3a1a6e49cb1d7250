// Entry point of the offline manuscript reader: prose → scenes (from the text's headings and breaks) plus the
// characters, locations and relationships the language core finds in it.
import { findProseEntities } from '../../brains/offline/language/prose-entities';
import { splitScenes } from './prose-scenes';
import type { AnalyzeProseOptions, ProseAnalysis } from './prose-analysis-types';

/** Analyses a novel chapter or manuscript (plain text or Markdown, normal or pre-tokenised prose). */
export function analyzeProse(text: string, options: AnalyzeProseOptions = {}): ProseAnalysis {
  const { tokens, characters, locations, relationships } = findProseEntities(text);
  const scenes = splitScenes(text, tokens, characters, locations, options.file);
  return { characters, locations, scenes, relationships };
}
