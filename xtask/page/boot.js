// The guide's loader (`boot-*.js`; `cargo xtask dist` fills in the file
// names and ships it minified). Files are found next to the loader, not
// next to the page, so the guide also works when a host page on another
// path embeds it.
//
// It starts the full build for #/result, #/diary and ?clinician, else the
// first build, which leaves the plan and the diary out for a lighter first
// load. Once the first build is running and the patient has answered (or a
// few seconds have passed) and the page is idle, the full build is fetched
// and compiled in the background, without starting it, so the plan can
// appear at once; only then does the service worker install, so its
// precache never competes with the first load. On the results page the
// first build calls hgFull(), which starts the full build (fetching it
// first if that has not happened) and keeps it once it worked.
const FIRST = ['./{{first_glue}}', './{{first_wasm}}'];
const FULL = ['./{{full_glue}}', './{{full_wasm}}'];
const PREFETCH_AFTER_MS = 3000;

const at = (file) => new URL(file, import.meta.url);
// In a clinic's page the guide's route is in its history entries' state
// (src/browser/route.rs), not in the host's address.
const route = /^hamstring-guide:(.*)/.exec(history.state)?.[1] ?? location.hash.slice(1);
const direct = route === '/result' || route === '/diary'
  || /[?&]clinician([=&]|$)/.test(location.search);

const start = async ([glue, wasm]) => (await import(glue)).default({ module_or_path: at(wasm) });

const offline = () => {
  if (location.protocol.startsWith('http') && 'serviceWorker' in navigator) {
    navigator.serviceWorker.register('./sw.js').catch(() => {});
  }
};

// A module that failed to load stays failed under its address, so a second
// try ("Try again") asks under a fresh one.
let tries = 0;
let fetched = null;
let loading = null;
const fetchFull = () => fetched ??= Promise.all([
  import(FULL[0] + (tries++ ? `?try=${tries}` : '')),
  fetch(at(FULL[1]))
    .then((response) => (response.ok ? response.arrayBuffer() : Promise.reject(response.status)))
    .then((bytes) => WebAssembly.compile(bytes)),
]).catch((error) => { fetched = null; throw error; });

if (!direct) {
  window.hgFull = () => loading ??= fetchFull()
    .then(([bindings, module]) => bindings.default({ module_or_path: module }))
    .catch((error) => { loading = null; throw error; });
}

// The event (Trunk's name for it) hands the benchmark the wasm's exports.
const wasm = await start(direct ? FULL : FIRST);
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));

if (direct) {
  offline();
} else {
  let asked = false;
  const prefetch = () => {
    if (asked) return;
    asked = true;
    const idle = window.requestIdleCallback ?? ((task) => setTimeout(task, 50));
    idle(() => fetchFull().catch(() => {}).finally(offline));
  };
  addEventListener('pointerdown', prefetch, { once: true, capture: true });
  addEventListener('keydown', prefetch, { once: true, capture: true });
  setTimeout(prefetch, PREFETCH_AFTER_MS);
}
