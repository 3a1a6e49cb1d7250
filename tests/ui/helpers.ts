// Shared steps of the UI specs: create, import and open a project from the home screen, send a chat message and wait for its turn.
import { expect, type Locator, type Page } from '@playwright/test';

/** The kinds' labels as the new-project form lists them. */
export type KindLabel = 'Feature film' | 'Short film' | 'Series episode' | 'Music video' | 'Commercial';

/** Creates a project through the "New project" form; returns its row in the project list. */
export async function createProject(
  page: Page,
  name: string,
  kind: KindLabel = 'Short film',
): Promise<Locator> {
  await page.getByRole('button', { name: 'New project' }).click();
  const form = page.getByRole('form', { name: 'New project' });
  await form.getByLabel('Project name').fill(name);
  await form.getByLabel('Kind').selectOption({ label: kind });
  // The form opens a new project by default; these steps want it listed on the home screen first.
  await form.getByLabel('Open after creating').uncheck();
  await form.getByRole('button', { name: 'Create' }).click();
  const row = projectRow(page, name);
  await expect(row).toBeVisible();
  return row;
}

/** A project's row in the home screen's project list, by its exact name. */
export const projectRow = (page: Page, name: string): Locator =>
  page.getByRole('list', { name: 'Projects' }).getByRole('listitem', { name, exact: true });

/**
 * A short screenplay in Fountain: two scenes (the harbour office, the pier), an action line and two speaking
 * characters, Mara and Tomas. Imported as `harbour.fountain`, it becomes the project "harbour".
 */
export const HARBOUR_SCRIPT = [
  'INT. HARBOUR OFFICE - NIGHT',
  '',
  'Rain on the glass.',
  '',
  'MARA',
  'The ferry is late again.',
  '',
  'EXT. PIER - NIGHT',
  '',
  'TOMAS',
  'It always is.',
  '',
].join('\n');

/** Imports a text file (a screenplay or manuscript) from the home screen, as a user picking it would. */
export async function importFile(page: Page, fileName: string, text: string): Promise<void> {
  await page.getByLabel('Import project file').setInputFiles({
    name: fileName,
    mimeType: 'text/plain',
    buffer: Buffer.from(text, 'utf8'),
  });
}

/** Opens a listed project by its name (after an import, or after a restart of the app). */
export async function openByName(page: Page, name: string): Promise<void> {
  await openProject(page, projectRow(page, name), name);
}

/** Imports {@link HARBOUR_SCRIPT} from the home screen and opens the project "harbour" it becomes. */
export async function openHarbour(page: Page): Promise<void> {
  await importFile(page, 'harbour.fountain', HARBOUR_SCRIPT);
  await openByName(page, 'harbour');
}

/** Opens a project from its row and waits for its window (title, workflow and chat loaded). */
export async function openProject(page: Page, row: Locator, name: string): Promise<void> {
  await row.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Workflow' })).toHaveAttribute('aria-busy', 'false');
}

/** Creates and opens a fresh project. */
export async function newProject(page: Page, name: string, kind?: KindLabel): Promise<void> {
  await openProject(page, await createProject(page, name, kind), name);
}

export const chatPanel = (page: Page): Locator => page.getByRole('region', { name: 'Chat' });

/** Waits until no chat turn is running. */
export async function chatIdle(page: Page): Promise<void> {
  await expect(chatPanel(page)).toHaveAttribute('aria-busy', 'false');
}

/**
 * Types a message and sends it with Enter, then waits for the whole turn (the panel is busy from the keypress
 * until the persisted reply is in, and the emptied box proves the keypress was handled).
 */
export async function sendChat(page: Page, text: string): Promise<void> {
  const box = chatPanel(page).getByRole('textbox', { name: 'Chat message' });
  await box.fill(text);
  await box.press('Enter');
  await expect(box).toHaveValue('');
  await chatIdle(page);
}

/** The newest assistant bubble. */
export const lastReply = (page: Page): Locator =>
  chatPanel(page).getByRole('article', { name: 'Storyloom said' }).last();

/** A clicked suggestion waits in the message box (it never sends itself): checks it is there, then sends it. */
export async function sendDraft(page: Page, command: string): Promise<void> {
  const box = chatPanel(page).getByRole('textbox', { name: 'Chat message' });
  await expect(box).toHaveValue(command);
  await expect(box).toBeFocused();
  await box.press('Enter');
  await expect(box).toHaveValue('');
  await chatIdle(page);
}
