// Starts the app: loads the wasm-bindgen glue and the wasm module named by the <script> tag's
// data attributes (written by trunk), and shows a message in place of the loading state if that fails.
const tag = document.querySelector('script[data-wasm]');
try {
  const glue = await import(new URL(tag.dataset.js, document.baseURI).href);
  await glue.default({ module_or_path: new URL(tag.dataset.wasm, document.baseURI) });
} catch (error) {
  const loading = document.getElementById('loading');
  if (loading) {
    loading.textContent = 'The map could not be started in this browser. Please try a recent version of Firefox, Chrome, Safari or Edge.';
    loading.classList.add('loading-failed');
  }
  throw error;
}
