//! Synthetic articles for measuring scale (issue 5): never shipped, never used as ground truth.
//!
//! Articles are assembled from varied, realistic sentence patterns over every country of the
//! gazetteer — stance sentences of each kind, hedged and negated forms, lists, guards (a
//! newspaper's home, a venue, money) — between news sentences that carry no stance (economics,
//! migration, quotes, courts…, with varied wording, names and numbers), so extraction, baking and
//! filtering are exercised the way a real corpus would exercise them: about as many claims per
//! kilobyte as the seeds and text about as hard to compress. Output is deterministic for a seed.

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
    "A delegation of economists from {A} visited the region to study remittances.",
    "The football team of {A} beat Venezuela two to one in the qualifying match.",
];

/// Everything else a news article says — background, quotes, economics, migration, energy, courts,
/// health, weather — with no country named, so it carries no claim. Real news text is mostly this:
/// without it the corpus would be several times denser in claims and far more compressible than
/// the seeds. `[a|b|c]` picks one wording; `{P}` a person, `{T}` a town, `{O}` an organisation,
/// `{N}` a count, `{F}` a figure with a decimal, `{Q}` a percentage, `{Y}` a year, `{D}` a weekday,
/// `{M}` a month, `{X}` a made-up surname (as a street, district or company).
const FILLER_PATTERNS: &[&str] = &[
    "[In|Across|Around] {T}, [queues|lines] of {N} [people|residents|shoppers] formed [outside|in front of] [a pharmacy|the bakeries|a supermarket|the bank branches] [before dawn|early on {D}|by midmorning].",
    "\"[We|My family|Our neighbours] [cannot|can no longer] [afford|pay for] [meat|medicine|school shoes|the bus] [anymore|this month|on {F} bolívars a week],\" said {P}, {N}, [a teacher|a nurse|a street vendor|a retired engineer|a taxi driver] from {T}.",
    "[Annual|Monthly|Year-on-year] inflation [reached|stood at|slowed to|climbed to] {Q} in {M}, [according to|the figures of|says] {O}, [which|an institute that] [publishes|compiles] its own [estimates|index] [since|because] the central bank [stopped|delayed] [reporting|publishing] data in {Y}.",
    "{P}, [an economist|a researcher|a professor of economics] at {O}, [said|estimated|calculated] that [output|the economy|household income] [shrank|fell|contracted] by {Q} [between {Y} and {Y}|over {N} months|since {Y}].",
    "[Power cuts|Blackouts|Water shortages] [lasting|of] up to {N} hours [hit|affected|struck] [the state of {T}|{T} and {T}|several districts of {T}] [on {D}|this week|for a {N}th day], [local officials|residents|the utility] [said|reported|confirmed].",
    "The [oil|gas|mining] [company|firm|contractor] {X} {O2} [said|announced|reported] on {D} that [production|exports|shipments] [at its {X} field|from the {X} terminal|from the {T} refinery] [had fallen to|recovered to|stood at] {N} barrels a day.",
    "[More than|Nearly|About|Some] {F} million Venezuelans have [left the country|emigrated|settled abroad] since {Y}, [according to|says|estimates] {O}; [many|most|a third] of them [crossed on foot|travel by bus|send money home every month].",
    "{P} [left|fled|walked out of] {T} in {M} {Y} with [two children|a backpack|{N} dollars|her mother] and [now works|now sells coffee|found work] [in a bakery|on a building site|as a cleaner|in a call centre], [she said|he said|according to relatives].",
    "[Remittances|Transfers from relatives abroad|Money sent home] [reached|totalled|were worth] {F} [billion|million] dollars in {Y}, [roughly|about|nearly] {Q} of [household income|all consumption|what families spend on food], [{O} estimated|according to {O}].",
    "The [court|tribunal|prosecutor's office] in {T} [sentenced|charged|released] {P}, [a union leader|a local journalist|a student organiser|a former mayor], [after|following] {N} days [in custody|of detention|of hearings], [the family's lawyer|{O}|the defence] said.",
    "[Hospitals|Clinics|Health centres] in {T} [reported|are short of|have run out of] [insulin|antibiotics|surgical gloves|anaesthetics] [for|during] {N} [days|weeks], {P}, [a doctor|the director|a surgeon] [there|at the {X} hospital], told [reporters|local radio|a press conference].",
    "[Heavy rain|Flooding|A landslide|A heat wave] [killed|displaced|left homeless] {N} people in {T} [on {D}|in {M}|overnight], and [roads|schools|the {X} bridge] [remained closed|were damaged|will reopen] [for {N} days|until {M}|next week].",
    "[Teachers|Nurses|Transport workers|Oil workers] [marched|went on strike|protested] in {T} [on {D}|for a {N}th week|in {M}] to demand [wages|salaries] [of at least|above|no lower than] {N} dollars a month; [the minimum wage|their pay|the monthly bonus] [is worth|buys|amounts to] [less than|barely|about] {F} dollars.",
    "\"[Nobody|No one|Not a single official] [came|answered|listened] [when the river rose|when the clinic closed|after the fire|during the blackout],\" said {P}, who [runs|owns|manages] a [shop|bakery|garage|school canteen] on {X} Street in {T}.",
    "[The|A] [survey|poll|study] of {N} [households|voters|adults] by {O}, [carried out|conducted|taken] [between {M} and {M}|in {M} {Y}|over {N} days], found that {Q} [of respondents|of families|of them] [skip meals|plan to emigrate|earn less than two dollars a day|distrust the institutions].",
    "[Gasoline|Diesel|Cooking gas] [queues|shortages|prices] [returned|worsened|eased] in {T} [this week|on {D}|in {M}], where [a litre|a cylinder|a tank] [now costs|sells for|trades at] {F} dollars on the [informal|black|parallel] market.",
    "{P}, {N}, [a spokesperson for|the coordinator of|a lawyer with] {O}, [said|told|warned] [reporters|a news conference|the assembly] that [at least|more than|nearly] {N} [people|detainees|cases] [remain|were still|are now] [unaccounted for|in custody|under review] [since|after] {M} {Y}.",
    "The [bolívar|currency|exchange rate] [lost|shed|gave up] {Q} of its value [against the dollar|in {M}|over {N} weeks], [pushing|forcing|leading] [shops|businesses|pharmacies] in {T} to [price|charge|list] [goods|medicine|food] in [dollars|foreign currency] [instead|again|as well].",
    "[Farmers|Cattle ranchers|Fishermen] in {T} [said|complained|reported] that [fuel|fertiliser|spare parts] [costs|shortages|delays] had [cut|reduced|halved] their [harvest|catch|output] by {Q} [since {Y}|this season|compared with {Y}].",
    "[Schools|Universities|Classrooms] in {T} [opened|resumed|closed] [with|after|despite] {Q} of [teachers|staff|pupils] [absent|missing|gone abroad], {P} of {O} [said|estimated|noted] on {D}.",
    "[A fire|An explosion|A leak] at the {X} [plant|refinery|depot] near {T} [was brought under control|forced {N} families to leave|halted work] [on {D}|after {N} hours|in {M}], [state television|firefighters|the company] [said|reported].",
    "[In|At a market in|At the {X} market in] {T}, a kilo of [rice|flour|maize meal] [cost|sold for|was] {F} [dollars|bolívars], [chicken|beef|cheese] {F}, [sugar|coffee|beans] {F}, [a carton of eggs|a litre of milk|a bar of soap] {F} and [a box of antibiotics|a bag of pasta|cooking oil] {F}, [up from|against|compared with] {F}, {F} and {F} [in {M}|a year earlier|in {Y}].",
    "[Turnout|Participation|Attendance] in the [municipal|regional|union|student] [vote|election|ballot] in {T} was {Q}; {P} [won|took|received] {N} votes, {P} {N} and {P} {N}, [with|while] {N} ballots [were void|were spoiled|were blank].",
    "[The|A] [report|document|ledger] [seen by|obtained by|shared with] [reporters|this newspaper|local media] [lists|shows|records] {N} [payments|contracts|transfers] [worth|totalling|of] {F} million dollars [to|from|through] {X} {O2}, {X} {O2} and {X} {O2} [between {Y} and {Y}|in {Y}|since {M} {Y}].",
    "[Bus|Metro|Train] [fares|services|routes] in {T} [rose to|were cut to|fell to] {F} [bolívars|dollars|runs a day] [in {M}|on {D}|this year], [leaving|forcing|prompting] {N} [commuters|workers|students] [to walk|to queue for hours|to share taxis].",
];

const FIRST_NAMES: &[&str] = &[
    "María",
    "José",
    "Luis",
    "Carmen",
    "Ana",
    "Carlos",
    "Rosa",
    "Pedro",
    "Yolanda",
    "Jesús",
    "Daniela",
    "Andrés",
    "Gabriela",
    "Rafael",
    "Mariela",
    "Jorge",
    "Lucía",
    "Miguel",
    "Elena",
    "Víctor",
    "Teresa",
    "Ramón",
    "Patricia",
    "Héctor",
    "Isabel",
    "Óscar",
    "Beatriz",
    "Alejandro",
    "Natalia",
    "Eduardo",
    "Adriana",
    "Fernando",
    "Verónica",
    "Ricardo",
    "Marisol",
    "Julio",
    "Camila",
    "Gustavo",
    "Yelitza",
    "Ernesto",
    "Francisco",
    "Milagros",
    "Orlando",
    "Rebeca",
    "Wilmer",
    "Zulay",
    "Nelson",
    "Xiomara",
];

const SYLLABLES: &[&str] = &[
    "al", "ba", "be", "bra", "ca", "cha", "co", "cu", "da", "de", "do", "fe", "ga", "gue", "ja", "la", "le",
    "li", "lo", "lu", "ma", "me", "mi", "mo", "na", "ne", "ni", "no", "pa", "pe", "qui", "ra", "re", "ri",
    "ro", "sa", "se", "so", "ta", "te", "ti", "to", "va", "ve", "vi", "ya", "za", "zo", "rr", "n", "s", "l",
    "z", "t", "nd", "rt",
];

const TOWNS: &[&str] = &[
    "Maracaibo",
    "Valencia",
    "Barquisimeto",
    "Maracay",
    "Ciudad Guayana",
    "Maturín",
    "Cumaná",
    "Mérida",
    "San Cristóbal",
    "Barinas",
    "Ciudad Bolívar",
    "Puerto La Cruz",
    "Coro",
    "Punto Fijo",
    "Los Teques",
    "Guanare",
    "Acarigua",
    "El Tigre",
    "Carúpano",
    "Valera",
    "Tucupita",
    "Puerto Ayacucho",
    "San Fernando de Apure",
    "Calabozo",
    "San Juan de los Morros",
    "Porlamar",
    "Cabimas",
    "Ciudad Ojeda",
];

const ORGANISATIONS: &[&str] = &[
    "the Andrés Bello Catholic University",
    "the Central University of Venezuela",
    "Encovi",
    "the Venezuelan Finance Observatory",
    "Provea",
    "Foro Penal",
    "Cáritas",
    "Fedecámaras",
    "the Venezuelan Health Observatory",
    "the national statistics institute",
    "Datanálisis",
    "the Venezuelan Observatory of Social Conflict",
    "Consecomercio",
    "the teachers' federation",
];

const COMPANY_KINDS: &[&str] = &["Energy", "Holdings", "Petróleo", "Servicios", "Group", "Minerales"];
const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

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
    // About one stance sentence in four, as in the seeds (one claim per ~300 bytes of text).
    let sentences = 8 + rng.below(28);
    let mut paragraphs = Vec::new();
    let mut paragraph = Vec::new();
    for _ in 0..sentences {
        let (patterns, stance) = match rng.below(20) {
            0..=4 => (STANCE_PATTERNS, true),
            5 => (NEUTRAL_PATTERNS, true),
            _ => (FILLER_PATTERNS, false),
        };
        let pattern = *rng.pick(patterns);
        let sentence = if stance { fill(pattern, countries, rng) } else { filler(pattern, rng) };
        paragraph.push(sentence);
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
    let adjective = a.adjectives().next().unwrap_or(a.name);
    pattern
        .replace("{A}", a.name)
        .replace("{B}", b.name)
        .replace("{J}", adjective)
        .replace("{L}", &join_list(&list))
}

/// Expands a [`FILLER_PATTERNS`] sentence: each `[a|b]` and `{slot}` drawn afresh.
fn filler(pattern: &str, rng: &mut Rng) -> String {
    let mut out = String::with_capacity(pattern.len() + 40);
    let mut rest = pattern;
    while let Some(i) = rest.find(['[', '{']) {
        out.push_str(&rest[..i]);
        let close = if rest.as_bytes()[i] == b'[' { ']' } else { '}' };
        let end = i + rest[i..].find(close).expect("patterns close what they open");
        let inner = &rest[i + 1..end];
        if close == ']' {
            let choices: Vec<&str> = inner.split('|').collect();
            let choice = *rng.pick(&choices);
            out.push_str(&filler(choice, rng));
        } else {
            slot(inner, rng, &mut out);
        }
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

fn slot(name: &str, rng: &mut Rng, out: &mut String) {
    use std::fmt::Write as _;
    let _ = match name {
        "P" => write!(out, "{} {}", rng.pick(FIRST_NAMES), surname(rng)),
        "X" => write!(out, "{}", surname(rng)),
        "T" => write!(out, "{}", rng.pick(TOWNS)),
        "O" => write!(out, "{}", rng.pick(ORGANISATIONS)),
        "O2" => write!(out, "{}", rng.pick(COMPANY_KINDS)),
        "N" => match rng.below(4) {
            0 => write!(out, "{}", 2 + rng.below(98)),
            1 => write!(out, "{}", 100 + rng.below(900)),
            2 => write!(out, "{},{:03}", 1 + rng.below(99), rng.below(1000)),
            _ => write!(out, "{}", 1000 + rng.below(9000)),
        },
        "F" => write!(out, "{}.{:02}", 1 + rng.below(300), rng.below(100)),
        "Q" => write!(out, "{}.{} percent", 1 + rng.below(95), rng.below(10)),
        "Y" => write!(out, "{}", 2005 + rng.below(21)),
        "D" => write!(out, "{}", rng.pick(WEEKDAYS)),
        "M" => write!(out, "{}", rng.pick(&crate::date::MONTH_NAMES)),
        other => write!(out, "{other}"),
    };
}

/// A made-up Spanish-sounding surname, so names vary as much as in real reporting.
fn surname(rng: &mut Rng) -> String {
    let mut name = String::new();
    for _ in 0..2 + rng.below(2) {
        let syllable = *rng.pick(&SYLLABLES[..48]);
        name.push_str(syllable);
    }
    if rng.below(2) == 0 {
        let ending = *rng.pick(&SYLLABLES[48..]);
        name.push_str(ending);
    }
    let mut chars = name.chars();
    chars.next().map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
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
    fn filler_sentences_have_every_choice_and_slot_filled() {
        let mut rng = Rng(3);
        for pattern in FILLER_PATTERNS {
            let sentence = filler(pattern, &mut rng);
            assert!(!sentence.contains(['[', ']', '{', '}', '|']), "{sentence}");
        }
    }

    #[test]
    fn filler_sentences_carry_no_claim() {
        let mut rng = Rng(5);
        let extractor = crate::extract::Extractor::global();
        for _ in 0..300 {
            let pattern = *rng.pick(FILLER_PATTERNS);
            let sentence = filler(pattern, &mut rng);
            assert_eq!(extractor.extract(&sentence, None), [], "{sentence}");
        }
    }

    #[test]
    fn lists_are_joined_as_in_english() {
        assert_eq!(join_list(&["Chile"]), "Chile");
        assert_eq!(join_list(&["Chile", "Peru", "Panama"]), "Chile, Peru, and Panama");
    }
}
