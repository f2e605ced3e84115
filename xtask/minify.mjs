// Minifies a release build in place with esbuild (pinned in package.json):
// the wasm-bindgen glue of both builds, the stylesheet, and gate.js before
// dist.rs inlines it. File names are kept: they already name the content
// they were made from. The integrity hashes in index.html are written
// again for the new bytes.
// Usage: node xtask/minify.mjs <dist>
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

const [dist] = process.argv.slice(2);
if (!dist) {
  console.error('usage: node xtask/minify.mjs <dist>');
  process.exit(2);
}

const glue = /^hamstring-guide(-full)?-[0-9a-f]+\.js$/;
const style = /^style-[0-9a-f]+\.css$/;
const indexPath = join(dist, 'index.html');
let index = readFileSync(indexPath, 'utf8');
const sri = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;

for (const name of readdirSync(dist)) {
  const loader = glue.test(name) || name === 'gate.js' ? 'js' : style.test(name) ? 'css' : null;
  if (!loader) continue;
  const path = join(dist, name);
  const before = readFileSync(path, 'utf8');
  const { code } = transformSync(before, { loader, minify: true, format: glue.test(name) ? 'esm' : undefined });
  writeFileSync(path, code);
  const [stale, integrity] = [sri(before), sri(code)];
  // Every tag that names this file, with its integrity attribute renewed.
  const tag = new RegExp(`(href="\\./${name.replace(/\./g, '\\.')}"[^>]*integrity=")[^"]*`, 'g');
  index = index.replace(tag, `$1${integrity}`);
  if (index.includes(stale)) throw new Error(`index.html still names ${name} by its old integrity hash`);
  console.log(`minified ${name}: ${before.length} -> ${code.length} B`);
}
writeFileSync(indexPath, index);
