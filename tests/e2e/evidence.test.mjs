// End-to-end: a country's evidence (panel, reader), the claims table and the downloads, on the
// built dist/, at desktop and phone widths, with no console error and no request off the origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { checkDownloads, servedDist, SHOTS } from './harness.mjs';
import { PHONE, assertClean, watchPage } from './browser.mjs';

const run = servedDist();

/** Requests for the articles' whole texts (`atlas-texts-<hash>.txt`), loaded when one is opened. */
const TEXTS = /\/atlas-texts-[0-9a-f]+\.txt$/;

const DESKTOP = { viewport: { width: 1280, height: 800 } };

/** A page on `query` (e.g. `?sel=ARG`) once the map is drawn, with its problems recorded. */
async function open(device, query = '', options = {}) {
  const context = await run.browser.newContext({ ...device, ...options });
  const page = await context.newPage();
  const problems = watchPage(page, new URL(run.server.url).origin);
  await page.goto(run.server.url + query);
  await page.locator('svg.map [data-iso="ARG"]').waitFor({ state: 'attached', timeout: 15_000 });
  return { context, page, problems };
}

test('clicking Argentina shows its evidence sentence with the mention marked, and Escape returns focus', async () => {
  const { context, page, problems } = await open(DESKTOP);
  await page.locator('[data-iso="ARG"]').click();
  const panel = page.getByRole('dialog', { name: 'Argentina' });
  await panel.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'evidence-heading', 'focus did not move into the panel');
  const claims = panel.locator('.claim');
  assert.ok((await claims.count()) >= 1, 'no claim listed');
  const first = claims.first();
  const sentence = await first.locator('blockquote.evidence').textContent();
  assert.ok(sentence.length > 20, `evidence too short: ${sentence}`);
  assert.match(await first.locator('blockquote.evidence mark').first().textContent(), /Argentin|Milei|Buenos Aires/);
  assert.match(await first.locator('.claim-rule code').textContent(), /\w/);
  assert.match(await first.locator('.claim-source').textContent(), /\d{4}/);
  assert.ok((await panel.locator('.timeline-strip circle').count()) >= 1, 'no dot on the timeline');
  await page.screenshot({ path: join(SHOTS, 'evidence-desktop.png') });

  await page.keyboard.press('Escape');
  await panel.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-iso')), 'ARG', 'focus did not return to the country');
  assertClean(problems);
  await context.close();
});

test('"Read in article" shows the whole article with the sentence highlighted in view', async () => {
  for (const [name, device] of [['desktop', DESKTOP], ['phone', PHONE]]) {
    const { context, page, problems } = await open(device, '?sel=ARG');
    const texts = [];
    page.on('request', (request) => TEXTS.test(request.url()) && texts.push(request.url()));
    const panel = page.getByRole('dialog', { name: 'Argentina' });
    await panel.waitFor();
    const sentence = (await panel.locator('blockquote.evidence').first().textContent()).trim();
    if (name === 'phone') await page.screenshot({ path: join(SHOTS, `evidence-${name}.png`) });
    assert.deepEqual(texts, [], 'the articles\' texts were downloaded before an article was opened');
    await panel.getByRole('button', { name: 'Read in article' }).first().click();
    const reader = page.locator('dialog.reader[open]');
    await reader.waitFor();
    // The whole text arrives on demand; the status line goes when it is there.
    await reader.locator('.reader-body p').nth(3).waitFor();
    assert.equal(await reader.locator('.reader-status').count(), 0, 'the reader still says it is loading');
    assert.equal(texts.length, 1, `opening an article loads the texts once: ${texts}`);
    const marked = reader.locator('mark.reader-sentence');
    assert.ok((await marked.count()) >= 1, 'the sentence is not highlighted');
    assert.ok(sentence.startsWith((await marked.first().textContent()).trim().slice(0, 30)), 'another sentence is highlighted');
    assert.ok((await reader.locator('.reader-body p').count()) > 3, 'paragraphs were not kept');
    assert.ok(await marked.first().isVisible());
    const inView = await marked.first().evaluate((el) => {
      const r = el.getBoundingClientRect();
      const box = el.closest('.reader-body').getBoundingClientRect();
      return r.top >= box.top - 1 && r.top < box.bottom;
    });
    assert.ok(inView, 'the sentence was not scrolled into view');
    await page.screenshot({ path: join(SHOTS, `reader-${name}.png`) });
    await page.keyboard.press('Escape');
    await reader.waitFor({ state: 'detached' });
    assert.ok(await panel.isVisible(), 'Escape in the reader also closed the panel');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Read in article', 'focus did not return');
    assertClean(problems);
    await context.close();
  }
});

test('when the texts cannot load, the reader shows the sentence and says why', async () => {
  const { context, page } = await open(DESKTOP, '?sel=ARG');
  await page.route(TEXTS, (route) => route.fulfill({ status: 404, body: 'gone' }));
  const panel = page.getByRole('dialog', { name: 'Argentina' });
  await panel.waitFor();
  const sentence = (await panel.locator('blockquote.evidence').first().textContent()).trim();
  await panel.getByRole('button', { name: 'Read in article' }).first().click();
  const status = page.locator('dialog.reader[open] .reader-status');
  await status.filter({ hasText: 'could not be loaded' }).waitFor();
  assert.match(await status.textContent(), /atlas-texts-[0-9a-f]+\.txt could not be downloaded: the server answered 404/);
  const shown = (await page.locator('dialog.reader[open] mark.reader-sentence').first().textContent()).trim();
  assert.equal(shown, sentence.trim(), 'the reader does not show the evidence sentence');
  await page.screenshot({ path: join(SHOTS, 'reader-texts-missing.png') });
  await context.close();
});

test('the table lists the claims, sorts by a column with aria-sort, and a row opens the evidence', async () => {
  for (const [name, device] of [['desktop', DESKTOP], ['phone', PHONE]]) {
    const { context, page, problems } = await open(device);
    await page.getByRole('tab', { name: 'Table' }).click();
    const table = page.locator('table.claims-table');
    await table.waitFor();
    assert.equal(await page.getByRole('tab', { name: 'Table' }).getAttribute('aria-selected'), 'true');
    const rows = table.locator('tbody tr');
    assert.ok((await rows.count()) >= 3, 'too few rows');
    assert.match(await page.locator('.claims-summary').textContent(), /\d+ claims? · All stances/);
    const dates = () => table.locator('tbody .col-date time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
    await table.getByRole('button', { name: /^Date/ }).click();
    assert.equal(await table.locator('th.col-date').getAttribute('aria-sort'), 'ascending');
    const ascending = await dates();
    assert.deepEqual(ascending, [...ascending].sort(), 'dates not ascending');
    await table.getByRole('button', { name: /^Date/ }).click();
    assert.equal(await table.locator('th.col-date').getAttribute('aria-sort'), 'descending');
    const descending = await dates();
    assert.deepEqual(descending, [...ascending].sort().reverse(), 'dates not descending');
    assert.equal(await table.locator('th[aria-sort]').count(), 1, 'more than one column claims to be sorted');
    if (name === 'phone') {
      // One card per claim (layout.test.mjs looks at the cards): nothing to scroll sideways to.
      const scrolls = await page.locator('.claims-table-scroll').evaluate((el) => el.scrollWidth > el.clientWidth);
      assert.ok(!scrolls, 'the table scrolls sideways on a phone');
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'the page itself scrolls sideways');
    }
    await page.locator('.claims-table-scroll').evaluate((el) => (el.scrollLeft = 0));
    await page.locator('.claims-summary').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, `table-${name}.png`) });

    await table.locator('tbody tr[data-actor="ARG"] .row-select').first().focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Argentina' }).waitFor();
    assertClean(problems);
    await context.close();
  }
});

test('the claims download as CSV and JSON, and the map as SVG and PNG', async () => {
  const { context, page, problems } = await open(DESKTOP, '', { acceptDownloads: true });
  await checkDownloads(page);
  assertClean(problems);
  await context.close();
});

test('"Over time" counts never overlap each other or a dot, and every dot is inside the strip', async () => {
  const { context, page, problems } = await open(DESKTOP, '?c=all');
  // The countries with the most claims stack the most dots.
  const countries = ['USA', 'ARG', 'BRA', 'COL', 'CHL', 'PER', 'MEX', 'ESP', 'CUB', 'RUS', 'CHN', 'URY'];
  let labels = 0;
  for (const code of countries) {
    await page.goto(`${run.server.url}?c=all&sel=${code}`);
    const strip = page.locator('#panel .timeline-strip');
    try {
      await strip.waitFor({ timeout: 5_000 });
    } catch {
      continue; // no claim of this country
    }
    const found = await strip.evaluate((svg) => {
      const [, , width, height] = svg.getAttribute('viewBox').split(' ').map(Number);
      const box = (el, grow) => {
        const b = el.getBBox();
        return { el: el.textContent, x0: b.x - grow, x1: b.x + b.width + grow, y0: b.y - grow, y1: b.y + b.height + grow };
      };
      const dots = [...svg.querySelectorAll('circle')].map((c) => box(c, Number(c.getAttribute('stroke-width')) / 2));
      const counts = [...svg.querySelectorAll('.timeline-count')].map((t) => box(t, 0));
      return { width, height, dots, counts };
    });
    const meets = (a, b) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
    for (const dot of found.dots) {
      assert.ok(dot.x0 >= 0 && dot.x1 <= found.width && dot.y0 >= 0 && dot.y1 <= found.height, `${code}: a dot is cut off: ${JSON.stringify(dot)} in ${found.width}×${found.height}`);
    }
    for (const [i, count] of found.counts.entries()) {
      assert.ok(count.x1 <= found.width, `${code}: ${count.el} is cut off`);
      for (const other of found.counts.slice(i + 1)) assert.ok(!meets(count, other), `${code}: ${count.el} overlaps ${other.el}`);
      for (const dot of found.dots) assert.ok(!meets(count, dot), `${code}: ${count.el} covers a dot`);
    }
    labels += found.counts.length;
    if (code === 'USA') await page.locator('#panel').screenshot({ path: join(SHOTS, 'timeline-usa.png') });
  }
  assert.ok(labels > 0, 'no country has stacked claims: the check above checked nothing');
  assertClean(problems);
  await context.close();
});
