import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  kit: {
    // The server serves `build/` and answers every other GET with 200.html (SPA fallback).
    adapter: adapter({ pages: 'build', assets: 'build', fallback: '200.html', strict: true }),
    // Absolute asset URLs: the fallback page is served at any depth (/people/…).
    paths: { relative: false },
    // shared's package main is CommonJS dist; the web compiles its TypeScript source directly.
    alias: { '@ruche/shared': '../shared/src/index.ts' },
  },
};

export default config;
