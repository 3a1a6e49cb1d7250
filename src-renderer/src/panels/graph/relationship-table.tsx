// The graph's readable twin: every relationship with strength and trust as of the scrubbed point (keyboard and screen readers).
import type { Relationship } from '../../contract';
import { signed } from '../../lib/format';
import type { RelationshipAt } from '../../lib/relationship-timeline';

interface Props {
  relationships: readonly Relationship[];
  values: readonly RelationshipAt[];
  names: Map<string, string>;
  onSelect: (relationshipId: string) => void;
}

export function RelationshipTable({ relationships, values, names, onSelect }: Props) {
  if (relationships.length === 0) return null;
  const at = new Map(values.map((v) => [v.id, v]));
  return (
    <details className="relationship-table">
      <summary>Relationship list ({relationships.length})</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">Between</th>
            <th scope="col">Kind</th>
            <th scope="col">Strength</th>
            <th scope="col">Trust</th>
          </tr>
        </thead>
        <tbody>
          {relationships.map((r) => {
            const v = at.get(r.id);
            return (
              <tr key={r.id}>
                <td>
                  <button type="button" className="link" onClick={() => onSelect(r.id)}>
                    {names.get(r.sourceId) ?? '?'} {r.directed ? '→' : '—'} {names.get(r.targetId) ?? '?'}
                  </button>
                </td>
                <td>{r.label ?? r.kind}</td>
                <td>{signed(v?.strength ?? r.strength)}</td>
                <td>{(v?.trust ?? r.trust).toFixed(2)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}
