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

/**
 * Runs a command on in-memory streams: `input` is what stdin gives (chunks as given), and what the
 * command wrote comes back as text. For tests, and for callers that want a command's output as a value.
 */
export async function runCommandInMemory(
  commands: readonly CliCommand[],
  argv: readonly string[],
  input: string | Iterable<Buffer | string> = [],
  env: Readonly<Record<string, string | undefined>> = {},
): Promise<{ code: number; out: string; err: string }> {
  const { PassThrough, Readable } = await import('node:stream');
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const stdin = Readable.from(typeof input === 'string' ? [Buffer.from(input)] : input);
  const code = await runCommand(commands, argv, { stdin, stdout, stderr, env });
  return { code, out, err };
}
