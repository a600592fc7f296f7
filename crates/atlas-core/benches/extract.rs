//! Extraction throughput on realistic text: the seed corpus bodies repeated to at least 5 MB,
//! extracted as one article per seed copy (as the build and the browser do), and the same for
//! each language of the evaluation corpus (`tests/eval/{en,es,pt}`), language detection included.
//!
//! `cargo bench -p atlas-core --bench extract`

use atlas_core::corpus::parse_article_or_plain;
use atlas_core::extract::Extractor;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

const SEEDS: &[(&str, &str)] = &[
    ("000", include_str!("../../../corpus/000_b7dbfc7ddc5f0f7e.txt")),
    ("001", include_str!("../../../corpus/001_e5743601604e1a7a.txt")),
    ("002", include_str!("../../../corpus/002_a8fd1111a6204fab.txt")),
    ("003", include_str!("../../../corpus/003_bbc3fb46e7646257.txt")),
    ("004", include_str!("../../../corpus/004_4741d2895414e1fe.txt")),
];

fn bench(c: &mut Criterion) {
    let bodies: Vec<&str> = SEEDS.iter().map(|(n, t)| parse_article_or_plain(n, t).unwrap().body).collect();
    let mut articles = Vec::new();
    let mut total = 0;
    while total < 5 * 1024 * 1024 {
        for b in &bodies {
            articles.push(*b);
            total += b.len();
        }
    }
    let extractor = Extractor::global();
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(total as u64));
    group.sample_size(10);
    group.bench_function("seed corpus repeated to 5 MB, article by article", |b| {
        b.iter(|| articles.iter().map(|a| extractor.extract(black_box(a), None).len()).sum::<usize>())
    });
    let one_text: String = articles.join("\n\n");
    group.bench_function("seed corpus repeated to 5 MB, as one text", |b| {
        b.iter(|| extractor.extract(black_box(&one_text), None).len())
    });
    for language in ["en", "es", "pt"] {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/eval").join(language);
        let mut texts: Vec<String> = std::fs::read_dir(&dir)
            .expect("tests/eval/<language>")
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .map(|p| std::fs::read_to_string(p).unwrap())
            .collect();
        texts.sort();
        let mut articles: Vec<&str> = Vec::new();
        let mut total = 0;
        while total < 5 * 1024 * 1024 {
            for t in &texts {
                articles.push(t);
                total += t.len();
            }
        }
        group.throughput(Throughput::Bytes(total as u64));
        group.bench_function(format!("evaluation articles ({language}) repeated to 5 MB"), |b| {
            b.iter(|| articles.iter().map(|a| extractor.extract(black_box(a), None).len()).sum::<usize>())
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
