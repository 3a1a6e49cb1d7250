// Builds resources/demo/project.json, the bundled demo project, through the store's own validated entity ops.
import { writeFileSync } from 'node:fs';
import type { EntityType } from '../src-preload/contract/entities';
import { applyOps, planCreate } from '../src-main/store/entity-ops';
import { newProjectFile } from '../src-main/store/new-project';
import { decodeProjectText } from '../src-main/store/project-file-codec';

const now = '2026-11-01T09:00:00.000Z';
const file = newProjectFile('The Lighthouse Keeper (demo)', 'short-film', { seed: 7, now });
file.project = {
  ...file.project,
  title: 'The Lighthouse Keeper',
  logline:
    'A retired lighthouse keeper must choose between the light she swore to tend and the granddaughter who wants her ashore.',
  genre: 'drama',
  tone: 'bittersweet',
  targetDurationSec: 480,
};
const add = (type: EntityType, data: Record<string, unknown>) => {
  const op = planCreate(file, type, data, { via: 'manual', now });
  applyOps(file, [op]);
  return op.id;
};
const mara = add('character', {
  name: 'Mara Quinn',
  age: 71,
  gender: 'female',
  occupation: 'lighthouse keeper',
  role: 'protagonist',
  description: 'Weathered, precise, talks to the lamp as to an old friend.',
  goals: ['keep the light burning one more winter'],
});
const ines = add('character', {
  name: 'Ines Quinn',
  age: 24,
  gender: 'female',
  occupation: 'marine biologist',
  role: 'supporting',
  description: 'Mara’s granddaughter, back from the city with a plan.',
  goals: ['bring her grandmother home'],
});
const tom = add('character', {
  name: 'Tom Harlow',
  age: 58,
  gender: 'male',
  occupation: 'harbour master',
  role: 'antagonist',
  description: 'Has orders to automate the light by spring.',
  goals: ['decommission the lighthouse'],
});
const tower = add('location', {
  name: 'Lighthouse Lamp Room',
  setting: 'interior',
  description: 'Brass, glass and the smell of paraffin.',
  timeOfDayOptions: ['NIGHT', 'DAWN'],
});
const harbour = add('location', {
  name: 'Harbour Office',
  setting: 'interior',
  description: 'Charts, a kettle, rain on the window.',
  timeOfDayOptions: ['DAY'],
});
add('relationship', {
  sourceId: mara,
  targetId: ines,
  kind: 'family',
  label: 'grandmother',
  strength: 0.6,
  trust: 0.7,
  interactionCount: 3,
});
add('relationship', {
  sourceId: mara,
  targetId: tom,
  kind: 'rivalry',
  label: 'old adversaries',
  strength: -0.4,
  trust: 0.3,
  interactionCount: 2,
});
add('relationship', {
  sourceId: ines,
  targetId: tom,
  kind: 'professional',
  label: 'negotiating',
  strength: 0.1,
  trust: 0.5,
  interactionCount: 1,
});
const s1 = add('scene', {
  number: 1,
  heading: 'INT. LIGHTHOUSE LAMP ROOM - NIGHT',
  locationId: tower,
  timeOfDay: 'NIGHT',
  characterIds: [mara],
  summary: 'Mara trims the wick and logs a passing ship.',
  durationSec: 90,
  elements: [{ type: 'action', text: 'The lamp turns. MARA writes in the log by its sweep.' }],
});
const s2 = add('scene', {
  number: 2,
  heading: 'INT. HARBOUR OFFICE - DAY',
  locationId: harbour,
  timeOfDay: 'DAY',
  characterIds: [ines, tom],
  summary: 'Ines learns the light will be automated.',
  durationSec: 120,
  elements: [
    { type: 'dialogue', characterName: 'TOM', text: 'By spring it runs itself. She can come ashore.' },
  ],
});
add('shot', {
  sceneId: s1,
  number: 1,
  size: 'EWS',
  angle: 'low',
  movement: 'static',
  lensMm: 24,
  description: 'The lighthouse against a bruised sky.',
  characterIds: [],
  durationSec: 6,
});
add('shot', {
  sceneId: s1,
  number: 2,
  size: 'MS',
  angle: 'eye',
  movement: 'dolly',
  lensMm: 35,
  description: 'Mara at the log book.',
  characterIds: [mara],
  durationSec: 10,
});
add('shot', {
  sceneId: s2,
  number: 1,
  size: 'WS',
  angle: 'eye',
  movement: 'static',
  lensMm: 28,
  description: 'The cluttered harbour office.',
  characterIds: [ines, tom],
  durationSec: 8,
});
const text = JSON.stringify(file, null, 2);
decodeProjectText(text, 'demo');
writeFileSync('resources/demo/project.json', `${text}\n`);
console.log(`demo: ${file.entities.characters.length} characters, ${file.entities.scenes.length} scenes`);
