// `npm run dev`: electron-vite dev server with hot reload, or web mode with a watched renderer build.
import { spawn } from 'node:child_process';
import { electronBinary } from './electron-binary.mjs';

const children = [];
const start = (args) => children.push(spawn(process.execPath, args, { stdio: 'inherit' }));
if (electronBinary()) {
  start(['node_modules/electron-vite/bin/electron-vite.js', 'dev']);
} else {
  console.log(
    'No Electron binary is installed here — dev in web mode (renderer rebuilt on change; reload the page).',
  );
  start(['node_modules/electron-vite/bin/electron-vite.js', 'build', '--watch']);
  start(['bin/storyloom.mjs', 'serve', ...process.argv.slice(2)]);
}
const stop = () => children.forEach((c) => c.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
