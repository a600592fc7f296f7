//! Property tests: whatever the input, extraction never panics, every span lies inside the text
//! on character boundaries, the evidence contains the mention, and Venezuela is never an actor.
//!
//! A longer run: `PROPTEST_CASES=200000 cargo test --release -p atlas-core --test robustness`.
//! For hours of fuzzing on stable Rust (`cargo fuzz` needs nightly), use the time-bounded loop:
//! `cargo run --release -p atlas-core --example fuzz_loop -- 600` (seconds; prints executions).

use atlas_core::extract::Extractor;
use proptest::prelude::*;

fn check(text: &str) {
    let claims = Extractor::global().extract(text, None);
    if let Err(e) = atlas_core::extract::validate(text, &claims) {
        panic!("{e}\nin text {text:?}");
    }
}

/// Pieces that reach deep into the rules: names, cues, connectors, abbreviations, quotes, accents.
const PIECES: &[&str] = &[
    "Argentina",
    "Chile",
    "Costa Rica",
    "the Dominican Republic",
    "Dominica",
    "Papua New Guinea",
    "Niger",
    "Nigeria",
    "the U.S.",
    "U.S.",
    "Washington",
    "Caracas",
    "Venezuela",
    "Venezuelan",
    "Maduro",
    "Maduro's",
    "the regime",
    "Mexican government",
    "Spanish newspaper",
    "Russi,a",
    "México",
    "Brasil",
    "Nicolás",
    "AMLO",
    "the Biden administration",
    "the European Union",
    "the Lima Group",
    "OAS",
    "Latin American",
    "The Hague",
    "Mexico City",
    "Swiss accounts",
    "Colombian guerrillas",
    "Guaidó",
    "dissidents",
    "officials",
    "opposition leader",
    "regime prisoner",
    "recognized",
    "has not recognized",
    "refused to recognize",
    "only recognizes",
    "broke ties with",
    "expelled",
    "the ambassador",
    "diplomats",
    "withdrew its diplomats from",
    "suspend diplomatic ties",
    "asylum",
    "refuge in",
    "sought asylum in",
    "the Argentine embassy",
    "sheltered",
    "host",
    "would",
    "could",
    "likely",
    "allegedly",
    "reportedly",
    "willing to",
    "sanctions on",
    "called for a recount of the votes",
    "demanded his resignation",
    "if he gives up power",
    "amnesty",
    "guarantees",
    "not",
    "extradition",
    "the seven countries",
    "the nine countries",
    "his country's",
    "together with",
    "include",
    "Such is the case in",
    "Other nations",
    "than the war-torn",
    "in addition to",
    "such as",
    "and",
    "or",
    ",",
    ", and",
    ".",
    ". ",
    "!",
    "?",
    ";",
    ":",
    "\"",
    "“",
    "”",
    "’",
    "'s",
    "—",
    "–",
    "(",
    ")",
    "\n",
    "\n\n",
    "Dr.",
    "Gen.",
    "K.",
    "e.g.",
    "51.2",
    "2019",
    "é",
    "ñ",
    "🫏",
    "\u{a0}",
    "\r\n",
    " ",
    " ",
    " ",
];

fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|parts| {
        let mut s = String::new();
        for p in parts {
            if !s.is_empty() && !s.ends_with([' ', '\n']) && p.starts_with(char::is_alphanumeric) {
                s.push(' ');
            }
            s.push_str(p);
        }
        s
    })
}

proptest! {
    #[test]
    fn arbitrary_bytes_read_lossily_never_break_an_invariant(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        check(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn arbitrary_unicode_never_breaks_an_invariant(text in "\\PC{0,400}") {
        check(&text);
    }

    #[test]
    fn news_like_texts_never_break_an_invariant(text in news_like()) {
        check(&text);
    }
}

#[test]
fn the_seed_corpus_with_every_prefix_cut_keeps_the_invariants() {
    let text = include_str!("../../../corpus/001_e5743601604e1a7a.txt");
    for cut in (0..text.len()).step_by(97).filter(|&i| text.is_char_boundary(i)) {
        check(&text[..cut]);
        check(&text[cut..]);
    }
}
