// A shot's frame: the image the user put in its place, or the sketch drawn from its data (the PDF draws the same).
import { memo, useEffect } from 'react';
import type { Shot } from '../../contract';
import { assertNever } from '../../lib/assert-never';
import { useAppStore } from '../../stores/use-app-store';
import {
  SKETCH_H,
  SKETCH_W,
  sketchShot,
  type SketchPrimitive,
} from '../../../../src-preload/contract/frame-sketch';
import { selectAssetUrl, selectLoadAsset } from '../../stores/storyboard-selectors';

const path = (points: readonly [number, number][]) =>
  points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'} ${x.toFixed(1)} ${y.toFixed(1)}`).join(' ');

function Primitive({ p }: { p: SketchPrimitive }) {
  switch (p.kind) {
    case 'line':
      return <line x1={p.from[0]} y1={p.from[1]} x2={p.to[0]} y2={p.to[1]} className="horizon" />;
    case 'circle':
      return <circle cx={p.centre[0]} cy={p.centre[1]} r={p.r} className="figure" />;
    case 'polygon':
      return <path d={`${path(p.points)} Z`} className={p.role === 'body' ? 'figure' : p.role} />;
    case 'arrow':
      return (
        <path
          d={path(p.points)}
          className="movement"
          data-direction={arrowDirection(p.points)}
          markerEnd={p.head ? 'url(#frame-arrow)' : undefined}
        />
      );
    default:
      return assertNever(p, 'sketch primitive');
  }
}

/** Where a movement arrow points (for assistive text and tests): the larger of its x and y travel. */
function arrowDirection(points: readonly [number, number][]): string {
  const [x0, y0] = points[0]!;
  const [x1, y1] = points.at(-1)!;
  if (Math.abs(y1 - y0) > Math.abs(x1 - x0)) return y1 > y0 ? 'down' : 'up';
  return x1 > x0 ? 'right' : 'left';
}

/** The sketch as SVG; memoised on the shot object, so only an edited shot redraws. */
const Sketch = memo(function Sketch({ shot }: { shot: Shot }) {
  const primitives = sketchShot(shot);
  const move = primitives.find((p) => p.kind === 'arrow');
  const direction = move && move.kind === 'arrow' && move.head ? ` ${arrowDirection(move.points)}` : '';
  const label = `Frame sketch: ${shot.size}, ${shot.angle} angle, ${shot.movement}${direction}`;
  return (
    <svg viewBox={`0 0 ${SKETCH_W} ${SKETCH_H}`} className="frame-sketch" role="img" aria-label={label}>
      <rect width={SKETCH_W} height={SKETCH_H} className="frame-bg" />
      <g clipPath="url(#frame-clip)">
        {primitives.map((p, i) => (
          <Primitive key={i} p={p} />
        ))}
      </g>
    </svg>
  );
});

/** The shared SVG defs (arrow head, frame clip) every sketch refers to: rendered once per panel. */
export function FrameSketchDefs() {
  return (
    <svg width="0" height="0" aria-hidden="true" className="frame-defs">
      <defs>
        <marker
          id="frame-arrow"
          viewBox="0 0 10 10"
          refX="8"
          refY="5"
          markerWidth="5"
          markerHeight="5"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" fill="var(--accent)" />
        </marker>
        <clipPath id="frame-clip">
          <rect width={SKETCH_W} height={SKETCH_H} />
        </clipPath>
      </defs>
    </svg>
  );
}

/** A shot's frame image, when one replaced the sketch (loaded from the project's assets/ on first sight). */
function FrameImage({ assetId, shot }: { assetId: string; shot: Shot }) {
  const url = useAppStore(selectAssetUrl(assetId));
  const loadAsset = useAppStore(selectLoadAsset);
  useEffect(() => {
    if (!url) void loadAsset(assetId);
  }, [assetId, url, loadAsset]);
  return url ? (
    <img src={url} className="frame-sketch frame-image" alt={`Frame image of shot ${shot.number}`} />
  ) : (
    <Sketch shot={shot} />
  );
}

export function FrameSketch({ shot }: { shot: Shot }) {
  const assetId = shot.panel?.assetId;
  return assetId ? <FrameImage assetId={assetId} shot={shot} /> : <Sketch shot={shot} />;
}
