// End-to-end: dist/stance-atlas.html, opened from disk (file://) with no server and every network
// request refused, draws the map with its stances and reads a pasted article with the extractor
// module it carries, with no console error (so its hash-based CSP admits everything it inlines) and
// no request at all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchBrowser } from './browser.mjs';
import { checkDownloads } from './harness.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = resolve(process.env.DIST_DIR ?? join(ROOT, 'dist'));
const SINGLE = join(DIST, 'stance-atlas.html');
const SHOTS = resolve(process.env.SCREENSHOT_DIR ?? join(ROOT, 'target', 'e2e'));
const MIN_COUNTRIES = 175;
const STANCES = /^((recognize|reject|break_ties|offer_asylum)( |$))*$/;

let browser;

before(async () => {
  assert.ok(existsSync(SINGLE), `${SINGLE} is missing: run \`cargo xtask dist\` first`);
  await mkdir(SHOTS, { recursive: true });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

test('the single file is self-contained and its policy admits only what it inlines', async () => {
  const html = await readFile(SINGLE, 'utf8');
  assert.doesNotMatch(html, /\s(src|href)=["']?(\.\/|https?:)/, 'the file names another file or a URL');
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '';
  assert.match(csp, /script-src ('sha256-[A-Za-z0-9+/=]+' )+'wasm-unsafe-eval'/);
  assert.match(csp, /style-src 'sha256-/);
  assert.doesNotMatch(csp, /unsafe-inline|'self'|\*/);
  assert.equal((html.match(/Content-Security-Policy/g) ?? []).length, 1, 'one policy, the hashed one');
});

test('opened from disk with the network off, the single file shows the map with its stances', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const requests = [];
  // Only the file itself may load; anything else would need a network.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === pathToFileURL(SINGLE).href) return route.continue();
    requests.push(url);
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (url !== pathToFileURL(SINGLE).href && !/^(data|blob):/.test(url) && !requests.includes(url)) requests.push(url);
  });

  const url = pathToFileURL(SINGLE).href;
  await page.goto(url);
  try {
    await page.waitForFunction(
      (min) => document.querySelectorAll('svg.map [data-iso]').length >= min,
      MIN_COUNTRIES,
      { timeout: 20_000 },
    );
  } catch (error) {
    await page.screenshot({ path: join(SHOTS, 'single-file-failed.png'), fullPage: true });
    throw new Error(`the map did not render from file:// (${error.message}); console: ${consoleErrors.join(' | ')}`);
  }
  const stances = await page.$$eval('[data-iso]', (els) => els.map((el) => el.getAttribute('data-stances')));
  assert.ok(stances.length >= MIN_COUNTRIES, `only ${stances.length} countries drawn`);
  for (const s of stances) assert.match(s ?? 'missing', STANCES);
  const coloured = stances.filter((s) => s && s.length > 0).length;
  assert.ok(coloured > 0, 'no country has a stance');
  assert.equal(await page.locator('#loading').count(), 0, 'the loading state is still shown');
  assert.ok((await page.locator('.article').count()) >= 1, 'no article listed');

  await page.screenshot({ path: join(SHOTS, 'single-file.png'), fullPage: true });

  // The extractor module comes from the file's own data block: an article is read offline.
  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an article' });
  await dialog.getByLabel('Article text').fill('The governments of Canada and Japan rejected the results on Monday.');
  await dialog.getByRole('button', { name: 'Find stances' }).click();
  await dialog.locator('.found-claim[data-actor="JPN"][data-stance="reject"]').waitFor({ timeout: 15_000 });
  await dialog.getByRole('button', { name: /^Add to map/ }).click();
  await page.waitForFunction(() => document.querySelector('svg.map [data-iso="JPN"]')?.getAttribute('data-stances') === 'reject');
  // An article added is shown alone on the map; this test is about every article.
  await page.locator('.added-article').getByRole('button', { name: 'Show all articles' }).click();

  // The articles' whole texts too: a baked article opens in the reader offline.
  await page.locator('[data-iso="ARG"]').click();
  const panel = page.getByRole('dialog', { name: 'Argentina' });
  await panel.getByRole('button', { name: 'Read in article' }).first().click();
  const reader = page.locator('dialog.reader[open]');
  await reader.locator('.reader-body p').nth(3).waitFor({ timeout: 15_000 });
  assert.equal(await reader.locator('.reader-status').count(), 0, 'the reader did not get the whole text');
  assert.ok((await reader.locator('mark.reader-sentence').count()) >= 1, 'the sentence is not highlighted');
  assert.deepEqual(consoleErrors, [], 'console errors');
  assert.deepEqual(requests, [], 'network requests from the single file');
  await context.close();
});

test('from disk, the four downloads work: the claims as CSV and JSON, the map as SVG and PNG', async () => {
  // The PNG is drawn from the picture as an image, which the file's policy admits from `data:` only.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const requests = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === pathToFileURL(SINGLE).href) return route.continue();
    requests.push(url);
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  await page.goto(pathToFileURL(SINGLE).href);
  await page.waitForFunction(
    (min) => document.querySelectorAll('svg.map [data-iso]').length >= min,
    MIN_COUNTRIES,
    { timeout: 20_000 },
  );
  await checkDownloads(page, 'single-file-');
  assert.deepEqual(consoleErrors, [], 'console errors (a refused image is one)');
  assert.deepEqual(requests, [], 'network requests from the single file');
  await context.close();
});
