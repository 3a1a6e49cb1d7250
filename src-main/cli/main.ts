// Entry of the `storyloom` command under plain Node (bin/storyloom.mjs loads it).
import { compileRegExpsEagerly } from '../shared/regexp-tiering';
import { runCli } from './run-cli';

compileRegExpsEagerly();

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  isTty: Boolean(process.stderr.isTTY),
  env: process.env,
});
process.exitCode = code;
