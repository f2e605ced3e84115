// The site on nginx, configured by deploy/nginx.conf as a clinic would:
// `cargo xtask test` starts nginx (xtask/src/nginx.rs) and names its address
// and site folder in HG_NGINX_URL and HG_NGINX_ROOT. In that folder each
// sub-folder is a copy of the guide and the top holds the clinic's own
// pages; a test links dist/, or its copy of it, in under its prefix, so a
// deploy to the copy is what nginx serves next.
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

export function nginxOrigin() {
  const origin = process.env.HG_NGINX_URL;
  if (!origin || !process.env.HG_NGINX_ROOT) {
    throw new Error('nginx is not running: run the end-to-end tests with `cargo xtask test`, which starts it');
  }
  return origin;
}

/**
 * Serves the copy in `dir` under `prefix` (a folder such as '/guide/'),
 * other copies under `mounts` ({ '/guide-staging/': dir }) and the clinic's
 * `pages` ({ '/watch.html': html }); resolves to { url, origin, close }.
 */
export async function serveOnNginx(dir, { prefix = '/guide/', mounts = {}, pages = {} } = {}) {
  const origin = nginxOrigin();
  const site = process.env.HG_NGINX_ROOT;
  const made = [];
  for (const [under, folder] of Object.entries({ ...mounts, [prefix]: dir })) {
    if (!/^\/[^/]+\/$/.test(under)) throw new Error(`a copy goes in one folder below the top: ${under}`);
    const link = join(site, under.slice(1, -1));
    await rm(link, { force: true, recursive: true });
    await symlink(resolve(folder), link);
    made.push(link);
  }
  for (const [path, html] of Object.entries(pages)) {
    const file = join(site, path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, html);
    made.push(file);
  }
  return {
    url: `${origin}${prefix}`,
    origin,
    close: async () => { for (const path of made.reverse()) await rm(path, { force: true }); },
  };
}
