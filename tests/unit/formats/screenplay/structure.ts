// Test helper: a document without source offsets, for structural round-trip comparisons.
import type { ScreenplayDocument } from '../../../../src-main/formats/screenplay/types';

export function structure(doc: ScreenplayDocument): unknown {
  return { ...doc, scenes: doc.scenes.map(({ start: _s, end: _e, ...rest }) => rest) };
}
