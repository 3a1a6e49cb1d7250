// Casting: `storyloom talent import` then "who could play Sarah?" in chat — best fit first, with reasons; a bad row changes nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliIn } from '../../fixtures/cli-run';
import { stripRefMarkers } from '../../../src-main/domain/entity-refs';
import { createServices } from '../../../src-main/services';
import { ChangeBuilder } from '../../../src-main/store/change-builder';
import { openFreshProject } from '../../fixtures/project-fixtures';
import { listTree, makeTempDir, removeTempDirs } from '../../fixtures/temp-dir';

afterAll(removeTempDirs);

const ROSTER = [
  'Name,Playing age,Gender,Languages,Skills,Look,Credits',
  'Tom Reyes,30-40,male,English,"noir, thriller",wiry,The Wire Room',
  'Ana Lima,30-38,female,"English; Portuguese","noir, improvisation","sharp-eyed, restless","Deadline (lead)"',
  'Beth Cole,32-42,female,English,comedy,warm,"Sunday Best, ""The Pier"""',
  'Grace Holm,60-75,female,English,period drama,"tall, silver",Old Harbour',
].join('\n');

async function projectWithSarah() {
  const fresh = await openFreshProject('Casting', makeTempDir('storyloom-talent-'));
  const b = new ChangeBuilder(fresh.session.file, { via: 'manual' });
  b.create('character', {
    name: 'Sarah Mendes',
    age: 34,
    gender: 'female',
    occupation: 'reporter',
    traits: ['restless', 'sharp-eyed'],
    description: 'A reporter who grew up speaking Portuguese in Lisbon.',
  });
  await fresh.session.commit('cast', b.ops);
  await fresh.repo.closeAll();
  return fresh;
}

const cli = (argv: string[], root: string) => runCliIn(root, argv);

describe('storyloom talent import + casting chat', () => {
  it('imports a roster and answers "who could play Sarah?" with the best fit first, with reasons', async () => {
    const { root, projectId, dir } = await projectWithSarah();
    const csv = join(makeTempDir(), 'roster.csv');
    writeFileSync(csv, ROSTER);
    const run = await cli(['talent', 'import', projectId, csv, '--json'], root);
    expect(run.code, run.err).toBe(0);
    expect(JSON.parse(run.out)).toMatchObject({ projectId, added: 4, updated: 0, suggestions: 3 });
    const file = JSON.parse(readFileSync(join(dir, 'project.json'), 'utf8'));
    expect(file.entities.talents.map((t: { name: string }) => t.name)).toEqual([
      'Tom Reyes',
      'Ana Lima',
      'Beth Cole',
      'Grace Holm',
    ]);
    expect(file.entities.talents[2].credits).toEqual(['Sunday Best', '"The Pier"']);

    const services = createServices({ root, transport: 'cli', appDir: makeTempDir('storyloom-app-') });
    const turn = await services.chat.send(projectId, 'who could play Sarah?');
    await services.shutdown();
    const reply = stripRefMarkers(turn.reply);
    const ranked = reply
      .split('\n')
      .map((l) => /^\d+\. (.+?) — /.exec(l)?.[1])
      .filter(Boolean);
    // The Portuguese-speaking woman of the right age first, then the other woman of the right age.
    expect(ranked.slice(0, 2)).toEqual(['Ana Lima', 'Beth Cole']);
    const best = reply.split('\n').find((l) => l.includes('Ana Lima'))!;
    expect(best).toContain('plays 30–38, fits age 34');
    expect(best).toContain('gender matches (female)');
    expect(best).toContain('speaks Portuguese');
    expect(best).toMatch(/skills: noir/);
  });

  it('refuses a roster with a bad row by its line number and changes nothing', async () => {
    const { root, projectId, dir } = await projectWithSarah();
    const before = listTree(dir);
    const csv = join(makeTempDir(), 'bad.csv');
    // The quoted look spans two lines, so the bad row starts on line 4 of the file.
    writeFileSync(csv, 'name,playing age,look\nA One,30-40,"tall\nand dark"\nB Two,forty,short\n');
    const run = await cli(['talent', 'import', projectId, csv, '--json'], root);
    expect(run.code).toBe(1);
    const error = JSON.parse(run.out).error;
    expect(error.code).toBe('ROSTER_ROW_INVALID');
    expect(error.message).toMatch(/^Line 4: playing age "forty"/);
    expect(listTree(dir)).toEqual(before);
  });
});
