// The home screen's import (project:import) takes screenplays and manuscripts too, and says how it read them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectHandlers } from '../../../src-main/services/project-handlers';
import { pipelineServices } from '../../fixtures/pipeline-harness';
import { removeTempDirs } from '../../fixtures/temp-dir';
import { EVAL_FOUNTAIN } from '../formats/screenplay/screenplain-html';

afterAll(removeTempDirs);

const WEB = { transport: 'web' as const };
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('project:import with a text file', () => {
  it('imports a .fountain as a new analysed project (previously refused as "not a zip file")', async () => {
    const services = pipelineServices();
    const handlers = projectHandlers(services);
    const text = readFileSync(path.join(EVAL_FOUNTAIN, 'ascent_to_guru_peak.fountain'), 'utf8');
    const imported = await handlers['project:import'](
      {
        fileName: 'ascent_to_guru_peak.fountain',
        base64: b64(text),
      },
      WEB,
    );
    expect(imported.name).toBe('ascent to guru peak');
    expect(imported.understood).toMatch(/^a Fountain screenplay: \d+ characters, \d+ locations, 6 scenes/);
    expect(imported.counts.scenes).toBe(6);
    await services.shutdown();
  });

  it('reads a .md chapter as a manuscript and a .txt script as a screenplay', async () => {
    const services = pipelineServices();
    const handlers = projectHandlers(services);
    const prose =
      'Chapter 1\n\nMara walked to the harbour in Brest. Mara met Tomas there, and Tomas smiled.\n';
    const md = await handlers['project:import']({ fileName: 'chapter.md', base64: b64(prose) }, WEB);
    expect(md.understood).toMatch(/^a manuscript: /);
    const script = 'INT. KITCHEN - DAY\n\nANA\nHello.\n\nEXT. YARD - NIGHT\n\nBEN\nBye.\n';
    const txt = await handlers['project:import']({ fileName: 'draft.txt', base64: b64(script) }, WEB);
    expect(txt.understood).toMatch(/^a screenplay in plain text: .*2 scenes/);
    await services.shutdown();
  });
});
