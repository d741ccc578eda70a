// A small static server for the demo and test pages (tests/e2e/fixtures/). Content scripts only
// run on http(s) pages, so the demos cannot be opened as file:// URLs. It listens on the
// loopback interface only: the pages are for this machine, never for the network.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEMO_ROOT = resolve(fileURLToPath(new URL('../tests/e2e/fixtures/', import.meta.url)));
export const LOOPBACK = '127.0.0.1';

// The editor fixtures load real editor libraries (the network is closed in CI, so no CDN):
// these URL prefixes map read-only onto the installed packages' own folders.
const NODE_MODULES = resolve(fileURLToPath(new URL('../node_modules/', import.meta.url)));
const VENDOR = [
  ['/vendor/tinymce/', join(NODE_MODULES, 'tinymce')],
  ['/vendor/roosterjs/', join(NODE_MODULES, 'roosterjs', 'dist')],
  ['/vendor/ckeditor5/', join(NODE_MODULES, 'ckeditor5', 'dist', 'browser')],
  ['/vendor/prosemirror-view/', join(NODE_MODULES, 'prosemirror-view')],
  ['/vendor/draft-js/', join(NODE_MODULES, 'draft-js', 'dist')],
  ['/vendor/quill/', join(NODE_MODULES, 'quill', 'dist')],
];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Starts the server. `port` 0 picks a free port (tests); the chosen one is in the result.
 * @param {{ port?: number, root?: string }} [options]
 * @returns {Promise<{ url: string, port: number, close(): Promise<void> }>}
 */
export async function startDemoServer({ port = 0, root = DEMO_ROOT } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      const { pathname } = new URL(req.url ?? '/', 'http://localhost');
      const vendor = VENDOR.find(([prefix]) => pathname.startsWith(prefix));
      const top = vendor ? vendor[1] : base;
      let path = normalize(join(top, decodeURIComponent(vendor ? pathname.slice(vendor[0].length) : pathname)));
      // Refuse anything outside the demo folder or the vendor folder (../ tricks, encoded or not).
      if (path !== top && !path.startsWith(top + sep)) {
        res.writeHead(403).end();
        return;
      }
      if ((await stat(path).catch(() => null))?.isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Ikke funnet / Not found');
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, LOOPBACK, () => ok(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${LOOPBACK}:${actualPort}/`,
    port: actualPort,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok(undefined));
      }),
  };
}
