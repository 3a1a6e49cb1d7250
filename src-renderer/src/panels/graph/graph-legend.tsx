// The graph's legend: what a node's colour (role) and size (importance) mean, and an edge's colour, width and dashes.
import { ROLE_COLORS } from './graph-style';

const ROLES: { role: string; label: string }[] = [
  { role: 'protagonist', label: 'protagonist' },
  { role: 'antagonist', label: 'antagonist' },
  { role: 'supporting', label: 'supporting' },
  { role: 'minor', label: 'minor' },
  { role: 'none', label: 'no role' },
];

export function GraphLegend({ showPreview }: { showPreview: boolean }) {
  return (
    <div role="group" aria-label="Legend" className="graph-legend">
      <ul aria-label="Node colour: role">
        {ROLES.map(({ role, label }) => (
          <li key={role}>
            <span className="dot" style={{ background: ROLE_COLORS[role] }} aria-hidden="true" /> {label}
          </li>
        ))}
      </ul>
      <ul aria-label="Node size: importance">
        <li>
          <span className="dot small" aria-hidden="true" />
          <span className="dot large" aria-hidden="true" /> size = importance (role, mentions, ties)
        </li>
      </ul>
      <ul aria-label="Edges">
        <li>
          <span className="ramp" aria-hidden="true" /> colour = strength: hostile −1 · neutral 0 · close +1
        </li>
        <li>
          <span className="widths" aria-hidden="true">
            <span className="thin" />
            <span className="thick" />
          </span>{' '}
          width = trust 0…1
        </li>
        {showPreview && (
          <li>
            <span className="dashed" aria-hidden="true" /> dashed = proposed by a simulated scene, not kept
            yet
          </li>
        )}
      </ul>
    </div>
  );
}
