// Importing a .fountain screenplay from the home screen: a new project with its scenes, and a notice of how it was read.
import { expect, test } from './fixtures';
import { HARBOUR_SCRIPT, importFile, openProject, projectRow } from './helpers';

/** The shared harbour screenplay with a title page and a parenthetical, as a writer's file would have them. */
const SCRIPT = `Title: Harbour Lights\n\n${HARBOUR_SCRIPT.replace('TOMAS\n', 'TOMAS\n(quietly)\n')}`;

test('the home screen imports a .fountain file as a new project and says how it read it', async ({ app }) => {
  await importFile(app, 'harbour-lights.fountain', SCRIPT);
  await expect(app.getByRole('status', { name: 'Notifications' })).toContainText(
    'read as a Fountain screenplay: 2 characters, 2 locations, 2 scenes',
  );
  const row = projectRow(app, 'harbour lights');
  await expect(row).toContainText('2 characters');
  await openProject(app, row, 'harbour lights');
  const characters = app.getByRole('list', { name: 'Characters' });
  for (const name of ['Mara', 'Tomas']) await expect(characters.getByRole('button', { name })).toBeVisible();
});
