// Adds the hamstring guide to a page that has <div id="hamstring-guide"></div>
// (or at the end of the page). The guide's stylesheet goes into the guide's
// own shadow root, and the guide starts once it has loaded, so its styles
// and the page's never meet and it never shows unstyled.
let host = document.getElementById('hamstring-guide');
if (!host) {
  host = document.createElement('div');
  host.id = 'hamstring-guide';
  document.body.append(host);
}
const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
const style = document.createElement('link');
style.rel = 'stylesheet';
style.href = new URL('./{{style}}', import.meta.url).href;
shadow.append(style);
await new Promise((resolve) => { style.onload = resolve; style.onerror = resolve; });
await import('./{{boot}}');
