// `storyloom parse` starts light: its static import graph holds neither zod, LangChain nor the services.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** Every module `entry` loads before its first line runs (static imports only; `await import()` stays lazy). */
async function staticGraph(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    metafile: true,
    external: ['electron', 'compromise'],
    logLevel: 'silent',
  });
  const inputs = result.metafile.inputs;
  const seen = new Set([entry]);
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const imported of inputs[file]?.imports ?? []) {
      if (imported.kind !== 'import-statement' || seen.has(imported.path)) continue;
      seen.add(imported.path);
      queue.push(imported.path);
    }
  }
  return [...seen];
}

describe('parse command start-up', () => {
  it('loads no schema library, no model client and no services before parsing', async () => {
    const graph = await staticGraph('src-main/cli/commands/parse-command.ts');
    expect(graph).toContain('src-main/brains/offline/understand/parse-message.ts');
    const heavy = graph.filter((f) =>
      /node_modules\/(zod|@langchain)\/|src-main\/services\/|src-main\/settings\/settings-service/.test(f),
    );
    expect(heavy).toEqual([]);
  });

  it('parses a plain request without loading compromise (about 0.3 s of start-up), and loads it when needed', () => {
    // A fresh process: the test workers have long loaded compromise for other files.
    const loads = (message: string): string => {
      const script = [
        "import { createRequire } from 'node:module';",
        "const { parseMessage } = await import('./src-main/brains/offline/understand/parse-message.ts');",
        `parseMessage(${JSON.stringify(message)});`,
        'const cache = createRequire(import.meta.url).cache;',
        "console.log(Object.keys(cache).some((k) => k.includes('compromise')) ? 'loaded' : 'not loaded');",
      ].join('\n');
      const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        encoding: 'utf8',
      });
      expect(run.status, run.stderr).toBe(0);
      return run.stdout.trim();
    };
    expect(loads('Create a character named Maya, 31, a pilot')).toBe('not loaded');
    // A capitalised name is checked for a demonym ("a Swedish nurse") against the built table, not the lexicon.
    expect(loads('make Sarah 28, a Swedish nurse')).toBe('not loaded');
    // Before a colon, an English word may be a field's label or a name: the first-name table decides.
    expect(loads('Job: tailor')).toBe('loaded');
  });
});
