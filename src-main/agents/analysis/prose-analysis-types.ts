// Public result types of the offline manuscript (prose) analyzer.
import type {
  ProseCharacter,
  ProseLocation,
  ProseRelationship,
} from '../../brains/offline/language/prose-types';

/** A scene: a chapter, a section between scene breaks, or a fallback chunk. */
export interface ProseScene {
  number: number;
  title: string;
  start: number;
  end: number;
  summary: string;
  characterNames: string[];
  locationName?: string;
  wordCount: number;
  /** The title is a heading written in the text (a chapter or section title), not a made-up one. */
  fromHeading?: boolean;
  /** The time of day the passage names ("that night" → night), for a scene heading. */
  timeOfDay?: string;
}

/** Everything `analyzeProse` extracts from one manuscript. */
export interface ProseAnalysis {
  characters: ProseCharacter[];
  locations: ProseLocation[];
  scenes: ProseScene[];
  relationships: ProseRelationship[];
}

/** Options of `analyzeProse`. */
export interface AnalyzeProseOptions {
  /** File name, used only for the fallback title of the first scene. */
  file?: string;
}
