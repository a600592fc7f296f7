// `cargo xtask bench`: times the extractor compiled as a bare wasm module (extract_wasm.rs beside
// this file) over every article of a corpus folder, in Node's V8.
//
// node extract_wasm.mjs MODULE.wasm RUNS CORPUS_DIR
// prints `<median ms of the passes after the first> <first pass ms> <claims of one pass>`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const [wasmPath, runs, dir] = process.argv.slice(2);
const instance = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(wasmPath)), {});
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
const { memory, alloc, dealloc, extract } = instance.exports;
const texts = files.map((f) => readFileSync(f));
const times = [];
let claims = 0;
for (let run = 0; run < Number(runs); run++) {
  claims = 0;
  const start = performance.now();
  for (const bytes of texts) {
    const ptr = alloc(bytes.length);
    new Uint8Array(memory.buffer, ptr, bytes.length).set(bytes);
    const n = extract(ptr, bytes.length);
    dealloc(ptr, bytes.length);
    if (n < 0) throw new Error('extract failed on a corpus file');
    claims += n;
  }
  times.push(performance.now() - start);
}
const cold = times.shift();
times.sort((a, b) => a - b);
console.log(`${times[times.length >> 1]} ${cold} ${claims}`);
