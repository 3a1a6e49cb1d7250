// The project window's Export menu against the real handlers: the storyboard PDF and the shot list CSV download.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { expect, test } from './fixtures';

const demo = JSON.parse(readFileSync(join(process.cwd(), 'resources/demo/project.json'), 'utf8')) as {
  project: { name: string };
  entities: { shots: unknown[] };
};

test('the Export menu downloads the storyboard PDF and the shot list CSV', async ({ app }, testInfo) => {
  await app.getByRole('button', { name: 'Open demo project' }).click();
  await expect(app.getByRole('heading', { level: 1, name: demo.project.name })).toBeVisible();

  const exportButton = app.getByRole('button', { name: 'Export', exact: true });
  await exportButton.click();
  const menu = app.getByRole('menu', { name: 'Export' });
  await expect(menu.getByRole('menuitem')).toHaveCount(7);
  // Keyboard: the first entry has focus, arrows move, Escape closes and returns focus to the button.
  await expect(menu.getByRole('menuitem', { name: 'Screenplay (PDF)' })).toBeFocused();
  await app.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Screenplay (Fountain)' })).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(exportButton).toBeFocused();

  await exportButton.click();
  const [pdf] = await Promise.all([
    app.waitForEvent('download'),
    app.getByRole('menuitem', { name: 'Storyboard (PDF)' }).click(),
  ]);
  expect(pdf.suggestedFilename()).toMatch(/storyboard\.pdf$/);
  const pdfPath = testInfo.outputPath(pdf.suggestedFilename());
  await pdf.saveAs(pdfPath);
  expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })).toMatch(/Pages:\s+1\b/);
  await expect(app.getByRole('status', { name: 'Notifications' })).toContainText('Exported Storyboard (PDF)');

  await exportButton.click();
  const [csv] = await Promise.all([
    app.waitForEvent('download'),
    app.getByRole('menuitem', { name: 'Shot list (CSV)' }).click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(/shot list\.csv$/);
  const csvPath = testInfo.outputPath(csv.suggestedFilename());
  await csv.saveAs(csvPath);
  const rows = Papa.parse<string[]>(readFileSync(csvPath, 'utf8'), { skipEmptyLines: true }).data;
  expect(rows[0]).toContain('Setup');
  expect(rows).toHaveLength(demo.entities.shots.length + 1);
});
