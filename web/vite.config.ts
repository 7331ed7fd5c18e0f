import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type ProxyOptions } from 'vite';

// `@ruche/shared` resolves to ../shared/src/index.ts through `kit.alias` (svelte.config.js), which
// SvelteKit passes to vite and to the generated tsconfig alike.

/** `npm run dev`: API, auth routes and socket.io are on the server (API_ORIGIN, default :3000). */
const api = process.env.API_ORIGIN ?? 'http://127.0.0.1:3000';
const toApi: ProxyOptions = {
  target: api,
  // The server refuses state-changing requests whose Origin is not its own (CSRF guard).
  configure: (proxy) => proxy.on('proxyReq', (req) => req.setHeader('origin', api)),
};

export default defineConfig({
  plugins: [sveltekit()],
  build: {
    // Rolldown's timing note only ever points at SvelteKit's own writeBundle (adapter output): not actionable.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  server: {
    proxy: { '/graphql': toApi, '/auth': toApi, '/socket.io': { ...toApi, ws: true } },
  },
});
