/** What a command of `npm run cli` is given and returns (see cli.ts). */
export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** The environment the command may read (cli.ts passes the process's; tests pass their own). */
  env?: Readonly<Record<string, string | undefined>>;
}

export interface CliCommand {
  /** e.g. "source:preview" */
  name: string;
  /** one line for the usage text */
  summary: string;
  /** Resolves to the exit code: 0 done, 1 failed, 2 bad usage. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}
