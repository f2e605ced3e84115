// Minifies a release build in place with esbuild (pinned in package.json):
// the wasm-bindgen glue of both builds, the stylesheet, and gate.js before
// dist.rs inlines it. Each build's wasm gets short import and export names
// (wasm-opt), and its glue is rewritten to match. File names are kept: they
// already name the content they were made from. The integrity hashes in
// index.html are written again for the new bytes.
// Usage: node xtask/minify.mjs <dist>
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { transformSync } from 'esbuild';
import { shortenNames } from './wasm_names.mjs';

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

/** Renews every integrity hash naming `name`, now `after` instead of `before`. */
function renew(name, before, after) {
  const [stale, integrity] = [sri(before), sri(after)];
  const tag = new RegExp(`(href="\\./${name.replace(/\./g, '\\.')}"[^>]*integrity=")[^"]*`, 'g');
  index = index.replace(tag, `$1${integrity}`);
  if (index.includes(stale)) throw new Error(`index.html still names ${name} by its old integrity hash`);
  console.log(`minified ${name}: ${before.length} -> ${after.length} B`);
}

for (const name of readdirSync(dist)) {
  const loader = glue.test(name) || name === 'gate.js' ? 'js' : style.test(name) ? 'css' : null;
  if (!loader) continue;
  const before = readFileSync(join(dist, name), 'utf8');
  let source = before;
  if (glue.test(name)) {
    const wasmPath = join(dist, name.replace(/\.js$/, '_bg.wasm'));
    const wasm = readFileSync(wasmPath);
    source = shortenNames(wasmPath, before);
    renew(basename(wasmPath), wasm, readFileSync(wasmPath));
  }
  const { code } = transformSync(source, { loader, minify: true, format: glue.test(name) ? 'esm' : undefined });
  writeFileSync(join(dist, name), code);
  renew(name, before, code);
}
writeFileSync(indexPath, index);
