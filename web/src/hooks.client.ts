import type { HandleClientError } from '@sveltejs/kit';

/**
 * Errors SvelteKit did not get from our own `error()` calls. An unknown address is an ordinary 404
 * (the error page says so, no console noise); anything else is a bug worth logging.
 */
export const handleError: HandleClientError = ({ error, status }) => {
  if (status === 404) return { message: 'Not found', code: 'NOT_FOUND' };
  console.error(error);
  return { message: 'Internal error', code: 'INTERNAL_SERVER_ERROR' };
};
