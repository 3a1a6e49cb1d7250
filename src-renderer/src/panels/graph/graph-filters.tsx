// The graph's filter bar: relationship kind, minimum strength, and the cast of one scene.
import type { RelationshipKind, Scene } from '../../contract';
import { signed } from '../../lib/format';
import { RELATIONSHIP_KINDS } from '../../lib/vocab';

export interface FilterState {
  kind: RelationshipKind | 'all';
  minStrength: number;
  sceneId: string | null;
}

interface Props {
  value: FilterState;
  onChange: (next: FilterState) => void;
  scenes: readonly Scene[];
}

export function GraphFilters({ value, onChange, scenes }: Props) {
  const ordered = [...scenes].sort((a, b) => a.number - b.number);
  return (
    <div role="group" aria-label="Graph filters" className="graph-filters">
      <label>
        Kind{' '}
        <select
          value={value.kind}
          onChange={(e) => onChange({ ...value, kind: e.target.value as FilterState['kind'] })}
        >
          <option value="all">all</option>
          {RELATIONSHIP_KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </label>
      <label>
        Min strength{' '}
        <input
          type="range"
          min={-1}
          max={1}
          step={0.1}
          value={value.minStrength}
          aria-valuetext={value.minStrength <= -1 ? 'any' : signed(value.minStrength)}
          onChange={(e) => onChange({ ...value, minStrength: Number(e.target.value) })}
        />
        <output className="muted">{value.minStrength <= -1 ? 'any' : signed(value.minStrength)}</output>
      </label>
      <label>
        Scene{' '}
        <select
          value={value.sceneId ?? ''}
          onChange={(e) => onChange({ ...value, sceneId: e.target.value || null })}
        >
          <option value="">all characters</option>
          {ordered.map((s) => (
            <option key={s.id} value={s.id}>
              {s.number}. {s.heading}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
