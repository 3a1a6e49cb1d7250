// Draws the portrait card's shapes (domain/portrait-card) with pdf-lib primitives: the SVG and the PDF share one drawing.
import { rgb, type PDFPage } from 'pdf-lib';
import { CARD_H, CARD_W, type PortraitShape } from '../../domain/portrait-card';
import { assertNever } from '../../shared/assert';
import type { FlowFonts } from './pdf-flow';
import type { Box } from './pdf-sketch';
import { pdfSafe } from './pdf-text';

const colour = (hex: string) => {
  const v = Number.parseInt(hex.slice(1), 16);
  return rgb(((v >> 16) & 255) / 255, ((v >> 8) & 255) / 255, (v & 255) / 255);
};

/** Draws the card scaled into `box` (card y runs down, PDF y runs up). */
export function drawPortrait(
  page: PDFPage,
  box: Box,
  shapes: readonly PortraitShape[],
  fonts: FlowFonts,
): void {
  const s = Math.min(box.width / CARD_W, box.height / CARD_H);
  const at = (x: number, y: number) => ({ x: box.x + x * s, y: box.y + box.height - y * s });
  for (const shape of shapes) {
    switch (shape.kind) {
      case 'rect': {
        const p = at(shape.x, shape.y + shape.h);
        page.drawRectangle({ ...p, width: shape.w * s, height: shape.h * s, color: colour(shape.fill) });
        break;
      }
      case 'ellipse':
        page.drawEllipse({
          ...at(shape.cx, shape.cy),
          xScale: shape.rx * s,
          yScale: shape.ry * s,
          color: colour(shape.fill),
        });
        break;
      case 'polygon': {
        const path = shape.points
          .map(([x, y], i) => `${i === 0 ? 'M' : 'L'} ${at(x, y).x} ${-at(x, y).y}`)
          .join(' ');
        page.drawSvgPath(`${path} Z`, { x: 0, y: 0, color: colour(shape.fill) });
        break;
      }
      case 'line':
        page.drawLine({
          start: at(...shape.from),
          end: at(...shape.to),
          thickness: shape.width * s,
          color: colour(shape.stroke),
        });
        break;
      case 'text': {
        const font = shape.bold ? fonts.bold : fonts.regular;
        const text = pdfSafe(shape.text, font);
        const size = shape.size * s;
        const p = at(shape.x, shape.y);
        page.drawText(text, {
          x: p.x - font.widthOfTextAtSize(text, size) / 2,
          y: p.y,
          size,
          font,
          color: colour(shape.fill),
        });
        break;
      }
      default:
        assertNever(shape, 'portrait shape');
    }
  }
}
