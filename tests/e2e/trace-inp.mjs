// Where the time of each interaction of bench-inp.mjs goes: a Chromium trace per kind of
// interaction (playwright-core's `browser.startTracing`), summed by event name on the renderer's
// main thread and, for raster, paint and draw, on the other threads, per interaction. Not run by
// any xtask; see docs/PERFORMANCE.md, "Interaction to next paint".
//
//   DIST_DIR=dist N=10 [ONLY=toggle|select|tab|slider] [W=1280] [CSS='.country{…}'] node trace-inp.mjs
//
// The traces are kept in TRACE_DIR (default /tmp) as trace-<kind>.json, for chrome://tracing or
// Perfetto. CSS is added to the page first, to try a rule without a build.
import { join, resolve } from 'node:path';
import { writeFileSync } from 'node:fs';
import { serveDirectory } from './server.mjs';
import { launchBrowser } from './browser.mjs';

const DIST = resolve(process.env.DIST_DIR ?? 'dist');
const TRACE_DIR = process.env.TRACE_DIR ?? '/tmp';
const N = Number(process.env.N ?? 10);
const ONLY = process.env.ONLY;
const CATS = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'gpu', 'viz', 'benchmark', 'blink.user_timing', 'disabled-by-default-devtools.timeline.frame'];

function summarize(trace, n) {
  const events = JSON.parse(trace.toString()).traceEvents;
  const threads = {};
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads[`${e.pid}:${e.tid}`] = e.args.name;
  const main = events.filter((e) => threads[`${e.pid}:${e.tid}`] === 'CrRendererMain' && e.ph === 'X');
  const by = {};
  for (const e of main) by[e.name] = (by[e.name] ?? 0) + (e.dur ?? 0) / 1000;
  const top = Object.entries(by).sort((a, b) => b[1] - a[1]).slice(0, 28).map(([k, v]) => `${k} ${(v / n).toFixed(2)}`);
  const other = {};
  for (const e of events) {
    const t = threads[`${e.pid}:${e.tid}`];
    if (e.ph !== 'X' || !t || t === 'CrRendererMain') continue;
    if (!/Raster|Paint|Draw|Commit|Tile|Image/.test(e.name)) continue;
    const k = `${t}/${e.name}`;
    other[k] = (other[k] ?? 0) + (e.dur ?? 0) / 1000;
  }
  const otop = Object.entries(other).sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${k} ${(v / n).toFixed(2)}`);
  return { top, otop };
}

const server = await serveDirectory(DIST);
const browser = await launchBrowser();
const context = await browser.newContext({ viewport: { width: Number(process.env.W ?? 1280), height: 800 } });
const page = await context.newPage();
await page.goto(server.url);
if (process.env.CSS) await page.addStyleTag({ content: process.env.CSS }).catch(() => {});
const slider = page.getByRole('slider', { name: 'Map as of' });
await slider.waitFor({ timeout: 30_000 });
await page.waitForTimeout(1000);
const reject = page.getByRole('checkbox', { name: 'Reject' });
const country = page.locator('svg.map [data-iso="COL"]');
const settle = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));
const kinds = {
  toggle: async () => { await reject.click(); await settle(); },
  select: async () => { await country.click(); await settle(); await page.keyboard.press('Escape'); await settle(); },
  tab: async () => { await page.getByRole('tab', { name: 'Table' }).click(); await settle(); await page.getByRole('tab', { name: 'Map' }).click(); await settle(); },
  slider: async (i) => { await slider.focus(); await page.keyboard.press(i % 2 ? 'ArrowRight' : 'ArrowLeft'); await settle(); },
};
for (const [name, act] of Object.entries(kinds)) {
  if (ONLY && ONLY !== name) continue;
  await act(0); await act(1);
  await browser.startTracing(page, { categories: CATS });
  for (let i = 0; i < N; i += 1) await act(i);
  const buf = await browser.stopTracing();
  writeFileSync(join(TRACE_DIR, `trace-${name}.json`), buf);
  const { top, otop } = summarize(buf, N * (name === 'select' || name === 'tab' ? 2 : 1));
  console.log(`== ${name} (ms per interaction, main thread)\n  ${top.join('\n  ')}\n  -- other threads\n  ${otop.join('\n  ')}`);
}
await browser.close();
await server.close();
