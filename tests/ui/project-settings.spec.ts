// The open project's settings in the settings dialog against the real store: review gate and budget survive a restart.
import { expect, test } from './fixtures';
import { newProject, openByName } from './helpers';

test('project settings: the review gate and the budget per run are saved with the project', async ({
  app,
  host,
}) => {
  // No project open: the dialog has only the model settings.
  await app.getByRole('button', { name: 'Settings' }).click();
  let dialog = app.getByRole('dialog', { name: 'Settings' });
  await expect(dialog.getByRole('form', { name: 'Model settings' })).toBeVisible();
  await expect(dialog.getByRole('form', { name: 'Project settings' })).toHaveCount(0);
  await app.keyboard.press('Escape');

  await newProject(app, 'Tide Tables');
  await app.getByRole('button', { name: 'Settings' }).click();
  dialog = app.getByRole('dialog', { name: 'Settings' });
  const form = dialog.getByRole('form', { name: 'Project settings' });
  const gate = form.getByRole('checkbox', { name: 'Review scenes before the storyboard' });
  const budget = form.getByLabel('Budget per run (USD)');
  await expect(gate).toBeChecked();
  await expect(gate).toHaveAccessibleDescription(/model brains/);
  await expect(budget).toHaveValue('');
  await expect(form.getByRole('button', { name: 'Save project settings' })).toBeDisabled();

  // A negative budget is refused in the form, with a reason.
  await budget.fill('-2');
  await form.getByRole('button', { name: 'Save project settings' }).click();
  await expect(form.getByRole('alert')).toContainText('0 or more');
  await expect(budget).toHaveAttribute('aria-invalid', 'true');

  await gate.uncheck();
  await budget.fill('1.5');
  await form.getByRole('button', { name: 'Save project settings' }).click();
  await expect(app.getByRole('status', { name: 'Notifications' })).toContainText('Project settings saved.');
  await expect(form.getByRole('button', { name: 'Save project settings' })).toBeDisabled();
  await app.keyboard.press('Escape');
  await app.getByRole('button', { name: 'Projects', exact: true }).click();

  // After a restart of the host the project still has them; an empty budget then removes the cap.
  await app.goto(await host.restart());
  await openByName(app, 'Tide Tables');
  await app.getByRole('button', { name: 'Settings' }).click();
  const again = app.getByRole('dialog', { name: 'Settings' }).getByRole('form', { name: 'Project settings' });
  await expect(
    again.getByRole('checkbox', { name: 'Review scenes before the storyboard' }),
  ).not.toBeChecked();
  await expect(again.getByLabel('Budget per run (USD)')).toHaveValue('1.5');
  await again.getByLabel('Budget per run (USD)').fill('');
  await again.getByRole('button', { name: 'Save project settings' }).click();
  await expect(again.getByRole('button', { name: 'Save project settings' })).toBeDisabled();
  await expect(again.getByLabel('Budget per run (USD)')).toHaveValue('');
});
