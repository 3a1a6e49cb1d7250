// Bulk tasks a killed CLI left unfinished resume (issue 8): the next `storyloom chat` on the project finishes them
// before it exits, instead of leaving them `running` in queue.json forever.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src-main/cli/cli-types';
import { runCli } from '../../../src-main/cli/run-cli';
import type { QueueTask } from '../../../src-main/queue/queue-file';
import { newId, nowIso } from '../../../src-main/shared/ids';
import { ProjectRepository } from '../../../src-main/store/project-repository';
import { makeTempDir, removeTempDirs } from '../../fixtures/temp-dir';

afterAll(removeTempDirs);

describe('storyloom chat resumes unfinished bulk tasks', () => {
  it('finishes a task a killed process left running, and reports it', async () => {
    const root = makeTempDir('storyloom-resume-');
    const repo = new ProjectRepository({ root });
    const { id, path: dir } = await repo.create('Resume', 'short-film');
    const now = nowIso();
    const item = (name: string, status: 'pending' | 'done') => ({
      key: name,
      entityType: 'character' as const,
      data: { name },
      entityId: newId(),
      label: name,
      status,
    });
    // What a CLI killed in the middle of "create 3 characters" leaves behind.
    const task: QueueTask = {
      id: newId(),
      label: 'Create 3 characters',
      status: 'running',
      createdAt: now,
      updatedAt: now,
      items: [item('Ada', 'pending'), item('Ben', 'pending'), item('Cleo', 'pending')],
    };
    writeFileSync(join(dir, 'queue.json'), JSON.stringify({ tasks: [task] }));

    const out: string[] = [];
    const io: CliIo = {
      stdout: (t) => out.push(t),
      stderr: (t) => out.push(t),
      isTty: false,
      env: { STORYLOOM_DATA_DIR: root, STORYLOOM_APP_DIR: join(root, '.app') },
    };
    const code = await runCli(['chat', dir, 'hello', '--json'], io);
    expect(code).toBe(0);
    expect(JSON.parse(out.at(-1)!)).toMatchObject({ resumedTasks: 1 });
    const saved = JSON.parse(readFileSync(join(dir, 'queue.json'), 'utf8')) as { tasks: QueueTask[] };
    expect(saved.tasks.find((t) => t.id === task.id)?.status).toBe('done');
    const session = await new ProjectRepository({ root }).open(id);
    expect(session.file.entities.characters.map((c) => c.name).sort()).toEqual(['Ada', 'Ben', 'Cleo']);
    await session.close();
  });
});
