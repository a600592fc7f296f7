// `cargo xtask bench` runs this after bench.mjs: how long a long paste takes in the "Add article"
// dialog of the built site (issue 17, item 5), for 100, 200 and 400 KB of text, medians of RUNS
// loads (each in a fresh context, so the article is new each time):
//
// - find: the click on "Find stances" → the frame after the review's heading is in the DOM
//   (reading the date, extracting in the module, decoding, rendering the first page of claims),
//   after a first short text has built the extractor's automata (timed apart: it is the same for
//   any length);
// - longest task: the longest main-thread task meanwhile (a `longtask` observer), how long the page
//   could not answer;
// - add: the click on "Add to map" → the frame after the article is listed (the index rebuilt over
//   the baked and local claims, the map redrawn, the JSON written to storage).
//
// Two texts: the English evaluation articles end to end (about one claim per 350 bytes), and a
// text of short stance sentences (one claim per 50-odd bytes, as dense as issue 17's paste).
// Prints one line per text and size and one `BENCH-LONG {json}` line.
import { serveDirectory } from './server.mjs';
import { launchBrowser } from './browser.mjs';
import { DIST } from './harness.mjs';
import { longText, denseText } from './long-text.mjs';

const RUNS = Number(process.env.RUNS ?? 5);
const SIZES = [100, 200, 400];
const TEXTS = { articles: longText, dense: denseText };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function once(browser, url, text) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0, null, { timeout: 60_000 });
  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an article' });
  await dialog.getByRole('button', { name: 'Find stances' }).and(page.locator(':enabled')).waitFor({ timeout: 60_000 });
  const times = await page.evaluate(async (value) => {
    const frameAfter = (ready) => new Promise((resolve) => {
      const check = () => (ready() ? requestAnimationFrame(() => resolve(performance.now())) : requestAnimationFrame(check));
      check();
    });
    const heading = () => document.getElementById('found-heading');
    const find = async (text) => {
      const field = document.getElementById('add-text');
      field.value = text;
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      await new Promise((resolve) => setTimeout(resolve, 50));
      const start = performance.now();
      document.querySelector('.add-form button[type=submit]').click();
      return (await frameAfter(() => heading() !== null)) - start;
    };
    // The first text read in a language builds the extractor's automata: a short one does.
    const cold = await find('Peru recalled its ambassador.');
    const tasks = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration)));
    observer.observe({ type: 'longtask' });
    const found = await find(value);
    const rows = document.querySelectorAll('.found-claim').length;
    const claims = Number(heading().textContent.match(/\d+/)?.[0] ?? 0);
    const findTasks = tasks.splice(0);
    let start;
    start = performance.now();
    [...document.querySelectorAll('.found button')].find((b) => b.textContent.startsWith('Add to map')).click();
    const add = (await frameAfter(() => document.querySelector('.local-list .local-article') !== null)) - start;
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    return { cold, find: found, add, rows, claims, findLongest: Math.max(0, ...findTasks), addLongest: Math.max(0, ...tasks) };
  }, text);
  await context.close();
  return times;
}

async function main() {
  const app = await serveDirectory(DIST);
  const browser = await launchBrowser();
  const results = [];
  try {
    for (const [kind, make] of Object.entries(TEXTS)) {
      for (const kb of SIZES) {
        const text = make(kb * 1000);
        const runs = [];
        for (let run = 0; run < RUNS; run++) runs.push(await once(browser, app.url, text));
        const m = (key) => median(runs.map((r) => r[key]));
        const one = { kind, kb, bytes: Buffer.byteLength(text), claims: runs[0].claims, rows: runs[0].rows,
          cold_ms: m('cold'), find_ms: m('find'), find_longest_task_ms: m('findLongest'), add_ms: m('add'), add_longest_task_ms: m('addLongest') };
        results.push(one);
        console.log(`long paste (${kind}): ${kb} KB, ${one.claims} claims, ${one.rows} rows shown: find ${one.find_ms.toFixed(0)} ms ` +
          `(longest task ${one.find_longest_task_ms.toFixed(0)} ms), add ${one.add_ms.toFixed(0)} ms ` +
          `(longest task ${one.add_longest_task_ms.toFixed(0)} ms) ` +
          `(after a first short text, ${one.cold_ms.toFixed(0)} ms, built the extractor)`);
      }
      // Linear cost is a constant plus so much per KB: the step from 100 to 400 KB shows the latter.
      const [small, , large] = results.slice(-3);
      console.log(`long paste (${kind}): find 400 KB / 100 KB = ${(large.find_ms / small.find_ms).toFixed(2)}× for ` +
        `${(large.claims / small.claims).toFixed(2)}× the claims; ${((large.find_ms - small.find_ms) / 3).toFixed(0)} ms ` +
        `per 100 KB more (add: ${((large.add_ms - small.add_ms) / 3).toFixed(0)} ms)`);
    }
    console.log(`BENCH-LONG ${JSON.stringify({ runs: RUNS, results })}`);
  } finally {
    await browser.close();
    await app.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
