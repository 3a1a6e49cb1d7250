// Script view: an imported .fountain reads as a screenplay; a dialogue line and a heading edit in place, survive a restart, undo.
import { expect, test } from './fixtures';
import { HARBOUR_SCRIPT, importFile, openByName } from './helpers';
import type { Page } from '@playwright/test';

const screenplay = (app: Page) => app.getByRole('article', { name: 'Screenplay' });

test('the script view shows the imported screenplay and saves an inline edit, with undo', async ({
  app,
  host,
}) => {
  await importFile(app, 'harbour.fountain', HARBOUR_SCRIPT);
  await expect(app.getByRole('status', { name: 'Notifications' })).toContainText(
    'read as a Fountain screenplay',
  );
  await openByName(app, 'harbour');
  const script = screenplay(app);
  await expect(script.getByRole('region', { name: 'Scene 1' })).toContainText('INT. HARBOUR OFFICE - NIGHT');
  await expect(script.getByRole('region', { name: 'Scene 1' })).toContainText('MARA');
  // The cue and the line are set in Courier, the line indented as dialogue.
  const line = script.getByRole('button', { name: 'dialogue of MARA: The ferry is late again.' });
  await expect(line).toHaveCSS('font-family', /Courier/);

  await line.click();
  const box = script.getByRole('textbox', { name: 'Edit dialogue of MARA' });
  await box.fill('The ferry is never on time.');
  await box.press('Enter');
  await expect(
    script.getByRole('button', { name: 'dialogue of MARA: The ferry is never on time.' }),
  ).toBeVisible();

  await script.getByRole('button', { name: 'heading of scene 2: EXT. PIER - NIGHT' }).press('Enter');
  await script.getByRole('textbox', { name: 'Edit heading of scene 2' }).fill('EXT. PIER - DAWN');
  await script.getByRole('textbox', { name: 'Edit heading of scene 2' }).press('Enter');
  // The edit box closes only once the save is acknowledged; the box itself already holds the new text, so the
  // region's text alone would let the restart below race the write.
  await expect(script.getByRole('button', { name: 'heading of scene 2: EXT. PIER - DAWN' })).toBeVisible();

  // Saved to the project: a restart of the app shows both edits; Undo takes the last one back.
  await app.goto(await host.restart());
  await openByName(app, 'harbour');
  await expect(screenplay(app)).toContainText('The ferry is never on time.');
  await expect(screenplay(app).getByRole('region', { name: 'Scene 2' })).toContainText('EXT. PIER - DAWN');
  await app.getByRole('button', { name: 'Undo' }).click();
  await expect(screenplay(app).getByRole('region', { name: 'Scene 2' })).toContainText('EXT. PIER - NIGHT');
  await expect(screenplay(app)).toContainText('The ferry is never on time.');
});
