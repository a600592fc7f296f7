// End-to-end: a long paste (~400 KB, the English evaluation articles end to end, as often as it
// takes) in the "Add article" dialog (issue 17, item 5). The dialog says it is reading before the
// work starts; the review lists the claims a page at a time, never thousands of rows, while saying
// how many there are; ticks hold across pages; "Add" adds exactly the ticked claims, which reach the
// map and the table. Behaviour only: how long it takes is measured by `cargo xtask bench`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { servedDist, SHOTS } from './harness.mjs';
import { watchPage, assertClean } from './browser.mjs';
import { longText } from './long-text.mjs';

const run = servedDist();
/** Most rows the review may show at once. */
const PAGE = 50;

/** Puts `text` into the article field as a paste does: one input event. */
async function paste(page, text) {
  await page.evaluate((value) => {
    const field = document.getElementById('add-text');
    field.value = value;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
}

test('a 400 KB paste is read with a visible state, reviewed a page at a time, and added tick for tick', async () => {
  const text = longText(400_000);
  const origin = new URL(run.server.url).origin;
  const context = await run.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const problems = watchPage(page, origin);
  await page.goto(run.server.url);
  await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0, null, { timeout: 15_000 });
  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an article' });
  const find = dialog.getByRole('button', { name: 'Find stances' });
  await find.and(page.locator(':enabled')).waitFor();
  await paste(page, text);

  // The reading state is in the page at the next frame, and the claims are not yet: the work waits
  // until that frame is painted.
  const atFrame = await page.evaluate(async () => {
    document.querySelector('.add-form button[type=submit]').click();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return {
      status: [...document.querySelectorAll('.add-form .reader-status')].map((p) => p.textContent).join(' '),
      found: document.getElementById('found-heading') !== null,
      disabled: document.querySelector('.add-form button[type=submit]').disabled,
    };
  });
  const kb = Math.ceil(Buffer.byteLength(text) / 100) / 10;
  assert.equal(atFrame.status, `Reading ${kb} kB…`);
  assert.equal(atFrame.found, false, 'the claims were there before the reading state was painted');
  assert.equal(atFrame.disabled, true, '"Find stances" can be pressed again while the text is read');

  const heading = dialog.locator('#found-heading');
  await heading.waitFor({ timeout: 60_000 });
  const total = Number((await heading.textContent()).match(/^(\d+) stances found$/)?.[1]);
  assert.ok(total > 10 * PAGE, `only ${total} claims in 400 KB`);
  assert.equal(await dialog.locator('.add-form .reader-status').count(), 0, 'the reading state stayed');
  const rows = dialog.locator('.found-claim');
  assert.equal(await rows.count(), PAGE, 'the review does not show one page of claims');
  const pages = dialog.locator('.found-pages');
  assert.equal(await pages.locator('span').textContent(), `1–${PAGE} of ${total}`);
  const previous = pages.getByRole('button', { name: 'Previous' });
  const next = pages.getByRole('button', { name: 'Next' });
  assert.equal(await previous.isDisabled(), true);
  await pages.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'long-paste-review.png') });

  // Untick two claims on the first page and one on the second; each stays unticked across pages.
  const label = (i) => rows.nth(i).locator('.found-head').textContent();
  const firstPage = [await label(0), await label(1)];
  await rows.nth(0).locator('input').uncheck();
  await rows.nth(1).locator('input').uncheck();
  await next.click();
  await pages.locator('span', { hasText: `${PAGE + 1}–${2 * PAGE} of ${total}` }).waitFor();
  assert.equal(await rows.count(), PAGE);
  assert.equal(await rows.locator('input:not(:checked)').count(), 0, 'the second page starts unticked');
  await rows.nth(3).locator('input').uncheck();
  await previous.click();
  await pages.locator('span', { hasText: `1–${PAGE} of ${total}` }).waitFor();
  assert.deepEqual([await label(0), await label(1)], firstPage);
  assert.equal(await rows.nth(0).locator('input').isChecked(), false);
  assert.equal(await rows.nth(1).locator('input').isChecked(), false);
  assert.equal(await rows.nth(2).locator('input').isChecked(), true);
  // Paging to the end shows the last claims, and never more than a page.
  for (let first = PAGE; first < total; first += PAGE) await next.click();
  const lastFirst = Math.floor((total - 1) / PAGE) * PAGE;
  await pages.locator('span', { hasText: `${lastFirst + 1}–${total} of ${total}` }).waitFor();
  assert.equal(await rows.count(), total - lastFirst);
  assert.equal(await next.isDisabled(), true);

  // The text repeats, and an unticked claim leaves out its repeats too (they are the same claim):
  // what "Add" says it adds is the count of claims still ticked, fewer by at least the three.
  const add = dialog.getByRole('button', { name: /^Add to map/ });
  const [kept, of] = (await add.textContent()).match(/\((\d+) of (\d+)\)/).slice(1).map(Number);
  assert.equal(of, total);
  assert.ok(kept <= total - 3 && kept > total / 2, `adds ${kept} of ${total}`);
  await add.click();
  await dialog.waitFor({ state: 'hidden' });

  // The article's claims reach the map and the table: exactly the ticked ones.
  const id = await page.locator('.local-list .local-article').first().getAttribute('data-file', { timeout: 30_000 });
  assert.match(id, /^local:[0-9a-f]{16}$/);
  await page.locator('#filter-article').selectOption(id);
  await page.getByRole('radio', { name: 'Include speculative' }).check();
  await page.waitForFunction(() => /[?#&]a=local/.test(location.href));
  const painted = await page.$$eval('svg.map [data-iso]', (els) => els.filter((el) => el.dataset.stances).length);
  assert.ok(painted >= 10, `only ${painted} countries painted by the article`);
  await page.getByRole('tab', { name: 'Table' }).click();
  const caption = page.locator('.claims-summary');
  await caption.waitFor();
  assert.match(await caption.textContent(), new RegExp(`^${kept} claims · `));
  assertClean(problems);
  await context.close();
});
