// Minifies a release build in place with esbuild (pinned in package.json):
// the wasm-bindgen glue of both builds, the stylesheet, and gate.js before
// dist.rs inlines it. Each build's wasm gets short import and export names
// (wasm-opt), and its glue is rewritten to match. File names are kept: they
// already name the content they were made from. The integrity hashes in
// index.html are written again for the new bytes.
// Usage: node xtask/minify.mjs <dist>
import { spawnSync } from 'node:child_process';
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

/** Writes `after` over `name`, and renews every integrity hash naming it. */
function replace(name, before, after) {
  writeFileSync(join(dist, name), after);
  const [stale, integrity] = [sri(before), sri(after)];
  const tag = new RegExp(`(href="\\./${name.replace(/\./g, '\\.')}"[^>]*integrity=")[^"]*`, 'g');
  index = index.replace(tag, `$1${integrity}`);
  if (index.includes(stale)) throw new Error(`index.html still names ${name} by its old integrity hash`);
  console.log(`minified ${name}: ${before.length} -> ${after.length} B`);
}

// The wasm features the build uses, as index.html gives them to wasm-opt.
const features = (readFileSync('index.html', 'utf8').match(/data-wasm-opt-params="([^"]*)"/)?.[1] ?? '')
  .split(/\s+/)
  .filter((flag) => flag.startsWith('--enable-'));

/**
 * Gives the wasm beside `glueName` short import and export names (wasm-
 * bindgen's carry a 16-digit hash each, twice: in the wasm and in the glue)
 * and returns the glue rewritten to match. Fails if any old name is left.
 */
function shortenNames(glueName, glueText) {
  const wasmName = glueName.replace(/\.js$/, '_bg.wasm');
  const wasmPath = join(dist, wasmName);
  const before = readFileSync(wasmPath);
  const run = spawnSync('wasm-opt', [...features, '--minify-imports-and-exports-and-modules', wasmPath, '-o', wasmPath], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`wasm-opt could not shorten ${wasmName}: ${run.stderr || run.error}`);
  const map = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'), run.stdout.lastIndexOf('}') + 1));
  let text = glueText;
  const swap = (pattern, to, what) => {
    const next = text.replace(pattern, () => to);
    if (next === text) throw new Error(`${glueName} does not name ${what}`);
    text = next;
  };
  const word = (name) => name.replace(/\$/g, '\\$');
  const after = readFileSync(wasmPath);
  const [shortModule, ...others] = new Set(WebAssembly.Module.imports(new WebAssembly.Module(after)).map((i) => i.module));
  if (others.length) throw new Error(`${wasmName} imports from more than one module`);
  for (const module of new Set(map.imports.map(([module]) => module))) {
    swap(new RegExp(`"${word(module).replace(/\./g, '\\.')}"`, 'g'), JSON.stringify(shortModule), `the module ${module}`);
  }
  for (const [, from, to] of map.imports) swap(new RegExp(`\\b${word(from)}(?=:)`, 'g'), JSON.stringify(to), from);
  for (const [from, to] of map.exports) {
    const used = new RegExp(`\\bwasm\\.${word(from)}\\b`, 'g');
    if (used.test(text)) swap(used, `wasm[${JSON.stringify(to)}]`, from);
  }
  for (const [, from] of map.imports) if (text.includes(from)) throw new Error(`${glueName} still names ${from}`);
  for (const [from] of map.exports) if (new RegExp(`\\bwasm\\.${word(from)}\\b`).test(text)) throw new Error(`${glueName} still names ${from}`);
  replace(wasmName, before, after);
  return text;
}

for (const name of readdirSync(dist)) {
  const loader = glue.test(name) || name === 'gate.js' ? 'js' : style.test(name) ? 'css' : null;
  if (!loader) continue;
  const before = readFileSync(join(dist, name), 'utf8');
  const source = glue.test(name) ? shortenNames(name, before) : before;
  const { code } = transformSync(source, { loader, minify: true, format: glue.test(name) ? 'esm' : undefined });
  replace(name, before, code);
}
writeFileSync(indexPath, index);
