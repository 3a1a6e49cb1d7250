// The observatory: counts, the latest interactions up to the scrubbed point, and each character's feelings.
import type { Character, Simulation } from '../../contract';
import { plural } from '../../lib/format';
import { latestPoints, type TimelineStep } from '../../lib/relationship-timeline';

interface Props {
  characters: readonly Character[];
  relationshipCount: number;
  sceneCount: number;
  timeline: readonly TimelineStep[];
  position: number;
  names: Map<string, string>;
  pairOf: (relationshipId: string) => [string, string] | undefined;
  /** A simulated scene waiting for a verdict: its proposed feelings are shown as such. */
  pending: Simulation | null;
}

/** Feelings listed at most; the strongest first (300 characters do not fit a strip). */
const FEELINGS_SHOWN = 8;

type Emotions = NonNullable<Character['emotions']>;

function strongest(emotions: Emotions): { name: string; value: number } {
  return Object.entries(emotions).reduce(
    (best, [name, value]) => (value > best.value ? { name, value } : best),
    {
      name: 'calm',
      value: 0,
    },
  );
}

function feelings(characters: readonly Character[], pending: Simulation | null) {
  const proposed = new Map(pending?.emotions.map((e) => [e.characterId, e.emotions]) ?? []);
  return characters
    .map((c) => {
      const emotions = proposed.get(c.id) ?? c.emotions;
      const top = emotions ? strongest(emotions) : null;
      return { c, top, proposed: proposed.has(c.id), text: c.emotionalState };
    })
    .filter((f) => (f.top && f.top.value > 0) || f.text)
    .sort((a, b) => (b.top?.value ?? 0) - (a.top?.value ?? 0));
}

export function ObservatoryStrip(props: Props) {
  const { characters, timeline, position, names, pairOf, pending } = props;
  const entries = timeline.reduce((n, s) => n + s.points.length, 0);
  const latest = latestPoints(timeline, position, 3);
  const felt = feelings(characters, pending);
  const pairName = (id: string) => {
    const pair = pairOf(id);
    return pair ? `${names.get(pair[0]) ?? '?'} — ${names.get(pair[1]) ?? '?'}` : '?';
  };
  return (
    <section className="observatory" aria-label="Observatory">
      <p className="counts">
        {plural(characters.length, 'character')} · {plural(props.relationshipCount, 'relationship')} ·{' '}
        {plural(entries, 'ledger entry', 'ledger entries')} · {plural(props.sceneCount, 'scene')}
      </p>
      <ul aria-label="Latest interactions">
        {latest.length === 0 && <li className="muted">No interactions yet.</li>}
        {latest.map((p) => (
          <li key={`${p.relationshipId}-${p.entry}`}>
            <strong>{pairName(p.relationshipId)}</strong> <span className="muted">{p.reason}</span>
          </li>
        ))}
      </ul>
      <ul aria-label="Emotional states" className="feelings">
        {felt.length === 0 && <li className="muted">No feelings recorded yet.</li>}
        {felt.slice(0, FEELINGS_SHOWN).map(({ c, top, proposed, text }) => (
          <li key={c.id}>
            {c.name}:{' '}
            {top && top.value > 0 ? (
              <>
                {top.name} <meter min={0} max={1} value={top.value} aria-label={`${c.name}: ${top.name}`} />
                {proposed ? <span className="muted"> (proposed)</span> : null}
              </>
            ) : (
              text
            )}
          </li>
        ))}
        {felt.length > FEELINGS_SHOWN && <li className="muted">…and {felt.length - FEELINGS_SHOWN} more</li>}
      </ul>
    </section>
  );
}
