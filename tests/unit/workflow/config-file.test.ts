// A project's workflow.config.json customises its steps through every entry point, and a bad one is refused clearly.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { offlineBrain } from '../../../src-main/brains/offline/offline-brain';
import { createHandlerTable } from '../../../src-main/ipc/handlers';
import { dispatch } from '../../../src-main/ipc/dispatch';
import { createServices, type Services } from '../../../src-main/services';
import { loadWorkflowConfig, WORKFLOW_CONFIG_FILE } from '../../../src-main/workflow/config-file';
import { makeTempDir, removeTempDirs } from '../../fixtures/temp-dir';

let root: string;
let services: Services;

beforeEach(() => {
  root = makeTempDir('storyloom-wfconfig-');
  services = createServices({ root, transport: 'cli', brain: offlineBrain, appDir: join(root, '.app') });
});
afterEach(async () => {
  await services.shutdown();
  removeTempDirs();
});

describe('workflow.config.json', () => {
  it('renames and skips steps for the project kind, in the stepper view and in chat', async () => {
    const { id, path } = await services.projects.create('Configured', 'short-film');
    writeFileSync(
      join(path, WORKFLOW_CONFIG_FILE),
      JSON.stringify({
        kinds: { 'short-film': { skip: ['casting'], titles: { story_structure: 'Beat board' } } },
      }),
    );
    const table = createHandlerTable(services);
    const view = await dispatch(table, 'workflow:get', { projectId: id }, { transport: 'web' });
    expect(view.ok).toBe(true);
    const steps = (view as { value: { steps: { id: string; title: string }[] } }).value.steps;
    expect(steps.map((s) => s.id)).not.toContain('casting');
    expect(steps.find((s) => s.id === 'story_structure')?.title).toBe('Beat board');
    const reply = await services.chat.send(id, 'move on to casting');
    expect(reply.reply).toMatch(/casting/i);
    expect(services.projects.dirOf(id)).toBe(path);
    expect((await services.projects.open(id)).file.project.workflow.current).toBe('concept');
  });

  it('refuses a bad configuration with the exact field and a remedy, and the project still opens', async () => {
    const { id, path } = await services.projects.create('Broken config', 'short-film');
    writeFileSync(
      join(path, WORKFLOW_CONFIG_FILE),
      JSON.stringify({ kinds: { 'short-film': { thresholds: { minCharacters: -3 } } } }),
    );
    expect(() => loadWorkflowConfig(path)).toThrowError(/minCharacters/);
    const result = await dispatch(
      createHandlerTable(services),
      'workflow:get',
      { projectId: id },
      { transport: 'web' },
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('WORKFLOW_CONFIG_INVALID');
    expect(!result.ok && result.error.remedy).toBeTruthy();
    writeFileSync(join(path, WORKFLOW_CONFIG_FILE), '{ not json');
    expect(() => loadWorkflowConfig(path)).toThrowError(/not valid JSON/);
    expect((await services.projects.open(id)).file.project.name).toBe('Broken config');
  });
});
