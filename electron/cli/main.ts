import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processRunEnv, runCli } from './run';

const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

// A closed pipe (`… | head`) is the reader's choice, not an error of ours.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const code = await runCli(
  processRunEnv(appRoot, process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) }),
);
// serve keeps the process alive through its open server; every other command ends here.
if (code !== 0 || process.argv[2] !== 'serve') process.exitCode = code;
