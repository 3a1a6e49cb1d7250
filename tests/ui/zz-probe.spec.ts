import { expect, test } from './fixtures';
import { chatPanel, newProject } from './helpers';
test('probe', async ({ app }) => {
  test.setTimeout(60000);
  await newProject(app, 'Robot Painter', 'Feature film');
  const cdp = await app.context().newCDPSession(app);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  const box = chatPanel(app).getByRole('textbox', { name: 'Chat message' });
  await box.fill('Make a 90-minute feature film about a lonely robot who learns to paint');
  await box.press('Enter');
  await expect(chatPanel(app).getByRole('status', { name: 'Run status' })).toContainText(/Done|Cancelled/, { timeout: 30000 });
  console.log('run took', Date.now() - t0);
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map<string, number>();
  const dt = profile.timeDeltas ?? [];
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  (profile.samples ?? []).forEach((id, i) => {
    const n = byId.get(id)!;
    const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0));
  });
  console.log([...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${Math.round(v / 1000)}ms ${k}`).join('\n'));
});
