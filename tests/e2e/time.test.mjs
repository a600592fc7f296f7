// End-to-end: time as a reader thinks of it. The map "as of" a month (a slider over the months the
// articles cover, operable from the keyboard, written into the link as `asof=`), a play button that
// steps through the months, the period the map shows said above it, and "what changed" between two
// months (`since=`); as of a day, a country's later rejection ends its earlier recognition. On a
// desktop, a phone and in the single file opened from disk. The article text here is written by us.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { servedDist, SHOTS, DIST, addArticle } from './harness.mjs';
import { PHONE, assertClean, watchPage } from './browser.mjs';

const run = servedDist();

const DESKTOP = { viewport: { width: 1280, height: 800 } };

// Bolivia turns: the seed corpus has it on Maduro's side in 2018; this says it rejects him in 2020.
const TURN = [
  'Bolivia changes course on Venezuela',
  '',
  'LA PAZ, 20 January 2020 — The interim government of Bolivia rejected the government of Nicolás Maduro and recognized Juan Guaidó as interim president of Venezuela.',
].join('\n');

const slider = (page) => page.getByRole('slider', { name: 'Map as of' });
const period = (page) => page.locator('.time-period');
const param = (page, key) => page.evaluate((key) => new URLSearchParams(location.search || location.hash.slice(1)).get(key), key);
const stancesOf = (page, iso) => page.getAttribute(`svg.map [data-iso="${iso}"]`, 'data-stances');
const coloured = (page) => page.locator('svg.map [data-iso]:not([data-stances=""])').count();

async function waitForParam(page, key, value) {
  await page.waitForFunction(
    ([key, value]) => new URLSearchParams(location.search || location.hash.slice(1)).get(key) === value,
    [key, value],
    { timeout: 15_000 },
  );
}

async function waitForStances(page, iso, stances) {
  await page.waitForFunction(
    ([iso, stances]) => document.querySelector(`svg.map [data-iso="${iso}"]`)?.getAttribute('data-stances') === stances,
    [iso, stances],
    { timeout: 15_000 },
  );
}

async function open(page, url) {
  await page.goto(url);
  await slider(page).waitFor({ timeout: 15_000 });
}

test('the slider shows the map as of a month, from the keyboard, in the link; play steps the months', async () => {
  const context = await run.browser.newContext(DESKTOP);
  const page = await context.newPage();
  const problems = watchPage(page, new URL(run.server.url).origin);
  await open(page, run.server.url);
  // Every date: the first view, no period line over the map.
  assert.equal(await period(page).count(), 0);
  assert.equal(await slider(page).getAttribute('aria-valuetext'), 'Every date');
  const everything = await coloured(page);

  // Home: the first month the articles cover. Fewer countries have spoken by then.
  await slider(page).focus();
  await page.keyboard.press('Home');
  await waitForParam(page, 'asof', '2017-11-30');
  assert.match(await period(page).innerText(), /^As of 30 November 2017: each country's latest recognition or rejection$/);
  assert.equal(await slider(page).getAttribute('aria-valuetext'), 'As of November 2017');
  // Thirteen months on, the 2018 articles have spoken; not yet the later ones.
  for (let i = 0; i < 13; i += 1) await page.keyboard.press('ArrowRight');
  await waitForParam(page, 'asof', '2018-12-31');
  const early = await coloured(page);
  assert.ok(early > 0 && early < everything, `as of December 2018 ${early} countries, every date ${everything}`);

  // The link reproduces the view.
  const again = await context.newPage();
  await open(again, page.url());
  assert.equal(await slider(again).getAttribute('aria-valuetext'), 'As of December 2018');
  assert.equal(await coloured(again), early);
  await again.close();

  // Play steps month by month; pause stops it.
  const play = page.getByRole('button', { name: /Play/ });
  await play.click();
  await waitForParam(page, 'asof', '2019-01-31');
  await waitForParam(page, 'asof', '2019-02-28');
  await page.getByRole('button', { name: /Pause/ }).click();
  const stopped = await param(page, 'asof');
  assert.equal(await play.getAttribute('aria-pressed'), 'false');
  await page.waitForTimeout(1_500); // longer than a step: nothing may move now
  assert.equal(await param(page, 'asof'), stopped);

  // End: every date again, and the link no longer says a day.
  await slider(page).focus();
  await page.keyboard.press('End');
  await page.waitForFunction(() => !location.search.includes('asof'));
  assert.equal(await coloured(page), everything);
  assert.equal(await period(page).count(), 0);
  await page.screenshot({ path: join(SHOTS, 'time-desktop.png') });
  assertClean(problems);
  await context.close();
});

test('as of a day a later rejection ends an earlier recognition; what changed lists it', async () => {
  const context = await run.browser.newContext(DESKTOP);
  const page = await context.newPage();
  const problems = watchPage(page, new URL(run.server.url).origin);
  await open(page, run.server.url);
  await addArticle(page, TURN);
  // An article added is shown alone on the map; this test is about every article.
  await page.locator('.added-article').getByRole('button', { name: 'Show all articles' }).click();
  // Every date: both what Bolivia said in 2018 and in 2020.
  await waitForStances(page, 'BOL', 'recognize reject');

  // As of January 2020, the new article's month: Bolivia rejects, and only rejects.
  await open(page, `${run.server.url}?asof=2020-01-31`);
  await waitForStances(page, 'BOL', 'reject');
  await page.getByRole('button', { name: 'What changed?' }).click();
  const changed = page.getByRole('region', { name: 'What changed' });
  await changed.waitFor();
  await changed.getByRole('combobox').selectOption({ label: 'December 2019' });
  await waitForParam(page, 'since', '2019-12-31');
  const bolivia = changed.locator('li', { hasText: 'Bolivia' });
  assert.match(await bolivia.innerText(), /\+ Reject/);
  assert.match(await bolivia.innerText(), /− Recognize/);
  assert.equal(await changed.locator('li').count(), 1, 'only Bolivia changed in January 2020');
  await page.screenshot({ path: join(SHOTS, 'time-what-changed.png') });
  // A country in the list opens its evidence.
  await bolivia.getByRole('button', { name: 'Bolivia' }).click();
  await page.getByRole('dialog', { name: 'Bolivia' }).waitFor();
  await page.keyboard.press('Escape');

  // Before 2020, the recognition stood alone.
  await slider(page).focus();
  await page.keyboard.press('ArrowLeft');
  await waitForParam(page, 'asof', '2019-12-31');
  await waitForStances(page, 'BOL', 'recognize');
  await changed.locator('.what-changed-none').waitFor();
  await changed.getByRole('button', { name: 'Close' }).click();
  await page.waitForFunction(() => !location.search.includes('since'));
  assertClean(problems);
  await context.close();
});

test('on a phone the time bar fits the screen', async () => {
  const context = await run.browser.newContext(PHONE);
  const page = await context.newPage();
  const problems = watchPage(page, new URL(run.server.url).origin);
  await open(page, `${run.server.url}?asof=2019-06-30&since=2018-06-30`);
  await page.getByRole('region', { name: 'What changed' }).waitFor();
  const overflow = await page.evaluate(() => {
    const bar = document.querySelector('.time-bar').getBoundingClientRect();
    return { right: bar.right, page: document.documentElement.scrollWidth, width: innerWidth };
  });
  assert.ok(overflow.right <= overflow.width && overflow.page <= overflow.width, JSON.stringify(overflow));
  const labels = await page.$$eval('.time-episodes text', (ts) => ts.map((t) => t.getBoundingClientRect()).map((r) => [r.left, r.right]));
  assert.ok(labels.length >= 2, `${labels.length} episode labels`);
  for (let i = 1; i < labels.length; i += 1) assert.ok(labels[i - 1][1] <= labels[i][0], `episode labels overlap: ${JSON.stringify(labels)}`);
  const box = await slider(page).boundingBox();
  assert.ok(box.width >= 200, `the slider is ${box.width} px wide`);
  await page.locator('.time-bar').screenshot({ path: join(SHOTS, 'time-phone.png') });
  assertClean(problems);
  await context.close();
});

test('the single file opened from disk shows the map as of a month and plays', async () => {
  const context = await run.browser.newContext(DESKTOP);
  const file = pathToFileURL(join(DIST, 'stance-atlas.html')).href;
  await context.route('**/*', (route) => (route.request().url().startsWith(file) ? route.continue() : route.abort()));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await open(page, `${file}#asof=2017-12-31`);
  assert.match(await period(page).innerText(), /^As of 31 December 2017/);
  await page.getByRole('button', { name: /Play/ }).click();
  await waitForParam(page, 'asof', '2018-01-31');
  await page.getByRole('button', { name: /Pause/ }).click();
  assert.deepEqual(errors, []);
  await context.close();
});
