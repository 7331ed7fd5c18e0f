// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {
    interface Error {
      message: string;
      /** A server error code (`extensions.code`) or NETWORK_ERROR; the error page translates it. */
      code?: string;
    }
  }
}

export {};
