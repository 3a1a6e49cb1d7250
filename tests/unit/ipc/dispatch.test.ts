// dispatch: channel check, request validation naming the field, handler failures wrapped in a Result.
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/ipc/dispatch';
import type { HandlerTable } from '../../../src-main/ipc/handler-table';
import { createHandlerTable } from '../../../src-main/ipc/handlers';
import { AppFailure } from '../../../src-main/shared/failure';
import { createServices } from '../../../src-main/services';
import { makeTempDir, removeTempDirs } from '../../fixtures/temp-dir';

afterAll(removeTempDirs);
const web = { transport: 'web' as const };

describe('dispatch', () => {
  it('answers unknown channels of any type with UNKNOWN_CHANNEL, never throwing', async () => {
    const table = {} as HandlerTable;
    const nasty: unknown[] = [
      'nope',
      '',
      42,
      null,
      undefined,
      Symbol('x'),
      Object.create(null),
      { toString: 1 },
      { valueOf: () => 'app:info' },
      ['app:info'],
    ];
    for (const channel of nasty) {
      const result = await dispatch(table, channel, {}, web);
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
    expect(await dispatch(table, 'x'.repeat(500), {}, web)).toMatchObject({
      error: { message: `There is no channel named "${'x'.repeat(80)}".` },
    });
  });

  it('refuses a malformed request naming the field, without calling the handler', async () => {
    let called = false;
    const table = {
      'project:rename': async () => {
        called = true;
        return {} as never;
      },
    } as unknown as HandlerTable;
    const result = await dispatch(table, 'project:rename', { projectId: 'not-a-ulid', name: 'X' }, web);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST', details: { field: 'request.projectId' } },
    });
    if (!result.ok)
      expect(result.error.message).toMatch(/^project:rename: request\.projectId: must be a ULID/);
    const extra = await dispatch(
      table,
      'project:rename',
      { projectId: '01ARZ3NDEKTSV4RRFFQ69G5FAV', name: 'X', admin: true },
      web,
    );
    if (!extra.ok) expect(extra.error.message).toContain('admin');
    expect(extra.ok).toBe(false);
    expect(called).toBe(false);
  });

  it('wraps AppFailures and unexpected errors into Result errors', async () => {
    const table = {
      'project:list': async () => {
        throw new AppFailure('PROJECT_NOT_FOUND', 'gone', 'look elsewhere', { x: 1 });
      },
      'app:info': async () => {
        throw new TypeError('boom');
      },
    } as unknown as HandlerTable;
    expect(await dispatch(table, 'project:list', undefined, web)).toEqual({
      ok: false,
      error: { code: 'PROJECT_NOT_FOUND', message: 'gone', remedy: 'look elsewhere', details: { x: 1 } },
    });
    const internal = await dispatch(table, 'app:info', undefined, web);
    expect(internal).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringContaining('boom') },
    });
  });

  it('serves the real handler table: app:info reports the transport, create + list round trip', async () => {
    const root = makeTempDir();
    const services = createServices({ root, transport: 'web' });
    const table = createHandlerTable(services);
    expect(await dispatch(table, 'app:info', null, web)).toMatchObject({
      ok: true,
      value: { name: 'Storyloom', transport: 'web', dataDir: root },
    });
    const created = await dispatch(table, 'project:create', { name: '  Night Bus  ' }, web);
    expect(created).toMatchObject({ ok: true, value: { name: 'Night Bus', kind: 'short-film' } });
    const listed = await dispatch(table, 'project:list', {}, web);
    expect(listed.ok && (listed.value as { name: string }[]).map((p) => p.name)).toEqual(['Night Bus']);
    await services.shutdown();
  });
});
