// Copies of the built site and "new builds" of a copy, for the tests of the
// service worker and of deploys. A new build is what `cargo xtask dist`
// would make from a changed page: a different index.html, and a sw.js with a
// new version and index.html's new hash in its list. A redeploy is a new
// build whose every hashed file has a new name, the old files gone.
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function copyOfDist() {
  const dir = await mkdtemp(join(tmpdir(), 'hg-dist-'));
  await cp('dist', dir, { recursive: true });
  return dir;
}

const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** `html` with `data-build="<mark>"` on its `<body>` (whatever else the tag carries). */
function marked(html, mark) {
  const out = html.replace(/<body([^>]*)>/, `<body$1 data-build="${mark}">`);
  if (out === html) throw new Error('the page has no <body> to mark');
  return out;
}

/**
 * Makes the copy in `dir` a new build whose page has `data-build="<mark>"`
 * on its body. With `stale`, sw.js is the new one but the server keeps the
 * old index.html, as a cache in front of the server would.
 */
export async function newBuild(dir, { mark = 'new', stale = false } = {}) {
  const index = await readFile(join(dir, 'index.html'));
  const page = Buffer.from(marked(index.toString('utf8'), mark));
  const sw = await readFile(join(dir, 'sw.js'), 'utf8');
  if (!sw.includes(integrity(index))) throw new Error("sw.js does not list index.html's hash");
  await writeFile(join(dir, 'sw.js'), sw
    .replace(integrity(index), integrity(page))
    .replace(/const VERSION = '([0-9a-f]+)'/, `const VERSION = '${mark}$1'`));
  if (!stale) await writeFile(join(dir, 'index.html'), page);
}

/** The files named by their content (`boot-<16 hex>.js`, `…_bg.wasm`). */
export const HASHED = /-([0-9a-f]{16})(_bg\.wasm|\.js|\.css)$/;

/**
 * Makes the copy in `dir` a new deploy, as when a clinic replaces the
 * folder with a new build: every file named by a hash gets a new name (its
 * hash reversed) and the old names are gone; every page and list that
 * names a file, or the integrity of a file whose bytes changed, is
 * rewritten, and the page carries `data-build="<mark>"`.
 */
export async function redeploy(dir, { mark = 'redeployed' } = {}) {
  const replacements = [];
  const replaceAll = (text) => replacements.reduce((t, [from, to]) => t.split(from).join(to), text);
  for (const name of (await readdir(dir)).filter((n) => HASHED.test(n))) {
    const renamed = name.replace(HASHED, (_, id, end) => `-${[...id].reverse().join('')}${end}`);
    await rename(join(dir, name), join(dir, renamed));
    replacements.push([name, renamed]);
  }
  // Files that name others, each after the files it names.
  const files = await readdir(dir);
  const boot = files.find((n) => n.startsWith('boot-'));
  for (const name of [boot, 'build.json', 'index.html', '_headers', 'sw.js'].filter((n) => files.includes(n))) {
    const before = await readFile(join(dir, name));
    let text = replaceAll(before.toString('utf8'));
    if (name === 'index.html') text = marked(text, mark);
    if (name === 'sw.js') text = text.replace(/const VERSION = '([0-9a-f]+)'/, `const VERSION = '${mark}$1'`);
    const after = Buffer.from(text);
    await writeFile(join(dir, name), after);
    if (!before.equals(after)) replacements.push([integrity(before), integrity(after)]);
  }
}
