// The guide's loader (`boot-*.js`; `cargo xtask dist` fills in the first
// build's file names and hashes and ships it minified). Files are found next
// to the loader, not next to the page, so the guide also works when a host
// page on another path embeds it.
//
// It starts the full build for #/result, #/diary, #/exercises…, #/programme…
// and ?clinician, else the
// first build, which leaves the plan and the diary out for a lighter first
// load. No script or wasm runs unless its bytes match the hash the build
// computed from them. The full build's names and hashes come from
// build.json, asked of the server each time, so a deploy during a visit
// leads to the new full build, not to the old one's deleted files.
//
// Once the first build is running and the patient has answered (or a few
// seconds have passed) and the page is idle, the full build is fetched and
// compiled in the background, without starting it, so the plan can appear
// at once. On the results page the first build calls hgFull(), which starts
// the full build (fetching it first if that has not happened) and keeps it
// once it worked. Once the guide is ready, the service worker next to the
// loader is registered, where the browser has one, and precaches the guide.
// If the guide cannot start, hgFailed() (the page's gate, assets/gate.js)
// shows the essentials and the clinic's contact details instead.
const FIRST = ['{{first_glue}}', '{{first_glue_sri}}', '{{first_wasm}}', '{{first_wasm_sri}}'];
const PREFETCH_AFTER_MS = 3000;

const at = (file) => new URL(file, import.meta.url).href;
// In a clinic's page the guide's route is in its history entries' state
// (src/browser/route.rs), not in the host's address.
const route = /^hamstring-guide:(.*)/.exec(history.state)?.[1] ?? location.hash.slice(1);
const direct = /^\/(result|diary|exercises|programme)/.test(route)
  || /[?&]clinician([=&]|$)/.test(location.search);
const idle = (task) => (window.requestIdleCallback ?? setTimeout)(task);

// A module whose bytes match `integrity`: a modulepreload with the hash
// checks it and leaves it in the page's module map, where import() finds it.
const load = (href, integrity) => new Promise((onload, onerror) => {
  document.head.append(Object.assign(document.createElement('link'), {
    rel: 'modulepreload', href, integrity, onload, onerror,
  }));
}).then(() => import(href));

const checked = (file, integrity) => fetch(at(file), { integrity })
  .then((response) => (response.ok ? response : Promise.reject(response.status)));

// A module that failed to load stays failed under its address, so each new
// try asks under a fresh one (the service worker knows the build's files
// under any query).
let tries = 0;
let fetched = null;
let loading = null;
const fetchFull = () => fetched ??= fetch(at('build.json'), { cache: 'no-cache' })
  .then((response) => response.json())
  .then(({ full: [[glue, glueSri], [wasm, wasmSri]] }) => Promise.all([
    load(at(glue) + (tries++ ? `?try=${tries}` : ''), glueSri),
    checked(wasm, wasmSri).then((response) => response.arrayBuffer()).then(WebAssembly.compile),
  ]))
  .catch((error) => { fetched = null; throw error; });
const full = () => loading ??= fetchFull()
  .then(([bindings, module]) => bindings.default({ module_or_path: module }))
  .catch((error) => { loading = null; throw error; });

if (!direct) window.hgFull = full;

// The event (Trunk's name for it) hands the benchmark the wasm's exports.
try {
  const wasm = await (direct
    ? full()
    : (await load(at(FIRST[0]), FIRST[1])).default({ module_or_path: checked(FIRST[2], FIRST[3]) }));
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
} catch (error) {
  window.hgFailed?.();
  throw error;
}

if (!direct) {
  let asked = false;
  const prefetch = () => {
    if (asked) return;
    asked = true;
    idle(() => fetchFull().catch(() => {}));
  };
  addEventListener('pointerdown', prefetch, { once: true, capture: true });
  addEventListener('keydown', prefetch, { once: true, capture: true });
  setTimeout(prefetch, PREFETCH_AFTER_MS);
}

// Precaching downloads both builds: only once the first load is over.
new PerformanceObserver((marks, observer) => {
  if (marks.getEntriesByName('hg-ready').length) {
    observer.disconnect();
    idle(() => navigator.serviceWorker?.register(at('sw.js')).catch(() => {}));
  }
}).observe({ type: 'mark', buffered: true });
