// The article explorer's service worker: it precaches every file of dist/ at
// install (the list is written into this file at build time by
// scripts/post-build.mjs, from the actual output), serves them cache-first,
// and removes old caches on activate. It follows Workbox's precaching model
// (a revisioned manifest, one cache per version, a waiting worker that takes
// over only when the reader agrees) without its runtime. LAZY files (the
// voices overview, the prepared exports) are cached on first use instead
// (docs/offline-and-security.md).
const MANIFEST = self.__WB_MANIFEST;
const LAZY = self.__LAZY_FILES;
const VERSION = self.__PRECACHE_VERSION;
const PREFIX = 'article-explorer-precache-';
const CACHE = PREFIX + VERSION;
const scope = new URL(self.registration.scope);
const urlOf = (entry) => new URL(entry.url, scope).href;
const APP_INDEX = new URL('index.html', scope);
const lazyUrls = LAZY.map((url) => urlOf({ url }));

// A new version keeps the LAZY files it still lists from the old caches.
async function keepLazy(cache) {
  for (const key of await caches.keys()) {
    if (!key.startsWith(PREFIX) || key === CACHE) continue;
    const old = await caches.open(key);
    for (const url of lazyUrls) {
      const hit = await old.match(url);
      if (hit) await cache.put(url, hit);
    }
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache
        .addAll(MANIFEST.map((entry) => new Request(urlOf(entry), { cache: 'reload' })))
        .then(() => keepLazy(cache)),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The page asks a waiting worker to take over once the reader chose to reload.
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin || !url.href.startsWith(scope.href)) return;
  // The app is its own folder or its index.html, with any query (its state
  // lives there, so deep links work offline). Other pages in the scope are
  // not the app: they go to the network, as if there were no worker.
  const isApp = url.pathname === scope.pathname || url.pathname === APP_INDEX.pathname;
  if (request.mode === 'navigate' && !isApp) return;
  const key = isApp ? APP_INDEX.href : url.origin + url.pathname;
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(key).then((hit) => hit || fetch(request).then((response) => {
        // Kept before the worker may stop: waitUntil holds it for the put.
        if (response.ok && lazyUrls.includes(key)) event.waitUntil(cache.put(key, response.clone()));
        return response;
      })),
    ),
  );
});
