// The casting panel's verbs: CSV preview and mapped import (all or nothing), ranked options, shortlist and decision.
import { afterAll, describe, expect, it } from 'vitest';
import { castingHandlers } from '../../../src-main/services/casting-handlers';
import { characterHandlers } from '../../../src-main/services/character-handlers';
import { scriptHandlers } from '../../../src-main/services/script-handlers';
import { pipelineServices } from '../../fixtures/pipeline-harness';
import { removeTempDirs } from '../../fixtures/temp-dir';

afterAll(removeTempDirs);

const WEB = { transport: 'web' as const };

/** Columns in an order no header guess would find: "Performer" for the name, "Range" for the playing age. */
const ROSTER = [
  'Performer,Range,Sex,Tongues,Abilities',
  'Ines Duarte,25-34,female,"Portuguese, English",sailing',
  'Tom Becker,50-65,male,German,stage combat',
  'Lea Maris,28-38,female,English,singing',
].join('\n');

async function projectWithSarah() {
  const services = pipelineServices();
  const summary = await services.projects.create('Casting', 'short-film');
  const session = await services.projects.open(summary.id);
  const sarah = (
    await session.createEntity(
      'character',
      { name: 'Sarah', age: 30, gender: 'female', occupation: 'ferry captain', role: 'protagonist' },
      { via: 'manual' },
    )
  ).entity;
  return { services, session, projectId: summary.id, sarahId: sarah.id };
}

describe('talent CSV with a column mapping', () => {
  it('previews the header and imports with the mapping the user chose', async () => {
    const { services, session, projectId } = await projectWithSarah();
    const casting = castingHandlers(services);
    const preview = await casting['talent:previewCsv']({ text: ROSTER }, WEB);
    expect(preview).toEqual({
      header: ['Performer', 'Range', 'Sex', 'Tongues', 'Abilities'],
      guess: { name: 0, gender: 2 },
      rows: 3,
    });
    const mapping = { name: 0, playingAge: 1, gender: 2, languages: 3, skills: 4 };
    const result = await casting['talent:importCsv'](
      { projectId, fileName: 'r.csv', text: ROSTER, mapping },
      WEB,
    );
    expect(result).toMatchObject({ added: 3, updated: 0 });
    const ines = session.file.entities.talents.find((t) => t.name === 'Ines Duarte');
    expect(ines).toMatchObject({
      ageMin: 25,
      ageMax: 34,
      languages: ['Portuguese', 'English'],
      skills: ['sailing'],
    });
    await services.shutdown();
  });

  it('refuses a bad row by its line number and imports nothing', async () => {
    const { services, session, projectId } = await projectWithSarah();
    const bad = `${ROSTER}\nNo Age,,male,English,`;
    await expect(
      castingHandlers(services)['talent:importCsv'](
        { projectId, fileName: 'r.csv', text: bad, mapping: { name: 0, playingAge: 1 } },
        WEB,
      ),
    ).rejects.toMatchObject({ code: 'ROSTER_ROW_INVALID', details: { line: 5 } });
    expect(session.file.entities.talents).toEqual([]);
    await services.shutdown();
  });
});

describe('casting options, shortlist and decision', () => {
  it('ranks the roster for a character and keeps the shortlist and the decision through re-ranking', async () => {
    const { services, session, projectId, sarahId } = await projectWithSarah();
    const casting = castingHandlers(services);
    const mapping = { name: 0, playingAge: 1, gender: 2, languages: 3, skills: 4 };
    await casting['talent:importCsv']({ projectId, fileName: 'r.csv', text: ROSTER, mapping }, WEB);
    const options = await casting['casting:options']({ projectId, characterId: sarahId }, WEB);
    expect(options[0]).toMatchObject({ name: 'Ines Duarte', shortlisted: false, chosen: false });
    expect(options[0]!.reasons.join(' ')).toMatch(/sailing/);
    expect(options.at(-1)!.name).toBe('Tom Becker');

    const tom = options.at(-1)!.talentId;
    await casting['casting:shortlist'](
      { projectId, characterId: sarahId, talentId: tom, shortlisted: true },
      WEB,
    );
    const lea = options.find((o) => o.name === 'Lea Maris')!.talentId;
    await casting['casting:decide']({ projectId, characterId: sarahId, talentId: lea }, WEB);
    // A second roster import re-ranks suggestions: the user's choices stay.
    await casting['talent:importCsv']({ projectId, fileName: 'r.csv', text: ROSTER, mapping }, WEB);
    const after = await casting['casting:options']({ projectId, characterId: sarahId }, WEB);
    expect(
      after
        .filter((o) => o.shortlisted)
        .map((o) => o.name)
        .sort(),
    ).toEqual(['Lea Maris', 'Tom Becker']);
    expect(after.filter((o) => o.chosen).map((o) => o.name)).toEqual(['Lea Maris']);

    const sheet = await characterHandlers(services)['character:sheet'](
      { projectId, characterId: sarahId },
      WEB,
    );
    expect(sheet.casting[0]).toMatchObject({ chosen: true, talent: 'Lea Maris (plays 28-38)' });
    expect(sheet.portraitSvg).toMatch(/^<svg [^>]*viewBox="0 0 120 150"/);

    await casting['casting:decide']({ projectId, characterId: sarahId, talentId: null }, WEB);
    expect(session.file.entities.castings.some((c) => c.chosen)).toBe(false);
    await session.undo();
    expect(session.file.entities.castings.filter((c) => c.chosen)).toHaveLength(1);
    await services.shutdown();
  });
});

describe('script:get', () => {
  it('maps the project to the script view with each paragraph tied to its scene element', async () => {
    const { services, session, projectId, sarahId } = await projectWithSarah();
    await session.createEntity(
      'scene',
      {
        number: 1,
        heading: 'INT. FERRY - NIGHT',
        characterIds: [sarahId],
        elements: [
          { type: 'action', text: '' },
          { type: 'action', text: 'Fog.' },
          { type: 'dialogue', text: 'Hold on.', characterId: sarahId, characterName: 'SARAH' },
        ],
      },
      { via: 'manual' },
    );
    const view = await scriptHandlers(services)['script:get']({ projectId }, WEB);
    expect(view.title).toBe('Casting');
    expect(view.scenes[0]).toMatchObject({
      number: '1',
      heading: 'INT. FERRY - NIGHT',
      elements: [
        { type: 'action', text: 'Fog.', index: 1 },
        { type: 'dialogue', text: 'Hold on.', character: 'SARAH', index: 2 },
      ],
    });
    await services.shutdown();
  });
});
