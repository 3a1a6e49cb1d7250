// A simple SVG frame sketch of a shot: horizon by angle, figures by size, an arrow for the camera movement.
import type { Shot } from '../../contract';
import { assertNever } from '../../lib/assert-never';
import { FRAME_H, FRAME_W, horizonOf, placeFigures } from './frame-geometry';

function MovementMark({ movement }: { movement: Shot['movement'] }) {
  const stroke = { stroke: 'var(--accent)', strokeWidth: 2, fill: 'none', markerEnd: 'url(#arrow)' } as const;
  switch (movement) {
    case 'static':
      return null;
    case 'pan':
    case 'truck':
      return <path d={`M ${FRAME_W * 0.3} 10 H ${FRAME_W * 0.7}`} {...stroke} />;
    case 'tilt':
    case 'crane':
      return <path d={`M ${FRAME_W - 12} ${FRAME_H * 0.7} V ${FRAME_H * 0.3}`} {...stroke} />;
    case 'dolly':
    case 'zoom':
      return <path d={`M 12 12 L 30 24 M ${FRAME_W - 12} 12 L ${FRAME_W - 30} 24`} {...stroke} />;
    case 'handheld':
      return <path d={`M ${FRAME_W * 0.3} 10 q 8 -6 16 0 t 16 0 t 16 0`} {...stroke} markerEnd={undefined} />;
    case 'steadicam':
      return <path d={`M ${FRAME_W * 0.3} 14 Q ${FRAME_W * 0.5} 2 ${FRAME_W * 0.7} 14`} {...stroke} />;
    default:
      return assertNever(movement, 'shot movement');
  }
}

export function FrameSketch({ shot }: { shot: Shot }) {
  const horizon = horizonOf(shot.angle);
  const groundY = horizon.y === null ? FRAME_H * 0.8 : Math.max(horizon.y + 14, FRAME_H * 0.85);
  const figures = placeFigures(shot.size, shot.characterIds.length, groundY);
  const label = `Frame sketch: ${shot.size}, ${shot.angle} angle, ${shot.movement}`;
  return (
    <svg viewBox={`0 0 ${FRAME_W} ${FRAME_H}`} className="frame-sketch" role="img" aria-label={label}>
      <defs>
        <marker
          id="arrow"
          viewBox="0 0 10 10"
          refX="8"
          refY="5"
          markerWidth="5"
          markerHeight="5"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" fill="var(--accent)" />
        </marker>
        <clipPath id={`clip-${shot.id}`}>
          <rect width={FRAME_W} height={FRAME_H} />
        </clipPath>
      </defs>
      <rect width={FRAME_W} height={FRAME_H} className="frame-bg" />
      <g clipPath={`url(#clip-${shot.id})`}>
        {horizon.y !== null ? (
          <line
            x1={-20}
            x2={FRAME_W + 20}
            y1={horizon.y}
            y2={horizon.y}
            className="horizon"
            transform={`rotate(${horizon.tilt} ${FRAME_W / 2} ${horizon.y})`}
          />
        ) : (
          <path
            d={`M 0 30 H ${FRAME_W} M 0 60 H ${FRAME_W} M 53 0 V ${FRAME_H} M 107 0 V ${FRAME_H}`}
            className="horizon"
          />
        )}
        <g transform={horizon.tilt ? `rotate(${horizon.tilt} ${FRAME_W / 2} ${FRAME_H / 2})` : undefined}>
          {figures.map((f, i) => (
            <g key={i} className="figure">
              <circle cx={f.x} cy={f.headY} r={f.headR} />
              <path
                d={`M ${f.x - f.shoulders / 2} ${f.headY + f.headR * 1.6} L ${f.x + f.shoulders / 2} ${f.headY + f.headR * 1.6} L ${f.x + f.shoulders / 3} ${f.feetY} L ${f.x - f.shoulders / 3} ${f.feetY} Z`}
              />
            </g>
          ))}
          {shot.size === 'insert' && (
            <rect
              x={FRAME_W * 0.35}
              y={FRAME_H * 0.3}
              width={FRAME_W * 0.3}
              height={FRAME_H * 0.4}
              rx={4}
              className="prop"
            />
          )}
        </g>
        {shot.angle === 'POV' && (
          <rect x={4} y={4} width={FRAME_W - 8} height={FRAME_H - 8} rx={18} className="pov" />
        )}
      </g>
      <MovementMark movement={shot.movement} />
    </svg>
  );
}
