// Plans one scene from chat: its heading, a linked location (created when new), time of day and the named cast.
import type { EntityRef } from '../../../src-preload/contract/dto';
import type { CandidateEntity } from '../../brains/offline/understand/extract-entities';
import { placeTitle } from '../../brains/offline/understand/place-names';
import { findCharacter, findLocation } from '../../domain/find-by-name';
import { sluglineOf } from '../../domain/counted-items';
import { joinNames, refMarker } from '../../domain/entity-refs';
import type { ChangeBuilder } from '../../store/change-builder';
import { refOf, refOfOp } from './node-helpers';

/** What creating one scene did, for the reply: the scene, a new location if any, and sentences to say. */
export interface ScenePlan {
  ref: EntityRef;
  createdLocation?: EntityRef;
  /** "Created scene 3 INT. DINER - NIGHT at Diner (new, interior) with Sarah and Tom." and any unknown names. */
  sentences: string[];
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);

/** The scene's location: the project's place of that name, else a new one with the slugline's setting and time. */
function linkLocation(
  builder: ChangeBuilder,
  attributes: CandidateEntity['attributes'],
): { ref?: EntityRef; created: boolean } {
  const raw = text(attributes.location);
  if (!raw) return { created: false };
  const name = placeTitle(raw);
  const existing = findLocation(builder.work, name);
  if (existing) return { ref: refOf('location', existing), created: false };
  const setting = text(attributes.setting);
  const time = text(attributes.timeOfDay);
  const op = builder.create('location', {
    name,
    ...(setting === 'interior' || setting === 'exterior' || setting === 'both' ? { setting } : {}),
    ...(time ? { timeOfDayOptions: [time.toUpperCase()] } : {}),
  });
  return { ref: refOfOp(op), created: true };
}

/** Creates the scene after the project's last one, linked to its place and to the named people it knows. */
export function planScene(builder: ChangeBuilder, candidate: CandidateEntity): ScenePlan {
  const attributes = candidate.attributes;
  const number = builder.work.entities.scenes.reduce((max, s) => Math.max(max, s.number), 0) + 1;
  const location = linkLocation(builder, attributes);
  const named = list(attributes.characters);
  const cast = named.map((n) => ({ name: n, found: findCharacter(builder.work, n) }));
  const known = cast.flatMap((c) => (c.found ? [c.found] : []));
  const unknown = cast.filter((c) => !c.found).map((c) => c.name);
  const time = text(attributes.timeOfDay);
  const summary = text(attributes.description);
  // A scene described in words but set somewhere gets a real slugline; its words become the summary.
  const place = location.ref
    ? builder.work.entities.locations.find((l) => l.id === location.ref!.id)
    : undefined;
  const heading = (
    text(attributes.heading) ?? (place ? sluglineOf(place, time ?? 'DAY') : candidate.name)
  ).toUpperCase();
  const op = builder.create(
    'scene',
    {
      number,
      heading,
      ...(location.ref ? { locationId: location.ref.id } : {}),
      ...(time ? { timeOfDay: time.toUpperCase() } : {}),
      characterIds: [...new Set(known.map((c) => c.id))],
      ...(summary ? { summary } : {}),
    },
    { confidence: candidate.confidence },
  );
  const ref = refOfOp(op);
  const where = location.ref
    ? ` at ${refMarker(location.ref)}${location.created ? ` (new location${text(attributes.setting) ? `, ${text(attributes.setting)}` : ''})` : ''}`
    : '';
  const who = known.length ? ` with ${joinNames(known.map((c) => refMarker(refOf('character', c))))}` : '';
  const sentences = [`Created scene ${number} ${refMarker(ref)}${where}${who}.`];
  if (unknown.length) sentences.push(unknownPeople(unknown));
  return { ref, ...(location.created && location.ref ? { createdLocation: location.ref } : {}), sentences };
}

/** Names the scene's people the project does not know, and how to add them (they are never guessed into being). */
function unknownPeople(names: readonly string[]): string {
  const one = names.length === 1;
  return `${joinNames(names)} ${one ? 'is' : 'are'} not in the project yet, so I left ${one ? 'that name' : 'those names'} out of the cast. Say “create a character named ${names[0]}” and add ${one ? 'them' : 'each'} to the scene, or tell me who you meant.`;
}
