/**
 * `npm run cli -- <command> [args]`: commands that run without Nest or a database of their own. Most need
 * no server at all; one that stores data (signals:import) is a client of a running server's API. Each
 * module lists its commands in its CLI surface, `modules/<name>/cli.ts`, which imports only pure code;
 * stdout carries a command's output (JSON when asked), stderr its messages.
 */
import { cliEnvironment } from './config/cli-env';
import type { CliIo } from './core/cli/cli-command';
import { runCommand } from './core/cli/run-cli';
import { signalsCommands } from './modules/signals/cli';

export const commands = [...signalsCommands];

/** Runs `argv` (command name first) with the given streams; resolves to the exit code. */
export const runCli = (argv: readonly string[], io: CliIo): Promise<number> => runCommand(commands, argv, io);

if (require.main === module) {
  runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: cliEnvironment() }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`ruche cli: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
