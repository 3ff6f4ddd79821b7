/**
 * Two steps after the web app's build, both on dist/web: the service worker is given the
 * list of this build's files to cache on install (so a screen loaded on demand, such as
 * Progress, opens offline even if it was never opened online), then every text file is
 * compressed beside itself as .br and .gz, which `thrust serve` sends to a browser that
 * accepts them (src/http/web.ts) instead of compressing on every request.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** The line of web/public/sw.js the build fills in; as written it is the dev server's. */
const SW_BUILD_LINE = "const BUILD = { version: 'dev', assets: [] };";
const TEXT = /\.(js|mjs|css|html|svg|json|webmanifest|txt)$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** The service worker caches every file of this build, under a name that changes with them. */
export function precacheList(): Plugin {
  let outDir = '';
  return {
    name: 'thrust-precache-list',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const assets = files(join(outDir, 'assets'))
        .map((f) => `/${relative(outDir, f).split('\\').join('/')}`)
        .filter((f) => !/\.(br|gz)$/.test(f))
        .sort();
      const version = createHash('sha256').update(assets.join('\n')).digest('hex').slice(0, 12);
      const sw = join(outDir, 'sw.js');
      const text = readFileSync(sw, 'utf8');
      if (!text.includes(SW_BUILD_LINE))
        throw new Error(`${sw}: no line "${SW_BUILD_LINE}" for the build to fill in`);
      writeFileSync(
        sw,
        text.replace(SW_BUILD_LINE, `const BUILD = ${JSON.stringify({ version, assets })};`),
      );
    },
  };
}

/** Each text file of the build beside its brotli (quality 11) and gzip (level 9) copies. */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'thrust-precompress',
    apply: 'build',
    // After the service worker's list is written: it is compressed too.
    enforce: 'post',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      for (const path of files(outDir)) {
        if (!TEXT.test(path) || relative(outDir, path).startsWith('.vite')) continue;
        const bytes = readFileSync(path);
        const br = brotliCompressSync(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
          },
        });
        const gz = gzipSync(bytes, { level: 9 });
        // A file too small to gain is sent as it is.
        if (br.length < bytes.length) writeFileSync(`${path}.br`, br);
        if (gz.length < bytes.length) writeFileSync(`${path}.gz`, gz);
      }
    },
  };
}
