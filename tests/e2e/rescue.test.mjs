// End-to-end: saved data that cannot be read is rescued from the page (issue 17, item 4). With
// 4.5 MB of garbage under the app's storage key there is no room for a backup copy, so the page
// says so and saving is blocked; "Download the backup" saves the text exactly as stored, "Discard
// the damaged data…" asks in a modal dialog (keyboard-usable, Escape keeps it), and once discarded
// a new article is saved and is there after a reload. A partly damaged document keeps what could
// be read: listed, exportable, and saved again when the damage is discarded. Served and from disk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { servedDist, DIST, SHOTS } from './harness.mjs';
import { assertClean, watchPage } from './browser.mjs';

const KEY = 'stance-atlas.local-articles';
const ARTICLE = [
  'Ottawa and Tokyo weigh in on the vote',
  '',
  'The governments of Canada and Japan rejected the results announced by the National Electoral Council on Monday.',
].join('\n');

const run = servedDist();

/** 4.5 million characters of garbage, some of them outside ASCII (so the download's encoding counts). */
function garbage() {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz{}[]":,0123456789 éž€\n';
  let out = '';
  let seed = 17;
  const chunk = [];
  for (let i = 0; i < 4096; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    chunk.push(alphabet[seed % alphabet.length]);
  }
  const block = chunk.join('');
  while (out.length < 4_500_000) out += block;
  return out.slice(0, 4_500_000);
}

/** A context whose storage holds `value` under the app's key when its first page opens. */
async function seeded(value, options = {}) {
  const context = await run.browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true, ...options });
  await context.addInitScript(
    ([key, v]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, v);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [KEY, value],
  );
  return context;
}

/** Clicks `name` and returns the download it starts: its suggested name and bytes. */
async function download(page, name) {
  const started = page.waitForEvent('download', { timeout: 15_000 });
  await page.getByRole('button', { name, exact: true }).click();
  const file = await started;
  return { name: file.suggestedFilename(), body: await readFile(await file.path()) };
}

/** Adds ARTICLE through the "Add article" dialog. */
async function addArticle(page) {
  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an article' });
  await dialog.getByLabel('Article text').fill(ARTICLE);
  await dialog.getByRole('button', { name: 'Find stances' }).click();
  await dialog.locator('.found-claim').first().waitFor({ timeout: 15_000 });
  await dialog.getByRole('button', { name: /^Add to map/ }).click();
}

/** A size as the page says it (`format_size`: megabytes rounded up, to two decimals). */
const megabytes = (bytes) => `${(Math.ceil(bytes / 1e4) / 100).toFixed(2).replace(/\.00$/, '')} MB`;

const stored = (page) => page.evaluate((key) => localStorage.getItem(key), KEY);

/** The whole rescue of 4.5 MB of garbage, on the page at `url`. */
async function rescueGarbage(url, shot, problemsOf) {
  const junk = garbage();
  const context = await seeded(junk);
  const page = await context.newPage();
  const problems = problemsOf(page);
  await page.goto(url);

  const bar = page.getByRole('group', { name: 'Damaged saved data' });
  await bar.waitFor({ timeout: 20_000 });
  const bytes = Buffer.byteLength(junk, 'utf8');
  assert.match(await bar.innerText(), new RegExp(`${megabytes(bytes)} of saved data that could not be read is kept in this browser's storage under “${KEY}”`));
  const notices = page.locator('.library-notices .notice-bar');
  assert.match(await notices.innerText(), /could not be read \(the data is damaged at line 1, column \d+: trailing characters\)\. They were set aside, not loaded, and nothing was deleted\./);
  assert.match(await notices.innerText(), new RegExp(`left where it was, under “${KEY}”; changes you make now are not saved until it is discarded`));
  await page.screenshot({ path: join(SHOTS, `${shot}-notice.png`) });

  // The backup is the stored text, byte for byte.
  const backup = await download(page, 'Download the backup');
  assert.match(backup.name, /^stance-atlas-backup-\d{4}-\d\d-\d\d\.json$/);
  assert.equal(backup.body.length, bytes, 'the backup has another size than what was stored');
  assert.ok(backup.body.equals(Buffer.from(junk, 'utf8')), 'the backup differs from what was stored');

  // Discarding asks first, in a modal dialog whose focus starts on "Keep it"; Escape keeps the data.
  await bar.getByRole('button', { name: 'Discard the damaged data…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Discard the damaged data?' });
  await confirm.waitFor();
  assert.match(await confirm.innerText(), /The damaged data will be deleted from this browser's storage and cannot be brought back: download the backup first/);
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Keep it');
  await page.screenshot({ path: join(SHOTS, `${shot}-confirm.png`) });
  await page.keyboard.press('Escape');
  await confirm.waitFor({ state: 'hidden' });
  assert.equal(await stored(page), junk, 'Escape discarded the data');
  await bar.getByRole('button', { name: 'Discard the damaged data…' }).click();
  await confirm.getByRole('button', { name: 'Keep it' }).click();
  await confirm.waitFor({ state: 'hidden' });
  assert.equal(await stored(page), junk, '"Keep it" discarded the data');

  // By keyboard: open, move from "Keep it" to "Discard", confirm.
  await bar.getByRole('button', { name: 'Discard the damaged data…' }).focus();
  await page.keyboard.press('Enter');
  await confirm.waitFor();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Discard');
  await page.keyboard.press('Enter');
  await bar.waitFor({ state: 'detached' });
  assert.equal(await stored(page), null, 'the damaged data is still stored');
  assert.match(await notices.innerText(), /The damaged data was deleted from this browser's storage\./);

  // New articles are saved again, and there after a reload.
  await addArticle(page);
  await page.waitForFunction((key) => (localStorage.getItem(key) ?? '').includes('Canada and Japan'), KEY);
  await page.reload();
  await page.locator('.local-list', { hasText: 'Ottawa and Tokyo weigh in on the vote' }).waitFor({ timeout: 20_000 });
  assert.equal(await page.locator('.rescue').count(), 0, 'the rescue bar is back');
  await page.screenshot({ path: join(SHOTS, `${shot}-after.png`) });
  assertClean(problems);
  await context.close();
}

test('4.5 MB of garbage in storage: the page offers the backup, discards it on confirmation, and saves again', async () => {
  const origin = new URL(run.server.url).origin;
  await rescueGarbage(run.server.url, 'rescue', (page) => watchPage(page, origin));
});

test('the same rescue works in the single file opened from disk', async () => {
  const url = pathToFileURL(join(DIST, 'stance-atlas.html')).href;
  // Only the file itself loads; a page from disk has no origin to stay on, so nothing else may.
  await rescueGarbage(url, 'rescue-single-file', (page) => {
    const problems = { consoleErrors: [], failedRequests: [], httpErrors: [], offOrigin: [] };
    page.on('console', (message) => message.type() === 'error' && problems.consoleErrors.push(message.text()));
    page.on('pageerror', (error) => problems.consoleErrors.push(`uncaught: ${error.message}`));
    page.on('request', (request) => {
      if (request.url() !== url && !/^(data|blob):/.test(request.url())) problems.offOrigin.push(request.url());
    });
    return problems;
  });
});

test('what could be read of a partly damaged document is listed, exported and saved again on discard', async () => {
  // The document the app writes for ARTICLE, then a second entry far too long to be an article,
  // which leaves no room for a backup copy.
  const writer = await run.browser.newContext();
  const first = await writer.newPage();
  await first.goto(run.server.url);
  await addArticle(first);
  await first.waitForFunction((key) => localStorage.getItem(key) !== null, KEY);
  const good = await stored(first);
  await writer.close();
  const raw = `${good.slice(0, -2)},{"id":"local:0","title":"Broken","text":"${'x'.repeat(3_000_000)}"}]}`;

  const origin = new URL(run.server.url).origin;
  const context = await seeded(raw);
  const page = await context.newPage();
  const problems = watchPage(page, origin);
  await page.goto(run.server.url);
  const bar = page.getByRole('group', { name: 'Damaged saved data' });
  await bar.waitFor({ timeout: 20_000 });
  await page.locator('.local-list', { hasText: 'Ottawa and Tokyo weigh in on the vote' }).waitFor();
  assert.match(await page.locator('.library-notices').innerText(), /Article 2 \(“Broken”\) was skipped/);

  // "Export all" saves the article that could be read.
  const exported = await download(page, 'Export all');
  assert.equal(exported.body.toString('utf8'), good);
  const backup = await download(page, 'Download the backup');
  assert.ok(backup.body.equals(Buffer.from(raw, 'utf8')), 'the backup differs from what was stored');

  await bar.getByRole('button', { name: 'Discard the damaged data…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Discard the damaged data?' });
  assert.match(await confirm.innerText(), /Articles that could be read are kept\./);
  await confirm.getByRole('button', { name: 'Discard', exact: true }).click();
  await bar.waitFor({ state: 'detached' });
  assert.match(await page.locator('.library-notices').innerText(), /Your articles are saved again\./);
  assert.equal(await stored(page), good, 'the readable article is not what storage holds now');
  assertClean(problems);
  await context.close();
});
