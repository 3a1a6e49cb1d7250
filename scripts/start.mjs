// `npm start`: builds, then opens the Electron app — or, where no Electron binary exists, starts web mode.
import { spawn, spawnSync } from 'node:child_process';
import { electronBinary } from './electron-binary.mjs';

const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build']);
const binary = electronBinary();
const child = binary
  ? spawn(binary, ['.'], { stdio: 'inherit' })
  : (console.log(
      'No Electron binary is installed here (it could not be downloaded) — starting web mode instead.',
    ),
    spawn(process.execPath, ['bin/storyloom.mjs', 'serve', ...process.argv.slice(2)], { stdio: 'inherit' }));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
