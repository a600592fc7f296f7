// End-to-end: the built site works from any sub-path of a static host (relative asset URLs), with
// links that keep the view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDirectory } from './server.mjs';
import { launchBrowser, watchPage } from './browser.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = resolve(process.env.DIST_DIR ?? join(ROOT, 'dist'));

test('served under /some/sub/path/ the page loads every asset and keeps the view in its links', async () => {
  assert.ok(existsSync(join(DIST, 'index.html')), `${DIST}/index.html is missing: run \`cargo xtask dist\` first`);
  const server = await serveDirectory(DIST, '/some/sub/path/');
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const problems = watchPage(page, new URL(server.url).origin);
    await page.goto(`${server.url}?s=break_ties`);
    await page.waitForFunction(() => document.querySelectorAll('svg.map [data-iso]').length >= 175, null, { timeout: 15_000 });
    const stances = await page.$$eval('svg.map [data-iso]', (els) => els.map((el) => el.dataset.stances));
    assert.ok(stances.some((s) => s === 'break_ties'), "the link's filter was not applied");
    assert.ok(stances.every((s) => s === '' || s === 'break_ties'), 'stances other than break_ties shown');
    await page.locator(".filters input[data-stance='reject']").click();
    await page.waitForFunction(() => location.search.includes('reject'));
    assert.ok(new URL(page.url()).pathname.startsWith('/some/sub/path/'), page.url());
    assert.deepEqual(server.missing, [], 'files not found under the sub-path');
    assert.deepEqual(problems.consoleErrors, [], 'console errors');
    assert.deepEqual(problems.httpErrors, [], 'HTTP errors');
  } finally {
    await browser.close();
    await server.close();
  }
});
