//! Extracts the given files repeated to 5 MB and prints MB/s (a quick check without criterion).
fn main() {
    let texts: Vec<String> = std::env::args().skip(1).map(|f| std::fs::read_to_string(f).unwrap()).collect();
    let mut articles = Vec::new();
    let mut total = 0;
    while total < 5 << 20 {
        for t in &texts {
            articles.push(t.as_str());
            total += t.len();
        }
    }
    let ex = atlas_core::extract::Extractor::global();
    ex.extract("warm up", None);
    let t0 = std::time::Instant::now();
    let n: usize = articles.iter().map(|a| ex.extract(a, None).len()).sum();
    let dt = t0.elapsed().as_secs_f64();
    println!("{n} claims, {:.1} MB in {:.3} s = {:.1} MB/s", total as f64 / 1e6, dt, total as f64 / 1e6 / dt);
}
