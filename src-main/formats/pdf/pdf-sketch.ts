// Draws a shot's frame sketch (domain primitives) into a box on a pdf-lib page.
import { rgb, type PDFPage } from 'pdf-lib';
import { SKETCH_H, SKETCH_W, type SketchPrimitive } from '../../../src-preload/contract/frame-sketch';
import { assertNever } from '../../shared/assert';

const INK = rgb(0.15, 0.15, 0.15);
const ACCENT = rgb(0.75, 0.2, 0.1);
const FILL = rgb(0.85, 0.85, 0.85);

/** A box on the page in PDF points (origin bottom left). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Draws the primitives scaled into `box` (frame y runs down, PDF y runs up), clipped to the frame. */
export function drawSketch(page: PDFPage, box: Box, primitives: readonly SketchPrimitive[]): void {
  const sx = box.width / SKETCH_W;
  const sy = box.height / SKETCH_H;
  const clamp = (v: number, max: number) => Math.min(max, Math.max(0, v));
  // pdf-lib has no clip paths for vector drawing: points are clamped to the frame instead.
  const at = ([x, y]: [number, number]) => ({
    x: box.x + clamp(x, SKETCH_W) * sx,
    y: box.y + box.height - clamp(y, SKETCH_H) * sy,
  });
  page.drawRectangle({ ...box, color: rgb(1, 1, 1), borderColor: INK, borderWidth: 0.8 });
  for (const p of primitives) {
    switch (p.kind) {
      case 'line':
        page.drawLine({
          start: at(p.from),
          end: at(p.to),
          thickness: p.role === 'grid' ? 0.4 : 0.7,
          color: INK,
        });
        break;
      case 'circle': {
        const c = at(p.centre);
        const r = p.r * sx;
        // A head larger than the frame is cropped: draw only what fits.
        if (c.y - r < box.y + box.height && c.y + r > box.y) {
          const rr = Math.min(r, box.height * 0.9);
          page.drawEllipse({
            x: c.x,
            y: c.y,
            xScale: rr,
            yScale: Math.min(rr, (r * sy) / sx),
            color: FILL,
            borderColor: INK,
            borderWidth: 0.7,
          });
        }
        break;
      }
      case 'polygon': {
        const pts = p.points.map(at);
        const path = pts.map((q, i) => `${i === 0 ? 'M' : 'L'} ${q.x} ${-q.y}`).join(' ') + ' Z';
        page.drawSvgPath(path, {
          x: 0,
          y: 0,
          borderColor: p.role === 'pov' ? ACCENT : INK,
          borderWidth: 0.7,
          ...(p.role === 'body' || p.role === 'prop' ? { color: FILL } : {}),
        });
        break;
      }
      case 'arrow':
        drawArrow(page, p.points.map(at), p.head);
        break;
      default:
        assertNever(p, 'sketch primitive');
    }
  }
}

function drawArrow(page: PDFPage, pts: { x: number; y: number }[], head: boolean): void {
  for (let i = 1; i < pts.length; i++)
    page.drawLine({ start: pts[i - 1]!, end: pts[i]!, thickness: 1.2, color: ACCENT });
  const end = pts[pts.length - 1];
  const before = pts[pts.length - 2];
  if (!head || !end || !before) return;
  const angle = Math.atan2(end.y - before.y, end.x - before.x);
  for (const side of [-1, 1]) {
    const a = angle + Math.PI + side * 0.45;
    page.drawLine({
      start: end,
      end: { x: end.x + 5 * Math.cos(a), y: end.y + 5 * Math.sin(a) },
      thickness: 1.2,
      color: ACCENT,
    });
  }
}
