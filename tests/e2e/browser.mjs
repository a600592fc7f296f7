// Launches Debian's Chromium through playwright-core (never a downloaded browser) and watches a
// page for console errors, failed or off-origin requests.
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/** A fresh browser; playwright gives it a throw-away profile (user-data-dir) of its own. */
export async function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/** Records what a page does wrong: console errors, uncaught exceptions, failed requests, HTTP
 * errors and any request that leaves `origin`. */
export function watchPage(page, origin) {
  const problems = { consoleErrors: [], failedRequests: [], httpErrors: [], offOrigin: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(`uncaught: ${error.message}`));
  // A request still in flight when the page navigates (a reload while the favicon loads) is
  // aborted by the browser: that is no failure of the page. Each request remembers the
  // navigation it was made under.
  let navigations = 0;
  const madeUnder = new WeakMap();
  page.on('request', (request) => {
    // A navigation starts with its document's request, before the old page's are aborted.
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) navigations += 1;
    madeUnder.set(request, navigations);
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) problems.offOrigin.push(request.url());
  });
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText;
    if (error === 'net::ERR_ABORTED' && madeUnder.get(request) !== navigations) return;
    problems.failedRequests.push(`${request.url()}: ${error}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.httpErrors.push(`${response.status()} ${response.url()}`);
  });
  return problems;
}

/** Asserts that a page watched by `watchPage` did nothing wrong. */
export function assertClean(problems) {
  assert.deepEqual(problems.consoleErrors, [], 'console errors');
  assert.deepEqual(problems.httpErrors, [], 'HTTP errors');
  assert.deepEqual(problems.failedRequests, [], 'failed requests');
  assert.deepEqual(problems.offOrigin, [], 'requests off the origin');
}

/** A 390 px phone. */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
