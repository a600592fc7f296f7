//! A time-bounded fuzz loop on stable Rust (`cargo fuzz` needs nightly): random bytes (read
//! lossily), random Unicode, news-like token soups and mutated seed articles go through the
//! extractor, and every result is checked with `extract::validate`. Prints the number of
//! executions; on a failure, writes the input to `fuzz-failure.txt` and exits with 1.
//!
//! `cargo run --release -p atlas-core --example fuzz_loop -- SECONDS [SEED]`

use atlas_core::extract::{validate, Extractor};
use std::time::{Duration, Instant};

const SEEDS: &[&str] = &[
    include_str!("../../../corpus/000_b7dbfc7ddc5f0f7e.txt"),
    include_str!("../../../corpus/001_e5743601604e1a7a.txt"),
    include_str!("../../../corpus/002_a8fd1111a6204fab.txt"),
    include_str!("../../../corpus/003_bbc3fb46e7646257.txt"),
    include_str!("../../../corpus/004_4741d2895414e1fe.txt"),
];

const PIECES: &[&str] = &[
    "Argentina",
    "Chile",
    "the Dominican Republic",
    "Dominica",
    "Papua New Guinea",
    "Niger",
    "the U.S.",
    "Washington",
    "Caracas",
    "Venezuela",
    "Venezuelan",
    "Maduro's",
    "the regime",
    "Mexican government",
    "Spanish newspaper",
    "Russi,a",
    "México",
    "AMLO",
    "the Biden administration",
    "the European Union",
    "the Lima Group",
    "OAS",
    "Latin American",
    "The Hague",
    "Guaidó",
    "dissidents",
    "officials",
    "regime prisoner",
    "has not recognized",
    "refused to recognize",
    "only recognizes",
    "broke ties with",
    "expelled",
    "the ambassador",
    "withdrew its diplomats from",
    "asylum",
    "refuge in",
    "sought asylum in",
    "the Argentine embassy",
    "sheltered",
    "host",
    "would",
    "likely",
    "reportedly",
    "sanctions on",
    "called for a recount of the votes",
    "demanded his resignation",
    "if he gives up power",
    "amnesty",
    "guarantees",
    "not",
    "extradition",
    "the seven countries",
    "his country's",
    "together with",
    "include",
    "Such is the case in",
    "Other nations",
    "than the",
    "in addition to",
    "such as",
    "called",
    "a dictator",
    "and",
    ",",
    ".",
    "?",
    ";",
    ":",
    "\"",
    "“",
    "”",
    "’",
    "'s",
    "—",
    "(",
    ")",
    "\n",
    "\n\n",
    "Dr.",
    "K.",
    "é",
    "🫏",
    "\u{a0}",
    "\r\n",
    " ",
];

/// xorshift64*: small, fast, reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn input(rng: &mut Rng) -> String {
    match rng.below(4) {
        0 => {
            let bytes: Vec<u8> = (0..rng.below(800)).map(|_| rng.next() as u8).collect();
            String::from_utf8_lossy(&bytes).into_owned()
        }
        1 => (0..rng.below(300)).filter_map(|_| char::from_u32(rng.below(0x3_0000) as u32)).collect(),
        2 => {
            let mut s = String::new();
            for _ in 0..rng.below(80) {
                let p = PIECES[rng.below(PIECES.len())];
                if !s.is_empty() && rng.below(3) > 0 {
                    s.push(' ');
                }
                s.push_str(p);
            }
            s
        }
        _ => {
            // A seed article, cut, spliced and with a few bytes flipped.
            let seed = SEEDS[rng.below(SEEDS.len())].as_bytes();
            let a = rng.below(seed.len());
            let b = (a + rng.below(3000)).min(seed.len());
            let mut bytes = seed[a..b].to_vec();
            for _ in 0..rng.below(6) {
                if !bytes.is_empty() {
                    let i = rng.below(bytes.len());
                    bytes[i] = rng.next() as u8;
                }
            }
            let other = SEEDS[rng.below(SEEDS.len())].as_bytes();
            let c = rng.below(other.len());
            bytes.extend_from_slice(&other[c..(c + rng.below(500)).min(other.len())]);
            String::from_utf8_lossy(&bytes).into_owned()
        }
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let seconds: u64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(60);
    let seed: u64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(0x05ee_d0fa_71a5);
    let mut rng = Rng(seed | 1);
    let extractor = Extractor::global();
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let (mut executions, mut bytes, mut claims) = (0u64, 0u64, 0u64);
    while Instant::now() < deadline {
        for _ in 0..256 {
            let text = input(&mut rng);
            let found = extractor.extract(&text, None);
            if let Err(e) = validate(&text, &found) {
                let _ = std::fs::write("fuzz-failure.txt", &text);
                eprintln!(
                    "invariant broken after {executions} executions: {e}\ninput saved to fuzz-failure.txt"
                );
                std::process::exit(1);
            }
            executions += 1;
            bytes += text.len() as u64;
            claims += found.len() as u64;
        }
    }
    println!(
        "{executions} executions in {seconds} s ({} MB of input, {claims} claims), no invariant broken",
        bytes / 1_000_000
    );
}
