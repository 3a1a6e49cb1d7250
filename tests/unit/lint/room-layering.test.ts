// The room layering of DESIGN.md §1 is enforced by lint: a back-edge between rooms fails with a message naming the rule.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function layeringErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'storyloom/room-layering').map((m) => m.message);
}

describe('storyloom/room-layering', () => {
  it('refuses an import from a lower room up into a higher one, naming the rule and both rooms', async () => {
    const errors = await layeringErrors(
      'src-main/domain/layering-probe.ts',
      "import { buildTurnGraph } from '../agents/graph';\nexport const probe = buildTurnGraph;\n",
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("room 'domain' may not import room 'agents'");
  });

  it('refuses an import between two rooms of one layer', async () => {
    const errors = await layeringErrors(
      'src-main/chat/layering-probe.ts',
      "import { QueueService } from '../queue/queue-service';\nexport const probe = QueueService;\n",
    );
    expect(errors).toEqual([expect.stringContaining('same layer')]);
  });

  it('keeps formats to file formats: the language core of brains is out of its reach (one layer, DESIGN §1)', async () => {
    const errors = await layeringErrors(
      'src-main/formats/layering-probe.ts',
      "import { findProseEntities } from '../brains/offline/language/prose-entities';\nexport const probe = findProseEntities;\n",
    );
    expect(errors).toEqual([expect.stringContaining('same layer')]);
  });

  it('accepts imports downward and inside a room', async () => {
    const errors = await layeringErrors(
      'src-main/agents/layering-probe.ts',
      "import { ChangeBuilder } from '../store/change-builder';\nimport { pipelineDeps } from './pipeline/pipeline-deps';\nexport const probe = [ChangeBuilder, pipelineDeps];\n",
    );
    expect(errors).toEqual([]);
  });

  it('names a room missing from the layer table', async () => {
    const errors = await layeringErrors(
      'src-main/newroom/layering-probe.ts',
      "import { newId } from '../shared/ids';\nexport const probe = newId;\n",
    );
    expect(errors).toEqual([expect.stringContaining("room 'newroom' is not in the layer table")]);
  });
});
