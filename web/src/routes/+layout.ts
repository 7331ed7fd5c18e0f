// A single-page app: the server serves build/200.html for every route and the browser renders it.
export const ssr = false;
export const prerender = false;
export const trailingSlash = 'never';
