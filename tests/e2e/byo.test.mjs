// End-to-end: a reader pastes an article the seed corpus does not contain, adds it, and finds its
// countries painted; the article survives a reload (localStorage) and travels in a shared link to a
// fresh browser context, which shows the same stances without having saved anything. The extractor
// is a second wasm module loaded on demand: a first visit never downloads it, opening the dialog
// does, and when it cannot load the page says why and keeps the reader's articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { servedDist, DIST, SHOTS, READER_ARTICLE, findStances } from './harness.mjs';
import { watchPage } from './browser.mjs';


const ARTICLE = READER_ARTICLE;
const EXPECTED = { CAN: 'reject', JPN: 'reject', NIC: 'recognize' };

const run = servedDist();

/** Requests for the extractor module (`atlas-extractor-<hash>.wasm`). */
const EXTRACTOR = /\/atlas-extractor-[0-9a-f]+\.wasm$/;

/** Records the URLs of extractor module requests made by `page`. */
function watchExtractor(page) {
  const requested = [];
  page.on('request', (request) => EXTRACTOR.test(request.url()) && requested.push(request.url()));
  return requested;
}

const stancesOf = (page, iso) => page.getAttribute(`svg.map [data-iso="${iso}"]`, 'data-stances');

/** Waits until every expected country shows its stance among its data-stances. */
async function waitForPainted(page, expected) {
  await page.waitForFunction(
    (want) =>
      Object.entries(want).every(([iso, stance]) =>
        (document.querySelector(`svg.map [data-iso="${iso}"]`)?.getAttribute('data-stances') ?? '')
          .split(' ')
          .includes(stance),
      ),
    expected,
    { timeout: 15_000 },
  );
}

test('a pasted article paints its countries, survives a reload and opens from a shared link', async () => {
  const origin = new URL(run.server.url).origin;
  const context = await run.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const page = await context.newPage();
  const problems = watchPage(page, origin);
  const extractorRequests = watchExtractor(page);
  await page.goto(run.server.url);
  await page.waitForSelector('svg.map [data-iso="CAN"]', { timeout: 15_000 });
  assert.equal(await stancesOf(page, 'CAN'), '', 'the seed corpus already paints Canada');
  assert.equal(await stancesOf(page, 'JPN'), '', 'the seed corpus already paints Japan');
  // A first visit, filters used and all, never asks for the extractor.
  const breakTies = page.locator(".filters input[data-stance='break_ties']");
  await breakTies.click();
  await breakTies.click();
  await page.waitForLoadState('networkidle');
  assert.deepEqual(extractorRequests, [], 'a first visit downloaded the extractor module');

  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an article' });
  await dialog.getByRole('button', { name: 'Find stances' }).and(page.locator(':enabled')).waitFor();
  assert.equal(extractorRequests.length, 1, `opening the dialog loads the extractor once: ${extractorRequests}`);
  await dialog.getByLabel('Article text').fill(ARTICLE);
  await dialog.getByLabel('Outlet (optional)').fill('Test Wire');
  await dialog.getByRole('button', { name: 'Find stances' }).click();
  await dialog.locator('.found-claim').first().waitFor();
  const found = await dialog.locator('.found-claim').evaluateAll((items) =>
    items.map((li) => `${li.dataset.actor}:${li.dataset.stance}`),
  );
  for (const [iso, stance] of Object.entries(EXPECTED)) {
    assert.ok(found.includes(`${iso}:${stance}`), `${iso}:${stance} not found in ${found}`);
  }
  await page.screenshot({ path: join(SHOTS, 'byo-dialog-desktop.png') });
  await dialog.getByRole('button', { name: /^Add to map/ }).click();
  await waitForPainted(page, EXPECTED);
  assert.match(await page.locator('.local-list').innerText(), /Test Wire/);
  await page.screenshot({ path: join(SHOTS, 'byo-added-desktop.png'), fullPage: true });

  await page.reload();
  await waitForPainted(page, EXPECTED);
  assert.match(await page.locator('.local-list').innerText(), /Ottawa and Tokyo[\s\S]*local/);
  // Listed once: under "Your articles", not among the corpus's articles too (issue 17).
  const corpusList = page.locator('section.articles:not(.local-library) .article-list');
  assert.ok((await corpusList.locator('.article').count()) > 0, 'the corpus list is empty');
  assert.doesNotMatch(await corpusList.innerText(), /Ottawa and Tokyo/);

  await page.getByRole('button', { name: /^Share .* with the article in the link$/ }).click();
  await page.locator('.local-status', { hasText: 'copied' }).waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /#art=1\./, link);
  assert.deepEqual(problems, { consoleErrors: [], failedRequests: [], httpErrors: [], offOrigin: [] });
  await context.close();

  const fresh = await run.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const reader = await fresh.newPage();
  const readerProblems = watchPage(reader, origin);
  await reader.goto(link);
  await waitForPainted(reader, EXPECTED);
  const shared = reader.locator('.local-article.is-shared');
  await shared.waitFor();
  assert.match(await shared.innerText(), /shared, not saved/);
  const stored = await reader.evaluate(() => localStorage.getItem('stance-atlas.local-articles'));
  assert.equal(stored, null, 'a shared article was saved without the reader keeping it');
  await reader.screenshot({ path: join(SHOTS, 'byo-shared-phone.png'), fullPage: true });
  await shared.getByRole('button', { name: /^Keep/ }).click();
  await reader.waitForFunction(() => (localStorage.getItem('stance-atlas.local-articles') ?? '').includes('Canada'));
  assert.deepEqual(readerProblems, { consoleErrors: [], failedRequests: [], httpErrors: [], offOrigin: [] });
  await fresh.close();

  // The same link works in the single-file build opened from disk, where view and article share
  // the fragment: a filter change must keep the article in the address.
  const offline = await run.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const file = await offline.newPage();
  const fileErrors = [];
  file.on('console', (message) => message.type() === 'error' && fileErrors.push(message.text()));
  file.on('pageerror', (error) => fileErrors.push(`uncaught: ${error.message}`));
  await file.goto(`${pathToFileURL(join(DIST, 'stance-atlas.html')).href}#${new URL(link).hash.slice(1)}`);
  await waitForPainted(file, EXPECTED);
  await file.locator(".filters input[data-stance='break_ties']").click();
  await file.waitForFunction(() => location.hash.includes('s=') && location.hash.includes('art=1.'));
  await file.reload();
  await waitForPainted(file, EXPECTED);
  assert.deepEqual(fileErrors, [], 'console errors in the single file');
  await offline.close();
});

// Written by us for this test, in the manner of Spanish- and Portuguese-language wire copy.
const FOREIGN = [
  {
    language: 'Spanish',
    text: [
      'Canadá y Japón desconocen el resultado',
      '',
      'CARACAS, 30 jul (Agencias).- El Gobierno de Japón no reconoce la reelección de Nicolás Maduro, según un comunicado de su cancillería.',
      'Nicaragua felicitó a Maduro por su victoria.',
    ].join('\n'),
    expected: { JPN: 'reject', NIC: 'recognize' },
    evidence: 'El Gobierno de Japón no reconoce la reelección de Nicolás Maduro',
  },
  {
    language: 'Portuguese',
    text: [
      'Canadá rompe com Caracas',
      '',
      'BRASÍLIA — O Canadá rompeu relações diplomáticas com a Venezuela nesta segunda-feira.',
      'O governo do Japão não reconheceu a reeleição de Maduro.',
    ].join('\n'),
    expected: { CAN: 'break_ties', JPN: 'reject' },
    evidence: 'O Canadá rompeu relações diplomáticas com a Venezuela',
  },
];

for (const { language, text, expected, evidence } of FOREIGN) {
  test(`a pasted ${language} article is read in its language, with its own sentences as evidence`, async () => {
    const origin = new URL(run.server.url).origin;
    const context = await run.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const problems = watchPage(page, origin);
    await page.goto(run.server.url);
    await page.waitForSelector('svg.map [data-iso="CAN"]', { timeout: 15_000 });
    const dialog = await findStances(page, text);
    const found = await dialog.locator('.found-claim').evaluateAll((items) =>
      items.map((li) => `${li.dataset.actor}:${li.dataset.stance}`),
    );
    for (const [iso, stance] of Object.entries(expected)) {
      assert.ok(found.includes(`${iso}:${stance}`), `${iso}:${stance} not found in ${found}`);
    }
    // The evidence is the article's own sentence, never a translation.
    assert.match(await dialog.locator('.found-claim').allInnerTexts().then((t) => t.join('\n')), new RegExp(evidence));
    await page.screenshot({ path: join(SHOTS, `byo-${language.toLowerCase()}-dialog.png`) });
    await dialog.getByRole('button', { name: /^Add to map/ }).click();
    await waitForPainted(page, expected);
    assert.deepEqual(problems, { consoleErrors: [], failedRequests: [], httpErrors: [], offOrigin: [] });
    await context.close();
  });
}

test('a damaged shared link shows a notice and the map', async () => {
  const context = await run.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${run.server.url}#art=1.%%%garbage`);
  await page.waitForSelector('svg.map [data-iso]', { timeout: 15_000 });
  const notice = page.locator('.library-notices .notice-bar');
  await notice.waitFor();
  // One plain sentence, not "Link: Link parameter “art”: the shared article…" (issue 17).
  assert.match(await notice.locator('li').first().innerText(), /^The shared article could not be read: character \d+ is not base64url\. The link may have been cut when it was copied\.$/);
  await context.close();
});

// The document the app keeps in storage after ARTICLE is added on a first visit.
async function storedDocument() {
  const writer = await run.browser.newContext();
  const first = await writer.newPage();
  await first.goto(run.server.url);
  await first.getByRole('button', { name: 'Add article' }).click();
  const form = first.getByRole('dialog', { name: 'Add an article' });
  await form.getByLabel('Article text').fill(ARTICLE);
  await form.getByRole('button', { name: 'Find stances' }).click();
  await form.getByRole('button', { name: /^Add to map/ }).click();
  await first.waitForFunction(() => localStorage.getItem('stance-atlas.local-articles') !== null);
  const stored = await first.evaluate(() => localStorage.getItem('stance-atlas.local-articles'));
  await writer.close();
  return stored;
}

test('when the extractor cannot load, the dialog and the notices say why and stored articles stay', async () => {
  // An article stored by an earlier visit, as the app itself writes it.
  const stored = await storedDocument();

  const context = await run.browser.newContext();
  await context.addInitScript((value) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('stance-atlas.local-articles', value);
      sessionStorage.setItem('seeded', '1');
    }
  }, stored);
  await context.route(EXTRACTOR, (route) => route.fulfill({ status: 404, body: 'gone' }));
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(run.server.url);
  await page.waitForSelector('svg.map [data-iso="CAN"]', { timeout: 15_000 });
  const notice = page.locator('.library-notices .notice-bar');
  await notice.waitFor();
  assert.match(await notice.innerText(), /saved articles cannot be shown: .*atlas-extractor-[0-9a-f]+\.wasm could not be downloaded: the server answered 404.*kept in this browser/s);
  assert.equal(await stancesOf(page, 'CAN'), '', 'no stance without the extractor');
  assert.ok((await stancesOf(page, 'VEN')) !== null, 'the map is drawn');

  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an article' });
  await dialog.locator('.reader-failed', { hasText: 'could not be loaded' }).waitFor();
  assert.match(await dialog.locator('.reader-failed').innerText(), /server answered 404/);
  assert.ok(await dialog.getByRole('button', { name: 'Find stances' }).isDisabled());
  assert.equal(await page.evaluate(() => localStorage.getItem('stance-atlas.local-articles')), stored, 'storage changed');
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('a file imported on a first visit loads the extractor, then its articles are read, painted and saved', async () => {
  // An export file: the document the app keeps in storage, byte for byte.
  const exported = await storedDocument();

  const context = await run.browser.newContext();
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const extractorRequests = watchExtractor(page);
  await page.goto(run.server.url);
  await page.waitForSelector('svg.map [data-iso="CAN"]', { timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  assert.deepEqual(extractorRequests, [], 'a first visit downloaded the extractor module');
  await page.locator('input[type="file"][accept*="json"]').setInputFiles({
    name: 'stance-atlas-articles.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exported),
  });
  await waitForPainted(page, EXPECTED);
  assert.equal(extractorRequests.length, 1, `importing loads the extractor once: ${extractorRequests}`);
  assert.match(await page.locator('.library-notices').innerText(), /Import: Added 1 article\./);
  assert.match(await page.locator('.local-list').innerText(), /Ottawa and Tokyo weigh in on the vote/);
  await page.waitForFunction(() => localStorage.getItem('stance-atlas.local-articles') !== null);
  assert.equal(await page.evaluate(() => localStorage.getItem('stance-atlas.local-articles')), exported);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('a link to a view of a pasted article, opened in another browser, says the article is not there', async () => {
  const origin = new URL(run.server.url).origin;
  const writer = await run.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await writer.newPage();
  await page.goto(run.server.url);
  await page.getByRole('button', { name: 'Add article' }).click();
  const form = page.getByRole('dialog', { name: 'Add an article' });
  await form.getByLabel('Article text').fill(ARTICLE);
  await form.getByRole('button', { name: 'Find stances' }).click();
  await form.getByRole('button', { name: /^Add to map/ }).click();
  await waitForPainted(page, EXPECTED);
  // Source article = the pasted one; the address is the link a reader copies.
  const id = await page.locator('.local-list .local-article').first().getAttribute('data-file');
  assert.match(id, /^local:[0-9a-f]{16}$/);
  await page.locator('#filter-article').selectOption(id);
  await page.waitForFunction(() => /[?#&]a=local/.test(location.href));
  await waitForPainted(page, EXPECTED);
  const link = page.url();
  await writer.close();

  const other = await run.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const reader = await other.newPage();
  const problems = watchPage(reader, origin);
  await reader.goto(link);
  await reader.waitForSelector('svg.map [data-iso="CAN"]', { timeout: 15_000 });
  const notice = reader.locator('.absent-articles .notice-bar');
  await notice.waitFor();
  const text = await notice.innerText();
  assert.match(text, /This link shows an article that is not in this browser\./);
  assert.ok(text.includes(id), `the notice does not name ${id}: ${text}`);
  assert.match(text, /every count is 0/);
  assert.match(text, /Ask whoever sent the link for a “Share with article” link/);
  // The Source menu says what the filter is, never "All articles" while it is on.
  const chosen = () => reader.$eval('#filter-article', (s) => s.selectedOptions[0]?.textContent ?? '');
  assert.equal(await chosen(), 'An article not in this browser');
  assert.equal(await stancesOf(reader, 'CAN'), '', 'the absent article painted Canada');
  await reader.screenshot({ path: join(SHOTS, 'byo-absent-article.png') });

  // "Show all articles" drops the filter: the map has its stances, the menu says so, the notice goes.
  await notice.getByRole('button', { name: 'Show all articles' }).click();
  await notice.waitFor({ state: 'detached' });
  await reader.waitForFunction(() => !/[?#&]a=/.test(location.href));
  assert.equal(await chosen(), 'All articles');
  await reader.waitForFunction(() => [...document.querySelectorAll('svg.map [data-iso]')].some((el) => el.dataset.stances));
  assert.deepEqual(problems, { consoleErrors: [], failedRequests: [], httpErrors: [], offOrigin: [] });
  await other.close();
});
