// End-to-end: the layout a reader meets on a phone and on a laptop (issue 17, items 7 and 8).
// On a 390 px phone the claims table reads as one card per claim, with nothing off-screen and the
// table still a table to assistive technology; at 1280 × 800 an open evidence panel leaves the
// map, its Download menu and its zoom usable; on a phone the panel fills the screen and closes
// back onto the map. Screenshots go to SHOTS (`layout-*.png`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { servedDist, SHOTS } from './harness.mjs';
import { PHONE, assertClean, watchPage } from './browser.mjs';

const run = servedDist();

const LAPTOP = { viewport: { width: 1280, height: 800 } };

/** A page on `query` once the live app has drawn the map, with its problems recorded. */
async function open(device, query) {
  const context = await run.browser.newContext(device);
  const page = await context.newPage();
  const problems = watchPage(page, new URL(run.server.url).origin);
  await page.goto(run.server.url + query);
  await page.locator('.app-live svg.map [data-iso="ARG"]').waitFor({ state: 'attached', timeout: 15_000 });
  return { context, page, problems };
}

/** How far the page scrolls sideways beyond the viewport, in CSS pixels (0 when it does not). */
const sidewaysOverflow = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Whether what the reader sees at the centre of `locator` is that element (or inside it), i.e.
 * a click there reaches it. Scrolls it into view first. */
async function reachable(locator) {
  await locator.scrollIntoViewIfNeeded();
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    const inView = r.width > 0 && r.height > 0 && x >= 0 && y >= 0 && x < innerWidth && y < innerHeight;
    const hit = inView ? document.elementFromPoint(x, y) : null;
    return { inView, hit: hit?.outerHTML.slice(0, 80) ?? null, reached: !!hit && el.contains(hit) };
  });
}

/** The share of the map's on-screen area where a click lands on the map (not on something over
 * it), sampled on a 24 × 12 grid. */
function uncoveredMapShare(page) {
  return page.evaluate(() => {
    const map = document.querySelector('.app-live .map-frame');
    const r = map.getBoundingClientRect();
    const top = Math.max(r.top, 0);
    const bottom = Math.min(r.bottom, innerHeight);
    const left = Math.max(r.left, 0);
    const right = Math.min(r.right, innerWidth);
    if (bottom <= top || right <= left) return 0;
    let on = 0;
    let all = 0;
    for (let i = 0; i < 24; i += 1) {
      for (let j = 0; j < 12; j += 1) {
        const x = r.left + ((i + 0.5) * r.width) / 24;
        const y = r.top + ((j + 0.5) * r.height) / 12;
        all += 1;
        if (x < left || x >= right || y < top || y >= bottom) continue;
        const hit = document.elementFromPoint(x, y);
        if (hit && map.contains(hit)) on += 1;
      }
    }
    return on / all;
  });
}

/** Chromium's own accessibility tree (what a screen reader is given): how many nodes of each
 * table role it has. */
async function tableRoles(context, page) {
  const cdp = await context.newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const count = {};
  for (const node of nodes) {
    const role = node.role?.value;
    if (['table', 'row', 'rowheader', 'columnheader', 'cell'].includes(role)) count[role] = (count[role] ?? 0) + 1;
  }
  await cdp.detach();
  return count;
}

test('on a 390 px phone the claims table is a list of cards with every sentence on screen, still a table to screen readers', async () => {
  const { context, page, problems } = await open(PHONE, '?tab=table&c=all');
  const rows = page.locator('.claims-table tbody tr[data-actor]');
  await rows.first().waitFor();
  const count = await rows.count();
  assert.ok(count >= 20, `only ${count} claims in the table`);
  await page.screenshot({ path: join(SHOTS, 'layout-table-phone.png') });

  assert.equal(await sidewaysOverflow(page), 0, 'the page scrolls sideways');
  const region = await page.locator('.claims-table-scroll').evaluate((el) => el.scrollWidth - el.clientWidth);
  assert.equal(region, 0, 'the table scrolls sideways inside its region');

  const cards = await rows.evaluateAll((trs) =>
    trs.map((tr) => {
      const box = (selector) => {
        const el = tr.querySelector(selector);
        const r = el.getBoundingClientRect();
        return { left: r.left, right: r.right, width: r.width, height: r.height, clipped: el.scrollWidth > el.clientWidth + 1, text: el.textContent.trim() };
      };
      return {
        actor: tr.dataset.actor,
        height: tr.getBoundingClientRect().height,
        fields: {
          country: box('.col-actor'),
          stance: box('.col-stance'),
          certainty: box('.col-certainty'),
          sentence: box('.col-evidence'),
          outlet: box('.col-outlet'),
          date: box('.col-date'),
        },
      };
    }),
  );
  for (const card of cards) {
    for (const [field, b] of Object.entries(card.fields)) {
      assert.ok(b.width > 8 && b.height > 8, `${card.actor}: the ${field} is not shown (${b.width} × ${b.height})`);
      assert.ok(b.left >= 0 && b.right <= 390, `${card.actor}: the ${field} runs off the screen (${b.left}–${b.right} px): ${b.text.slice(0, 60)}`);
      assert.ok(!b.clipped, `${card.actor}: the ${field} is cut off inside its box: ${b.text.slice(0, 60)}`);
    }
    // The sentence takes the card's width, not a sliver of it.
    assert.ok(card.fields.sentence.width >= 300, `${card.actor}: the sentence is squeezed to ${card.fields.sentence.width} px`);
    assert.ok(card.height <= 400, `${card.actor}: a card ${card.height} px tall`);
  }
  const median = cards.map((c) => c.height).sort((a, b) => a - b)[Math.floor(cards.length / 2)];
  assert.ok(median <= 300, `cards are ${median} px tall (median)`);

  // A screen reader still meets a table: a header per column, a row header per claim, cells.
  const roles = await tableRoles(context, page);
  assert.equal(roles.table, 1, `table roles: ${JSON.stringify(roles)}`);
  assert.equal(roles.columnheader, 9, `table roles: ${JSON.stringify(roles)}`);
  assert.ok(roles.rowheader >= count && roles.cell >= count * 8, `table roles: ${JSON.stringify(roles)}`);

  // Sorting stays at hand, and a card opens its country's evidence.
  const sortByDate = page.getByRole('button', { name: /^Date/ });
  assert.ok((await reachable(sortByDate)).reached, 'the sort buttons are hidden or covered');
  await sortByDate.click();
  await page.waitForFunction(() => /[?&]sort=-?date/.test(location.search));
  await rows.first().locator('.col-evidence').click();
  await page.locator('#panel').waitFor();
  assertClean(problems);
  await context.close();
});

test('at 1280 × 800 an open evidence panel leaves the map, Download, share and zoom uncovered', async () => {
  const { context, page, problems } = await open(LAPTOP, '');
  await page.locator('.app-live [data-iso="ARG"]').click();
  const panel = page.getByRole('dialog', { name: 'Argentina' });
  await panel.waitFor();
  await page.screenshot({ path: join(SHOTS, 'layout-panel-laptop.png') });
  assert.equal(await sidewaysOverflow(page), 0, 'the page scrolls sideways');

  const download = page.locator('.export-menu > summary');
  for (const [name, control] of [
    ['Download', download],
    ['Copy link', page.getByRole('button', { name: 'Copy link' })],
    ['Zoom in', page.getByRole('button', { name: 'Zoom in' })],
    ['Zoom out', page.getByRole('button', { name: 'Zoom out' })],
  ]) {
    const seen = await reachable(control);
    assert.ok(seen.reached, `${name} is covered: the reader's click lands on ${seen.hit}`);
  }
  await page.evaluate(() => scrollTo(0, 0));
  const share = await uncoveredMapShare(page);
  assert.ok(share >= 0.6, `only ${Math.round(share * 100)} % of the map can be clicked`);

  // The menu opens over the map, beside the panel, and its options can be reached.
  await download.click();
  const csv = page.getByRole('button', { name: 'Claims as CSV' });
  await csv.waitFor();
  assert.ok((await reachable(csv)).reached, 'the Download menu opens under the panel');
  await page.screenshot({ path: join(SHOTS, 'layout-panel-laptop-download.png') });
  await download.click();

  // Another country is one click away on the map, the panel stays open for it.
  await page.locator('.app-live [data-iso="USA"]').click();
  await page.locator('#panel[data-selected="USA"]').waitFor();
  await page.keyboard.press('Escape');
  await panel.waitFor({ state: 'detached' });
  assertClean(problems);
  await context.close();
});

test('on a 390 px phone the evidence panel fills the screen and closes back onto the map', async () => {
  const { context, page, problems } = await open(PHONE, '?sel=ARG');
  const panel = page.getByRole('dialog', { name: 'Argentina' });
  await panel.waitFor();
  await page.screenshot({ path: join(SHOTS, 'layout-panel-phone.png') });
  assert.equal(await sidewaysOverflow(page), 0, 'the page scrolls sideways');
  const box = await panel.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 390 && box.width >= 380, `the panel is ${box.x}–${box.x + box.width} px`);
  const sentence = panel.locator('blockquote.evidence').first();
  const s = await sentence.boundingBox();
  assert.ok(s.x >= 0 && s.x + s.width <= 390, 'the sentence runs off the screen');
  const close = page.getByRole('button', { name: 'Close the evidence for Argentina' });
  assert.ok((await reachable(close)).reached, 'the close button is covered');
  await close.click();
  await panel.waitFor({ state: 'detached' });
  assert.ok(await uncoveredMapShare(page) >= 0.9 || (await reachable(page.locator('.app-live .map-frame'))).reached, 'the map is not back');
  assert.equal(await sidewaysOverflow(page), 0, 'the page scrolls sideways after closing');
  assertClean(problems);
  await context.close();
});

test('on a 390 px phone the open filters leave the map in view, and a change shows on it at once', async () => {
  const { context, page, problems } = await open(PHONE, '');
  await page.getByRole('button', { name: 'Show filters' }).click();
  const hide = page.getByRole('button', { name: 'Hide filters' });
  await hide.waitFor();
  await page.screenshot({ path: join(SHOTS, 'layout-filters-phone.png') });
  assert.equal(await sidewaysOverflow(page), 0, 'the page scrolls sideways');
  const share = await uncoveredMapShare(page);
  assert.ok(share >= 0.6, `with the filters open only ${Math.round(share * 100)} % of the map is in view`);

  // A filter is at hand, and its effect shows on the map in view: the United States loses Reject.
  const reject = page.getByLabel('Reject', { exact: true });
  assert.ok((await reachable(reject)).reached, 'the Reject filter is hidden or covered');
  const usa = page.locator('.app-live [data-iso="USA"]');
  assert.match(await usa.getAttribute('data-stances'), /reject/);
  await reject.uncheck();
  await page.waitForFunction(() => !document.querySelector('.app-live [data-iso="USA"]').dataset.stances.includes('reject'));
  const seen = await usa.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit === el;
  });
  assert.ok(seen, 'the United States is not in view while the filters are open');
  await page.screenshot({ path: join(SHOTS, 'layout-filters-phone-changed.png') });

  assert.ok((await reachable(hide)).reached, '"Hide filters" is covered');
  await hide.click();
  await page.getByRole('button', { name: 'Show filters' }).waitFor();
  assert.equal(await page.getByLabel('Break ties', { exact: true }).isVisible(), false, 'the filters did not close');
  assertClean(problems);
  await context.close();
});

// Between phone and laptop (705–1119 px) the panel is a sheet over the bottom of the screen: the
// map's controls stay uncovered, the map can be scrolled clear of it, and another country is one
// click away (issue 17, item 8, at the widths where the panel has no column of its own).
for (const width of [720, 900, 1100]) {
  test(`at ${width} px an open evidence panel leaves Download, zoom and the map usable`, async () => {
    const { context, page, problems } = await open({ viewport: { width, height: 800 } }, '');
    await page.locator('.app-live [data-iso="ARG"]').click();
    const panel = page.getByRole('dialog', { name: 'Argentina' });
    await panel.waitFor();
    await page.screenshot({ path: join(SHOTS, `layout-panel-${width}.png`) });
    assert.equal(await sidewaysOverflow(page), 0, 'the page scrolls sideways');

    const download = page.locator('.export-menu > summary');
    for (const [name, control] of [
      ['Download', download],
      ['Zoom in', page.getByRole('button', { name: 'Zoom in' })],
      ['Copy link', page.getByRole('button', { name: 'Copy link' })],
    ]) {
      const seen = await reachable(control);
      assert.ok(seen.reached, `${name} is covered: the reader's click lands on ${seen.hit}`);
    }
    // Scrolled to the tabs and Download, most of the map below them takes clicks, with Download
    // still clickable where it is.
    await page.locator('.app-live .view-bar').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const share = await uncoveredMapShare(page);
    assert.ok(share >= 0.6, `only ${Math.round(share * 100)} % of the map can be clicked`);
    const hit = await download.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return !!at && el.contains(at);
    });
    assert.ok(hit, 'Download is covered with the map in view');
    await page.screenshot({ path: join(SHOTS, `layout-panel-${width}-map.png`) });

    await download.click();
    const csv = page.getByRole('button', { name: 'Claims as CSV' });
    await csv.waitFor();
    assert.ok((await reachable(csv)).reached, 'the Download menu opens under the panel');
    await download.click();

    await page.locator('.app-live [data-iso="USA"]').click();
    await page.locator('#panel[data-selected="USA"]').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('#panel[data-selected="USA"]').waitFor({ state: 'detached' });
    assertClean(problems);
    await context.close();
  });
}
