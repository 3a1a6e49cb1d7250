// Two Storyloom processes (the app and a CLI) change settings: neither silently overwrites the other's saved change
// with its own older copy (issue 8: every kind of write goes through the conflict check).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsService, SETTINGS_FILE } from '../../../src-main/settings/settings-service';
import { makeTempDir, removeTempDirs } from '../../fixtures/temp-dir';

afterEach(removeTempDirs);

/** Each SettingsService.open is what one process holds: its own copy of settings.json, read at its start. */
const openTwo = async (appDir: string) =>
  Promise.all([SettingsService.open({ appDir }), SettingsService.open({ appDir })]);

describe('settings saved by two processes', () => {
  it("keeps the first process's change when the second saves another field from its older copy", async () => {
    const appDir = makeTempDir();
    const [app, cli] = await openTwo(appDir);
    await app.update({ timeoutMs: 45_000 });
    await cli.update({ budgetUsd: 5 });
    const onDisk = JSON.parse(readFileSync(join(appDir, SETTINGS_FILE), 'utf8')) as Record<string, unknown>;
    expect(onDisk).toMatchObject({ timeoutMs: 45_000, budgetUsd: 5 });
    // The second process now shows the first one's change too (it loaded it before saving).
    expect(await cli.get()).toMatchObject({ timeoutMs: 45_000, budgetUsd: 5 });
  });

  it('many alternating saves from both: every last value of each field survives', async () => {
    const appDir = makeTempDir();
    const [a, b] = await openTwo(appDir);
    for (let i = 1; i <= 20; i++) {
      await a.update({ timeoutMs: 10_000 + i });
      await b.update({ budgetUsd: i });
    }
    expect(await (await SettingsService.open({ appDir })).get()).toMatchObject({
      timeoutMs: 10_020,
      budgetUsd: 20,
    });
  });
});
