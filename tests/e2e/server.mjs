// A tiny static file server for dist/ on 127.0.0.1, recording every path it could not serve.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves `root` on a free port of 127.0.0.1 under `prefix` (default `/`, e.g. `/sub/dir/` to
 * check that the site works under any sub-path); resolves to { url, missing, close }. */
export async function serveDirectory(root, prefix = '/') {
  const missing = [];
  const server = createServer(async (request, response) => {
    const full = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    if (!full.startsWith(prefix)) {
      missing.push(full);
      response.writeHead(404, { 'content-type': 'text/plain' }).end('outside the served prefix');
      return;
    }
    const path = `/${full.slice(prefix.length)}`;
    const relative = normalize(path.endsWith('/') ? `${path}index.html` : path).replace(/^[/\\]+/, '');
    const file = join(root, relative);
    if (relative.split(sep).includes('..') || !file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      response.end(body);
    } catch {
      missing.push(path);
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    missing,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
