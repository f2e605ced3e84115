// What the wasm is made of: reads a wasm module that still has its name
// section (wasm-opt -Oz -g keeps it) and prints the largest contributors:
// each function's body, the static data, and the same bytes grouped by the
// crate they come from. Usage: node xtask/wasm_top.mjs <file.wasm> [count]
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const [file, countArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node xtask/wasm_top.mjs <file.wasm> [count]');
  process.exit(2);
}
const count = Number(countArg ?? 10);
const bytes = readFileSync(file);

let pos = 0;
const u32 = () => {
  let result = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[pos++];
    result += (b & 0x7f) * 2 ** shift;
    if (!(b & 0x80)) return result;
    shift += 7;
  }
};
const name = () => {
  const len = u32();
  const s = bytes.toString('utf8', pos, pos + len);
  pos += len;
  return s;
};

if (bytes.readUInt32LE(0) !== 0x6d736100) throw new Error(`${file} is not a wasm module`);
pos = 8;
let importedFunctions = 0;
const bodies = [];
const names = new Map();
let data = 0;
const sections = new Map();
while (pos < bytes.length) {
  const id = bytes[pos++];
  const size = u32();
  const end = pos + size;
  const start = pos;
  if (id === 0) {
    const custom = name();
    sections.set(`custom ${custom}`, size);
    if (custom === 'name') {
      while (pos < end) {
        const sub = bytes[pos++];
        const subSize = u32();
        const subEnd = pos + subSize;
        if (sub === 1) {
          for (let n = u32(); n > 0; n--) {
            const index = u32();
            names.set(index, name());
          }
        }
        pos = subEnd;
      }
    }
  } else {
    const label = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global',
      'export', 'start', 'element', 'code', 'data', 'data count'][id] ?? `section ${id}`;
    sections.set(label, size);
  }
  if (id === 2) {
    for (let n = u32(); n > 0; n--) {
      name();
      name();
      const kind = bytes[pos++];
      if (kind === 0) { u32(); importedFunctions++; }
      else if (kind === 1) { pos++; const flags = u32(); u32(); if (flags & 1) u32(); }
      else if (kind === 2) { const flags = u32(); u32(); if (flags & 1) u32(); }
      else if (kind === 3) { pos += 2; }
      else throw new Error(`unknown import kind ${kind}`);
    }
  } else if (id === 10) {
    for (let n = u32(), i = 0; i < n; i++) {
      const len = u32();
      bodies.push({ index: importedFunctions + i, size: len, body: bytes.subarray(pos, pos + len) });
      pos += len;
    }
  } else if (id === 11) {
    data = size;
  }
  pos = end;
  if (pos !== end || start > end) throw new Error('malformed section');
}

// Rust's mangled names, in case the name section was not demangled: the v0
// scheme (_R...) roughly, as crate::path; the legacy one (_ZN...E) fully.
function demangle(raw) {
  if (raw.startsWith('_R')) {
    const parts = [];
    const token = /(?:Cs[0-9A-Za-z]*_)?(\d+)([A-Za-z_])/g;
    for (let m; (m = token.exec(raw));) {
      const len = Number(m[1]);
      const start = m.index + m[0].length - 1;
      parts.push(raw.slice(start, start + len));
      token.lastIndex = start + len;
    }
    return parts.join('::') || raw;
  }
  if (!raw.startsWith('_ZN')) return raw;
  const parts = [];
  let i = 3;
  while (i < raw.length && raw[i] !== 'E') {
    let len = 0;
    while (/[0-9]/.test(raw[i])) len = len * 10 + Number(raw[i++]);
    parts.push(raw.slice(i, i + len));
    i += len;
  }
  return parts.join('::').replace(/\$LT\$/g, '<').replace(/\$GT\$/g, '>')
    .replace(/\$u20\$/g, ' ').replace(/\$RF\$/g, '&').replace(/\.\./g, '::');
}

function crateOf(fn) {
  const clean = fn.replace(/^_?[<&\s]+/, '').replace(/^(impl |dyn |mut )/, '');
  const first = clean.split('::')[0];
  return /^[a-z_][a-z0-9_]*$/.test(first) ? first : '(other)';
}

const gz = (b) => gzipSync(b, { level: 9 }).length;
const functions = bodies.map((b) => {
  // Without the hash suffix and the crate disambiguators (`core[c5930c85a12de822]`).
  const fn = demangle(names.get(b.index) ?? `function[${b.index}]`)
    .replace(/::h[0-9a-f]{16}$/, '').replace(/\[[0-9a-f]{16}\]/g, '');
  return { label: fn, size: b.size, crate: crateOf(fn) };
});
const total = (sections.get('code') ?? 0) + data;
const rows = [...functions, { label: '(static data: text, tables)', size: data, crate: '(data)' }]
  .sort((a, b) => b.size - a.size)
  .slice(0, count);

const pct = (n) => `${((100 * n) / total).toFixed(1).padStart(5)}%`;
// Long names keep their start and their end (`…Stateful>::view`).
const cut = (s, w) => (s.length > w ? `${s.slice(0, w / 2 - 1)}…${s.slice(s.length - w / 2)}` : s);
console.log(`\n${file}: ${bytes.length} B with names (${gz(bytes)} B gzip); code ${sections.get('code') ?? 0} B, static data ${data} B`);
console.log(`\nThe ${count} largest contributors (bytes in the module):`);
rows.forEach((r, i) => console.log(`${String(i + 1).padStart(3)}. ${String(r.size).padStart(7)} B ${pct(r.size)}  ${cut(r.label, 90)}`));

const crates = new Map();
for (const f of functions) crates.set(f.crate, (crates.get(f.crate) ?? 0) + f.size);
crates.set('(data)', data);
console.log(`\nBy crate (function bodies; static data on its own line):`);
[...crates].sort((a, b) => b[1] - a[1]).slice(0, count)
  .forEach(([c, size]) => console.log(`     ${String(size).padStart(7)} B ${pct(size)}  ${c}`));
