// `cargo xtask dist` runs this: the built app's first view, saved as static HTML for index.html.
//
// `node prerender.mjs DIST OUT MAP_ID` serves DIST, opens it in headless Chromium (a fresh profile: no
// saved articles, no link state, so the default view), waits until the app has drawn the map with
// its stances, and writes the app's markup to OUT. The page then paints that map as soon as the
// HTML and CSS arrive, before the wasm is fetched; the app replaces it when it starts.
//
// The copy is made static: no inline `style` attributes (the page's CSP forbids them), no ids
// outside the map's pattern <defs> (the live app owns them) but MAP_ID on the map, no `data-iso` (tests and scripts find
// the live countries by it; the app reads the outlines by their order, see src/baked/geometry.rs), no
// tab stops, no names, roles or relations (it is inert; only the states CSS draws stay), and of
// each list only its chosen option
// (the article list holds one option per article). The caller wraps it in an `inert` element.
//
// The parts beside and below the map (the filters' controls, the selection panel, the blocs, the
// articles, the footer) go into `<template data-later>`: the first frame then draws only what the
// map's place depends on, and the page's head script puts them in place once that frame is on
// screen (`xtask/src/prerender.rs`). None of them moves the map when it arrives (a test checks);
// with the form controls out of the first document, Chromium's form scan at DOMContentLoaded has
// nothing to lay out either. Measured with `cargo xtask bench`, see the README.
import { writeFile } from 'node:fs/promises';
import { serveDirectory } from './server.mjs';
import { launchBrowser, watchPage } from './browser.mjs';

const [dist, out, mapId] = process.argv.slice(2);
if (!dist || !out || !mapId) {
  console.error('usage: node prerender.mjs DIST_DIR OUT_FILE MAP_ID');
  process.exit(2);
}

const PAINTED = 'svg.map [data-iso][data-stances]:not([data-stances=""])';
// Beside or below the map on every screen width: none of them decides where the map is drawn.
const LATER = ['.filters-body', '.time-bar', '.selection-panel', '.bloc-list', 'section.articles', '.site-footer'];
const server = await serveDirectory(dist);
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const problems = watchPage(page, new URL(server.url).origin);
  await page.goto(server.url);
  await page.waitForSelector(PAINTED, { state: 'attached', timeout: 60_000 });
  const { markup, missing } = await page.evaluate(([LATER, mapId]) => {
    const live = document.querySelector('#app .app-live') ?? document.getElementById('app');
    // Form state the app set as properties becomes attributes, which is what a copy keeps.
    for (const input of live.querySelectorAll('input')) {
      input.toggleAttribute('checked', input.checked);
      if (input.value && input.type !== 'checkbox' && input.type !== 'radio') input.setAttribute('value', input.value);
    }
    for (const option of live.querySelectorAll('option')) option.toggleAttribute('selected', option.selected);
    const copy = live.cloneNode(true);
    // A closed list shows only its choice: the picture keeps that option, not one per article.
    for (const option of copy.querySelectorAll('select option:not([selected])')) option.remove();
    // A closed dialog (the help, "Add an article") draws nothing: the picture need not carry it.
    for (const dialog of copy.querySelectorAll('dialog:not([open])')) dialog.remove();
    // The picture is inert, so out of the accessibility tree: its countries need no names or
    // roles (the live map has them), and a country with no stance needs no empty list of them.
    for (const element of copy.querySelectorAll('svg.map [role], svg.map [aria-label]')) {
      for (const name of ['role', 'aria-label', 'aria-pressed']) element.removeAttribute(name);
    }
    for (const element of copy.querySelectorAll('svg.map [data-stances=""]')) element.removeAttribute('data-stances');
    // Inert, the picture is out of the accessibility tree: names, roles, relations and live
    // regions mean nothing there (the states CSS draws, aria-pressed and aria-selected, stay).
    const unseen = ['role', 'title', 'for', 'autocomplete', 'aria-hidden', 'aria-label', 'aria-labelledby',
      'aria-describedby', 'aria-controls', 'aria-expanded', 'aria-live'];
    for (const element of copy.querySelectorAll('*')) {
      for (const name of unseen) element.removeAttribute(name);
      element.removeAttribute('style');
      element.removeAttribute('data-iso');
      element.removeAttribute('tabindex');
      if (!element.closest('defs')) element.removeAttribute('id');
    }
    // The page holds its first frame back until this element is parsed (xtask/src/prerender.rs).
    copy.querySelector('svg.map').id = mapId;
    // Last, once the copy is clean: a template's content is out of reach of querySelectorAll.
    // Not every corpus has every part (blocs); none at all means the app's markup changed.
    if (!LATER.some((selector) => copy.querySelector(selector))) return { missing: LATER };
    for (const part of copy.querySelectorAll(LATER.join(', '))) {
      const later = document.createElement('template');
      later.setAttribute('data-later', '');
      part.replaceWith(later);
      later.content.append(part);
    }
    return { markup: copy.innerHTML };
  }, [LATER, mapId]);
  if (missing) throw new Error(`the app's view has none of ${missing.join(', ')} to hold back from the first frame`);
  const errors = [...problems.consoleErrors, ...problems.failedRequests, ...problems.httpErrors];
  if (errors.length > 0) throw new Error(`the page reported problems while prerendering:\n${errors.join('\n')}`);
  if (!markup.includes('data-stances')) throw new Error('the prerendered map has no stances');
  await writeFile(out, markup);
} finally {
  await browser.close();
  await server.close();
}
