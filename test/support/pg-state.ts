export const TEMPLATE_DB = 'ruche_template';

/** The maintenance URL of the run's PostgreSQL, which global setup exports to the workers. */
export function adminUrl(): string {
  const url = process.env.RUCHE_TEST_PG_URL;
  if (!url) throw new Error('The test PostgreSQL is not running: run tests through jest (global setup starts it).');
  return url;
}
