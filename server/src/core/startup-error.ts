/** An error that stops start-up with a one-line message and a non-zero exit, without a stack trace. */
export class StartupError extends Error {
  override name = 'StartupError';
}
