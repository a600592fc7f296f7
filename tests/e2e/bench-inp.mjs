// `cargo xtask bench` runs this: what a reader feels of each interaction, measured as the browser
// measures interaction to next paint (the Event Timing API, `PerformanceObserver({ type: 'event' })`:
// from the input to the frame that shows its effect), on the release build in headless Chromium.
//
// Four interactions, each RUNS times on one page: toggling a stance in the filters (a click),
// selecting a country on the map (a click; the evidence panel opens), switching Map ⇄ Table (a
// click on the tab), and stepping the as-of slider (an arrow key). Playwright's input goes through
// the browser like a reader's, so the page sees trusted events with real Event Timing entries. For
// each interaction the longest event entry of the same interactionId counts, as INP does; p50 and
// p90 are printed against the targets, and one `INP {json}` line for the caller.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { serveDirectory } from './server.mjs';
import { launchBrowser } from './browser.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = resolve(process.env.DIST_DIR ?? join(ROOT, 'dist'));
const RUNS = Number(process.env.RUNS ?? 21);
/** p90 targets, ms. */
const TARGETS = { toggle: 24, select: 32, tab: 40, slider: 24 };

// Collects every event entry with an interactionId into `window.__events`.
const OBSERVE = `(() => {
  window.__events = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.interactionId) window.__events.push({ id: e.interactionId, name: e.name, duration: e.duration });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
})();`;

const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : null;
};

/** Runs `act` and returns the duration of the interaction it caused: the longest event entry of
 * the newest interactionId (entries under the 16 ms threshold are not reported: counted as 16). */
async function measure(page, act) {
  const before = await page.evaluate(() => window.__events.length);
  await act();
  // Event entries are reported after the next paint; two frames and a little more are enough.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));
  const fresh = await page.evaluate((n) => window.__events.slice(n), before);
  if (!fresh.length) return 16;
  const id = fresh[fresh.length - 1].id;
  return Math.max(...fresh.filter((e) => e.id === id).map((e) => e.duration));
}

async function main() {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST}/index.html is missing: run \`cargo xtask dist\` first`);
  const server = await serveDirectory(DIST);
  const browser = await launchBrowser();
  const results = {};
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(OBSERVE);
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole('slider', { name: 'Map as of' }).waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1_000);

    const samples = { toggle: [], select: [], tab: [], slider: [] };
    const reject = page.getByRole('checkbox', { name: 'Reject' });
    const country = page.locator('svg.map [data-iso="COL"]');
    const slider = page.getByRole('slider', { name: 'Map as of' });
    for (let run = 0; run < RUNS; run += 1) {
      samples.toggle.push(await measure(page, () => reject.click()));
      samples.select.push(await measure(page, () => country.click()));
      await page.keyboard.press('Escape');
      samples.tab.push(await measure(page, () => page.getByRole('tab', { name: 'Table' }).click()));
      samples.tab.push(await measure(page, () => page.getByRole('tab', { name: 'Map' }).click()));
      await slider.focus();
      samples.slider.push(await measure(page, () => page.keyboard.press(run % 2 ? 'ArrowRight' : 'ArrowLeft')));
    }
    await context.close();
    for (const [name, xs] of Object.entries(samples)) {
      results[name] = { p50: percentile(xs, 50), p90: percentile(xs, 90), target_p90: TARGETS[name], runs: xs.length };
      const r = results[name];
      console.log(`interaction to next paint: ${name} p50 ${r.p50.toFixed(0)} ms, p90 ${r.p90.toFixed(0)} ms (target p90 ≤ ${r.target_p90} ms; ${r.runs} runs)`);
    }
    console.log(`INP ${JSON.stringify(results)}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
