// A clicked edge's story: every ledger entry in story order with its cause, deltas and reason; later ones muted.
import type { Relationship } from '../../contract';
import { signed } from '../../lib/format';
import { historyInStoryOrder, type RelationshipAt, type TimelineStep } from '../../lib/relationship-timeline';
import { stepLabel } from './time-scrubber';

interface Props {
  relationship: Relationship;
  names: Map<string, string>;
  timeline: readonly TimelineStep[];
  /** Entries of steps at or past this index lie after the scrubbed point. */
  position: number;
  /** Its values at the scrubbed point (shown beside today's when they differ). */
  at: RelationshipAt | undefined;
  sceneNumber: (sceneId: string) => number | undefined;
  onClose: () => void;
}

export function EdgeHistory(props: Props) {
  const { relationship: rel, names, timeline, position, at, sceneNumber, onClose } = props;
  const past = at && (at.strength !== rel.strength || at.trust !== rel.trust);
  const pair = `${names.get(rel.sourceId) ?? '?'} ${rel.directed ? '→' : '—'} ${names.get(rel.targetId) ?? '?'}`;
  const entries = historyInStoryOrder(timeline, rel.id);
  return (
    <section className="edge-history" aria-label={`History of ${pair}`}>
      <header>
        <strong>{pair}</strong>{' '}
        <span className="muted">
          {rel.label ?? rel.kind} · strength {signed(rel.strength)} · trust {rel.trust.toFixed(2)}
          {rel.pinned ? ' · pinned' : ''}
          {past ? ` · at this point: strength ${signed(at.strength)}, trust ${at.trust.toFixed(2)}` : ''}
        </span>
        <button type="button" className="link" onClick={onClose} aria-label="Close the history">
          ×
        </button>
      </header>
      {entries.length === 0 ? (
        <p className="muted">No recorded changes yet: its values were set when it was created.</p>
      ) : (
        <ol aria-label="Relationship history in story order">
          {entries.map(({ point, step }) => (
            <li key={`${point.entry}`} className={step >= position ? 'later' : undefined}>
              <span className="muted">
                {stepLabel(timeline[step]!, sceneNumber)} · {point.cause}
                {point.interaction ? ` · ${point.interaction.replace('_', ' ')}` : ''}
              </span>{' '}
              {point.reason}{' '}
              <span className="muted">
                (strength {signed(point.dStrength)}, trust {signed(point.dTrust)})
                {step >= position ? ' — later in the story' : ''}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
