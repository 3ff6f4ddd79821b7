/** The web app's build: Preact through Vite, into dist/web, which `thrust serve` serves at /. */
import { defineConfig } from 'vite';
import { precacheList, precompress } from './build-plugins.js';

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  // The service worker's list of files first, then .br and .gz beside every text file.
  plugins: [precacheList(), precompress()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    // The bundle sizes are reported by bench/web.bench.ts from this manifest.
    manifest: true,
  },
  // `npm run web:dev` beside `thrust serve`: the API is proxied to it.
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
