// Read-only details of scenes, relationships, shots and beats (their editors arrive with the storyboard and graph work).
import type { ReactNode } from 'react';
import { formatDate, signed } from '../../lib/format';
import type { EntityRef } from '../../stores/ui-slice';
import { useAppStore } from '../../stores/use-app-store';
import { selectSelectEntity } from '../../stores/ui-selectors';
import { useEntities, useNameIndex } from '../use-project-data';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

export function EntityDetails({ selected }: { selected: EntityRef }) {
  const entities = useEntities();
  const index = useNameIndex(entities);
  const selectEntity = useAppStore(selectSelectEntity);
  const names = (ids: readonly string[]) => ids.map((id) => index.character.get(id) ?? '?').join(', ') || '—';
  const link = (
    type: 'character' | 'location' | 'scene',
    id: string | undefined,
    text: string | undefined,
  ) =>
    id && text ? (
      <button type="button" className="link" onClick={() => selectEntity({ type, id })}>
        {text}
      </button>
    ) : (
      '—'
    );

  if (selected.type === 'scene') {
    const scene = entities.scenes.find((s) => s.id === selected.id);
    if (!scene) return null;
    return (
      <dl className="details">
        <Field label="Location">
          {link(
            'location',
            scene.locationId,
            scene.locationId ? index.location.get(scene.locationId) : undefined,
          )}
        </Field>
        <Field label="Time of day">{scene.timeOfDay ?? '—'}</Field>
        <Field label="Characters">{names(scene.characterIds)}</Field>
        <Field label="Summary">{scene.summary ?? '—'}</Field>
        <Field label="Duration">
          {scene.durationSec !== undefined ? `${Math.round(scene.durationSec)} s` : '—'}
        </Field>
        <Field label="Props">{scene.breakdown.props.join(', ') || '—'}</Field>
      </dl>
    );
  }
  if (selected.type === 'relationship') {
    const rel = entities.relationships.find((r) => r.id === selected.id);
    if (!rel) return null;
    return (
      <>
        <dl className="details">
          <Field label="Kind">
            {rel.kind}
            {rel.label ? ` — ${rel.label}` : ''}
          </Field>
          <Field label="Between">
            {link('character', rel.sourceId, index.character.get(rel.sourceId))} {rel.directed ? '→' : '—'}{' '}
            {link('character', rel.targetId, index.character.get(rel.targetId))}
          </Field>
          <Field label="Strength">{signed(rel.strength)}</Field>
          <Field label="Trust">{rel.trust.toFixed(2)}</Field>
          <Field label="Interactions">{rel.interactionCount}</Field>
        </dl>
        {rel.history.length > 0 && (
          <ol className="history" aria-label="Relationship history">
            {rel.history.map((h, i) => (
              <li key={`${h.at}-${i}`}>
                <span className="muted">{formatDate(h.at)}</span> {h.reason}{' '}
                <span className="muted">
                  ({signed(h.dStrength)} strength, {signed(h.dTrust)} trust)
                </span>
              </li>
            ))}
          </ol>
        )}
      </>
    );
  }
  if (selected.type === 'shot') {
    const shot = entities.shots.find((s) => s.id === selected.id);
    if (!shot) return null;
    const scene = index.scene.get(shot.sceneId);
    return (
      <dl className="details">
        <Field label="Scene">
          {link('scene', shot.sceneId, scene ? `${scene.number}. ${scene.heading}` : undefined)}
        </Field>
        <Field label="Framing">{`${shot.size} · ${shot.angle} · ${shot.movement}${shot.lensMm ? ` · ${shot.lensMm} mm` : ''}`}</Field>
        <Field label="Description">{shot.description ?? '—'}</Field>
        <Field label="Characters">{names(shot.characterIds)}</Field>
        <Field label="Dialogue">{shot.dialogue ?? '—'}</Field>
      </dl>
    );
  }
  if (selected.type === 'beat') {
    const beat = entities.beats.find((b) => b.id === selected.id);
    if (!beat) return null;
    return (
      <dl className="details">
        <Field label="Act">{`${beat.act}${beat.actName ? ` — ${beat.actName}` : ''}`}</Field>
        <Field label="Summary">{beat.summary ?? '—'}</Field>
        <Field label="Scenes">
          {beat.sceneIds.map((id) => index.scene.get(id)?.number ?? '?').join(', ') || '—'}
        </Field>
      </dl>
    );
  }
  return <p className="muted">No details view for this entity type yet.</p>;
}
