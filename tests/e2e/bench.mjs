// `cargo xtask bench` runs this: startup and filter latency of the built site in headless Chromium,
// medians of several runs, printed as text and as one `BENCH {json}` line for the caller.
//
// Startup ratio: the app (navigation → map painted with its stances, by the prerendered first
// view in a release dist; and separately, to the app's 'app-ready' mark, when it responds) against
// the same SVG served as a plain static HTML page (saved from the app's own DOM after load, with
// the app's stylesheets, checked to draw the map alike), measured alternately in one browser run,
// each load in a fresh context with caching off.
//
// "Painted" is when the frame that first holds a country with a non-empty `data-stances` is on
// screen: both pages get the same probe (an init script, a MutationObserver) that notes when such a
// country is in the DOM; if the page's first contentful paint was rendered after that (its
// `paintTime`), the paint's presentation time (`startTime`) is the figure. Otherwise (the map came
// later than the first paint) the figure is the start of the next animation frame, which is
// earlier than its presentation, and the output counts such loads. The start of that frame is
// printed too, for both pages. performance.now() counts from the start of the navigation.
//
// Filter latency: the app's own `performance.measure('filter', …)` entries when it records them
// (the filter-start / filter-end marks); otherwise from the click to the next animation frame after
// the map's data-stances changed (a MutationObserver). Each stance checkbox is toggled RUNS times.
import { mkdir, writeFile, copyFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDirectory } from './server.mjs';
import { launchBrowser } from './browser.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = resolve(process.env.DIST_DIR ?? join(ROOT, 'dist'));
const OUT = resolve(process.env.BENCH_DIR ?? join(ROOT, 'target', 'bench'));
const RUNS = Number(process.env.RUNS ?? 21);
const TIMEOUT = Number(process.env.BENCH_TIMEOUT ?? 120_000);

const PAINTED = 'svg.map [data-stances]:not([data-stances=""])';

// Runs in every page before its own scripts. Once the frame holding the map has started and the
// page has reported its first contentful paint, it says so on the console: the bench waits for that
// message, not with `waitForFunction`, which would evaluate Playwright's injected script (10-20 ms
// of main-thread work, measured in Chromium traces) in the page while its first frame is still
// being rastered and presented. Nothing is evaluated in a page until its map is on screen.
const DONE = 'stance-atlas-bench: map on screen';
const PROBE = `(() => {
  const selector = ${JSON.stringify(PAINTED)};
  let frame = false, paint = false;
  const done = () => frame && paint && console.log(${JSON.stringify(DONE)});
  const check = () => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    window.__mapInDom = performance.now();
    requestAnimationFrame(() => { window.__mapFrame = performance.now(); frame = true; done(); });
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-stances'] });
  new PerformanceObserver((list, self) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    self.disconnect();
    paint = true;
    done();
  }).observe({ type: 'paint', buffered: true });
})();`;

/** When the page's map with its stances was painted, read after the probe saw its frame. */
const PAINT_TIMES = () => {
  const first = performance.getEntriesByName('first-contentful-paint')[0];
  const rendered = first ? (first.paintTime ?? first.startTime) : null;
  const presented = first !== undefined && rendered >= window.__mapInDom;
  return { painted: presented ? first.startTime : window.__mapFrame, presented, frame: window.__mapFrame };
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function loadTime(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(PROBE);
  await Promise.all([
    page.waitForEvent('console', { predicate: (m) => m.text() === DONE, timeout: TIMEOUT }),
    page.goto(url, { waitUntil: 'commit' }),
  ]);
  const { painted, presented, frame } = await page.evaluate(PAINT_TIMES);
  // The app (not the static page) marks when it has drawn itself and taken over from the
  // prerendered first view: from then on the page responds.
  const isApp = await page.evaluate(() => document.querySelector('script[data-wasm]') !== null);
  if (isApp) {
    await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0, null, { timeout: TIMEOUT });
  }
  const mark = await page.evaluate(() => performance.getEntriesByName('app-ready')[0]?.startTime ?? null);
  return { page, context, painted, presented, frame, mark, errors };
}

/** How the page draws its map: the computed fill and stroke of every country with stances. */
const MAP_LOOK = (selector) =>
  [...document.querySelectorAll(selector)].map((country) => {
    const style = getComputedStyle(country);
    return `${style.fill} ${style.stroke} ${style.strokeWidth}`;
  });

async function saveStaticPage(browser, appUrl) {
  const { page, context } = await loadTime(browser, appUrl);
  const svg = await page.evaluate(() => document.querySelector('svg.map').outerHTML);
  // The app's stylesheets: inline in a release dist (as the static page has them too), or linked.
  const { inline, linked } = await page.evaluate(() => ({
    inline: [...document.querySelectorAll('style')].map((style) => style.textContent),
    linked: [...document.querySelectorAll('link[rel=stylesheet]')].map((l) => new URL(l.href).pathname.slice(1)),
  }));
  const look = await page.evaluate(MAP_LOOK, PAINTED);
  await context.close();
  await mkdir(OUT, { recursive: true });
  const styles = inline.map((css) => `<style>${css}</style>`);
  for (const file of linked) {
    await copyFile(join(DIST, file), join(OUT, file));
    styles.push(`<link rel="stylesheet" href="./${file}">`);
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>Static map</title>${styles.join('')}` +
    `</head><body><main class="page"><figure class="world-map"><div class="map-frame"><div class="map-canvas">${svg}` +
    `</div></div></figure></main></body></html>`;
  await writeFile(join(OUT, 'static.html'), html);
  return look;
}

/** Fails unless the static page draws every country with stances as the app does: a baseline
 * without the app's styles would be a cheaper page than the one it stands for. */
async function checkStaticPage(browser, url, look) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  const drawn = await page.evaluate(MAP_LOOK, PAINTED);
  await context.close();
  if (drawn.length === 0 || JSON.stringify(drawn) !== JSON.stringify(look)) {
    throw new Error(`the static page does not draw the map as the app does:\napp:    ${look.slice(0, 3).join(' | ')}\nstatic: ${drawn.slice(0, 3).join(' | ')}`);
  }
}

/** Toggles each stance checkbox `runs` times; returns the latencies in ms and how they were measured. */
async function filterLatencies(browser, appUrl, runs) {
  const { page, context } = await loadTime(browser, appUrl);
  const boxes = await page.$$('input[type=checkbox][data-stance], input[type=checkbox][name*=stance i], input[type=checkbox][value^=recogn], ' +
    'input[type=checkbox][value=reject], input[type=checkbox][value=break_ties], input[type=checkbox][value=offer_asylum], ' +
    '[data-filter=stance] input[type=checkbox], fieldset.stances input[type=checkbox]');
  if (boxes.length === 0) {
    await context.close();
    return { latencies: [], how: 'no stance checkbox in this build' };
  }
  const latencies = [];
  let how = 'click → next frame after data-stances changed (MutationObserver)';
  for (let run = 0; run < runs; run++) {
    for (const box of boxes) {
      const before = await page.evaluate(() => performance.getEntriesByName('filter', 'measure').length);
      // Arm the observer, click inside the page (no protocol round trip inside the measurement).
      const result = await page.evaluate(async (el) => {
        const svg = document.querySelector('svg.map');
        const changed = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now()));
          });
          observer.observe(svg, { subtree: true, attributes: true, attributeFilter: ['data-stances'] });
          setTimeout(() => { observer.disconnect(); resolve(null); }, 1000);
        });
        const start = performance.now();
        el.click();
        const end = await changed;
        return end === null ? null : end - start;
      }, box);
      const measures = await page.evaluate(() => performance.getEntriesByName('filter', 'measure').map((m) => m.duration));
      if (measures.length > before) {
        how = "the app's performance.measure('filter')";
        latencies.push(measures[measures.length - 1]);
      } else if (result !== null) {
        latencies.push(result);
      }
    }
  }
  await context.close();
  return { latencies, how };
}

async function main() {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST}/index.html is missing: run \`cargo xtask dist\` first`);
  const app = await serveDirectory(DIST);
  const browser = await launchBrowser();
  try {
    const look = await saveStaticPage(browser, app.url);
    const plain = await serveDirectory(OUT);
    await checkStaticPage(browser, `${plain.url}static.html`, look);
    const pages = { app: { url: app.url }, static: { url: `${plain.url}static.html` } };
    for (const one of Object.values(pages)) Object.assign(one, { painted: [], frames: [], unpresented: 0 });
    const marks = [];
    const errors = new Set();
    // Alternating, so both pages see the same machine load.
    for (let run = 0; run < RUNS; run++) {
      for (const [name, one] of Object.entries(pages)) {
        const { context, painted, presented, frame, mark, errors: errs } = await loadTime(browser, one.url);
        one.painted.push(painted);
        one.frames.push(frame);
        if (!presented) one.unpresented += 1;
        if (name === 'app' && mark !== null) marks.push(mark);
        errs.forEach((e) => errors.add(e));
        await context.close();
      }
    }
    const appTimes = pages.app.painted;
    const staticTimes = pages.static.painted;
    await plain.close();
    const filter = await filterLatencies(browser, app.url, RUNS);
    const files = (await readdir(DIST)).length;
    const result = {
      runs: RUNS,
      app_ms: median(appTimes),
      static_ms: median(staticTimes),
      startup_ratio: median(appTimes) / median(staticTimes),
      app_frame_ms: median(pages.app.frames),
      static_frame_ms: median(pages.static.frames),
      frame_ratio: median(pages.app.frames) / median(pages.static.frames),
      unpresented: { app: pages.app.unpresented, static: pages.static.unpresented },
      app_mark_ms: marks.length ? median(marks) : null,
      interactive_ratio: marks.length ? median(marks) / median(staticTimes) : null,
      filter_ms: filter.latencies.length ? median(filter.latencies) : null,
      filter_samples: filter.latencies.length,
      filter_how: filter.how,
      console_errors: [...errors],
      dist_files: files,
    };
    const f = (x) => (x === null ? 'n/a' : x.toFixed(1));
    console.log(`startup: map on screen: app ${f(result.app_ms)} ms, static SVG page ${f(result.static_ms)} ms, ratio ${result.startup_ratio.toFixed(2)}× (median of ${RUNS}; budget 1.5×)`);
    const late = Object.entries(result.unpresented).filter(([, n]) => n > 0).map(([name, n]) => `${name} ${n}`);
    if (late.length) console.log(`startup: loads whose map came after the first paint, timed by the frame start instead: ${late.join(', ')} of ${RUNS}`);
    console.log(`startup: the frame holding the map starts at: app ${f(result.app_frame_ms)} ms, static ${f(result.static_frame_ms)} ms, ratio ${result.frame_ratio.toFixed(2)}×`);
    if (result.app_mark_ms !== null) {
      console.log(`startup: app interactive (its 'app-ready' mark) at ${f(result.app_mark_ms)} ms, ${(result.app_mark_ms / result.static_ms).toFixed(2)}× the static page's paint`);
    }
    console.log(`filter: ${f(result.filter_ms)} ms median over ${result.filter_samples} toggles (${result.filter_how}; budget 4 ms)`);
    if (errors.size) console.log(`console errors: ${[...errors].join(' | ')}`);
    console.log(`BENCH ${JSON.stringify(result)}`);
  } finally {
    await browser.close();
    await app.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
