// End-to-end accessibility: axe-core (npm, injected from node_modules, never from a CDN) over the
// map view, the table view, an open evidence panel, the open help and an empty view that says
// what the filters hide, at desktop and phone widths. Fails on any
// serious or critical violation and prints every violation it finds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { servedDist } from './harness.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const run = servedDist();

/** Runs axe on the page as it is and returns the serious and critical violations. */
async function audit(page, label) {
  // Injected through the DevTools protocol, so the page's strict CSP does not need loosening.
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  for (const v of result.violations) {
    console.log(`[${label}] ${v.impact} ${v.id}: ${v.help} (${v.nodes.length} nodes: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')})`);
  }
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

for (const [name, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 390, height: 844 }],
]) {
  for (const [view, query, then] of [
    ['map', ''],
    ['table', '?tab=table&c=all'],
    ['panel', '?sel=ARG&c=all'],
    ['help', '', async (page) => {
      await page.getByRole('button', { name: 'What the stances mean' }).click();
      await page.getByRole('dialog', { name: 'What the map shows' }).waitFor();
    }],
    ['empty', '?q=Atlantis', (page) => page.locator('.empty-result').waitFor()],
  ]) {
    test(`axe finds no serious or critical violation: ${view} view, ${name}`, async () => {
      const context = await run.browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(run.server.url + query);
      await page.waitForFunction(() => document.querySelectorAll('svg.map [data-iso]').length >= 175 || document.querySelector('table'), null, { timeout: 15_000 });
      await then?.(page);
      const serious = await audit(page, `${view} ${name}`);
      assert.deepEqual(serious.map((v) => `${v.id}: ${v.help}`), []);
      await context.close();
    });
  }
}
