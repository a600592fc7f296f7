// End-to-end: the explorer on the built dist/. Stance filters change `data-stances`; "Break ties"
// alone shows exactly the countries the extractor finds breaking ties; a copied link reproduces
// the view in a fresh page; a garbage link renders with a notice; no console error, no request
// off the origin; screenshots at desktop and phone widths.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { servedDist, ROOT, SHOTS, MIN_COUNTRIES } from './harness.mjs';
import { assertClean, watchPage } from './browser.mjs';

const run = servedDist();

/** A page on `query` with the map drawn, and the problems it records. */
async function open(context, query = '') {
  const page = await context.newPage();
  const problems = watchPage(page, new URL(run.server.url).origin);
  await page.goto(run.server.url + query);
  await page.waitForFunction(
    (min) => document.querySelectorAll('svg.map [data-iso]').length >= min,
    MIN_COUNTRIES,
    { timeout: 15_000 },
  );
  return { page, problems };
}

/** `data-stances` of every country, by code. */
async function stancesByCountry(page) {
  return Object.fromEntries(
    await page.$$eval('svg.map [data-iso]', (els) => els.map((el) => [el.dataset.iso, el.dataset.stances])),
  );
}

const has = (stances, id) => stances.split(' ').includes(id);

/** Countries with an asserted claim of `stance` according to the extractor's own command line. */
function extractedActors(stance) {
  const corpus = join(ROOT, 'corpus');
  const files = readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => join(corpus, f));
  const out = execFileSync('cargo', ['run', '-q', '-p', 'atlas-core', '--bin', 'extract', '--', ...files], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const claims = out.split('\n').filter(Boolean).map((line) => JSON.parse(line));
  assert.ok(claims.length > 0, 'the extractor found no claim');
  return new Set(claims.filter((c) => c.stance === stance && c.certainty === 'asserted').map((c) => c.actor));
}

test('the stance checkboxes add and remove exactly their stance from data-stances', async () => {
  const context = await run.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page, problems } = await open(context);
  const before = await stancesByCountry(page);
  for (const [label, id] of [['Reject', 'reject'], ['Recognize', 'recognize'], ['Offer asylum', 'offer_asylum']]) {
    await page.getByLabel(label, { exact: true }).uncheck();
    const after = await stancesByCountry(page);
    for (const [iso, stances] of Object.entries(after)) {
      assert.ok(!has(stances, id), `${iso} still shows ${id} after unticking ${label}`);
    }
    await page.getByLabel(label, { exact: true }).check();
    assert.deepEqual(await stancesByCountry(page), before, `ticking ${label} again did not restore the map`);
  }
  assertClean(problems);
  await context.close();
});

test('"Break ties" alone shows exactly the countries whose ties were broken in the corpus', async () => {
  const expectedActors = extractedActors('break_ties');
  const context = await run.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page, problems } = await open(context);
  for (const label of ['Recognize', 'Reject', 'Offer asylum']) {
    await page.getByLabel(label, { exact: true }).uncheck();
  }
  assert.ok(await page.getByLabel('Break ties', { exact: true }).isChecked());
  const shown = await stancesByCountry(page);
  const painted = Object.keys(shown).filter((iso) => shown[iso] !== '').sort();
  for (const iso of painted) assert.equal(shown[iso], 'break_ties', iso);
  const expected = Object.keys(shown).filter((iso) => expectedActors.has(iso)).sort();
  assert.ok(expected.length > 0, 'the corpus has no broken ties on the map');
  assert.deepEqual(painted, expected);
  const legend = await page.locator('.legend-entry[data-stance="break_ties"] .legend-count').textContent();
  assert.match(legend, new RegExp(`^${expected.length}\\b`), 'the legend counts a different number');
  assert.match(page.url(), /[?&]s=break_ties(&|$)/);
  assertClean(problems);
  await context.close();
});

test('a copied link opened in a fresh browser reproduces the view, and back steps through changes', async () => {
  const context = await run.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page, problems } = await open(context);
  const first = await stancesByCountry(page);
  await page.getByLabel('Reject', { exact: true }).uncheck();
  await page.getByLabel('Include speculative').check();
  await page.getByRole('button', { name: 'Americas', exact: true }).click();
  await page.locator('[data-iso="ARG"]').click();
  const view = await stancesByCountry(page);
  const link = page.url();
  assert.match(link, /s=recognize,break_ties,offer_asylum/);
  assert.match(link, /c=all/);
  assert.match(link, /sel=ARG/);
  assert.match(link, /z=americas/);
  assert.equal(await page.locator('#panel[data-selected="ARG"]').count(), 1, 'Argentina is not selected');

  const fresh = await run.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const again = await open(fresh, link.slice(run.server.url.length));
  assert.deepEqual(await stancesByCountry(again.page), view, 'the link shows other stances');
  assert.equal(await again.page.locator('#panel[data-selected="ARG"]').count(), 1, 'the selection is lost');
  assert.equal(await again.page.getByLabel('Include speculative').isChecked(), true);
  assert.equal(await again.page.locator('.notice-bar').count(), 0, 'a valid link shows a notice');
  assertClean(again.problems);
  await fresh.close();

  // Back undoes the selection, then the zoom, then the certainty, then the stance.
  for (const gone of [/sel=ARG/, /z=americas/, /c=all/, /s=/]) {
    await page.goBack();
    await page.waitForFunction((src) => !new RegExp(src).test(location.search), gone.source);
  }
  assert.deepEqual(await stancesByCountry(page), first, 'back did not return to the first view');
  assert.ok(await page.getByLabel('Reject', { exact: true }).isChecked(), 'back did not restore Reject');
  assertClean(problems);
  await context.close();
});

test('a garbage link renders the map with a notice and no injected markup', async () => {
  const context = await run.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page, problems } = await open(context, '?s=zzz&sel=<script>alert(1)</script>&z=nan');
  const notice = page.locator('.notice-bar');
  await notice.waitFor();
  const text = await notice.textContent();
  for (const param of ['“s”', '“sel”', '“z”']) assert.ok(text.includes(param), `${param} not named: ${text}`);
  assert.equal(await page.locator('#app script').count(), 0, 'the link injected markup');
  await page.screenshot({ path: join(SHOTS, 'explorer-garbage-link.png') });
  await page.getByRole('button', { name: 'Dismiss' }).click();
  assert.equal(await notice.count(), 0, 'the notice did not close');
  assertClean(problems);
  await context.close();
});

test('a filter change is timed with performance marks', async () => {
  const context = await run.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page, problems } = await open(context);
  await page.getByLabel('Reject', { exact: true }).uncheck();
  await page.waitForFunction(() => performance.getEntriesByName('filter', 'measure').length > 0);
  const ms = await page.evaluate(() => performance.getEntriesByName('filter', 'measure').at(-1).duration);
  assert.ok(ms >= 0 && ms < 1000, `a filter change took ${ms} ms`);
  console.log(`filter change → DOM updated: ${ms.toFixed(1)} ms`);
  assertClean(problems);
  await context.close();
});

const VIEWPORTS = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
];

for (const { name, ...device } of VIEWPORTS) {
  test(`the explorer is usable on a ${name}: zoom, filters, tooltip`, async () => {
    const context = await run.browser.newContext(device);
    const { page, problems } = await open(context, '?c=all&blocs=1');
    await page.screenshot({ path: join(SHOTS, `explorer-${name}.png`), fullPage: true });
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForFunction(() => /[?&]z=/.test(location.search));
    await page.getByRole('button', { name: 'Europe', exact: true }).click();
    await page.waitForFunction(() => /[?&]z=europe/.test(location.search));
    // Small states stay visible and clickable when zoomed in.
    const marker = page.locator('circle.marker[data-iso]').first();
    assert.ok(await marker.isVisible(), 'markers hide when zoomed');
    // Keyboard modality first: focus after a click is not :focus-visible and shows no tooltip.
    await page.keyboard.press('Shift');
    await page.focus('[data-iso="FRA"]');
    await page.locator('.map-tooltip:not([hidden])').waitFor();
    assert.match(await page.locator('.map-tooltip').textContent(), /France/);
    await page.screenshot({ path: join(SHOTS, `explorer-${name}-europe.png`) });
    if (name === 'phone') {
      await page.getByRole('button', { name: 'Show filters' }).click();
      assert.ok(await page.getByLabel('Break ties', { exact: true }).isVisible(), 'filters do not open');
      await page.screenshot({ path: join(SHOTS, `explorer-${name}-filters.png`), fullPage: true });
    }
    assertClean(problems);
    await context.close();
  });
}

test('the date fields read and write YYYY-MM-DD, and a date in another form is refused with a message', async () => {
  const context = await run.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  const { page, problems } = await open(context);
  const from = page.getByLabel('From', { exact: true });
  const to = page.getByLabel('To', { exact: true });
  // Not a date picker, which would show the locale's mm/dd/yyyy.
  for (const field of [from, to]) {
    assert.equal(await field.getAttribute('type'), 'text');
    assert.equal(await field.getAttribute('placeholder'), 'YYYY-MM-DD');
  }
  await page.getByRole('button', { name: '2024 election' }).click();
  await page.waitForFunction(() => /[?&]ep=/.test(location.search));
  assert.match(await from.inputValue(), /^2024-\d\d-\d\d$/);
  assert.match(await to.inputValue(), /^20\d\d-\d\d-\d\d$/);

  await from.fill('2019-01-23');
  await from.press('Tab');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('from') === '2019-01-23');
  const before = page.url();

  const error = page.locator('#filter-date-error');
  const refused = [
    ['07/28/2024', 'To date: “07/28/2024” is not written YYYY-MM-DD (for example 2024-07-28).'],
    ['2024-02-30', 'To date: “2024-02-30”: day 30 does not exist in that month.'],
  ];
  for (const [typed, message] of refused) {
    await to.fill(typed);
    await to.press('Tab');
    await error.filter({ hasText: typed }).waitFor();
    assert.equal(await error.textContent(), message);
    assert.equal(await to.inputValue(), typed, 'the refused text is not kept to be corrected');
    assert.equal(await to.getAttribute('aria-invalid'), 'true');
    assert.equal(await to.getAttribute('aria-describedby'), 'filter-date-error');
    assert.equal(page.url(), before, 'a refused date changed the view');
  }
  await page.locator('.filters').screenshot({ path: join(SHOTS, 'explorer-date-refused.png') });

  await to.fill('2024-12-31');
  await to.press('Tab');
  await error.waitFor({ state: 'detached' });
  await page.waitForFunction(() => new URLSearchParams(location.search).get('to') === '2024-12-31');
  assert.equal(await to.getAttribute('aria-invalid'), null);
  // Emptied, that end is open again.
  await from.fill('');
  await from.press('Tab');
  await page.waitForFunction(() => !new URLSearchParams(location.search).has('from'));
  assertClean(problems);
  await context.close();
});
