import type { LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';

/**
 * Errors are logged by their type, message, code and stack only: pino's default serializer copies
 * every enumerable property, and a pg error carries its whole client (connection settings, buffers).
 */
function serializeError(err: unknown): unknown {
  if (!(err instanceof Error)) return err;
  const e = err as Error & { code?: unknown; severity?: unknown; cause?: unknown };
  return {
    type: e.constructor?.name ?? 'Error',
    message: e.message,
    ...(e.code !== undefined ? { code: e.code } : {}),
    ...(typeof e.severity === 'string' ? { severity: e.severity } : {}),
    stack: e.stack,
    ...(e.cause instanceof Error ? { cause: serializeError(e.cause) } : {}),
  };
}

/** `destination` (optional) receives the JSON lines instead of stdout; the tests use it to read logs. */
export function createRootLogger(options: { level: string; pretty: boolean }, destination?: pino.DestinationStream): Logger {
  const settings: pino.LoggerOptions = {
    level: options.level,
    base: { app: 'ruche' },
    serializers: { err: serializeError },
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'], censor: '[redacted]' },
    transport: options.pretty && !destination ? { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss', singleLine: true, ignore: 'pid,hostname,app' } } : undefined,
  };
  return destination ? pino(settings, destination) : pino(settings);
}

/** Nest's logger interface on top of pino, so framework messages land in the same structured stream. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  private write(level: 'info' | 'warn' | 'error' | 'debug' | 'trace' | 'fatal', message: unknown, rest: unknown[]) {
    const context = typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
    const child = context ? this.logger.child({ module: context }) : this.logger;
    if (message instanceof Error) child[level]({ err: message }, message.message);
    else if (typeof message === 'object') child[level](message as object);
    else if (level === 'error' && typeof rest[0] === 'string' && rest[0].includes('\n')) child[level]({ stack: rest[0] }, String(message));
    else child[level](String(message));
  }

  /** Nest's own start-up chatter (modules initialised, routes mapped) is debug detail, not news. */
  log(message: unknown, ...rest: unknown[]) {
    this.write('debug', message, rest);
  }
  error(message: unknown, ...rest: unknown[]) {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]) {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]) {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]) {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]) {
    this.write('fatal', message, rest);
  }
}
