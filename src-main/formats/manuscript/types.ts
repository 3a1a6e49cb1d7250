// Public result types of the offline manuscript (prose) analyzer.

/** Character offsets into the analysed text: `text.slice(start, end)` is the mention. */
export interface TextSpan {
  start: number;
  end: number;
}

/** A person named in the prose, with the name variants merged into it. */
export interface ProseCharacter {
  name: string;
  aliases: string[];
  mentions: number;
  importance: 'major' | 'minor';
  gender?: 'female' | 'male';
  spans: TextSpan[];
}

/** A named place (city, country, building, river…). */
export interface ProseLocation {
  name: string;
  aliases: string[];
  mentions: number;
  kind?: 'interior' | 'exterior';
  spans: TextSpan[];
}

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

export type RelationshipKind =
  'family' | 'romantic' | 'friendship' | 'rivalry' | 'professional' | 'mentor' | 'enemy' | 'other';

/** An undirected link between two characters who share passages. */
export interface ProseRelationship {
  source: string;
  target: string;
  /** Sentiment of the shared passages, -1..1. */
  strength: number;
  /** 0..1, grows with interactions and positive sentiment. */
  trust: number;
  kind: RelationshipKind;
  interactions: number;
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
