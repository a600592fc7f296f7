//! Filtering at scale: 10,000 synthetic articles, 100,000 claims, a 200-country gazetteer.
//!
//! Run with `cargo bench -p atlas-core --bench query`; medians are in
//! `target/criterion/<bench>/new/estimates.json`.

use atlas_core::date::Date;
use atlas_core::gazetteer::{Bloc, Country, Region, UnStatus};
use atlas_core::model::{ArticleRecord, Beneficiary, Certainty, Claim, Stance};
use atlas_core::query::{ClaimIndex, Gazetteer};
use atlas_core::view::{Action, CertaintyFilter, Column, StanceSet, TableSort, ViewState};
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

const ARTICLES: usize = 10_000;
const CLAIMS: usize = 100_000;
const COUNTRIES: usize = 200;

/// A small deterministic generator, so every run measures the same data.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % n
    }
}

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

fn corpus() -> (Gazetteer, Vec<ArticleRecord>, Vec<Claim>) {
    let mut rng = Lcg(7);
    let countries: Vec<Country> = (0..COUNTRIES)
        .map(|i| Country {
            code: leak(format!("C{i:02}")),
            name: leak(format!("Country {i}")),
            un: UnStatus::Member,
            region: Region::ALL[i % 5],
            subregion: leak(format!("Subregion {}", i % 22)),
            aliases: "",
        })
        .collect();
    let codes: Vec<&'static str> = countries.iter().map(|c| c.code).collect();
    let blocs: Vec<Bloc> = (0..8)
        .map(|b| Bloc {
            code: leak(format!("B{b}")),
            name: leak(format!("Bloc {b}")),
            aliases: "",
            members: leak(
                (0..10 + 3 * b).map(|m| codes[(b * 17 + m * 7) % COUNTRIES]).collect::<Vec<_>>().join(" "),
            ),
        })
        .collect();
    let gazetteer = Gazetteer { countries: Box::leak(countries.into()), blocs: Box::leak(blocs.into()) };
    let outlets: Vec<&'static str> = (0..40).map(|o| leak(format!("Outlet {o}"))).collect();
    let articles: Vec<ArticleRecord> = (0..ARTICLES)
        .map(|i| ArticleRecord {
            file: leak(format!("{i:05}.txt")),
            title: leak(format!("Article {}", rng.next(1_000_000))),
            title_editorial: false,
            outlet: outlets[rng.next(outlets.len())],
            author: None,
            date: Date::from_days_since_epoch(17_000 + rng.next(3_300) as i32),
            date_approximate: false,
            url: None,
            body: "",
        })
        .collect();
    let rules = ["recognize.verb", "reject.negated", "ties.expel", "asylum.offer", "reject.recount"];
    let claims: Vec<Claim> = (0..CLAIMS)
        .map(|_| {
            let stance = Stance::ALL[rng.next(4)];
            let actor = if rng.next(10) == 0 {
                gazetteer.blocs[rng.next(gazetteer.blocs.len())].code
            } else {
                codes[rng.next(COUNTRIES)]
            };
            Claim {
                article: rng.next(ARTICLES) as u32,
                actor,
                stance,
                certainty: if rng.next(6) == 0 { Certainty::Speculative } else { Certainty::Asserted },
                beneficiary: (stance == Stance::OfferAsylum).then(|| Beneficiary::ALL[rng.next(2)]),
                initiator: (stance == Stance::BreakTies)
                    .then(|| if rng.next(2) == 0 { "VEN" } else { actor }),
                start: 0,
                end: 0,
                mention_start: 0,
                mention_end: 0,
                rule: rules[rng.next(rules.len())],
            }
        })
        .collect();
    (gazetteer, articles, claims)
}

fn bench(c: &mut Criterion) {
    let (gazetteer, articles, claims) = corpus();
    let index = ClaimIndex::new(&articles, &claims, gazetteer);
    let default = ViewState::default();
    let busy = [
        Action::SetStances(StanceSet::of(&[Stance::Reject, Stance::BreakTies])),
        Action::SetCertainty(CertaintyFilter::IncludeSpeculative),
        Action::SetRange(Some(Date::new(2018, 1, 1)), Some(Date::new(2024, 12, 31))),
        Action::SetRegion(Some(Region::Americas)),
        Action::SetPaintBlocs(true),
    ]
    .into_iter()
    .fold(ViewState::default(), |v, a| v.reduce(a));

    c.bench_function("filter_and_aggregate/default_view", |b| {
        b.iter(|| black_box(index.filter(black_box(&default)).aggregate()))
    });
    c.bench_function("filter_and_aggregate/stances_range_region_blocs", |b| {
        b.iter(|| black_box(index.filter(black_box(&busy)).aggregate()))
    });
    let toggled = default.reduce(Action::ToggleStance(Stance::Recognize));
    c.bench_function("filter_change/toggle_stance_then_legend", |b| {
        let mut flip = false;
        b.iter(|| {
            flip = !flip;
            let v = if flip { &toggled } else { &default };
            black_box(index.filter(v).aggregate().legend())
        })
    });
    let sort = TableSort { column: Column::Actor, descending: true };
    index.filter(&default).rows(sort);
    c.bench_function("table_rows/sorted_by_actor", |b| b.iter(|| black_box(index.filter(&busy).rows(sort))));
    let mut group = c.benchmark_group("build");
    group.sample_size(10);
    group.bench_function("index_100k_claims", |b| {
        b.iter(|| black_box(ClaimIndex::new(&articles, &claims, gazetteer)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
