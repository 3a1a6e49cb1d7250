// A top-to-bottom text cursor over pdf-lib pages: headings, wrapped paragraphs, bullets, with page overflow.
import { rgb, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import { pdfSafe, wrapText } from './pdf-text';

/** Fonts a flow writes with. */
export interface FlowFonts {
  regular: PDFFont;
  bold: PDFFont;
  italic: PDFFont;
}

const PAGE: [number, number] = [612, 792];
const MARGIN = 54;

/** Writes downwards from the top margin; a line that does not fit starts a continuation page. */
export class PdfFlow {
  page: PDFPage;
  y: number;
  readonly left = MARGIN;
  readonly width = PAGE[0] - 2 * MARGIN;

  constructor(
    private readonly pdf: PDFDocument,
    readonly fonts: FlowFonts,
    private readonly continued: string,
  ) {
    this.page = pdf.addPage(PAGE);
    this.y = PAGE[1] - MARGIN;
  }

  /** Room left above the bottom margin, in points. */
  get room(): number {
    return this.y - MARGIN;
  }

  /** Makes sure `height` points fit, starting a continuation page (with its running title) otherwise. */
  ensure(height: number): void {
    if (this.room >= height) return;
    this.page = this.pdf.addPage(PAGE);
    this.y = PAGE[1] - MARGIN;
    this.text(`${this.continued} (continued)`, { font: this.fonts.italic, size: 9 });
    this.space(6);
  }

  space(points: number): void {
    this.y -= points;
  }

  /** A wrapped paragraph; `indent` shifts it right, `gray` softens secondary text. */
  text(text: string, opts: { font?: PDFFont; size?: number; indent?: number; gray?: boolean } = {}): void {
    const font = opts.font ?? this.fonts.regular;
    const size = opts.size ?? 10;
    const indent = opts.indent ?? 0;
    const lead = size * 1.3;
    for (const line of wrapText(pdfSafe(text, font), font, size, this.width - indent)) {
      this.ensure(lead);
      this.y -= lead;
      this.page.drawText(line, {
        x: this.left + indent,
        y: this.y + size * 0.25,
        size,
        font,
        color: opts.gray ? rgb(0.35, 0.35, 0.35) : rgb(0, 0, 0),
      });
    }
  }

  /** A section title with a rule under it, kept with at least two lines of what follows. */
  heading(title: string): void {
    this.ensure(46);
    this.space(8);
    this.text(title, { font: this.fonts.bold, size: 12 });
    this.page.drawLine({
      start: { x: this.left, y: this.y - 2 },
      end: { x: this.left + this.width, y: this.y - 2 },
      thickness: 0.5,
      color: rgb(0.6, 0.6, 0.6),
    });
    this.space(6);
  }

  bullets(items: readonly string[], empty: string): void {
    if (items.length === 0) return this.text(empty, { gray: true, font: this.fonts.italic });
    for (const item of items) this.text(`•  ${item}`, { indent: 8 });
  }
}
