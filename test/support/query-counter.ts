import type { DataSource } from 'typeorm';

/** Counts the SQL statements the application sends through TypeORM while `fn` runs. */
export async function countQueries<T>(ds: DataSource, fn: () => Promise<T>): Promise<{ result: T; queries: string[] }> {
  const queries: string[] = [];
  const logger = ds.logger as unknown as { logQuery: (q: string, ...rest: unknown[]) => unknown };
  const original = logger.logQuery;
  logger.logQuery = (q: string, ...rest: unknown[]) => {
    queries.push(q);
    return original.call(logger, q, ...rest);
  };
  try {
    const result = await fn();
    return { result, queries };
  } finally {
    logger.logQuery = original;
  }
}
