// Every channel of the contract has a zod request schema, a handler, and refuses unknown payload keys (issue 8, Electron checks).
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CHANNELS } from '../../../src-preload/contract/channels';
import { REQUEST_SCHEMAS } from '../../../src-preload/contract/requests';
import { offlineBrain } from '../../../src-main/brains/offline/offline-brain';
import { dispatch } from '../../../src-main/ipc/dispatch';
import { createHandlerTable } from '../../../src-main/ipc/handlers';
import { createServices } from '../../../src-main/services';
import { makeTempDir, removeTempDirs } from '../../fixtures/temp-dir';

afterAll(removeTempDirs);

describe('contract channels', () => {
  it('every channel has a zod schema and a handler; no handler exists without a channel', () => {
    const root = makeTempDir('storyloom-contract-');
    const table = createHandlerTable(
      createServices({ root, transport: 'cli', brain: offlineBrain, appDir: makeTempDir('storyloom-app-') }),
    );
    const schemas = REQUEST_SCHEMAS as Record<string, unknown>;
    const missing = CHANNELS.filter((c) => !(schemas[c] instanceof z.ZodType));
    expect(missing, 'channels without a zod schema').toEqual([]);
    expect(Object.keys(schemas).sort()).toEqual([...CHANNELS].sort());
    expect(Object.keys(table).sort(), 'handlers must match the channels exactly').toEqual(
      [...CHANNELS].sort(),
    );
    for (const channel of CHANNELS) expect(typeof table[channel], channel).toBe('function');
  });

  it('every schema refuses an unknown key and a non-object (strict schemas: nothing unvalidated reaches a handler)', async () => {
    const root = makeTempDir('storyloom-contract-');
    const table = createHandlerTable(
      createServices({ root, transport: 'cli', brain: offlineBrain, appDir: makeTempDir('storyloom-app-') }),
    );
    const lenient: string[] = [];
    for (const channel of CHANNELS) {
      const schema = REQUEST_SCHEMAS[channel] as z.ZodType;
      if (schema.safeParse({ __storyloomUnknownKey: 1 }).success) lenient.push(channel);
      const result = await dispatch(table, channel, 'not an object', { transport: 'web' });
      expect(result.ok, `${channel} accepted a string payload`).toBe(false);
    }
    expect(lenient, 'channels whose schema accepts unknown keys').toEqual([]);
  });
});
