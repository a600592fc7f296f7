// What the end-to-end test files share: where the built site and the screenshots are, and a
// static server of dist/ plus a Chromium, started before a file's tests and stopped after them.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDirectory } from './server.mjs';
import { launchBrowser } from './browser.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = resolve(process.env.DIST_DIR ?? join(ROOT, 'dist'));
export const SHOTS = resolve(process.env.SCREENSHOT_DIR ?? join(ROOT, 'target', 'e2e'));
/** Fewest `[data-iso]` elements a drawn map has (every UN member, drawn or marked). */
export const MIN_COUNTRIES = 175;

/** Registers the file's before/after hooks; the returned `{ server, browser }` is filled in
 * before the first test runs. */
export function servedDist() {
  const run = { server: null, browser: null };
  before(async () => {
    assert.ok(existsSync(join(DIST, 'index.html')), `${DIST}/index.html is missing: run \`cargo xtask dist\` first`);
    await mkdir(SHOTS, { recursive: true });
    run.server = await serveDirectory(DIST);
    run.browser = await launchBrowser();
  });
  after(async () => {
    await run.browser?.close();
    await run.server?.close();
  });
  return run;
}

/** The UTF-8 byte-order mark the CSV starts with, so that spreadsheet apps (Excel) read it as UTF-8. */
const BOM = [0xef, 0xbb, 0xbf];

/** Today in the page's terms (`YYYY-MM-DD`), as the download names say it. */
function today() {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

/**
 * Takes the four downloads of the export menu of `page` (its context made with `acceptDownloads`):
 * the claims as CSV and JSON, the map as SVG and PNG, and checks each file's name, format and
 * content. A download that never starts fails with what the menu's status says. The pictures are
 * kept in SHOTS as `<prefix>map-export.png` and `.svg`, for looking at.
 */
export async function checkDownloads(page, prefix = '') {
  await page.locator('.export-menu summary').click();
  const status = page.locator('.export-status');
  const save = async (name) => {
    const started = page.waitForEvent('download', { timeout: 15_000 });
    await page.getByRole('button', { name }).click();
    let download;
    try {
      download = await started;
    } catch (error) {
      throw new Error(`"${name}" downloaded nothing; the menu says: "${await status.textContent()}" (${error.message})`);
    }
    return { name: download.suggestedFilename(), body: await readFile(await download.path()) };
  };
  const day = today();

  const csv = await save('Claims as CSV');
  assert.equal(csv.name, `stance-atlas-claims-${day}.csv`);
  assert.deepEqual([...csv.body.subarray(0, 3)], BOM, 'the CSV does not start with a UTF-8 byte-order mark');
  const lines = csv.body.subarray(3).toString('utf8').split('\r\n');
  assert.equal(lines[0], 'actor,actor_name,stance,certainty,beneficiary,initiator,initiator_name,evidence,mention,rule,article_file,article_title,outlet,date,date_approximate,url');
  assert.ok(lines.some((l) => l.startsWith('ARG,Argentina,')), 'no row for Argentina');

  const json = await save('Claims as JSON');
  assert.equal(json.name, `stance-atlas-claims-${day}.json`);
  const parsed = JSON.parse(json.body.toString('utf8'));
  assert.match(parsed.filters, /All stances/);
  assert.equal(parsed.count, parsed.claims.length);
  assert.ok(parsed.claims.some((c) => c.actor === 'ARG' && c.evidence.length > 20 && c.article_title));

  const svg = await save('Map as SVG');
  assert.equal(svg.name, `stance-atlas-map-${day}.svg`);
  const text = svg.body.toString('utf8');
  assert.match(text, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  for (const expected of ['Where governments stand', 'All stances', 'Recognize (', 'Offer asylum (', 'Sources:', 'data-iso="ARG"']) {
    assert.ok(text.includes(expected), `the SVG lacks ${expected}`);
  }

  const png = await save('Map as PNG');
  assert.equal(png.name, `stance-atlas-map-${day}.png`);
  assert.deepEqual([...png.body.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], 'not a PNG');
  assert.ok(png.body.length > 20_000, `PNG only ${png.body.length} bytes`);
  await writeFile(join(SHOTS, `${prefix}map-export.png`), png.body);
  await writeFile(join(SHOTS, `${prefix}map-export.svg`), svg.body);
  assert.match(await status.textContent(), /Saved stance-atlas-map-.*\.png/);
  return { csv, json, svg, png };
}

// Canada and Japan take no stance in the seed corpus; Nicaragua's recognition is also there.
// Written by us.
export const READER_ARTICLE = [
  'Ottawa and Tokyo weigh in on the vote',
  '',
  'The governments of Canada and Japan rejected the results announced by the National Electoral Council on Monday.',
  'Nicaragua recognized Maduro as the winner of the election.',
].join('\n');

/** Pastes `text` into the "Add article" dialog and finds its stances; returns the dialog, open
 * on the list of stances found. */
export async function findStances(page, text) {
  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an article' });
  await dialog.getByRole('button', { name: 'Find stances' }).and(page.locator(':enabled')).waitFor();
  await dialog.getByLabel('Article text').fill(text);
  await dialog.getByRole('button', { name: 'Find stances' }).click();
  await dialog.locator('.found-claim').first().waitFor();
  return dialog;
}

/** Pastes `text` into the "Add article" dialog, finds its stances and adds it to the map. */
export async function addArticle(page, text) {
  const dialog = await findStances(page, text);
  await dialog.getByRole('button', { name: /^Add to map/ }).click();
  await dialog.waitFor({ state: 'hidden' });
}
