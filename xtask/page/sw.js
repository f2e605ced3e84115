// The guide's service worker: precaches exactly one build's files and
// serves them offline. `cargo xtask dist` fills in the version and file list
// (xtask/src/build/page.rs).
// A new build installs beside the old one and takes over at the next open,
// when no page of the old version is left, so old and new never mix.
const VERSION = '{{version}}';
const FILES = [{{files}}];
const CACHE = `hamstring-guide-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(['./', ...FILES])));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(
      keys.filter((k) => k.startsWith('hamstring-guide-') && k !== CACHE).map((k) => caches.delete(k)),
    )),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'activate-now') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  const lookup = request.mode === 'navigate' ? caches.match('./', { cacheName: CACHE }) : caches.match(request, { cacheName: CACHE });
  event.respondWith(lookup.then((hit) => hit ?? fetch(request)));
});
