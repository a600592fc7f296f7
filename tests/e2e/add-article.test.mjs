// End-to-end: "Add article" is at hand on a desktop without scrolling (1280 × 800 and 1440 × 900),
// and an article added is shown on the map at once: the source filter chooses it, a notice names
// its countries, and "Show all articles" brings every article back (issue 17, "Expected, and
// missing"). Screenshots go to SHOTS (`add-*.png`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { servedDist, SHOTS, READER_ARTICLE, addArticle } from './harness.mjs';
import { assertClean, watchPage } from './browser.mjs';

const run = servedDist();

const ARTICLE = READER_ARTICLE;

const stancesOf = (page, iso) => page.getAttribute(`.app-live svg.map [data-iso="${iso}"]`, 'data-stances');

/** Whether `locator` is wholly on screen without scrolling and a click at its centre reaches it. */
function onScreen(locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return {
      box: [r.left, r.top, r.right, r.bottom].map(Math.round),
      inside: r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth,
      reached: !!hit && el.contains(hit),
      scrolled: scrollY,
    };
  });
}

for (const [width, height] of [[1280, 800], [1440, 900]]) {
  test(`at ${width} × ${height} "Add article" is on screen without scrolling`, async () => {
    const context = await run.browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    const problems = watchPage(page, new URL(run.server.url).origin);
    await page.goto(run.server.url);
    await page.locator('.app-live svg.map [data-iso="ARG"]').waitFor({ state: 'attached', timeout: 15_000 });
    const add = page.getByRole('button', { name: 'Add article' });
    const seen = await onScreen(add);
    await page.screenshot({ path: join(SHOTS, `add-reach-${width}.png`) });
    assert.equal(seen.scrolled, 0);
    assert.ok(seen.inside && seen.reached, `"Add article" is not at hand without scrolling: ${JSON.stringify(seen)}`);
    assertClean(problems);
    await context.close();
  });
}

test('an article added is shown alone on the map with a notice naming its countries, and every article comes back', async () => {
  const context = await run.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const problems = watchPage(page, new URL(run.server.url).origin);
  await page.goto(run.server.url);
  await page.locator('.app-live svg.map [data-iso="ARG"]').waitFor({ state: 'attached', timeout: 15_000 });
  const argentina = await stancesOf(page, 'ARG');
  assert.notEqual(argentina, '', 'the seed corpus no longer paints Argentina');

  await addArticle(page, ARTICLE);

  // The map shows the article alone: its countries painted, the corpus's others not.
  const notice = page.locator('.added-article .notice-bar');
  await notice.waitFor({ timeout: 15_000 });
  const said = await notice.innerText();
  assert.match(said, /The map shows your article “Ottawa and Tokyo weigh in on the vote” alone: /);
  for (const name of ['Canada', 'Japan', 'Nicaragua']) assert.ok(said.includes(name), `the notice does not name ${name}: ${said}`);
  assert.equal(await stancesOf(page, 'CAN'), 'reject');
  assert.equal(await stancesOf(page, 'JPN'), 'reject');
  assert.equal(await stancesOf(page, 'ARG'), '', 'Argentina, absent from the article, is still painted');
  const source = await page.locator('#filter-article').evaluate((s) => s.options[s.selectedIndex].textContent);
  assert.match(source, /^Ottawa and Tokyo/, `the Source article menu says ${source}`);
  assert.match(await page.evaluate(() => location.search), /[?&]a=local/);
  // The notice and the map are both on screen.
  assert.ok((await onScreen(notice)).inside, 'the notice is off screen');
  const canada = await onScreen(page.locator('.app-live svg.map [data-iso="CAN"]'));
  assert.ok(canada.reached, `Canada is not in view: ${JSON.stringify(canada)}`);
  await page.screenshot({ path: join(SHOTS, 'add-added.png') });

  await notice.getByRole('button', { name: 'Show all articles' }).click();
  await page.waitForFunction(() => !/[?&]a=/.test(location.search));
  assert.equal(await stancesOf(page, 'ARG'), argentina);
  assert.equal(await stancesOf(page, 'CAN'), 'reject');
  assert.equal(await page.locator('.added-article .notice-bar').count(), 0, 'the notice stayed');
  assertClean(problems);
  await context.close();
});
