// Result types of the language core's prose entity finder: characters, places and relations named in prose.
import type { RelationshipKind } from '../../../../src-preload/contract/entities';

export type { RelationshipKind };

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
  /** Quotations the character speaks: attributed ones plus unattributed turns by alternation. */
  speeches?: number;
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
