// Saving a simulated scene into the script: a scene numbered after the last, with its lines as dialogue elements.
import type { Simulation } from '../../../src-preload/contract/simulation';
import { sluglineOf } from '../../domain/counted-items';
import { findLocation } from '../../domain/find-by-name';
import type { ChangeBuilder } from '../../store/change-builder';

/**
 * Plans the scene: heading from the setting (a project place gives a real slugline), the participants as its
 * cast, each spoken line a dialogue element of its speaker and each stage direction an action element.
 * Returns the new scene's id.
 */
export function planSaveSimulatedScene(builder: ChangeBuilder, sim: Simulation): string {
  const work = builder.work;
  const number = work.entities.scenes.reduce((m, s) => Math.max(m, s.number), 0) + 1;
  const place = sim.setting ? findLocation(work, sim.setting) : undefined;
  const heading = place
    ? sluglineOf(place, 'DAY')
    : `INT. ${(sim.setting ?? 'UNKNOWN PLACE').toUpperCase()} - DAY`.slice(0, 300);
  const known = new Set(work.entities.characters.map((c) => c.id));
  const elements = sim.turns.map((t) =>
    t.by === 'director'
      ? { type: 'action' as const, text: t.text }
      : {
          type: 'dialogue' as const,
          text: t.text,
          characterName: t.speaker.toUpperCase(),
          ...(known.has(t.characterId) ? { characterId: t.characterId } : {}),
        },
  );
  return builder.create('scene', {
    number,
    heading,
    ...(place ? { locationId: place.id } : {}),
    characterIds: sim.participants.map((p) => p.characterId).filter((id) => known.has(id)),
    summary: `Simulated: ${sim.objective}.`.slice(0, 2_000),
    elements,
  }).id;
}
