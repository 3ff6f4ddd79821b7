/**
 * The built web app's sizes, gzipped as a server would send them: what the today screen
 * loads (the entry and everything it imports statically) against the 60 KB budget, and
 * the chunks loaded later. Reads dist/web, so run `npm run build` first.
 *
 *   npx tsx bench/web.bench.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = join(import.meta.dirname, '..', 'dist', 'web');
export const TODAY_BUDGET_KB = 60;

interface Chunk {
  file: string;
  imports?: string[];
  css?: string[];
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  name?: string;
}

const kb = (file: string) => gzipSync(readFileSync(join(ROOT, file)), { level: 9 }).length / 1024;

export interface WebSizes {
  /** The today screen: entry JS and what it imports statically. */
  readonly todayJsKb: number;
  readonly todayCssKb: number;
  /** Chunks loaded on demand (Progress with the charts, Coach). */
  readonly lazy: readonly { name: string; kb: number }[];
}

export function run(): WebSizes {
  const manifest = JSON.parse(readFileSync(join(ROOT, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    Chunk
  >;
  const entry = Object.entries(manifest).find(([, c]) => c.isEntry);
  if (!entry) throw new Error('no entry in dist/web/.vite/manifest.json: run npm run build');
  const seen = new Set<string>();
  const walk = (key: string): string[] => {
    if (seen.has(key)) return [];
    seen.add(key);
    const c = manifest[key];
    return c ? [c.file, ...(c.imports ?? []).flatMap(walk)] : [];
  };
  const todayJs = walk(entry[0]);
  return {
    todayJsKb: todayJs.reduce((n, f) => n + kb(f), 0),
    todayCssKb: (entry[1].css ?? []).reduce((n, f) => n + kb(f), 0),
    lazy: Object.values(manifest)
      .filter((c) => c.isDynamicEntry)
      .map((c) => ({
        name: c.name ?? c.file,
        kb: kb(c.file) + (c.css ?? []).reduce((n, f) => n + kb(f), 0),
      })),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const s = run();
  console.log(
    `Web app, gzipped: today screen JS ${s.todayJsKb.toFixed(1)} KB (budget ${TODAY_BUDGET_KB} KB), CSS ${s.todayCssKb.toFixed(1)} KB`,
  );
  for (const l of s.lazy) console.log(`  loaded later: ${l.name} ${l.kb.toFixed(1)} KB`);
}
