// The guide's service worker: precaches exactly one build's files and
// serves them offline. `cargo xtask dist` fills in the version and the file
// list, each file with its Subresource Integrity computed from its final
// bytes (xtask/src/build/page.rs).
// A new build installs beside the old one and takes over at the next open,
// when no page of the old version is left, so old and new never mix.
//
// It answers only the guide's own page (`./` and `./index.html`) and the
// build's files, each with any query or #fragment; every other address under its
// scope (the clinic's own pages, a missing file) goes to the network as if
// the worker were not there. Each file is fetched past the HTTP cache and
// checked against its hash, so a stale copy from a cache in front of the
// server fails the install and the old worker stays. Caches are named by the registration's
// scope, so two copies on one origin (`/guide/`, `/guide-staging/`) never
// delete each other's.
const VERSION = '{{version}}';
const FILES = [{{files}}];
const SCOPE = self.registration.scope;
const OURS = 'hamstring-guide-';
const CACHE = `${OURS}${VERSION} ${SCOPE}`;
const at = (file) => new URL(file, self.location).href;
const PAGE = at('./');
const PAGE_ADDRESSES = new Set([PAGE, at('./index.html')]);
const BUILD = new Set(FILES.map(([file]) => at(file)));

self.addEventListener('install', (event) => {
  const page = FILES.find(([file]) => file === './index.html');
  const entries = [['./', page[1]], ...FILES];
  // Everything is fetched and checked before anything is stored: a file
  // that fails leaves no half-filled cache behind.
  event.waitUntil(Promise.all(entries.map(async ([file, integrity]) => {
    const response = await fetch(new Request(at(file), { cache: 'reload', integrity }));
    if (!response.ok) throw new Error(`${file}: ${response.status}`);
    return [at(file), response];
  })).then(async (responses) => {
    const cache = await caches.open(CACHE);
    await Promise.all(responses.map(([url, response]) => cache.put(url, response)));
  }));
});

// This scope's old caches: the ones named for it, and those of the worker
// before caches were named by scope (no space in the name) that hold this
// scope's page.
const old = async (name) => name !== CACHE && name.startsWith(OURS) && (name.endsWith(` ${SCOPE}`)
  || (!name.includes(' ') && (await caches.match(PAGE, { cacheName: name })) !== undefined));

// Once active it also serves the pages already open that no worker serves
// (a first visit's), so their later requests (the full build, Try again)
// work offline. A page of an older build is never among them: a new build
// activates only when no such page is left.
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((names) => Promise.all(
    names.map(async (name) => (await old(name)) && caches.delete(name)),
  )).then(() => self.clients.claim()));
});

self.addEventListener('message', (event) => {
  if (event.data === 'activate-now') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  // A navigation's request.url keeps its #fragment. The page and the
  // build's files are answered under any query: a second try at a file
  // asks under a fresh address (xtask/page/boot.js).
  const url = new URL(request.url);
  url.hash = '';
  url.search = '';
  const key = PAGE_ADDRESSES.has(url.href) ? PAGE : url.href;
  if (key === PAGE || BUILD.has(key)) {
    event.respondWith(caches.match(key, { cacheName: CACHE }).then((hit) => hit ?? fetch(request)));
  }
});
