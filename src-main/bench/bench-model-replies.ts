// What the bench's 300 ms model answers each stage with: a small, valid authored film (schemas of the pipeline stages).
import type { AuthoredCast } from '../agents/pipeline/authoring/author-cast';
import type { AuthoredCasting } from '../agents/pipeline/authoring/author-casting';
import type { AuthoredPlaces } from '../agents/pipeline/authoring/author-places';
import type { AuthoredRelationships } from '../agents/pipeline/authoring/author-relationships';
import type { AuthoredScenes } from '../agents/pipeline/authoring/author-scenes';
import type { AuthoredShotPlan } from '../agents/pipeline/authoring/author-shot-plan';
import type { AuthoredShots } from '../agents/pipeline/authoring/author-shots';
import type { AuthoredStory } from '../agents/pipeline/authoring/author-story';

const story: AuthoredStory = {
  title: 'Brushstrokes of Rust',
  logline: 'A lonely maintenance robot discovers painting and, through it, a friend.',
  synopsis:
    'Unit K-9 sweeps an empty gallery every night until a spilled can of paint becomes its first picture.',
  beats: [
    { act: 1, name: 'The Empty Gallery', summary: 'K-9 sweeps the gallery alone.' },
    { act: 2, name: 'First Stroke', summary: 'K-9 paints with spilled paint; Noor finds the picture.' },
    { act: 3, name: 'The Opening', summary: 'Noor hangs K-9’s painting beside the masters.' },
  ],
};
const cast: AuthoredCast = {
  characters: [
    {
      name: 'K-9',
      role: 'protagonist',
      occupation: 'maintenance robot',
      description: 'A night-shift cleaning robot.',
      goals: ['learn to paint'],
    },
    {
      name: 'Noor Haddad',
      role: 'supporting',
      occupation: 'night guard',
      description: 'The gallery guard.',
      goals: ['keep her job'],
    },
  ],
};
const places: AuthoredPlaces = {
  locations: [
    { name: 'City Gallery', setting: 'interior', description: 'Marble halls after closing.' },
    { name: 'Loading Dock', setting: 'exterior', description: 'Rain, crates and paint cans.' },
  ],
};
const relationships: AuthoredRelationships = {
  relationships: [
    {
      a: 'K-9',
      b: 'Noor Haddad',
      kind: 'friendship',
      label: 'night-shift friends',
      strength: 0.5,
      trust: 0.5,
    },
  ],
};
const scene = (heading: string, place: string, line: string): AuthoredScenes['scenes'][number] => ({
  heading,
  place,
  cast: ['K-9', 'Noor Haddad'],
  summary: line,
  elements: [
    { type: 'action', text: line },
    { type: 'dialogue', character: 'Noor Haddad', text: 'Did you make this?' },
  ],
});
const scenes: AuthoredScenes = {
  scenes: [
    scene('INT. CITY GALLERY - NIGHT', 'City Gallery', 'K-9 sweeps under the masters.'),
    scene('EXT. LOADING DOCK - NIGHT', 'Loading Dock', 'A paint can tips over.'),
    scene('INT. CITY GALLERY - DAWN', 'City Gallery', 'Noor hangs the painting.'),
  ],
};
const shots: AuthoredShots = {
  shots: [
    { size: 'WS', angle: 'eye', movement: 'static', description: 'The hall.', subjects: [] },
    { size: 'MS', angle: 'eye', movement: 'dolly', description: 'K-9 at work.', subjects: ['K-9'] },
    { size: 'CU', angle: 'low', movement: 'static', description: 'Noor looks.', subjects: ['Noor Haddad'] },
  ],
};
const plan: AuthoredShotPlan = {
  shots: [1, 2, 3].map((number) => ({
    number,
    lensMm: 35,
    durationSec: 3,
    continuity: 'Hold the 180° line.',
  })),
};
const casting: AuthoredCasting = {
  casting: [
    { character: 'K-9', talent: 'Sam Rivers', score: 0.7, reasons: ['movement work'] },
    { character: 'Noor Haddad', talent: 'Zainab Malik', score: 0.8, reasons: ['age and languages'] },
  ],
};

/** The answer per stage role (the words after "You are the" in the stage's system prompt). */
export const BENCH_MODEL_REPLIES: Record<string, unknown> = {
  screenwriter: story,
  'character designer': cast,
  'location scout': places,
  'relationship writer': relationships,
  'scene breakdown writer': scenes,
  'storyboard artist': shots,
  'shot planner': plan,
  'casting director': casting,
};
