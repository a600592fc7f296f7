// What the end-to-end test files share: where the built site and the screenshots are, and a
// static server of dist/ plus a Chromium, started before a file's tests and stopped after them.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
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
