// Final Draft writer: renders a ScreenplayDocument as FDX (version 4) XML that parseFdx reads back unchanged.
import { assertNever } from '../../shared/assert';
import { formatCue } from './cue';
import { toRuns, type ElementRun } from './dialogue-blocks';
import { writeFdxTitlePage } from './fdx-title-page';
import type { ScreenplayDocument, ScreenplayElement } from './types';

/** Escapes text content; characters XML 1.0 forbids are dropped so the output always parses. */
export function escapeXml(text: string, attribute = false): string {
  const clean = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
  const escaped = clean.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return attribute
    ? escaped.replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;')
    : escaped;
}

interface ParagraphOptions {
  number?: string;
  alignment?: string;
}

/** Collects paragraphs, moving a pending page break onto the next paragraph written. */
class ParagraphWriter {
  readonly lines: string[] = [];
  private newPage = false;

  pageBreak(): void {
    // Two breaks in a row: the first needs an (empty) paragraph of its own to start the new page.
    if (this.newPage) this.paragraph('Action', '');
    this.newPage = true;
  }

  paragraph(type: string, text: string, options: ParagraphOptions = {}, indent = '    '): void {
    const attrs = [
      options.alignment ? ` Alignment="${escapeXml(options.alignment, true)}"` : '',
      options.number ? ` Number="${escapeXml(options.number, true)}"` : '',
      this.newPage ? ' StartsNewPage="Yes"' : '',
      ` Type="${escapeXml(type, true)}"`,
    ].join('');
    this.newPage = false;
    this.lines.push(`${indent}<Paragraph${attrs}><Text>${escapeXml(text)}</Text></Paragraph>`);
  }

  /** A trailing page break with nothing after it still needs a paragraph to live on. */
  finish(): void {
    if (this.newPage) this.paragraph('Action', '');
  }
}

function writeSingle(out: ParagraphWriter, element: ScreenplayElement): void {
  switch (element.type) {
    case 'action':
      return out.paragraph('Action', element.text);
    case 'transition':
      return out.paragraph('Transition', element.text);
    case 'centered':
      return out.paragraph('Action', element.text, { alignment: 'Center' });
    case 'lyric':
      return out.paragraph('Lyrics', element.text);
    case 'section':
      // FDX has no outline sections: a General paragraph keeps them visible and readable back.
      return out.paragraph('General', `${'#'.repeat(Math.max(1, element.depth ?? 1))} ${element.text}`);
    case 'synopsis':
      return out.paragraph('General', `= ${element.text}`);
    case 'page_break':
      return out.pageBreak();
    case 'dialogue':
    case 'parenthetical':
      return out.paragraph('Action', element.text);
    default:
      return assertNever(element.type, 'screenplay element type');
  }
}

function writeDialogue(
  out: ParagraphWriter,
  run: Extract<ElementRun, { kind: 'dialogue' }>,
  indent: string,
  lone: boolean,
): void {
  // A right half without its left partner keeps its side through the Fountain-style `^`.
  out.paragraph(
    'Character',
    formatCue(run.character, run.extension, lone && run.dual === 'right'),
    {},
    indent,
  );
  for (const element of run.elements) {
    const type =
      element.type === 'parenthetical' ? 'Parenthetical' : element.type === 'lyric' ? 'Lyrics' : 'Dialogue';
    out.paragraph(type, element.text, {}, indent);
  }
}

function writeElements(out: ParagraphWriter, elements: readonly ScreenplayElement[]): void {
  const runs = toRuns(elements);
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i];
    const next = runs[i + 1];
    if (run?.kind === 'single') {
      // A lyric right after a speech would be read as sung by that speaker: close the cue first.
      if (run.element.type === 'lyric' && runs[i - 1]?.kind === 'dialogue') out.paragraph('General', '');
      writeSingle(out, run.element);
    } else if (run && run.dual === 'left' && next?.kind === 'dialogue' && next.dual === 'right') {
      out.lines.push('    <DualDialogue>');
      writeDialogue(out, run, '      ', false);
      writeDialogue(out, next, '      ', false);
      out.lines.push('    </DualDialogue>');
      i++;
    } else if (run) writeDialogue(out, run, '    ', true);
  }
}

/** Renders a document as Final Draft 4 XML: script content, then the title page. */
export function writeFdx(doc: ScreenplayDocument): string {
  const body = new ParagraphWriter();
  writeElements(body, doc.preamble);
  for (const scene of doc.scenes) {
    body.paragraph('Scene Heading', scene.heading, scene.sceneNumber ? { number: scene.sceneNumber } : {});
    writeElements(body, scene.elements);
  }
  body.finish();
  const entries = Object.keys(doc.titlePage).length === 0 && doc.title ? { Title: doc.title } : doc.titlePage;
  const title = writeFdxTitlePage(entries).map(
    (text) => `      <Paragraph Alignment="Center"><Text>${escapeXml(text)}</Text></Paragraph>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="no" ?>',
    '<FinalDraft DocumentType="Script" Template="No" Version="4">',
    '  <Content>',
    ...body.lines,
    '  </Content>',
    ...(title.length > 0
      ? ['  <TitlePage>', '    <Content>', ...title, '    </Content>', '  </TitlePage>']
      : []),
    '</FinalDraft>',
    '',
  ].join('\n');
}
