// Starts the app: loads the wasm-bindgen glue and the wasm module named by the <script> tag's
// data attributes (written by trunk), and shows a message in place of the loading state if that fails.
//
// The wasm is downloaded at once (the page preloads it). When the page carries a prerendered first
// view, it is compiled and the app started only after that view has been painted, so the map
// shows as soon as the HTML and CSS are in, not after the app's first render.
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

// After the next frame is painted; a hidden tab paints no frames, so at most 100 ms later.
const afterPaint = () =>
  new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });

try {
  // A picture to show is painted first: compiling the wasm meanwhile slows that paint on a
  // machine with few cores (the file itself is already downloading: the page preloads it).
  // Measured A/B, seven runs of nine loads each: median paint ratio 1.64× against 1.88×.
  if (document.querySelector('.prerender')) await afterPaint();
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
