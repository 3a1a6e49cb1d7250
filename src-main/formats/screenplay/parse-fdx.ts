// Final Draft (.fdx) reader: turns FDX XML into a ScreenplayDocument, same shape as the Fountain reader.
import { AppFailure } from '../../shared/failure';
import { parseCue } from './cue';
import { ScreenplayBuilder } from './document-builder';
import { readFdxTitlePage } from './fdx-title-page';
import { parseHeading } from './scene-heading';
import type { ScreenplayDocument, ScreenplayElement } from './types';
import { childElements, readXml, textContent, type XmlElement } from './xml-reader';

interface OpenCue {
  character: string;
  extension?: string;
  dual?: 'left' | 'right';
  /** Dialogue or lyric paragraph that a following paragraph of the same type continues. */
  open?: ScreenplayElement;
}

/** Text of a paragraph: its `<Text>` runs joined (style runs split words, so no separator). */
function paragraphText(paragraph: XmlElement): string {
  return childElements(paragraph, 'Text').map(textContent).join('').replace(/\r\n?/g, '\n');
}

/** Paragraphs in reading order; those inside `<DualDialogue>` carry the side of their speaker. */
function flatten(content: XmlElement): { paragraph: XmlElement; dual?: 'left' | 'right' }[] {
  const out: { paragraph: XmlElement; dual?: 'left' | 'right' }[] = [];
  for (const child of childElements(content)) {
    if (child.name === 'Paragraph') out.push({ paragraph: child });
    else if (child.name === 'DualDialogue') {
      let cues = 0;
      for (const paragraph of childElements(child, 'Paragraph')) {
        if (paragraph.attrs.Type === 'Character') cues++;
        out.push({ paragraph, dual: cues <= 1 ? 'left' : 'right' });
      }
    }
  }
  return out;
}

/**
 * Parses Final Draft XML. Scene Heading, Action, Character, Dialogue, Parenthetical, Transition,
 * Lyrics and dual dialogue are mapped; General/Shot and unknown types become action (General
 * paragraphs written as `# …`/`= …` by writeFdx come back as sections/synopses). Throws
 * `SCREENPLAY_XML_INVALID` on bad XML and `SCREENPLAY_FDX_NOT_FINAL_DRAFT` on another XML dialect.
 */
export function parseFdx(xml: string): ScreenplayDocument {
  const root = readXml(xml);
  if (root.name !== 'FinalDraft') {
    throw new AppFailure(
      'SCREENPLAY_FDX_NOT_FINAL_DRAFT',
      `This XML file is not a Final Draft script (its root element is <${root.name}>).`,
      'Export the script from Final Draft as .fdx, or import it as Fountain.',
    );
  }
  const builder = new ScreenplayBuilder();
  let cue: OpenCue | undefined;
  const content = childElements(root, 'Content')[0];

  const spoken = (type: ScreenplayElement['type'], text: string, open: OpenCue): ScreenplayElement => {
    const element: ScreenplayElement = { type, text, character: open.character };
    if (open.extension !== undefined) element.extension = open.extension;
    if (open.dual !== undefined) element.dual = open.dual;
    return element;
  };

  for (const { paragraph, dual } of content ? flatten(content) : []) {
    const text = paragraphText(paragraph);
    const type = paragraph.attrs.Type ?? 'Action';
    const end = paragraph.end;
    if (paragraph.attrs.StartsNewPage === 'Yes') {
      builder.add({ type: 'page_break', text: '' }, end);
      if (cue) cue.open = undefined;
    }
    if (type === 'Character') {
      const parsed = parseCue(text);
      cue = { character: parsed.name };
      if (parsed.extension !== undefined) cue.extension = parsed.extension;
      const side = dual ?? (parsed.dualRight ? 'right' : undefined);
      if (side) cue.dual = side;
      builder.touch(end);
      continue;
    }
    if (cue && (type === 'Dialogue' || type === 'Lyrics' || type === 'Lyric')) {
      const kind = type === 'Dialogue' ? 'dialogue' : 'lyric';
      if (cue.open?.type === kind) {
        cue.open.text = `${cue.open.text}\n${text}`;
        builder.touch(end);
      } else cue.open = builder.add(spoken(kind, text, cue), end);
      continue;
    }
    if (cue && type === 'Parenthetical') {
      cue.open = undefined;
      builder.add(spoken('parenthetical', text, cue), end);
      continue;
    }
    cue = undefined;
    if (type === 'Scene Heading') {
      builder.startScene(parseHeading(text, paragraph.attrs.Number), paragraph.start, end);
    } else if (type === 'Transition') {
      builder.add({ type: 'transition', text: text.trim() }, end);
    } else if (type === 'Lyrics' || type === 'Lyric') {
      builder.add({ type: 'lyric', text }, end);
    } else if (type === 'New Act') {
      builder.add({ type: 'section', text: text.trim(), depth: 1 }, end);
    } else if (text.trim() === '') {
      continue; // empty spacer paragraphs carry no content
    } else if (paragraph.attrs.Alignment === 'Center') {
      builder.add({ type: 'centered', text: text.trim() }, end);
    } else if (type === 'General' && /^#+ /.test(text)) {
      const depth = (/^#+/.exec(text)?.[0] ?? '#').length;
      builder.add({ type: 'section', text: text.slice(depth).trim(), depth }, end);
    } else if (type === 'General' && text.startsWith('= ')) {
      builder.add({ type: 'synopsis', text: text.slice(2).trim() }, end);
    } else {
      builder.add({ type: 'action', text }, end);
    }
  }

  const titlePage = childElements(root, 'TitlePage')[0];
  const titleContent = titlePage ? childElements(titlePage, 'Content')[0] : undefined;
  const titleParagraphs = titleContent ? childElements(titleContent, 'Paragraph').map(paragraphText) : [];
  return builder.build(readFdxTitlePage(titleParagraphs));
}
