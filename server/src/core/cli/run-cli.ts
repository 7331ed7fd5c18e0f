import type { CliCommand, CliIo } from './cli-command';

function usage(commands: readonly CliCommand[], io: CliIo): void {
  io.stderr.write('usage: npm run cli -- <command> [args]\n\ncommands:\n');
  for (const c of commands) io.stderr.write(`  ${c.name.padEnd(18)} ${c.summary}\n`);
}

/**
 * Runs one command of `npm run cli` by name (server/src/cli.ts lists them). Resolves to the exit code:
 * 0 done, 1 failed, 2 bad usage (an unknown command or none).
 */
export async function runCommand(commands: readonly CliCommand[], argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    usage(commands, io);
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`ruche cli: unknown command "${name}"\n`);
    usage(commands, io);
    return 2;
  }
  return command.run(args, io);
}
