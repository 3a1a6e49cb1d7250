// Makes sure the Debian tools the tests use are there: Chromium for the Playwright UI specs (Playwright's own
// download cannot work here) and poppler-utils (pdfinfo, pdftoppm) for the PDF export checks.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const chromium = process.env.STORYLOOM_CHROMIUM ?? '/usr/bin/chromium';
const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const missing = [
  ...(existsSync(chromium) ? [] : ['chromium']),
  ...(has('pdfinfo') && has('pdftoppm') ? [] : ['poppler-utils']),
];
if (missing.length === 0) process.exit(0);
const canApt = process.getuid?.() === 0 && has('apt-get');
if (!canApt) {
  console.error(
    `The tests need ${missing.join(' and ')}. Install them (Debian: sudo apt-get install -y ${missing.join(' ')}); ` +
      'for Chromium elsewhere, set STORYLOOM_CHROMIUM to a Chromium binary.',
  );
  process.exit(1);
}
console.log(`Installing ${missing.join(' and ')} for the tests (apt-get install)…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...missing]]) {
  const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
