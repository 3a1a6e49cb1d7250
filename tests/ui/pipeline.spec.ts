// The generate pipeline in the run timeline: stages progress live, a run is cancelled, survives an app restart
// (Resume is offered from agent:runs), resumes to the end and fills the storyboard; a level regenerates and marks
// what depended on it stale.
import { expect, test } from './fixtures';
import { chatIdle, chatPanel, lastReply, newProject, openByName } from './helpers';

// Each stage is held 2 s (STORYLOOM_PIPELINE_STAGE_DELAY_MS) and a 2-minute film has few scenes: the run lasts
// ~25 s, so Cancel, clicked once the first stage is done, lands mid-run even on a busy machine. (The old spec raced
// a 250 ms-per-stage run: the button was never re-rendered, it left the DOM when the run ended before the click.)
test.use({ stageDelayMs: 2_000 });
const IDEA = 'Make a 2-minute short film about a lonely robot who learns to paint';
const STAGES = [
  'Screenwriter',
  'Character designer',
  'Location scout',
  'Relationships',
  'Scene breakdown',
  'Storyboard',
  'Shot planner',
  'Casting',
];

test('a generate run streams its stages, cancels, resumes after a restart and fills the storyboard', async ({
  app,
  host,
}) => {
  test.setTimeout(120_000);
  await newProject(app, 'Robot Painter', 'Short film');
  const chat = chatPanel(app);
  const timeline = chat.getByRole('region', { name: 'Run timeline' });
  const stage = (title: string) => timeline.getByRole('listitem', { name: title, exact: true });
  const runStatus = timeline.getByRole('status', { name: 'Run status' });
  await expect(timeline).toBeHidden(); // no run yet

  const box = chat.getByRole('textbox', { name: 'Chat message' });
  await box.fill(IDEA);
  await box.press('Enter');

  // Cancel once the first stage is done (each locator is resolved at the moment of the action). Stages compute
  // in the host: on a busy machine the first one can take longer than the default 10 s.
  await expect(stage('Screenwriter')).toContainText('done', { timeout: 30_000 });
  await timeline.getByRole('button', { name: 'Cancel run' }).click();
  await expect(runStatus).toContainText('Cancelled');
  await expect(timeline.getByRole('listitem')).toHaveText(STAGES.map((title) => new RegExp(`^${title}`)));
  await expect(stage('Screenwriter')).toContainText('done');
  await expect(stage('Casting')).toContainText('pending');
  await expect(timeline.getByRole('button', { name: 'Cancel run' })).toBeHidden();
  // What the finished stages made is already in the project, though the run never finished.
  await expect(app.getByRole('tab', { name: /^Beats [1-9]/ })).toBeVisible();
  await expect(timeline.getByRole('button', { name: 'Resume run' })).toBeEnabled();
  await expect(lastReply(app)).toContainText('Starting the production pipeline');
  await chatIdle(app);

  // A restart of the app: the timeline comes back from agent:runs with Resume offered.
  await host.restart();
  await app.goto(host.url);
  await openByName(app, 'Robot Painter');
  await expect(runStatus).toContainText('Cancelled');
  await expect(stage('Screenwriter')).toContainText('done');
  await expect(stage('Casting')).toContainText('pending');

  await timeline.getByRole('button', { name: 'Resume run' }).click();
  await expect(runStatus).toContainText('Done', { timeout: 60_000 });
  for (const title of STAGES) await expect(stage(title)).toContainText('done');
  await expect(stage('Storyboard')).toContainText(/(\d+)\/\1/); // every scene drawn: n/n
  await expect(timeline.getByRole('button', { name: 'Resume run' })).toBeHidden();

  // The storyboard shows the scenes with their shot cards (rows are virtualized: the title counts them all).
  const board = app.getByRole('region', { name: 'Storyboard' });
  await expect(board.getByRole('heading', { level: 2 })).toHaveText(/^Storyboard\s*\d+ scenes · \d+ shots$/);
  await expect(
    board
      .getByRole('list', { name: 'Shots of scene 1' })
      .getByRole('button', { name: /^Shot 1\.\d+$/ })
      .first(),
  ).toBeVisible();
  await expect(board.getByText('stale')).toHaveCount(0);

  // Regenerating the scenes keeps the storyboard but marks its shots stale, and offers to redraw them.
  await stage('Scene breakdown').getByRole('button', { name: 'Regenerate from here' }).click();
  await expect(lastReply(app)).toContainText('Regenerating the scene breakdown');
  await expect(timeline.getByRole('listitem')).toHaveText([/^Scene breakdown/]);
  await expect(runStatus).toContainText('Done');
  await expect(
    board.getByRole('list', { name: 'Shots of scene 1' }).getByText('stale').first(),
  ).toBeVisible();
  await timeline
    .getByRole('group', { name: 'Run choices' })
    .getByRole('button', { name: 'Regenerate the storyboard' })
    .click();
  await expect(lastReply(app)).toContainText('Regenerating the storyboard');
  await expect(runStatus).toContainText('Done');
  await expect(board.getByText('stale')).toHaveCount(0);
});
