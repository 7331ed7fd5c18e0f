/**
 * The environment `npm run cli` hands its commands (CliIo.env): only the variables a command reads, taken
 * here because configuration is read from process.env in server/src/config alone. signals:import talks to a
 * running server: RUCHE_URL (default http://127.0.0.1:3000) and RUCHE_SESSION (the session cookie).
 */
export function cliEnvironment(): Readonly<Record<string, string | undefined>> {
  return { RUCHE_URL: process.env.RUCHE_URL, RUCHE_SESSION: process.env.RUCHE_SESSION };
}
