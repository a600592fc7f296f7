// The prerendered page's head script (`cargo xtask dist` minifies it with terser and inlines it
// right after the Content-Security-Policy, which allows it by the hash of its minified bytes;
// see xtask/src/prerender.rs). It runs before the body is parsed and does three things:
// - Marks the first frame (class `first-frame`: the text around the picture's map waits, see
//   styles/app.css). Where this script does not run, nothing is held back.
// - Marks the page as not opening on the default view (class `custom-view`: a link with a view
//   or an article, or articles saved in this browser); `localStorage` can throw (storage
//   disabled), which counts as "maybe not default". The key is
//   `atlas_core::local::store::STORAGE_KEY` (an xtask test checks they agree).
// - Once the first contentful paint is on screen and the document is parsed, puts the parts of
//   the picture held back from the first frame (`<template data-later>`,
//   tests/e2e/prerender.mjs) in place, replaces the class `first-frame` with `painted` and
//   dispatches `atlas:painted`, which the loaders (assets/boot.js, the single file's) wait for
//   before compiling the wasm. Where the browser reports no paints, or the tab is hidden and
//   paints nothing, it does so when the document is parsed; if no paint is reported within 3 s,
//   then.
(() => {
  const doc = document;
  const classes = doc.documentElement.classList;
  const customView = 'custom-view';
  // Which of the two events have happened: `p` (painted), `d` (parsed); `x` once done.
  const seen = {};
  const happened = (event) => {
    seen[event] = 1;
    if (seen.p && seen.d && !seen.x) {
      seen.x = 1;
      doc.querySelectorAll('template[data-later]').forEach((later) => later.replaceWith(later.content));
      classes.replace('first-frame', 'painted');
      doc.dispatchEvent(new Event('atlas:painted'));
    }
  };
  classes.add('first-frame');
  try {
    if (
      location.search.length > 1 ||
      location.hash.length > 1 ||
      localStorage.getItem('stance-atlas.local-articles')
    ) {
      classes.add(customView);
    }
  } catch (error) {
    classes.add(customView);
  }
  doc.addEventListener('DOMContentLoaded', () => happened('d'));
  try {
    if (doc.visibilityState == 'hidden' || !PerformanceObserver.supportedEntryTypes.includes('paint')) {
      throw 0;
    }
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length) {
        observer.disconnect();
        happened('p');
      }
    }).observe({ type: 'paint', buffered: true });
    setTimeout(happened, 3000, 'p');
  } catch (error) {
    happened('p');
  }
})();
