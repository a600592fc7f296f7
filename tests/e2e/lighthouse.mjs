// `cargo xtask bench --lighthouse` runs this: Lighthouse (npm, with Debian's Chromium via
// CHROME_PATH) against the built site served as a static host would serve it (brotli), on its
// mobile (default, simulated slow 4G and CPU slowdown) and desktop presets. Prints the
// performance, accessibility and best-practices scores; the full report of each preset is saved
// as JSON.
import { createServer } from 'node:http';
import { mkdir, readFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { brotliCompressSync, constants } from 'node:zlib';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');
const DIST = resolve(process.env.DIST_DIR ?? join(ROOT, 'dist'));
const REPORT = resolve(process.env.LIGHTHOUSE_REPORT ?? join(ROOT, 'target', 'bench', 'lighthouse.json'));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** dist/ over HTTP with brotli and long caching of the hashed files, as a static host serves it. */
async function serveCompressed(root) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    const relative = normalize(path.endsWith('/') ? `${path}index.html` : path).replace(/^[/\\]+/, '');
    if (relative.split(sep).includes('..')) return response.writeHead(403).end();
    try {
      const body = await readFile(join(root, relative));
      const hashed = /-[0-9a-f]{16}(_bg)?\.\w+$/.test(relative);
      const headers = {
        'content-type': TYPES[extname(relative)] ?? 'application/octet-stream',
        'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      };
      if (/\bbr\b/.test(request.headers['accept-encoding'] ?? '')) {
        headers['content-encoding'] = 'br';
        response.writeHead(200, headers).end(brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      } else {
        response.writeHead(200, headers).end(body);
      }
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((done) => server.close(done)) };
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

async function lighthouse(url, preset, output) {
  const args = [
    join(HERE, 'node_modules', 'lighthouse', 'cli', 'index.js'),
    url,
    '--quiet',
    '--output=json',
    `--output-path=${output}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run --disable-dev-shm-usage',
  ];
  if (preset) args.push(`--preset=${preset}`);
  await promisify(execFile)(process.execPath, args, { env: process.env, maxBuffer: 64 << 20 });
  const report = JSON.parse(await readFile(output, 'utf8'));
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)]));
  const failing = Object.values(report.audits)
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual')
    .map((a) => `${a.id} (${a.score})`);
  return { scores, failing, metrics: {
    fcp: report.audits['first-contentful-paint']?.displayValue,
    lcp: report.audits['largest-contentful-paint']?.displayValue,
    tbt: report.audits['total-blocking-time']?.displayValue,
    cls: report.audits['cumulative-layout-shift']?.displayValue,
  } };
}

await mkdir(dirname(REPORT), { recursive: true });
const server = await serveCompressed(DIST);
try {
  for (const preset of [null, 'desktop']) {
    const name = preset ?? 'mobile';
    const { scores, failing, metrics } = await lighthouse(server.url, preset, REPORT.replace(/\.json$/, `-${name}.json`));
    console.log(
      `lighthouse ${name}: performance ${scores.performance}, accessibility ${scores.accessibility}, ` +
        `best practices ${scores['best-practices']} (targets 95, 100, 100); ` +
        `FCP ${metrics.fcp}, LCP ${metrics.lcp}, TBT ${metrics.tbt}, CLS ${metrics.cls}`,
    );
    if (failing.length) console.log(`  audits below full marks: ${failing.join(', ')}`);
  }
} finally {
  await server.close();
}
