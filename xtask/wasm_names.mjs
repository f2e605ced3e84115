// Short import and export names for a wasm-bindgen build. wasm-bindgen
// names each import after its function plus a 16-digit hash, and that name
// is written twice: in the wasm and in the glue. wasm-opt renames them all
// (one or two letters each) and prints the mapping; the glue is rewritten
// to match. A step of every wasm build (xtask/src/build/wasm.rs):
//   node xtask/wasm_names.mjs <wasm> <glue> <glue out> [--enable-<feature> …]
// rewrites the wasm in place and writes the matching glue; the features are
// the ones the build gives wasm-opt (xtask/src/tools.rs).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const literal = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Renames the imports and exports of the wasm at `wasmPath` in place (for
 * the wasm `features`) and returns `glue` (its wasm-bindgen glue, not yet minified) rewritten to
 * match. Throws if the glue does not name what the wasm imports, or still
 * names an old import name afterwards.
 */
function shortenNames(wasmPath, glue, features) {
  const run = spawnSync(
    'wasm-opt',
    [...features, '--minify-imports-and-exports-and-modules', wasmPath, '-o', wasmPath],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`wasm-opt could not shorten ${wasmPath}: ${run.stderr || run.error}`);
  const map = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'), run.stdout.lastIndexOf('}') + 1));
  const wasm = readFileSync(wasmPath);
  const modules = new Set(WebAssembly.Module.imports(new WebAssembly.Module(wasm)).map((i) => i.module));
  if (modules.size !== 1) throw new Error(`${wasmPath} should import from one module, not ${modules.size}`);
  const [shortModule] = modules;

  let text = glue;
  const swap = (pattern, to, what) => {
    const next = text.replace(pattern, () => to);
    if (next === text) throw new Error(`the glue of ${wasmPath} does not name ${what}`);
    text = next;
  };
  for (const module of new Set(map.imports.map(([module]) => module))) {
    swap(new RegExp(`"${literal(module)}"`, 'g'), JSON.stringify(shortModule), `the module ${module}`);
  }
  // Imports are the keys of the glue's import object: `name: function…`.
  for (const [, from, to] of map.imports) swap(new RegExp(`\\b${literal(from)}(?=:)`, 'g'), JSON.stringify(to), from);
  // Exports are read as `wasm.name`; some (such as `main`) are not read at all.
  const read = (name, flags) => new RegExp(`\\bwasm\\.${literal(name)}\\b`, flags);
  for (const [from, to] of map.exports) {
    if (read(from).test(text)) swap(read(from, 'g'), `wasm[${JSON.stringify(to)}]`, from);
  }
  // Every `wasm.name` read was replaced above; an import's old name must
  // not be left anywhere else either.
  for (const [, from] of map.imports) if (text.includes(from)) throw new Error(`the glue still names ${from}`);
  return text;
}

const [wasmPath, gluePath, outPath, ...features] = process.argv.slice(2);
if (!outPath) {
  console.error('usage: node xtask/wasm_names.mjs <wasm> <glue> <glue out> [--enable-<feature> …]');
  process.exit(2);
}
writeFileSync(outPath, shortenNames(wasmPath, readFileSync(gluePath, 'utf8'), features));
