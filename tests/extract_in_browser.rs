//! The extractor in the browser: over the seed corpus it finds exactly the claims `build.rs`
//! baked natively, and the time it takes is recorded as performance measures
//! (`extract-corpus`), printed for the README. Run it optimised for a meaningful figure:
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --release --target wasm32-unknown-unknown --features embedded-data --test extract_in_browser -- --nocapture`
//! (the whole texts are compiled in with `embedded-data`; a page loads them on demand).
#![cfg(all(target_arch = "wasm32", feature = "embedded-data"))]

use atlas_core::extract::Extractor;
use atlas_core::model::Claim;
use stance_atlas::baked;
use wasm_bindgen_test::{console_log, wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn extract_corpus() -> Vec<Claim> {
    let texts = stance_atlas::texts::embedded().expect("the compiled-in texts fit the articles");
    let mut all = Vec::new();
    for (index, (article, text)) in baked::articles().iter().zip(texts).enumerate() {
        for mut claim in Extractor::global().extract(text, Some(article.date)) {
            claim.article = index as u32;
            all.push(claim);
        }
    }
    all
}

#[wasm_bindgen_test]
fn extraction_in_the_browser_matches_the_build_and_is_measured() {
    let performance = web_sys::window().and_then(|w| w.performance()).expect("a performance timeline");
    let _ = performance.mark("extract-setup-start");
    let first = extract_corpus();
    let _ = performance.measure_with_start_mark("extract-first-pass", "extract-setup-start");
    assert_eq!(first, baked::claims(), "the browser's extraction differs from the build's");

    let mut times = Vec::new();
    for _ in 0..25 {
        let _ = performance.mark("extract-corpus-start");
        let again = extract_corpus();
        let _ = performance.measure_with_start_mark("extract-corpus", "extract-corpus-start");
        assert_eq!(again.len(), first.len());
    }
    let entries = performance.get_entries_by_name("extract-corpus");
    for i in 0..entries.length() {
        let entry: web_sys::PerformanceEntry = wasm_bindgen::JsCast::unchecked_into(entries.get(i));
        times.push(entry.duration());
    }
    times.sort_by(f64::total_cmp);
    let bytes: usize = baked::articles().iter().map(|a| a.body.len()).sum(); // as long as the whole texts
    let first_pass = performance.get_entries_by_name("extract-first-pass");
    let first_ms = if first_pass.length() > 0 {
        let entry: web_sys::PerformanceEntry = wasm_bindgen::JsCast::unchecked_into(first_pass.get(0));
        entry.duration()
    } else {
        f64::NAN
    };
    console_log!(
        "extract-corpus: {} articles, {bytes} bytes, {} claims: median {:.2} ms over {} runs; first pass (builds the automata) {:.1} ms",
        baked::articles().len(),
        first.len(),
        times[times.len() / 2],
        times.len(),
        first_ms
    );
}
