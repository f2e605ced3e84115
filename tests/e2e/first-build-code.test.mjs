// What the first build's code may not hold: Rust's substring search (a `str`
// pattern: `contains("…")`, `find("…")`, `split("…")`, `replace("…", …)`),
// which costs the first load a few KB of wasm. Read from the function names
// of the first build's wasm as `cargo xtask dist` leaves it after
// wasm-bindgen, before wasm-opt strips the names (xtask/src/build/wasm.rs:
// `target/bindgen/`); wasm-opt only ever removes code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const FIRST_BUILD = 'target/bindgen/hamstring-guide_bg.wasm';
const SUBSTRING_SEARCH = /\bcore::str::pattern::(StrSearcher|TwoWaySearcher)\b/;

/** The function names in a wasm module's name section. */
function functionNames(bytes) {
  if (bytes.readUInt32LE(0) !== 0x6d736100) throw new Error('not a wasm module');
  let pos = 8;
  const u32 = () => {
    let result = 0;
    for (let shift = 0; ; shift += 7) {
      const b = bytes[pos++];
      result += (b & 0x7f) * 2 ** shift;
      if (!(b & 0x80)) return result;
    }
  };
  const name = () => {
    const len = u32();
    pos += len;
    return bytes.toString('utf8', pos - len, pos);
  };
  const names = [];
  while (pos < bytes.length) {
    const id = bytes[pos++];
    const end = u32() + pos;
    if (id === 0 && name() === 'name') {
      while (pos < end) {
        const sub = bytes[pos++];
        const subEnd = u32() + pos;
        if (sub === 1) for (let n = u32(); n > 0; n--) { u32(); names.push(name()); }
        pos = subEnd;
      }
    }
    pos = end;
  }
  return names;
}

test('the first build has no substring search', () => {
  const file = FIRST_BUILD;
  assert.ok(existsSync(file), `${file} is missing: run cargo xtask dist first`);
  const names = functionNames(readFileSync(file));
  // Without names this test could see nothing.
  assert.ok(names.filter((n) => n.startsWith('yew::')).length > 50, `${file} has lost its function names`);
  const found = names.filter((n) => SUBSTRING_SEARCH.test(n));
  assert.deepEqual(found, [], `the first build searches for substrings: a \`str\` pattern reached it (compare chars or bytes instead)`);
});
