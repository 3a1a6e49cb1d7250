// The settings dialog against the real settings service (a temporary app dir): presets, API key, test connection.
import { expect, test } from './fixtures';

test('settings: presets fill the endpoint, keys are stored and removed, and a failed test says why', async ({
  app,
}) => {
  await app.getByRole('button', { name: 'Settings' }).click();
  const dialog = app.getByRole('dialog', { name: 'Settings' });
  await expect(dialog.getByRole('combobox', { name: 'Provider' })).toHaveValue('offline');
  await expect(dialog.getByRole('combobox', { name: 'Provider' }).getByRole('option')).toHaveText([
    /Offline engine/,
    'OpenAI',
    'Ollama',
    'LM Studio',
    'llama.cpp server',
    /Custom/,
  ]);

  await dialog.getByRole('combobox', { name: 'Provider' }).selectOption({ label: 'Ollama' });
  await expect(dialog.getByLabel('Base URL', { exact: true })).toHaveValue('http://127.0.0.1:11434/v1');
  await expect(dialog.getByLabel('Model', { exact: true })).toHaveValue('llama3.2');

  // A custom server on a port where nothing listens: the test must fail with a reason, not hang.
  await dialog.getByRole('combobox', { name: 'Provider' }).selectOption('custom');
  await dialog.getByLabel('Base URL', { exact: true }).fill('http://127.0.0.1:9/v1');
  await dialog.getByLabel('Model', { exact: true }).fill('tiny');
  await dialog.getByLabel('Timeout (seconds)', { exact: true }).fill('5');
  await dialog.getByRole('button', { name: 'Save settings' }).click();
  await expect(dialog.getByRole('button', { name: 'Save settings' })).toBeDisabled();

  await expect(dialog.getByLabel('API key', { exact: true })).toHaveAccessibleDescription(
    /Custom OpenAI-compatible server/,
  );
  await dialog.getByLabel('API key', { exact: true }).fill('sk-test-123');
  await dialog.getByRole('button', { name: 'Save key' }).click();
  await expect(dialog.getByRole('status', { name: 'API key status' })).toHaveText(/A key is stored/);
  await expect(dialog.getByLabel('API key', { exact: true })).toHaveValue('');
  await dialog.getByRole('button', { name: 'Remove key' }).click();
  await expect(dialog.getByRole('status', { name: 'API key status' })).toHaveText('No key stored.');

  await dialog.getByRole('button', { name: 'Test connection' }).click();
  const result = dialog.getByRole('status', { name: 'Connection test result' });
  await expect(result).not.toBeEmpty();
  await expect(result).not.toContainText('Connected');

  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
