// A small static server for the built site (dist/), on 127.0.0.1 with an
// ephemeral port. It can serve the site under a sub-path (e.g. /guide/) and
// sends the Content-Security-Policy the clinic is expected to use.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `root` under `prefix`, plus any extra `pages` ({ '/host.html': html })
 * such as a host page that embeds the guide, and any more copies of a site
 * under other prefixes (`mounts`: { '/guide-staging/': dir }); resolves to
 * { url, origin, close, requests }.
 * With `gzip`, files go out gzip-encoded to a browser that accepts it, as a
 * clinic's web server would send them (the benchmark's throttled network).
 * `cacheControl` is the header sent with every file (default `no-cache`), and
 * `headers` more headers sent with each (a host's own policy, say).
 * `requests` lists the addresses asked for, `log` each with the moment
 * (Date.now()) it arrived.
 */
export async function serve(root, {
  prefix = '/', port = 0, pages = {}, mounts = {}, gzip = false, cacheControl = 'no-cache', headers: extra = {},
} = {}) {
  const requests = [];
  const log = [];
  const sites = Object.entries({ ...mounts, [prefix]: root });
  const server = createServer(async (req, res) => {
    requests.push(req.url);
    log.push({ url: req.url, at: Date.now() });
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (pages[path]) {
      res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? TYPES['.html'], 'Cache-Control': cacheControl, ...extra }).end(pages[path]);
      return;
    }
    const site = sites.find(([under]) => path.startsWith(under));
    if (!site) {
      res.writeHead(404).end('not found');
      return;
    }
    const [under, dir] = site;
    let file = normalize(join(dir, path.slice(under.length)));
    if (!file.startsWith(normalize(dir))) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const headers = {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': cacheControl,
        ...extra,
      };
      if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
        res.end(gzipSync(body, { level: 9 }));
        return;
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { url: `${origin}${prefix}`, origin, requests, log, close: () => new Promise((r) => server.close(r)) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await serve(process.argv[2] ?? 'dist', { port: Number(process.argv[3] ?? 8080) });
  console.log(`serving on ${url}`);
}
