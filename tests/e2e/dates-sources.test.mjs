// End-to-end (issue 17): an article pasted without a date takes the date its text gives (a
// dateline, in Spanish here) or stays "undated" — shown over all of time, in no period of a date
// range, and marked so in the evidence, the table and the CSV; every article carries its original
// address as a link that opens in a new tab without a referrer; the page says what the stances
// mean (a legend note, a help dialog from the header); an empty view says what the filters hide
// and lifts them on request. Every article text here is written by us for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { servedDist, SHOTS } from './harness.mjs';
import { PHONE, assertClean, watchPage } from './browser.mjs';

const run = servedDist();

const DESKTOP = { viewport: { width: 1280, height: 800 } };

// No date anywhere in it: it must stay undated. Canada takes no stance in the seed corpus.
const UNDATED = [
  'Ottawa speaks on Caracas',
  '',
  'The government of Canada rejected the results announced by the electoral council.',
].join('\n');
// A Spanish dateline: the article is dated by it.
const DATELINED = [
  'Tokio se pronuncia',
  '',
  'BOGOTÁ, 12 de enero de 2019 — El Gobierno de Japón no reconoce la reelección de Nicolás Maduro, según su cancillería.',
].join('\n');
// Only a hedged stance: hidden by the default "asserted only" filter.
const HEDGED = [
  'Wellington weighs a gesture',
  '',
  'New Zealand could offer asylum to Maduro, two officials said.',
].join('\n');

const SOURCE = 'https://news.example.org/canada-vote?id=7';

const stancesOf = (page, iso) => page.getAttribute(`svg.map [data-iso="${iso}"]`, 'data-stances');

async function waitForStance(page, iso, stance, present = true) {
  await page.waitForFunction(
    ([iso, stance, present]) =>
      ((document.querySelector(`svg.map [data-iso="${iso}"]`)?.getAttribute('data-stances') ?? '')
        .split(' ')
        .includes(stance)) === present,
    [iso, stance, present],
    { timeout: 15_000 },
  );
}

/** Pastes `text` (with `fields` typed), finds its stances and returns the dialog. */
async function paste(page, text, fields = {}) {
  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an article' });
  await dialog.getByRole('button', { name: 'Find stances' }).and(page.locator(':enabled')).waitFor();
  await dialog.getByLabel('Article text').fill(text);
  for (const [label, value] of Object.entries(fields)) await dialog.getByLabel(label).fill(value);
  await dialog.getByRole('button', { name: 'Find stances' }).click();
  return dialog;
}

async function add(page, text, fields = {}) {
  const dialog = await paste(page, text, fields);
  await dialog.locator('.found-claim').first().waitFor();
  const note = (await dialog.locator('.found-date').count()) ? await dialog.locator('.found-date').innerText() : null;
  await dialog.getByRole('button', { name: /^Add to map/ }).click();
  await dialog.waitFor({ state: 'hidden' });
  return note;
}

test('an undated paste is marked undated, counts over all time and in no period; its source is linked everywhere', async () => {
  const context = await run.browser.newContext({ ...DESKTOP, acceptDownloads: true });
  const page = await context.newPage();
  const problems = watchPage(page, new URL(run.server.url).origin);
  await page.goto(run.server.url);
  await page.locator('svg.map [data-iso="CAN"]').waitFor({ state: 'attached', timeout: 15_000 });

  // A bad address is refused at its field, by name.
  let dialog = await paste(page, UNDATED, { 'Address of the original (optional)': 'javascript:alert(1)' });
  const error = dialog.locator('#add-url-error');
  await error.waitFor();
  assert.match(await error.innerText(), /^The address is not valid: .*does not start with http:\/\/ or https:\/\//);
  assert.equal(await dialog.getByLabel('Address of the original (optional)').getAttribute('aria-invalid'), 'true');
  await dialog.getByLabel('Address of the original (optional)').fill(SOURCE);
  await dialog.getByRole('button', { name: 'Find stances' }).click();
  await dialog.locator('.found-claim').first().waitFor();
  const note = await dialog.locator('.found-date').innerText();
  assert.match(note, /says none: the article will be listed as undated/);
  await page.screenshot({ path: join(SHOTS, 'dates-undated-dialog.png') });
  await dialog.getByRole('button', { name: /^Add to map/ }).click();
  await waitForStance(page, 'CAN', 'reject');
  // An article added is shown alone on the map; this test is about every article.
  await page.locator('.added-article').getByRole('button', { name: 'Show all articles' }).click();

  // The evidence: "undated", and the original linked safely.
  await page.locator('svg.map [data-iso="CAN"]').click();
  const panel = page.getByRole('dialog', { name: 'Canada' });
  await panel.waitFor();
  const source = panel.locator('.claim-source');
  assert.match(await source.innerText(), /undated/);
  const link = source.getByRole('link', { name: 'Original article' });
  assert.equal(await link.getAttribute('href'), SOURCE);
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
  assert.match(await panel.locator('.timeline-undated').innerText(), /^1 claim from undated articles, not on the strip\.$/);
  assert.equal(await panel.locator('.timeline-strip circle').count(), 0, 'an undated claim was placed on the strip');
  await page.screenshot({ path: join(SHOTS, 'dates-undated-evidence.png') });
  await page.keyboard.press('Escape');
  await panel.waitFor({ state: 'detached' });

  // The table writes it undated and links the original.
  await page.getByRole('tab', { name: 'Table' }).click();
  const row = page.locator('.claims-table tr[data-actor="CAN"]');
  await row.waitFor();
  assert.equal((await row.locator('.col-date').innerText()).trim(), 'undated');
  assert.equal(await row.locator('.col-article a').getAttribute('href'), SOURCE);
  assert.equal(await row.locator('.col-article a').getAttribute('rel'), 'noopener noreferrer');
  await row.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'dates-undated-table.png') });

  // The CSV: the same word, the address in its column.
  await page.locator('.export-menu summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Claims as CSV' }).click()]);
  const lines = (await readFile(await download.path())).toString('utf8').split('\r\n');
  const canada = lines.find((l) => l.startsWith('CAN,'));
  assert.ok(canada, 'no row for Canada');
  assert.ok(canada.endsWith(`,undated,no,${SOURCE}`), canada);
  await page.keyboard.press('Escape');

  // A date range: Canada's only claim belongs to no period; the page says so and offers all dates.
  await page.getByRole('tab', { name: 'Map' }).click();
  await page.getByRole('button', { name: '2024 election' }).click();
  await page.locator('.undated-note').waitFor();
  assert.match(await page.locator('.undated-note').innerText(), /^1 claim from undated articles is in no period, so not counted here\./);
  assert.equal(await stancesOf(page, 'CAN'), '', 'an undated claim was counted in a period');
  await page.screenshot({ path: join(SHOTS, 'dates-undated-period.png') });
  await page.locator('.undated-note').getByRole('button', { name: 'Show all dates' }).click();
  await waitForStance(page, 'CAN', 'reject');
  assert.equal(await page.locator('.undated-note').count(), 0);

  assertClean(problems);

  // Opened again (a new page of the same browser: its storage) the article keeps its address.
  const again = await context.newPage();
  const againProblems = watchPage(again, new URL(run.server.url).origin);
  await again.goto(run.server.url);
  await waitForStance(again, 'CAN', 'reject');
  await again.locator('svg.map [data-iso="CAN"]').click();
  await again.getByRole('dialog', { name: 'Canada' }).getByRole('link', { name: 'Original article' }).waitFor();
  const stored = await again.evaluate(() => JSON.parse(localStorage.getItem('stance-atlas.local-articles')));
  assert.deepEqual(stored.articles.map((a) => [a.date, a.url]), [[null, SOURCE]]);
  assertClean(againProblems);
  await context.close();
});

test('a dateline dates a pasted article, and a month typed in the date field is accepted', async () => {
  const context = await run.browser.newContext(PHONE);
  const page = await context.newPage();
  const problems = watchPage(page, new URL(run.server.url).origin);
  await page.goto(run.server.url);
  await page.locator('svg.map [data-iso="JPN"]').waitFor({ state: 'attached', timeout: 15_000 });
  const note = await add(page, DATELINED);
  assert.equal(note, 'Dated 12 January 2019, read from its dateline: “12 de enero de 2019”. Type a date above to change it.');
  await waitForStance(page, 'JPN', 'reject');
  // Inside the 2018–2019 episode, and the article is listed with its date.
  await page.getByRole('button', { name: 'Show filters' }).click();
  await page.getByRole('button', { name: '2018–19 recognition crisis' }).click();
  await page.waitForFunction(() => location.search.includes('ep=') || location.hash.includes('ep='));
  await waitForStance(page, 'JPN', 'reject');
  assert.match(await page.locator('.local-list').innerText(), /12 January 2019/);

  // `2019-01` in the date field: accepted, approximate.
  const dialog = await paste(page, HEDGED, { 'Date (optional: YYYY-MM-DD, YYYY-MM or YYYY; else read from the text)': '2019-01' });
  await dialog.locator('.found-claim').first().waitFor();
  assert.equal(await dialog.locator('.field-error').count(), 0, 'the month was refused');
  await dialog.getByRole('button', { name: /^Add to map/ }).click();
  await page.locator('.local-list', { hasText: 'about January 2019' }).waitFor();
  await page.screenshot({ path: join(SHOTS, 'dates-dateline-phone.png'), fullPage: true });
  assertClean(problems);
  await context.close();
});

test('an empty view says what is hidden and includes speculative claims on request', async () => {
  const context = await run.browser.newContext(DESKTOP);
  const page = await context.newPage();
  const problems = watchPage(page, new URL(run.server.url).origin);
  await page.goto(run.server.url);
  await page.locator('svg.map [data-iso="NZL"]').waitFor({ state: 'attached', timeout: 15_000 });
  await add(page, HEDGED);
  // Only New Zealand, asserted only (the default): nothing.
  await page.getByLabel('Country or bloc').fill('New Zealand');
  const empty = page.locator('.empty-result');
  await empty.waitFor();
  assert.match(await empty.innerText(), /Nothing matches these filters\./);
  assert.match(await empty.locator('[data-hidden="speculative"]').innerText(), /^1 speculative claim is hidden — include it\?/);
  await empty.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'empty-result-desktop.png') });
  await empty.getByRole('button', { name: 'Include speculative claims' }).click();
  await waitForStance(page, 'NZL', 'offer_asylum');
  await empty.waitFor({ state: 'detached' });
  assert.match(page.url(), /c=all/);
  assertClean(problems);
  await context.close();
});

test('the legend says what the stances mean and the header opens a help dialog that Escape closes', async () => {
  for (const [name, device] of [['desktop', DESKTOP], ['phone', PHONE]]) {
    const context = await run.browser.newContext(device);
    const page = await context.newPage();
    const problems = watchPage(page, new URL(run.server.url).origin);
    await page.goto(run.server.url);
    await page.locator('svg.map [data-iso="ARG"]').waitFor({ state: 'attached', timeout: 15_000 });
    const note = await page.locator('.legend-note').innerText();
    assert.match(note, /Recognize means recognising Maduro's government/);
    assert.match(note, /Reject includes recognising a rival such as Guaidó/);
    assert.match(note, /Speculative: the article hedges it/);

    // Keyboard: focus the button, Enter opens, Escape closes and focus comes back.
    const open = page.getByRole('button', { name: 'What the stances mean' });
    await open.focus();
    await page.keyboard.press('Enter');
    const help = page.getByRole('dialog', { name: 'What the map shows' });
    await help.waitFor();
    assert.match(await help.innerText(), /recognises a rival such as Guaidó/);
    assert.match(await help.innerText(), /Speculative/);
    assert.equal(await page.evaluate(() => document.activeElement?.closest('dialog')?.className), 'help', 'focus is not in the help');
    await page.screenshot({ path: join(SHOTS, `help-${name}.png`) });
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'help-open', 'focus did not return');
    // And the Close button closes it too.
    await open.click();
    await help.waitFor();
    await help.getByRole('button', { name: 'Close' }).click();
    await help.waitFor({ state: 'hidden' });
    assertClean(problems);
    await context.close();
  }
});

test('a corpus article card opens the article in the reader', async () => {
  const context = await run.browser.newContext(DESKTOP);
  const page = await context.newPage();
  const problems = watchPage(page, new URL(run.server.url).origin);
  await page.goto(run.server.url);
  await page.locator('svg.map [data-iso="ARG"]').waitFor({ state: 'attached', timeout: 15_000 });
  const card = page.locator('.article-list .article').nth(1);
  const title = (await card.locator('.article-open').innerText()).trim();
  await card.locator('.article-open').click();
  const reader = page.getByRole('dialog', { name: title });
  await reader.waitFor();
  await reader.locator('.reader-body p').nth(1).waitFor();
  assert.ok((await reader.locator('.reader-body').innerText()).length > 500, 'the whole article is not shown');
  await page.keyboard.press('Escape');
  await reader.waitFor({ state: 'hidden' });
  assertClean(problems);
  await context.close();
});
