// Adds the hamstring guide to a page that has <div id="hamstring-guide"></div>
// (or at the end of the page). Its bytes stay the same from one deploy to
// the next, so a host or a cache that keeps it never breaks the page: it
// asks the server for build.json (past any cache) to find the build's
// loader and stylesheet, and uses each only if its bytes match the build's
// hash. The stylesheet goes into the guide's own shadow root, and the guide
// starts once it has loaded, so its styles and the page's never meet and it
// never shows unstyled.
const at = (file) => new URL(file, import.meta.url).href;
const build = await (await fetch(at('build.json'), { cache: 'no-cache' })).json();
let host = document.getElementById('hamstring-guide');
if (!host) {
  host = document.createElement('div');
  host.id = 'hamstring-guide';
  document.body.append(host);
}
const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
const [style, styleSri] = build.style;
const [boot, bootSri] = build.boot;
await new Promise((resolve) => {
  shadow.append(Object.assign(document.createElement('link'), {
    rel: 'stylesheet', href: at(style), integrity: styleSri, crossOrigin: 'anonymous', onload: resolve, onerror: resolve,
  }));
});
// The loader, checked as it checks the builds (a modulepreload with its hash).
await new Promise((onload, onerror) => {
  document.head.append(Object.assign(document.createElement('link'), {
    rel: 'modulepreload', href: at(boot), integrity: bootSri, onload, onerror,
  }));
});
await import(at(boot));
