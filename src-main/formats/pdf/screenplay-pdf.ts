// Screenplay PDF: a title page, then the body in standard layout (Courier 12, numbered pages from page 2).
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { ScreenplayDocument } from '../screenplay/types';
import { pdfSafe, setPdfMetadata, wrapColumns, savePdf } from './pdf-text';
import { LINES_PER_PAGE, paginate, screenplayBlocks, type LaidPage } from './screenplay-layout';

const INCH = 72;
const PAGE: [number, number] = [8.5 * INCH, 11 * INCH];
const SIZE = 12;
const LINE = INCH / 6;
const TOP = 1 * INCH;

function drawRow(page: PDFPage, font: PDFFont, row: LaidPage[number], index: number): void {
  const y = PAGE[1] - TOP - (index + 1) * LINE + 3;
  for (const line of row) {
    if (!line.text) continue;
    const width = font.widthOfTextAtSize(line.text, SIZE);
    const x =
      line.align === 'right'
        ? line.x * INCH - width
        : line.align === 'center'
          ? line.x * INCH - width / 2
          : line.x * INCH;
    page.drawText(line.text, { x, y, size: SIZE, font, color: rgb(0, 0, 0) });
  }
}

/** The title page: title a third of the way down, notes and draft date at the lower left, as is usual. */
function drawTitlePage(pdf: PDFDocument, font: PDFFont, doc: ScreenplayDocument): void {
  const page = pdf.addPage(PAGE);
  const entries = Object.entries(doc.titlePage);
  const title = pdfSafe((doc.title ?? 'Untitled').toUpperCase(), font);
  let row = 18;
  for (const text of wrapColumns(title, 50)) drawRow(page, font, [{ text, x: 4.25, align: 'center' }], row++);
  const credit = entries.filter(([k]) => /^(credit|author|authors|source)$/i.test(k));
  row += 2;
  for (const [, value] of credit) {
    for (const text of wrapColumns(pdfSafe(value, font), 50))
      drawRow(page, font, [{ text, x: 4.25, align: 'center' }], row++);
    row++;
  }
  const lower = entries.filter(([k]) => /^(notes|draft date|contact|copyright)$/i.test(k));
  const lines = lower.flatMap(([, value]) => [...wrapColumns(pdfSafe(value, font), 45), '']);
  let bottom = LINES_PER_PAGE - lines.length;
  for (const text of lines) drawRow(page, font, [{ text, x: 1.5, align: 'left' }], bottom++);
}

/**
 * Renders a screenplay as PDF bytes. Page numbers (`2.`) sit in the top right margin from the second
 * page of the body on; the title page is not counted, as in every screenplay.
 */
export async function writeScreenplayPdf(doc: ScreenplayDocument, at: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Courier);
  setPdfMetadata(pdf, doc.title ?? 'Screenplay', 'Screenplay', at);
  drawTitlePage(pdf, font, doc);
  const pages = paginate(screenplayBlocks(doc, (s) => pdfSafe(s, font)));
  pages.forEach((rows, index) => {
    const page = pdf.addPage(PAGE);
    if (index > 0) {
      const label = `${index + 1}.`;
      page.drawText(label, {
        x: 7.5 * INCH - font.widthOfTextAtSize(label, SIZE),
        y: PAGE[1] - 0.5 * INCH - SIZE,
        size: SIZE,
        font,
      });
    }
    rows.forEach((row, r) => drawRow(page, font, row, r));
  });
  return savePdf(pdf);
}
