// Starts the app: loads the wasm-bindgen glue and the wasm module named by the <script> tag's
// data attributes (written by trunk), and shows a message in place of the loading state if that fails.
//
// When the page carries a prerendered first view, the wasm and the glue are fetched, compiled and
// started only after that view is on screen (the page's preloads of them wait as long), so the
// map shows as soon as the HTML and CSS are in, not after the app's first render; on a machine
// with few cores the downloads and the compiling slowed that first paint.
const tag = document.querySelector('script[data-wasm]');

const compile = async (url) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  try {
    return await WebAssembly.compileStreaming(response.clone());
  } catch {
    // A host that serves .wasm without the application/wasm type: compile from the bytes.
    return WebAssembly.compile(await response.arrayBuffer());
  }
};

// Once the prerendered picture is on screen: the page's head script (`xtask/src/prerender.rs`)
// marks that with the class `painted` and the event `atlas:painted`. If that script never ran
// (something rewrote the page and its hash no longer matches the policy), start anyway.
const painted = () =>
  new Promise((resolve) => {
    if (document.documentElement.classList.contains('painted')) resolve();
    document.addEventListener('atlas:painted', resolve, { once: true });
    setTimeout(resolve, 3000);
  });

try {
  if (document.querySelector('.prerender')) await painted();
  const module = compile(new URL(tag.dataset.wasm, document.baseURI));
  const glue = await import(new URL(tag.dataset.js, document.baseURI).href);
  await glue.default({ module_or_path: await module });
} catch (error) {
  // The picture of the app must not stay as if it worked.
  document.querySelector('.prerender')?.remove();
  const loading = document.getElementById('loading');
  if (loading) {
    loading.textContent = 'The map could not be started in this browser. Please try a recent version of Firefox, Chrome, Safari or Edge.';
    loading.classList.add('loading-failed');
  }
  throw error;
}
