// One handler table from the rooms' groups: a channel claimed twice, or not at all, is refused at start-up.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinHandlerGroups, type HandlerGroup } from '../../../src-main/ipc/handler-table';

const info: HandlerGroup = {
  'app:info': async () => ({ name: 'x', version: '0', transport: 'cli', dataDir: '/', platform: 'linux' }),
};

describe('joinHandlerGroups', () => {
  it('refuses a channel that two rooms both handle, naming both', () => {
    expect(() => joinHandlerGroups({ app: info, other: info }, ['app:info'])).toThrow(
      /app:info has two handlers \(app and other\)/,
    );
  });

  it('refuses a table that leaves a channel without a handler', () => {
    expect(() => joinHandlerGroups({ app: info }, ['app:info', 'project:list'])).toThrow(
      /No handler for project:list/,
    );
  });

  it('joins disjoint groups into one table', () => {
    const table = joinHandlerGroups({ app: info }, ['app:info']);
    expect(Object.keys(table)).toEqual(['app:info']);
  });
});

describe('the ipc room', () => {
  it('only registers and dispatches: the handler groups live with their rooms', () => {
    const files = readdirSync(join(process.cwd(), 'src-main', 'ipc'), { recursive: true }).map(String);
    expect(files.sort()).toEqual([
      'dispatch.ts',
      'handler-table.ts',
      'handlers',
      join('handlers', 'index.ts'),
    ]);
  });
});
