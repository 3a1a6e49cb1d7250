// Casting panel: a talent added by hand, a roster CSV imported through the column-mapping step, a talent shortlisted and one cast, both kept after a restart.
import { expect, test } from './fixtures';
import { openByName, openHarbour } from './helpers';
import type { Page } from '@playwright/test';

/** "Range" is no header the import can guess: the user maps it to the playing age. */
const ROSTER = [
  'Performer,Range,Sex,Abilities',
  'Ines Duarte,25-34,female,sailing',
  'Lea Maris,28-38,female,singing',
  'Tom Becker,50-65,male,stage combat',
].join('\n');

async function openCasting(app: Page): Promise<void> {
  const production = app.getByRole('region', { name: 'Production' });
  await production.getByRole('tab', { name: 'Casting' }).click();
  await production.getByLabel('Character to cast').selectOption({ label: 'Mara' });
}

test('choosing a talent in the casting panel: shortlist and decision survive a restart', async ({
  app,
  host,
}) => {
  await openHarbour(app);
  await openCasting(app);

  await app.getByRole('button', { name: 'Add talent' }).click();
  const form = app.getByRole('form', { name: 'Add talent' });
  await form.getByLabel('Name').fill('Nina Holt');
  await form.getByLabel('Playing age').fill('60-70');
  await form.getByRole('button', { name: 'Add to roster' }).click();
  await expect(app.getByRole('list', { name: 'Talent roster' }).getByRole('listitem')).toHaveCount(1);

  await app.getByLabel('Import roster CSV').setInputFiles({
    name: 'roster.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(ROSTER, 'utf8'),
  });
  const mapping = app.getByRole('form', { name: 'Map roster columns' });
  await expect(mapping.getByLabel('Column for name')).toHaveValue('0');
  await expect(mapping.getByRole('button', { name: 'Import talents' })).toBeDisabled();
  await mapping.getByLabel('Column for playing age').selectOption({ label: 'Range' });
  await mapping.getByRole('button', { name: 'Import talents' }).click();
  await expect(app.getByRole('list', { name: 'Talent roster' }).getByRole('listitem')).toHaveCount(4);

  const suggestions = app.getByRole('list', { name: 'Suggestions for Mara' });
  await expect(suggestions.getByRole('listitem')).toHaveCount(4);
  await expect(suggestions.getByRole('listitem').first()).toContainText('%');
  await suggestions
    .getByRole('listitem', { name: 'Lea Maris' })
    .getByRole('button', { name: 'Shortlist' })
    .click();
  await suggestions
    .getByRole('listitem', { name: 'Ines Duarte' })
    .getByRole('button', { name: 'Cast as Mara' })
    .click();
  await expect(app.getByLabel('Decision for Mara')).toContainText('Ines Duarte');
  await expect(app.getByLabel('Shortlist for Mara')).toContainText('Lea Maris');

  // A restart of the app (host and page): the choices come back from the project file.
  await app.goto(await host.restart());
  await openByName(app, 'harbour');
  await openCasting(app);
  await expect(app.getByLabel('Decision for Mara')).toContainText('Ines Duarte');
  await expect(app.getByLabel('Shortlist for Mara')).toContainText('Lea Maris');
  await expect(
    app.getByRole('list', { name: 'Suggestions for Mara' }).getByRole('listitem', { name: 'Ines Duarte' }),
  ).toContainText('Cast');
});
