// Screenplay document model shared by the Fountain and Final Draft (.fdx) readers and writers.

/** Kinds of body element; character cues are not elements: dialogue carries its speaker instead. */
export type ScreenplayElementType =
  | 'action'
  | 'dialogue'
  | 'parenthetical'
  | 'transition'
  | 'centered'
  | 'lyric'
  | 'section'
  | 'synopsis'
  | 'page_break';

/** One paragraph of a screenplay body. Multi-line paragraphs keep their lines joined by `\n`. */
export interface ScreenplayElement {
  type: ScreenplayElementType;
  text: string;
  /** Speaker of dialogue, parenthetical or sung lyric: the cue with extensions, `@` and `^` stripped. */
  character?: string;
  /** Cue extension such as `V.O.`, `O.S.`, `CONT'D` (several are joined with `, `). */
  extension?: string;
  /** Side of a dual-dialogue pair (Fountain `^`, FDX `<DualDialogue>`). */
  dual?: 'left' | 'right';
  /** Section depth (number of `#`), only for `section`. */
  depth?: number;
  /** Mapped from a project: the index of the scene element it came from (the script view edits it there). */
  sourceIndex?: number;
}

/** Interior/exterior marker of a scene heading; `OTHER` covers EST. and forced headings. */
export type IntExt = 'INT' | 'EXT' | 'INT/EXT' | 'OTHER';

/** A scene: its heading broken down, its elements, its speakers and its span in the source text. */
export interface ScreenplayScene {
  /** 1-based position in the script. */
  number: number;
  /** Scene number written in the source (Fountain `#12A#`, FDX `Number="12A"`). */
  sceneNumber?: string;
  /** Heading as written, without forced `.` and scene number. */
  heading: string;
  intExt: IntExt;
  locationName: string;
  timeOfDay?: string;
  elements: ScreenplayElement[];
  /** Speakers of the scene in order of first cue (extensions stripped). */
  characterNames: string[];
  /** Mapped from a project: the scene entity's id. */
  sceneId?: string;
  /** Character offsets in the original source: heading start, end of the scene's last content. */
  start: number;
  end: number;
}

/** A parsed screenplay. */
export interface ScreenplayDocument {
  title?: string;
  /** Title page entries, keys as written (`Title`, `Author`, `Draft date`…); multi-line values joined by `\n`. */
  titlePage: Record<string, string>;
  /** Body content before the first scene heading (FADE IN:, sections, cold-open action…). */
  preamble: ScreenplayElement[];
  scenes: ScreenplayScene[];
  /** Speakers and how many speeches (cue blocks) each has, most talkative first. */
  characters: { name: string; lines: number }[];
}
