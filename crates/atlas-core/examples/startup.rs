//! Measures building the extractor and extracting the seed corpus once (developer check).
fn main() {
    let t0 = std::time::Instant::now();
    let ex = atlas_core::extract::Extractor::global();
    let built = t0.elapsed();
    let files: Vec<String> = std::env::args().skip(1).map(|f| std::fs::read_to_string(f).unwrap()).collect();
    let t1 = std::time::Instant::now();
    let n: usize = files.iter().map(|t| ex.extract(t, None).len()).sum();
    println!(
        "build {:?}, seed corpus {:?} ({n} claims), automata {} bytes",
        built,
        t1.elapsed(),
        ex.memory_usage()
    );
}
