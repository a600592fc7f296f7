//! Synthetic articles for measuring scale (issue 5): never shipped, never used as ground truth.
//!
//! Articles are assembled from varied, realistic sentence patterns over every country of the
//! gazetteer — stance sentences of each kind, hedged and negated forms, lists, guards (a
//! newspaper's home, a venue, money) and neutral filler — so extraction, baking and filtering are
//! exercised the way a real corpus would exercise them. Output is deterministic for a seed.

use crate::date::Date;
use crate::gazetteer::{Country, UnStatus, COUNTRIES};

/// A generated corpus file: its name and its full text (metadata header, `---`, body).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SynthArticle {
    pub file: String,
    pub text: String,
}

/// A small deterministic PRNG (SplitMix64): reproducible corpora without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const OUTLETS: &[&str] = &[
    "Synthetic Wire",
    "Atlas Test Gazette",
    "Generated Daily",
    "Model Herald",
    "Sample Tribune",
    "Benchmark Times",
];

/// Stance sentences. `{A}` is a country name, `{B}` a second one, `{L}` a list of countries,
/// `{J}` an adjective of `{A}`.
const STANCE_PATTERNS: &[&str] = &[
    "{A} has not recognized Maduro's re-election as legitimate.",
    "The government of {A} refused to recognize the results announced by the electoral council.",
    "{A} called for a transparent recount of the votes and the publication of the tally sheets.",
    "{A} and {B} demanded that Maduro step down and allow a peaceful transition.",
    "The {J} foreign ministry described the election as fraudulent.",
    "{A} congratulated Maduro on his victory and pledged continued cooperation.",
    "{A} recognized Maduro as the legitimate president of Venezuela.",
    "{A} remains one of the closest allies of the Maduro government, defending it at the United Nations.",
    "Venezuela broke diplomatic ties with {L} after their governments questioned the results.",
    "{A} suspended diplomatic relations with Venezuela and recalled its ambassador from Caracas.",
    "Caracas expelled the diplomats of {A} and gave them 72 hours to leave the country.",
    "{A} granted asylum to several opposition leaders at its embassy in Caracas.",
    "{A} may be willing to offer refuge to senior regime officials if Maduro leaves power.",
    "{A} could grant asylum to Maduro and his family, according to people familiar with the talks.",
    "Opposition activists have requested asylum in {A}, which has not yet answered the request.",
    "{L} signed a joint statement rejecting the proclaimed results.",
];

/// Sentences that name countries without any stance: the extractor must stay silent on them.
const NEUTRAL_PATTERNS: &[&str] = &[
    "The {J} newspaper that first reported the story did not name its sources.",
    "Talks between the government and the opposition were held in {A} last month.",
    "Oil exports to {A} fell by a third over the year, according to shipping data.",
    "Inflation reached triple digits again, and the bolívar lost half of its value.",
    "Millions of Venezuelans have emigrated over the past decade, many of them on foot.",
    "The national electoral council has not published a breakdown of the results by polling station.",
    "Analysts said the military remains the regime's most important source of support.",
    "Prices of basic goods rose sharply in Maracaibo and Valencia during the blackout.",
    "A delegation of economists from {A} visited the region to study remittances.",
    "The football team of {A} beat Venezuela two to one in the qualifying match.",
];

/// Writes `count` synthetic articles, deterministic for `seed`.
pub fn generate(count: usize, seed: u64) -> Vec<SynthArticle> {
    let countries: Vec<&Country> =
        COUNTRIES.iter().filter(|c| c.un != UnStatus::Other && c.code != "VEN").collect();
    let mut rng = Rng(seed);
    let first = Date::new(2017, 1, 1).days_since_epoch();
    let last = Date::new(2025, 12, 31).days_since_epoch();
    (0..count).map(|i| article(i, &countries, first, last, &mut rng)).collect()
}

fn article(index: usize, countries: &[&Country], first: i32, last: i32, rng: &mut Rng) -> SynthArticle {
    let date = Date::from_days_since_epoch(first + rng.below((last - first) as usize) as i32);
    let sentences = 6 + rng.below(14);
    let mut paragraphs = Vec::new();
    let mut paragraph = Vec::new();
    for _ in 0..sentences {
        let pattern = if rng.below(3) == 0 { rng.pick(NEUTRAL_PATTERNS) } else { rng.pick(STANCE_PATTERNS) };
        paragraph.push(fill(pattern, countries, rng));
        if paragraph.len() >= 2 + rng.below(3) {
            paragraphs.push(paragraph.join(" "));
            paragraph.clear();
        }
    }
    if !paragraph.is_empty() {
        paragraphs.push(paragraph.join(" "));
    }
    let outlet = rng.pick(OUTLETS);
    let text = format!(
        "# Synthetic article for measurement only (cargo xtask synth); not news.\n\
         title: Synthetic report {index} on reactions to Venezuela\ntitle-editorial: yes\n\
         outlet: {outlet}\ndate: {date}\ndate-approximate: no\n---\n{}\n",
        paragraphs.join("\n\n")
    );
    SynthArticle { file: format!("synth_{index:06}.txt"), text }
}

fn fill(pattern: &str, countries: &[&Country], rng: &mut Rng) -> String {
    let a = *rng.pick(countries);
    let b = *rng.pick(countries);
    let list_len = 2 + rng.below(5);
    let list: Vec<&str> = (0..list_len).map(|_| rng.pick(countries).name).collect();
    let adjective = a.adjectives.first().copied().unwrap_or(a.name);
    pattern
        .replace("{A}", a.name)
        .replace("{B}", b.name)
        .replace("{J}", adjective)
        .replace("{L}", &join_list(&list))
}

fn join_list(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{}, and {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::parse_article;

    #[test]
    fn synthetic_articles_are_valid_corpus_files() {
        for a in generate(50, 7) {
            let parsed = parse_article(&a.file, &a.text).unwrap_or_else(|e| panic!("{e}"));
            assert!(parsed.meta.is_some());
            assert!(parsed.body.len() > 100, "{}", a.file);
        }
    }

    #[test]
    fn generation_is_deterministic_for_a_seed() {
        assert_eq!(generate(20, 1), generate(20, 1));
        assert_ne!(generate(20, 1), generate(20, 2));
    }

    #[test]
    fn lists_are_joined_as_in_english() {
        assert_eq!(join_list(&["Chile"]), "Chile");
        assert_eq!(join_list(&["Chile", "Peru", "Panama"]), "Chile, Peru, and Panama");
    }
}
