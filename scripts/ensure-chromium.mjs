// Makes sure Debian's Chromium is there for the Playwright UI specs (Playwright's own download cannot work here).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const path = process.env.STORYLOOM_CHROMIUM ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);
const canApt = process.getuid?.() === 0 && spawnSync('which', ['apt-get']).status === 0;
if (!canApt) {
  console.error(
    `Chromium is missing at ${path}. Install it (Debian: sudo apt-get install -y chromium) or set STORYLOOM_CHROMIUM to a Chromium binary.`,
  );
  process.exit(1);
}
console.log('Installing Debian Chromium for the UI specs (apt-get install chromium)…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
  const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
