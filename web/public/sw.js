/* global self, caches, fetch, URL, Response */
// Thrust's service worker: the app opens without a network. On install it caches the page
// shell and every file of its build, the screens loaded on demand (Progress, Settings,
// Coach) included, so each opens offline even if it was never opened online; assets have
// content hashes, so they never go stale. The API is never cached here: logging offline is
// the page's outbox's job, and the page keeps its own copy of the reads it shows.
// Filled in by the build (web/build-plugins.ts): this build's files and a name for them.
const BUILD = { version: 'dev', assets: [] };
const CACHE = `thrust-shell-${BUILD.version}`;
const SHELL = ['/', '/manifest.webmanifest', '/icon.svg', '/icon-192.png', ...BUILD.assets];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((c) => c.addAll(SHELL))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/')) return;
  if (url.pathname.startsWith('/assets/')) {
    // Hashed names: the cached copy is always right.
    event.respondWith(
      caches.match(event.request).then(
        (hit) =>
          hit ||
          fetch(event.request).then((res) => {
            const copy = res.clone();
            if (res.ok) void caches.open(CACHE).then((c) => c.put(event.request, copy));
            return res;
          }),
      ),
    );
    return;
  }
  // The page and other files: the network first (so updates arrive), the cache offline.
  event.respondWith(
    fetch(event.request)
      .then((res) => {
        const copy = res.clone();
        if (res.ok) void caches.open(CACHE).then((c) => c.put(event.request, copy));
        return res;
      })
      .catch(() =>
        caches
          .match(event.request)
          .then((hit) => hit || caches.match('/'))
          .then((hit) => hit || new Response('Offline', { status: 503 })),
      ),
  );
});
