// End-to-end: the built dist/ opens to the world map and the article list, at desktop and phone
// widths, with no console error, no 404 and no request off the page's origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { copyFileSync, readFileSync, readdirSync } from 'node:fs';
import { DIST, ROOT, servedDist, SHOTS, MIN_COUNTRIES } from './harness.mjs';
import { watchPage } from './browser.mjs';

const run = servedDist();

const VIEWPORTS = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
];

for (const { name, ...device } of VIEWPORTS) {
  test(`the first page shows the map and the articles cleanly on a ${name}`, async () => {
    const context = await run.browser.newContext(device);
    const page = await context.newPage();
    const problems = watchPage(page, new URL(run.server.url).origin);
    await page.goto(run.server.url);
    try {
      await page.waitForFunction(
        (min) => document.querySelectorAll('svg.map [data-iso]').length >= min,
        MIN_COUNTRIES,
        { timeout: 15_000 },
      );
    } catch (error) {
      await page.screenshot({ path: join(SHOTS, `first-page-${name}-failed.png`), fullPage: true });
      const drawn = await page.locator('[data-iso]').count();
      throw new Error(
        `the map did not show ${MIN_COUNTRIES} countries (${drawn} drawn; screenshot in ${SHOTS}): ` +
          `${error.message}\n${JSON.stringify(problems, null, 2)}`,
      );
    }

    const countries = await page.$$eval('[data-iso]', (els) =>
      els.map((el) => ({
        iso: el.getAttribute('data-iso'),
        stances: el.getAttribute('data-stances'),
        label: el.getAttribute('aria-label'),
      })),
    );
    assert.ok(countries.length >= MIN_COUNTRIES, `only ${countries.length} countries drawn`);
    const codes = countries.map((c) => c.iso);
    assert.equal(new Set(codes).size, codes.length, 'a country is drawn twice');
    for (const c of countries) {
      assert.match(c.iso, /^[A-Z]{3}$/, `bad data-iso ${c.iso}`);
      assert.notEqual(c.stances, null, `${c.iso} has no data-stances attribute`);
      assert.match(c.stances, /^((recognize|reject|break_ties|offer_asylum)( |$))*$/, `${c.iso}: ${c.stances}`);
      assert.ok(c.label && c.label.length > 3, `${c.iso} has no accessible name`);
    }
    assert.equal(await page.locator('[data-iso="VEN"].is-subject').count(), 1, 'Venezuela is not marked as the subject');
    assert.equal(await page.locator('#loading').count(), 0, 'the loading state is still shown');

    const articles = await page.locator('.article').count();
    assert.ok(articles >= 5, `only ${articles} articles listed`);
    assert.ok((await page.locator('.article time').first().textContent()).length > 4);

    // Keyboard readers can skip the map's many tab stops: the first Tab reaches the skip button.
    await page.keyboard.press('Tab');
    assert.match(await page.evaluate(() => document.activeElement?.textContent ?? ''), /Skip the map/);
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'articles-heading');

    // The tooltip names the country under keyboard focus.
    await page.focus('[data-iso="BRA"]');
    await page.locator('.map-tooltip:not([hidden])').waitFor();
    assert.match(await page.locator('.map-tooltip').textContent(), /Brazil/);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-iso')), 'BRA', 'focus was lost');

    await page.screenshot({ path: join(SHOTS, `first-page-${name}.png`), fullPage: true });
    if (name === 'desktop') {

      await page.hover('[data-iso="ARG"]');
      assert.match(await page.locator('.map-tooltip').textContent(), /Argentina/);
      await page.screenshot({ path: join(SHOTS, `first-page-${name}-hover.png`) });
      // The README's picture of the map; only on request, so a test run never changes the tree.
      if (process.env.UPDATE_DOCS_SCREENSHOT === '1') {
        copyFileSync(join(SHOTS, `first-page-${name}-hover.png`), join(ROOT, 'docs', 'map.png'));
      }
    }

    assert.deepEqual(problems.consoleErrors, [], 'console errors');
    assert.deepEqual(problems.httpErrors, [], 'HTTP errors');
    assert.deepEqual(problems.failedRequests, [], 'failed requests');
    assert.deepEqual(problems.offOrigin, [], 'requests off the origin');
    assert.deepEqual(run.server.missing, [], 'paths the server could not serve');
    await context.close();
  });
}

test('without JavaScript the page says what it needs instead of loading forever', async () => {
  const context = await run.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const problems = watchPage(page, new URL(run.server.url).origin);
  await page.goto(run.server.url);
  assert.ok(await page.locator('.noscript').isVisible(), 'the <noscript> message is hidden');
  // The picture of the default map stays, text and all: no script marks it painted.
  for (const part of ['.site-title', '.map-caption', '.view-bar']) {
    assert.ok(await page.locator(`.prerender ${part}`).first().isVisible(), `${part} of the picture is hidden`);
  }
  assert.ok(!(await page.locator('#loading').isVisible()), 'the loading state shows without JavaScript');
  assert.deepEqual(problems.httpErrors, [], 'HTTP errors');
  assert.deepEqual(problems.offOrigin, [], 'requests off the origin');
  await context.close();
});

test('before the app starts the page shows a loading state', async () => {
  const context = await run.browser.newContext();
  const page = await context.newPage();
  // Hold the wasm back so the state before the app mounts can be seen.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(run.server.url, { waitUntil: 'domcontentloaded' });
  // The picture's first frame is the map alone; its text and the loading status follow.
  await page.waitForFunction(() => document.documentElement.classList.contains('painted'), null, { timeout: 10_000 });
  assert.ok(await page.locator('#loading').isVisible(), 'no loading state before the app runs');
  assert.match(await page.locator('#loading').textContent(), /Loading/);
  // The release build paints its prerendered first view meanwhile: the map with its stances, as a
  // picture that takes no focus or clicks.
  const picture = page.locator('.prerender[inert] svg.map [data-stances]:not([data-stances=""])');
  assert.ok((await picture.count()) > 0, 'no prerendered map with stances before the app runs');
  assert.equal(await page.locator('svg.map [data-iso]').count(), 0, 'the picture claims to be the live map');
  await page.screenshot({ path: join(SHOTS, 'before-the-app.png') });
  release();
  await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0);
  assert.equal(await page.locator('#loading').count(), 0, 'the loading state stays after the app mounted');
  assert.equal(await page.locator('.prerender').count(), 0, 'the prerendered view stays after the app mounted');
  assert.ok((await page.locator('svg.map [data-iso]').count()) >= MIN_COUNTRIES, 'the app did not draw its map');
  await context.close();
});

/** Where the prerendered picture draws its map: x, y, width, height. */
const mapBox = (page) => page.locator('.prerender svg.map').evaluate((svg) => {
  const r = svg.getBoundingClientRect();
  return [r.x, r.y, r.width, r.height];
});

/** Opens the page with the app held back (its wasm never arrives: only the page's own HTML
 * shows), and waits until the head script has put the picture's held-back parts in place. */
async function openPicture(page) {
  await page.route('**/*.wasm', () => {});
  await page.goto(run.server.url);
  await page.waitForFunction(() => document.documentElement.classList.contains('painted'), null, { timeout: 10_000 });
}

for (const { name, ...device } of VIEWPORTS) {
  test(`the parts of the picture held back from the first frame arrive without moving the map on a ${name}`, async () => {
    // Where the map is drawn while the parts beside and below it are held back: without scripts
    // they stay held back, so that is the first frame's layout.
    const still = await run.browser.newContext({ ...device, javaScriptEnabled: false });
    const first = await still.newPage();
    await first.goto(run.server.url);
    assert.ok((await first.locator('.prerender template[data-later]').count()) >= 5, 'nothing is held back from the first frame');
    assert.equal(await first.locator('.prerender input, .prerender select, .prerender textarea').count(), 0, 'form controls in the first frame');
    const before = await mapBox(first);
    await still.close();

    const context = await run.browser.newContext(device);
    const page = await context.newPage();
    const problems = watchPage(page, new URL(run.server.url).origin);
    await openPicture(page);
    assert.equal(await page.locator('template[data-later]').count(), 0, 'parts of the picture stayed held back');
    for (const part of ['.filters-body', '.selection-panel', '.bloc-list', 'section.articles', '.site-footer']) {
      assert.ok((await page.locator(`.prerender ${part}`).count()) > 0, `${part} is missing from the picture`);
    }
    assert.deepEqual(await mapBox(page), before, 'the map moved when the rest of the picture arrived');
    for (const part of ['.site-title', '.share-bar', '.filters-head', '.view-bar', '.map-toolbar', '.map-caption']) {
      assert.ok(await page.locator(`.prerender ${part}`).first().isVisible(), `${part} of the picture is not shown`);
    }
    assert.deepEqual(problems.consoleErrors, [], 'console errors');
    await context.close();
  });
}

test('the first frame draws the map where the next frame does, from phone to wide screens', async () => {
  // The first frame lays out (almost) no text: the one-line texts above the map are boxes one line
  // high (styles/app.css). The map must not move when their text arrives, at any width.
  // `first`: no scripts, so the held-back parts stay held back; the class the head script sets
  // for the first frame is added by hand. `next`: the page's own script has put everything in place.
  // A line box laid out from a font's metrics can round differently from one `1lh` high, by a
  // 64th of a pixel: the test allows half a pixel, far below what shows or counts as a shift.
  const still = await run.browser.newContext({ javaScriptEnabled: false });
  const first = await still.newPage();
  await first.goto(run.server.url);
  await first.evaluate(() => document.documentElement.classList.add('first-frame'));
  const context = await run.browser.newContext();
  const next = await context.newPage();
  await openPicture(next);
  const widths = [390, 412, 479, 480, 896, 897];
  for (let width = 320; width <= 1920; width += 40) widths.push(width);
  const moved = [];
  for (const width of widths) {
    for (const page of [first, next]) await page.setViewportSize({ width, height: 800 });
    const [before, after] = [await mapBox(first), await mapBox(next)];
    if (before.some((x, i) => Math.abs(x - after[i]) > 0.5)) moved.push(`${width}px: ${before} -> ${after}`);
  }
  // The first frame does skip text: its title is a box without its text.
  await first.setViewportSize({ width: 1280, height: 800 });
  const skipped = await first.locator('.prerender .site-title').evaluate((title) => getComputedStyle(title).contentVisibility);
  await still.close();
  await context.close();
  assert.deepEqual(moved, [], 'the map moved between the first frame and the next');
  assert.equal(skipped, 'hidden', 'the first frame lays out the title\'s text');
});

test('if the page\'s head script never runs, the app starts all the same', async () => {
  // A page rewritten on its way (its inline script's hash no longer matching the policy) loses
  // the head script that tells the loader the picture is painted; the loader starts on its own.
  const context = await run.browser.newContext();
  const page = await context.newPage();
  await page.route(run.server.url, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    const without = html.replace(/<script>\(\(\)=>\{.*?<\/script>/s, '');
    assert.notEqual(without, html, 'no head script to remove');
    await route.fulfill({ response, body: without });
  });
  await page.goto(run.server.url);
  await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0, null, { timeout: 15_000 });
  assert.ok((await page.locator('svg.map [data-iso]').count()) >= MIN_COUNTRIES, 'the app did not draw its map');
  await context.close();
});

test('a link to another view never shows the prerendered default view, only the loading state', async () => {
  const context = await run.browser.newContext();
  const page = await context.newPage();
  await page.route('**/*.wasm', () => {}); // the app never starts: only the page's own HTML shows
  await page.goto(`${run.server.url}?s=reject`, { waitUntil: 'domcontentloaded' });
  assert.ok(await page.evaluate(() => document.documentElement.classList.contains('custom-view')));
  assert.ok(await page.locator('#loading').isVisible(), 'no loading state');
  assert.ok(!(await page.locator('.prerender svg.map').isVisible()), 'the default view shows under a link to another view');
  await context.close();
});

test('the page carries each outline once, and the app draws them all under any link', async () => {
  // The outlines live in the prerendered view only: not in the wasm, not in a second block.
  // The app draws the countries in the page's order, which carries no codes: Venezuela's outline
  // is the one at Venezuela's place among the live map's countries.
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const drawn = [...html.matchAll(/<path [^>]*class="[^"]*\bshape\b[^"]*"[^>]*>/g)].map((m) => m[0].match(/ d="([^"]+)"/)?.[1]);
  const order = await (async () => {
    const context = await run.browser.newContext();
    const page = await context.newPage();
    await page.goto(run.server.url);
    await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0);
    const codes = await page.$$eval('svg.map .countries path.shape[data-iso]', (paths) => paths.map((p) => p.dataset.iso));
    await context.close();
    return codes;
  })();
  assert.equal(drawn.length, order.length, 'the prerendered view and the app draw different numbers of outlines');
  assert.ok(!/data-shape/.test(html), 'the outlines carry their codes');
  const venezuela = drawn[order.indexOf('VEN')];
  assert.ok(venezuela && venezuela.length > 100, 'the prerendered view lacks the outline of Venezuela');
  assert.equal(html.split(venezuela).length - 1, 1, 'the page carries the outline of Venezuela more than once');
  assert.ok(!html.includes('atlas-geometry'), 'the block of outlines stayed in the page');
  const wasm = readdirSync(DIST).find((name) => /^stance-atlas-.*_bg\.wasm$/.test(name));
  assert.ok(!readFileSync(join(DIST, wasm)).includes(venezuela), 'the app wasm carries the outlines too');

  // Under a link to another view the picture is hidden, yet the app reads the outlines from it.
  const context = await run.browser.newContext();
  const page = await context.newPage();
  const problems = watchPage(page, new URL(run.server.url).origin);
  await page.goto(`${run.server.url}?s=reject`);
  await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0);
  const outlines = await page.$$eval('svg.map path.shape[data-iso]', (paths) => paths.map((p) => [p.dataset.iso, p.getAttribute('d')]));
  assert.ok(outlines.length >= MIN_COUNTRIES - 20, `only ${outlines.length} outlines drawn`);
  assert.deepEqual(outlines.filter(([, d]) => !d || d.length < 10).map(([code]) => code), [], 'countries drawn without an outline');
  assert.equal(outlines.find(([code]) => code === 'VEN')?.[1], venezuela);
  assert.doesNotMatch(await page.locator('body').innerText(), /lacks the outline/);
  assert.deepEqual(problems.consoleErrors, [], 'console errors');
  await context.close();
});
