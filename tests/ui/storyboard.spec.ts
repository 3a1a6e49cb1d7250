// Storyboard editing in web mode against the real handlers: reorder by drag and keyboard, edit a shot and see its
// frame redraw, replace a frame with an image, the shot list's totals and editing, the animatic, and the exports.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The smallest valid PNG (1×1). */
const PNG_1PX = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

async function openDemo(app: Page) {
  await app.getByRole('button', { name: 'Open demo project' }).click();
  const board = app.getByRole('region', { name: 'Storyboard' });
  await expect(board.getByRole('list', { name: 'Shots of scene 1' })).toBeVisible();
  return board;
}

/** The frame of the shot now numbered `name` ("1.2"), located afresh each time it is used. */
const frameOf = (app: Page, name: string) =>
  app
    .getByRole('region', { name: 'Storyboard' })
    .getByRole('button', { name: `Shot ${name}`, exact: true })
    .getByRole('img');

test('reorders two shots by drag and by keyboard, and one undo puts them back', async ({ app }) => {
  const board = await openDemo(app);
  const strip = () => board.getByRole('list', { name: 'Shots of scene 1' });
  // The demo's scene 1 opens on an extreme wide shot, then a medium shot.
  await expect(frameOf(app, '1.1')).toHaveAccessibleName(/^Frame sketch: EWS/);
  await expect(frameOf(app, '1.2')).toHaveAccessibleName(/^Frame sketch: MS/);

  const card = (size: string) =>
    strip()
      .getByRole('listitem')
      .filter({ has: app.getByRole('img', { name: new RegExp(`^Frame sketch: ${size},`) }) });
  await card('EWS').dragTo(card('MS'));
  await expect(frameOf(app, '1.1')).toHaveAccessibleName(/^Frame sketch: MS/);
  await expect(frameOf(app, '1.2')).toHaveAccessibleName(/^Frame sketch: EWS/);

  // Alt+ArrowRight on the focused first card moves it one place right; focus stays on it.
  await board.getByRole('button', { name: 'Shot 1.1', exact: true }).focus();
  await app.keyboard.press('Alt+ArrowRight');
  await expect(frameOf(app, '1.1')).toHaveAccessibleName(/^Frame sketch: EWS/);
  await expect(frameOf(app, '1.2')).toHaveAccessibleName(/^Frame sketch: MS/);
  await expect(board.getByRole('button', { name: 'Shot 1.2', exact: true })).toBeFocused();

  // Alt+ArrowDown moves it into the next scene, at its end.
  await app.keyboard.press('Alt+ArrowDown');
  await expect(board.getByRole('list', { name: 'Shots of scene 2' }).getByRole('listitem')).toHaveCount(2);
  await expect(frameOf(app, '2.2')).toHaveAccessibleName(/^Frame sketch: MS/);

  // Each move was one change: undo brings the shot back to scene 1.
  await app.getByRole('button', { name: /^Undo/ }).click();
  await expect(strip().getByRole('listitem')).toHaveCount(2);
  await expect(frameOf(app, '1.2')).toHaveAccessibleName(/^Frame sketch: MS/);

  // Scenes move too: Alt+ArrowDown on scene 1's heading makes it scene 2, focus kept.
  await board.getByRole('button', { name: '1. INT. LIGHTHOUSE LAMP ROOM - NIGHT' }).focus();
  await app.keyboard.press('Alt+ArrowDown');
  const moved = board.getByRole('button', { name: '2. INT. LIGHTHOUSE LAMP ROOM - NIGHT' });
  await expect(moved).toBeFocused();
  await expect(board.getByRole('button', { name: '1. INT. HARBOUR OFFICE - DAY' })).toBeVisible();
  await expect(board.getByRole('list', { name: 'Shots of scene 2' }).getByRole('listitem')).toHaveCount(2);
});

test('editing a shot from its card redraws its frame; a bad value shows the schema error', async ({
  app,
}) => {
  const board = await openDemo(app);
  await board.getByRole('button', { name: 'Edit shot 1.1' }).click();
  const editor = board.getByRole('group', { name: 'Edit shot 1.1' });
  await editor.getByLabel('Size').selectOption('CU');
  await expect(frameOf(app, '1.1')).toHaveAccessibleName(/^Frame sketch: CU, /);
  await editor.getByLabel('Movement').selectOption('crane');
  await expect(frameOf(app, '1.1')).toHaveAccessibleName(/crane up$/);
  // Defect: the card drew every crane with an up arrow; a crane down now points down, as in the PDF.
  const description = editor.getByLabel('Description');
  await description.fill('Crane down to the lamp.');
  await description.press('Enter');
  await expect(frameOf(app, '1.1')).toHaveAccessibleName(/crane down$/);
  await expect(frameOf(app, '1.1').locator('.movement')).toHaveAttribute('data-direction', 'down');

  const lens = editor.getByLabel('Lens (mm)');
  await lens.fill('2');
  await lens.press('Enter');
  await expect(editor.getByRole('alert')).toContainText('lensMm');
  await expect(lens).toHaveAttribute('aria-invalid', 'true');
  await lens.fill('35');
  await lens.press('Enter');
  await expect(editor.getByRole('alert')).toHaveCount(0);
  await expect(
    board
      .getByRole('list', { name: 'Shots of scene 1' })
      .getByRole('listitem')
      .filter({ has: app.getByRole('button', { name: 'Shot 1.1', exact: true }) }),
  ).toContainText('35mm');

  // Replace the frame with an image file: the card shows the image instead of the sketch.
  await editor.getByLabel('Frame image for shot 1.1').setInputFiles({
    name: 'frame.png',
    mimeType: 'image/png',
    buffer: PNG_1PX,
  });
  await expect(
    board
      .getByRole('button', { name: 'Shot 1.1', exact: true })
      .getByRole('img', { name: 'Frame image of shot 1' }),
  ).toBeVisible();
  await editor.getByRole('button', { name: 'Use the sketch' }).click();
  await expect(frameOf(app, '1.1')).toHaveAccessibleName(/^Frame sketch: CU/);
});

test('the shot list shows totals, edits in place, adds and deletes shots, groups by setup', async ({
  app,
}) => {
  const board = await openDemo(app);
  await board.getByRole('tab', { name: 'Shot list' }).click();
  const totals = board.getByRole('status', { name: 'Shot list totals' });
  // The demo: 3 shots of 6, 10 and 8 seconds; scene 1's two shots differ in size, scene 2 has one setup.
  await expect(totals).toHaveText('3 shots · 3 setups · 0.4 min');
  const table = board.getByRole('table', { name: 'Shot list' });
  await expect(table.getByRole('row', { name: /^Shot / })).toHaveCount(3);

  // Same position (angle), size and lens as shot 1.1 → the same setup.
  await table.getByLabel('Angle of shot 1.2').selectOption('low');
  await expect(totals).toHaveText('3 shots · 3 setups · 0.4 min');
  await table.getByLabel('Size of shot 1.2').selectOption('EWS');
  await table
    .getByLabel('Lens (mm) of shot 1.2')
    .fill(await table.getByLabel('Lens (mm) of shot 1.1').inputValue());
  await table.getByLabel('Lens (mm) of shot 1.2').press('Enter');
  await expect(totals).toHaveText('3 shots · 2 setups · 0.4 min');

  const duration = table.getByLabel('Duration (s) of shot 2.1');
  await duration.fill('-3');
  await duration.press('Enter');
  await expect(table.getByRole('alert')).toContainText('durationSec');
  await duration.fill('38');
  await duration.press('Enter');
  await expect(totals).toHaveText('3 shots · 2 setups · 0.9 min');

  await board.getByRole('button', { name: 'Add shot' }).click();
  await expect(totals).toHaveText('4 shots · 3 setups · 0.9 min');
  await table.getByRole('button', { name: 'Delete shot 1.3' }).click();
  await expect(totals).toHaveText('3 shots · 2 setups · 0.9 min');

  await board.getByLabel('Group by setup').check();
  await expect(table.getByRole('row', { name: /^Shot / })).toHaveCount(3);
  await expect(table.getByText(/^Setup 1A · 2 shots/)).toBeVisible();

  await board.getByLabel('Filter shots').fill('harbour');
  await expect(totals).toHaveText('1 shot · 1 setup · 0.6 min');
});

test('the animatic plays the frames for their durations', async ({ app }) => {
  const board = await openDemo(app);
  await board.getByRole('tab', { name: 'Shot list' }).click();
  const first = board.getByRole('table', { name: 'Shot list' }).getByLabel('Duration (s) of shot 1.1');
  await first.fill('0.5');
  await first.press('Enter');
  await expect(board.getByRole('status', { name: 'Shot list totals' })).toHaveText(/0\.3 min$/);

  await board.getByRole('tab', { name: 'Animatic' }).click();
  const frames = board.getByRole('list', { name: 'Animatic frames' });
  await expect(frames.locator('[aria-current="true"]')).toContainText('1.1');
  await board.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(board.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  // Shot 1.1 holds half a second, then 1.2 is the current frame (it holds 10 s: pause there).
  await expect(frames.locator('[aria-current="true"]')).toContainText('1.2');
  await board.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(board.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await expect(frames.locator('[aria-current="true"]')).toContainText('1.2');
});

test('the Export menu downloads the edited storyboard as PDF and the shot list as CSV', async ({
  app,
}, testInfo) => {
  const board = await openDemo(app);
  await board.getByRole('button', { name: 'Edit shot 1.2' }).click();
  await board.getByRole('group', { name: 'Edit shot 1.2' }).getByLabel('Size').selectOption('ECU');
  await expect(frameOf(app, '1.2')).toHaveAccessibleName(/^Frame sketch: ECU/);

  const exportButton = app.getByRole('button', { name: 'Export', exact: true });
  await exportButton.click();
  const [pdf] = await Promise.all([
    app.waitForEvent('download'),
    app.getByRole('menuitem', { name: 'Storyboard (PDF)' }).click(),
  ]);
  const pdfPath = testInfo.outputPath('storyboard.pdf');
  await pdf.saveAs(pdfPath);
  expect(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })).toMatch(/Pages:\s+1\b/);
  expect(execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' })).toContain('ECU');

  await exportButton.click();
  const [csv] = await Promise.all([
    app.waitForEvent('download'),
    app.getByRole('menuitem', { name: 'Shot list (CSV)' }).click(),
  ]);
  const csvPath = testInfo.outputPath('shot-list.csv');
  await csv.saveAs(csvPath);
  const rows = Papa.parse<string[]>(readFileSync(csvPath, 'utf8'), { skipEmptyLines: true }).data;
  expect(rows).toHaveLength(4);
  const [header, ...body] = rows;
  const col = (name: string) => header!.indexOf(name);
  const edited = body.find((r) => r[col('Scene')] === '1' && r[col('Shot')] === '2');
  expect(edited?.[col('Size')]).toBe('ECU');
  expect(edited?.[col('Status')]).toBe('edited');
});
