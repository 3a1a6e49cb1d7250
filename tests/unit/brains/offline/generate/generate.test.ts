// End-to-end tests of the offline generators: determinism, variety, invariants across kinds, coherence, style.
import { describe, expect, it } from 'vitest';
import {
  CharacterRoleSchema,
  GenderSchema,
  PersonalitySchema,
  ProjectKindSchema,
  RelationshipKindSchema,
  ShotAngleSchema,
  ShotMovementSchema,
  ShotSizeSchema,
} from '../../../../../src-preload/contract/entities';
import {
  generateCharacters,
  generatePackage,
  generateScenes,
  generateShots,
  generateStory,
  type GenerateParams,
} from '../../../../../src-main/brains/offline/generate/index';
import { contentWords } from '../../../../../src-main/brains/offline/generate/text';
import { NAMES } from '../../../../../src-main/brains/offline/generate/tables';
import { extractIdeaBrief } from '../../../../../src-main/brains/offline/language/idea-brief';

const ROBOT: GenerateParams = {
  idea: 'a 2-minute film about a lonely robot who learns to paint',
  kind: 'short-film',
  seed: 1,
  durationSec: 120,
};
const IDEAS = [
  'a lonely robot who learns to paint',
  'a detective who must find the killer',
  'space exploration',
  'a girl who wants to win the county fair',
  'a knight who must slay a dragon',
];

describe('offline generators', () => {
  it('are deterministic: same params and seed give deep-equal packages', () => {
    expect(generatePackage(ROBOT)).toEqual(generatePackage({ ...ROBOT }));
  });

  it('re-running one stage alone gives the same output as in the pipeline', () => {
    const pk = generatePackage(ROBOT);
    expect(generateCharacters(pk.story, ROBOT)).toEqual(pk.characters);
    expect(generateScenes(pk.story, pk.characters, pk.locations, pk.relationships)).toEqual(pk.scenes);
    expect(generateShots(pk.scenes[1]!, pk.story, pk.characters)).toEqual(pk.shots[pk.scenes[1]!.key]);
  });

  it('varies across seeds', () => {
    const titles = new Set<string>();
    const names = new Set<string>();
    for (let seed = 0; seed < 10; seed++) {
      const story = generateStory({ ...ROBOT, seed });
      titles.add(story.title);
      const chars = generateCharacters(story, { ...ROBOT, seed });
      names.add(chars.map((c) => c.name).join('|'));
    }
    expect(titles.size).toBeGreaterThanOrEqual(5);
    expect(names.size).toBeGreaterThanOrEqual(8);
  });

  it('builds the example idea into a coherent 2-minute short', () => {
    const pk = generatePackage(ROBOT);
    expect(pk.story.targetDurationSec).toBe(120);
    expect(pk.story.logline.toLowerCase()).toContain('robot');
    expect(pk.story.setting).toBe('near-future city');
    const protag = pk.characters.find((c) => c.role === 'protagonist')!;
    expect(protag.occupation).toMatch(/robot/);
    expect(protag.goals[0]).toBe('Learn to paint');
    expect(pk.scenes.reduce((a, s) => a + s.durationSec, 0)).toBe(120);
    expect(pk.scenes.flatMap((s) => s.breakdown.props).some((p) => /paint|canvas|palette/.test(p))).toBe(
      true,
    );
  });

  for (const kind of ProjectKindSchema.options) {
    it(`holds the invariants for 20 seeds of ${kind}`, () => {
      for (let seed = 0; seed < 20; seed++) {
        const params: GenerateParams = { idea: IDEAS[seed % IDEAS.length]!, kind, seed: seed * 7919 + 13 };
        const pk = generatePackage(params);
        const { story } = pk;
        expect(story.title.length).toBeGreaterThan(0);
        expect(story.logline.length).toBeGreaterThan(20);
        expect(story.beats.length).toBeGreaterThanOrEqual(4);
        expect(story.beats.reduce((a, b) => a + b.targetSec, 0)).toBe(story.targetDurationSec);

        expect(pk.characters.length).toBeGreaterThanOrEqual(3);
        const roles = pk.characters.map((c) => c.role);
        expect(roles).toContain('protagonist');
        expect(roles).toContain('antagonist');
        const storyWords = new Set(contentWords(`${story.logline} ${story.theme}`));
        for (const c of pk.characters) {
          expect(CharacterRoleSchema.safeParse(c.role).success).toBe(true);
          expect(GenderSchema.safeParse(c.gender).success).toBe(true);
          expect(PersonalitySchema.safeParse(c.personality).success).toBe(true);
          expect(c.goals.length).toBeGreaterThan(0);
          // Coherence: every character's goals echo the logline or theme.
          expect(contentWords(c.goals.join(' ')).some((w) => storyWords.has(w))).toBe(true);
        }
        expect(new Set(pk.characters.map((c) => c.name)).size).toBe(pk.characters.length);

        expect(pk.locations.length).toBeGreaterThanOrEqual(2);
        expect(pk.relationships.length).toBeGreaterThanOrEqual(3);
        const charKeys = new Set(pk.characters.map((c) => c.key));
        for (const r of pk.relationships) {
          expect(RelationshipKindSchema.safeParse(r.kind).success).toBe(true);
          expect(charKeys.has(r.sourceKey) && charKeys.has(r.targetKey)).toBe(true);
          expect(r.strength >= -1 && r.strength <= 1 && r.trust >= 0 && r.trust <= 1).toBe(true);
        }

        const total = pk.scenes.reduce((a, s) => a + s.durationSec, 0);
        expect(Math.abs(total - story.targetDurationSec)).toBeLessThanOrEqual(story.targetDurationSec * 0.15);
        const locKeys = new Set(pk.locations.map((l) => l.key));
        const beatKeys = new Set(story.beats.map((b) => b.key));
        let shotCount = 0;
        for (const s of pk.scenes) {
          expect(locKeys.has(s.locationKey)).toBe(true);
          expect(beatKeys.has(s.beatKey)).toBe(true);
          expect(s.characterKeys.length).toBeGreaterThan(0);
          for (const k of s.characterKeys) expect(charKeys.has(k)).toBe(true);
          for (const e of s.elements) if (e.characterKey) expect(charKeys.has(e.characterKey)).toBe(true);
          expect(s.heading).toMatch(/^(INT|EXT)\. .+ - .+$/);
          const shots = pk.shots[s.key]!;
          expect(shots.length).toBeGreaterThanOrEqual(3);
          shotCount += shots.length;
          for (const sh of shots) {
            expect(ShotSizeSchema.safeParse(sh.size).success).toBe(true);
            expect(ShotAngleSchema.safeParse(sh.angle).success).toBe(true);
            expect(ShotMovementSchema.safeParse(sh.movement).success).toBe(true);
            expect(sh.lensMm).toBeGreaterThanOrEqual(4);
          }
          expect(Math.abs(shots.reduce((a, x) => a + x.durationSec, 0) - s.durationSec)).toBeLessThan(
            0.05 * s.durationSec + 0.2,
          );
        }
        if (kind === 'feature-film') expect(shotCount).toBeLessThan(600);
        expect(pk.casting.length).toBe(pk.characters.length * 3);
      }
    });
  }

  it('lets genre shape the look: noir is darker and tilts more than comedy', () => {
    let noirNight = 0;
    let comedyNight = 0;
    let noirDutch = 0;
    let comedyDutch = 0;
    for (let seed = 0; seed < 6; seed++) {
      const noir = generatePackage({
        idea: 'a detective who must find the killer',
        genre: 'noir',
        kind: 'series-episode',
        seed,
      });
      const comedy = generatePackage({
        idea: 'a detective who must find the killer',
        genre: 'comedy',
        kind: 'series-episode',
        seed,
      });
      noirNight += noir.scenes.filter((s) => /NIGHT|DUSK/.test(s.timeOfDay)).length / noir.scenes.length;
      comedyNight +=
        comedy.scenes.filter((s) => /NIGHT|DUSK/.test(s.timeOfDay)).length / comedy.scenes.length;
      noirDutch += Object.values(noir.shots)
        .flat()
        .filter((s) => s.angle === 'dutch').length;
      comedyDutch += Object.values(comedy.shots)
        .flat()
        .filter((s) => s.angle === 'dutch').length;
      expect(noir.story.tone).not.toBe(comedy.story.tone);
    }
    expect(noirNight).toBeGreaterThan(comedyNight);
    expect(noirDutch).toBeGreaterThan(comedyDutch);
  });

  it('fits names to the setting and avoids existing names', () => {
    const params: GenerateParams = {
      idea: 'a potter who must save her village shrine',
      setting: 'Japanese village',
      kind: 'short-film',
      seed: 5,
    };
    const story = generateStory(params);
    const japanese = NAMES.cultures.japanese!;
    const chars = generateCharacters(story, params);
    for (const c of chars) expect(japanese.family.includes(c.name.split(' ')[1]!)).toBe(true);
    const again = generateCharacters(
      story,
      params,
      chars.map((c) => ({ name: c.name })),
    );
    for (const c of again) expect(chars.map((x) => x.name.split(' ')[0])).not.toContain(c.name.split(' ')[0]);
  });

  it('uses kind defaults for duration and scales scenes with it', () => {
    const feature = generateStory({ idea: 'a heist', kind: 'feature-film', seed: 2 });
    const ad = generateStory({ idea: 'a heist', kind: 'commercial', seed: 2 });
    expect(feature.targetDurationSec).toBe(5700);
    expect(ad.targetDurationSec).toBeGreaterThanOrEqual(30);
    expect(ad.targetDurationSec).toBeLessThanOrEqual(60);
    expect(
      generateStory({ idea: 'a 90-second spot about coffee', kind: 'commercial', seed: 2 }).targetDurationSec,
    ).toBe(90);
  });

  it("keeps the idea's genre as written when the request named only its broader kind", () => {
    const idea = 'Sports drama about a rowing crew in Dublin, coached by Deirdre Kavanagh.';
    const brief = extractIdeaBrief(idea);
    expect(generateStory({ idea, kind: 'short-film', seed: 3, genre: 'drama' }, brief).genre).toBe(
      'sports drama',
    );
    expect(generateStory({ idea, kind: 'short-film', seed: 3, genre: 'comedy' }, brief).genre).toBe('comedy');
  });
});
