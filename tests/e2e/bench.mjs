// `cargo xtask bench` runs this: startup and filter latency of the built site in headless Chromium,
// medians of several runs, printed as text and as one `BENCH {json}` line for the caller.
//
// Startup ratio: the app (navigation → map painted with its stances, by the prerendered first
// view in a release dist; and separately, to the app's 'app-ready' mark, when it responds) against the same SVG served as
// a plain static HTML page (saved from the app's own DOM after load, with the app's stylesheet),
// measured alternately in one browser run, each load in a fresh context with caching off. Both
// pages get the same probe (an init script): a MutationObserver that waits for a country with a
// non-empty `data-stances`, then records performance.now() in the next animation frame, when that
// frame is painted. performance.now() counts from the start of the navigation.
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
const RUNS = Number(process.env.RUNS ?? 7);
const TIMEOUT = Number(process.env.BENCH_TIMEOUT ?? 120_000);

const PAINTED = 'svg.map [data-stances]:not([data-stances=""])';

// Runs in every page before its own scripts.
const PROBE = `(() => {
  const selector = ${JSON.stringify(PAINTED)};
  const done = () => requestAnimationFrame(() => { window.__mapPainted = performance.now(); });
  const check = () => {
    if (document.querySelector(selector)) { observer.disconnect(); done(); return true; }
    return false;
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-stances'] });
})();`;

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
  await page.goto(url);
  await page.waitForFunction(() => window.__mapPainted !== undefined, null, { timeout: TIMEOUT });
  const probe = await page.evaluate(() => window.__mapPainted);
  // The app (not the static page) marks when it has drawn itself and taken over from the
  // prerendered first view: from then on the page responds.
  const isApp = await page.evaluate(() => document.querySelector('script[data-wasm]') !== null);
  if (isApp) {
    await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0, null, { timeout: TIMEOUT });
  }
  const mark = await page.evaluate(() => performance.getEntriesByName('app-ready')[0]?.startTime ?? null);
  return { page, context, painted: probe, mark, errors };
}

async function saveStaticPage(browser, appUrl) {
  const { page, context } = await loadTime(browser, appUrl);
  const svg = await page.evaluate(() => document.querySelector('svg.map').outerHTML);
  const css = await page.evaluate(() =>
    [...document.querySelectorAll('link[rel=stylesheet]')].map((l) => new URL(l.href).pathname.slice(1)),
  );
  await context.close();
  await mkdir(OUT, { recursive: true });
  const links = [];
  for (const file of css) {
    await copyFile(join(DIST, file), join(OUT, file));
    links.push(`<link rel="stylesheet" href="./${file}">`);
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>Static map</title>${links.join('')}` +
    `</head><body><main class="page"><figure class="world-map"><div class="map-frame"><div class="map-canvas">${svg}` +
    `</div></div></figure></main></body></html>`;
  await writeFile(join(OUT, 'static.html'), html);
  return html.length;
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
    await saveStaticPage(browser, app.url);
    const plain = await serveDirectory(OUT);
    const appTimes = [];
    const staticTimes = [];
    const marks = [];
    const errors = new Set();
    // Alternating, so both pages see the same machine load.
    for (let run = 0; run < RUNS; run++) {
      for (const [url, times] of [[app.url, appTimes], [`${plain.url}static.html`, staticTimes]]) {
        const { context, painted, mark, errors: errs } = await loadTime(browser, url);
        times.push(painted);
        if (url === app.url && mark !== null) marks.push(mark);
        errs.forEach((e) => errors.add(e));
        await context.close();
      }
    }
    await plain.close();
    const filter = await filterLatencies(browser, app.url, RUNS);
    const files = (await readdir(DIST)).length;
    const result = {
      runs: RUNS,
      app_ms: median(appTimes),
      static_ms: median(staticTimes),
      startup_ratio: median(appTimes) / median(staticTimes),
      app_mark_ms: marks.length ? median(marks) : null,
      interactive_ratio: marks.length ? median(marks) / median(staticTimes) : null,
      filter_ms: filter.latencies.length ? median(filter.latencies) : null,
      filter_samples: filter.latencies.length,
      filter_how: filter.how,
      console_errors: [...errors],
      dist_files: files,
    };
    const f = (x) => (x === null ? 'n/a' : x.toFixed(1));
    console.log(`startup: app ${f(result.app_ms)} ms, static SVG page ${f(result.static_ms)} ms, ratio ${result.startup_ratio.toFixed(2)}× (median of ${RUNS}; budget 1.5×)`);
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
