// Copies of the built site and "new builds" of a copy, for the tests of the
// service worker and of deploys. A new build is what `cargo xtask dist`
// would make from a changed page: a different index.html, and a sw.js with a
// new version and index.html's new hash in its list.
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function copyOfDist() {
  const dir = await mkdtemp(join(tmpdir(), 'hg-dist-'));
  await cp('dist', dir, { recursive: true });
  return dir;
}

const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/**
 * Makes the copy in `dir` a new build whose page has `data-build="<mark>"`
 * on its body. With `stale`, sw.js is the new one but the server keeps the
 * old index.html, as a cache in front of the server would.
 */
export async function newBuild(dir, { mark = 'new', stale = false } = {}) {
  const index = await readFile(join(dir, 'index.html'));
  const page = Buffer.from(index.toString('utf8').replace('<body>', `<body data-build="${mark}">`));
  const sw = await readFile(join(dir, 'sw.js'), 'utf8');
  if (!sw.includes(integrity(index))) throw new Error("sw.js does not list index.html's hash");
  await writeFile(join(dir, 'sw.js'), sw
    .replace(integrity(index), integrity(page))
    .replace(/const VERSION = '([0-9a-f]+)'/, `const VERSION = '${mark}$1'`));
  if (!stale) await writeFile(join(dir, 'index.html'), page);
}
