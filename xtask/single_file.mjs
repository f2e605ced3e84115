// `cargo xtask dist --single-file`: one self-contained HTML file, with the
// stylesheet, the JavaScript glue and the wasm (base64) inlined, that works
// when opened from file:// with no server. Its Content-Security-Policy
// allows exactly the inlined script and style by their SHA-256 hashes.
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const out = process.argv[3] ?? 'dist-single/hamstring-guide.html';

const html = await readFile(join(dist, 'index.html'), 'utf8');
const href = (pattern) => {
  const match = html.match(pattern);
  if (!match) throw new Error(`dist/index.html has no ${pattern}`);
  return match[1];
};
const cssFile = href(/<link rel="stylesheet" href="\.\/([^"]+\.css)"/);
// The full build: one file holds the whole guide.
const files = await readdir(dist);
const fullFile = (end) => {
  const found = files.find((f) => f.startsWith('hamstring-guide-full-') && f.endsWith(end));
  if (!found) throw new Error(`${dist}/ has no hamstring-guide-full-*${end}`);
  return found;
};
const glueFile = fullFile('.js');
const wasmFile = fullFile('_bg.wasm');

const css = await readFile(join(dist, cssFile), 'utf8');
// The glue ends with its export list (minified, so names are short): the
// list goes, and the function it exports as `default` starts the wasm.
const exported = /export\s*\{([^}]*)\};?\s*$/;
const module = await readFile(join(dist, glueFile), 'utf8');
const exports = module.match(exported);
if (!exports) throw new Error(`${glueFile} does not end with an export list`);
const init = exports[1].split(',').map((e) => e.trim().split(/\s+as\s+/)).find(([, as]) => as === 'default')?.[0];
if (!init) throw new Error(`${glueFile} exports no default (the wasm's init)`);
const glue = module.replace(exported, '');
const wasm = (await readFile(join(dist, wasmFile))).toString('base64');
const script = `${glue}
const bytes = Uint8Array.from(atob(${JSON.stringify(wasm)}), (c) => c.charCodeAt(0));
await ${init}({ module_or_path: bytes });
`;
const sha = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const csp = `default-src 'none'; script-src ${sha(script)} 'wasm-unsafe-eval'; style-src ${sha(css)}; img-src data:; base-uri 'none'; form-action 'none'`;

const head = html.slice(0, html.indexOf('</head>'))
  .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, `<meta http-equiv="Content-Security-Policy" content="${csp}">`)
  .replace(/<link rel="(manifest|icon|stylesheet|modulepreload|preload)"[^>]*>/g, '')
  .replace(/<script type="module" src="[^"]*"><\/script>/, '')
  .replace(/<script id="hg-gate">[\s\S]*?<\/script>/, '');
// The prerendered start page links a stylesheet file; the single file has
// none, so it starts from the empty host and the app renders at once.
const body = html.slice(html.indexOf("</head>"))
  .replace(/<template shadowrootmode="open">[\s\S]*?<\/template>/, "");
const page = `${head}<style id="hamstring-guide-style">${css}</style>\n<script type="module">${script}</script>\n${body}`;
await mkdir(out.slice(0, out.lastIndexOf('/')), { recursive: true });
await writeFile(out, page);
console.log(`single file: ${out} (${page.length} bytes)`);
