//! Finding the words that name an actor: every country's names, aliases, adjectives, capitals and
//! leaders, the blocs, Venezuela and its regime (the subject, never an actor), and phrases that look
//! like a country but are not one ("Latin America", "The Hague", "New Mexico").
//!
//! One case-sensitive Aho-Corasick automaton, leftmost-longest, so "Dominican Republic" beats
//! "Dominica" and "Papua New Guinea" beats "Guinea"; matches must be whole words.

use crate::date::Date;
use crate::gazetteer::{names, Bloc, Country, Leader, LocalGazetteer};
use aho_corasick::{Match, MatchKind};

use super::normalize::fold_pattern;

/// How a mention names its actor; the rules treat each kind differently.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// "Mexico", "the U.S.", "Brasil".
    Name,
    /// "Mexican": an actor only before a state institution ("the Mexican government").
    Adjective,
    /// "Washington": an actor only when not a place ("in Washington").
    Capital,
    /// "López Obrador", "the Biden administration": within the term of office.
    Leader,
    /// "the European Union", "the Lima Group".
    Bloc,
    /// Maduro, Chavista, the regime: Venezuela's government as a person or party.
    Regime,
    /// A Venezuelan opposition figure ("Guaidó", "Edmundo González").
    OppositionPerson,
    /// A phrase that blocks a shorter country match inside it ("Latin America", "The Hague").
    Blocker,
}

/// A matched mention in the normalised text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    /// Actor code; `VEN` for Venezuela and its regime; empty for blockers and opposition figures.
    pub actor: &'static str,
    pub kind: Kind,
}

impl Mention {
    pub fn is_venezuela(&self) -> bool {
        self.actor == VENEZUELA
    }
}

pub const VENEZUELA: &str = "VEN";

/// Names of Venezuela's government and its people, beyond the gazetteer's entry for Venezuela.
const REGIME_NAMES: &[&str] = &[
    "Maduro",
    "Nicolas Maduro",
    "Nicolás Maduro",
    "Chavez",
    "Chávez",
    "Hugo Chavez",
    "Hugo Chávez",
    "Chavista",
    "Chavistas",
    "Chavismo",
    "Bolivarian Government",
    "Bolivarian government",
    "PSUV",
    "Diosdado Cabello",
    "Cabello",
    "Delcy Rodriguez",
    "Delcy Rodríguez",
    "Padrino Lopez",
    "Padrino López",
    "Vladimir Padrino",
    "Miraflores",
    "the regime",
    "The regime",
    "the dictatorship",
    "The dictatorship",
    "Maduro's government",
    "Maduro government",
    "Cilia Flores",
    "Constituent Assembly",
    "National Constituent Assembly",
];

/// Well-known figures of the Venezuelan opposition (beneficiaries of asylum, and recognised in
/// Maduro's stead).
const OPPOSITION_NAMES: &[&str] = &[
    "Guaido",
    "Guaidó",
    "Juan Guaido",
    "Juan Guaidó",
    "Edmundo Gonzalez",
    "Edmundo González",
    "Gonzalez Urrutia",
    "González Urrutia",
    "Maria Corina Machado",
    "María Corina Machado",
    "Machado",
    "Leopoldo Lopez",
    "Leopoldo López",
    "Antonio Ledezma",
    "Ledezma",
    "Henrique Capriles",
    "Capriles",
    "Julio Borges",
    "Freddy Guevara",
    "Juan Pablo Guanipa",
    "Magalli Meda",
    "Pedro Urruchurtu",
];

/// Phrases that contain a country word but name something else.
const BLOCKERS: &[&str] = &[
    "Latin America",
    "Latin American",
    "Latin Americans",
    "Latin-American",
    "South America",
    "South American",
    "Central America",
    "Central American",
    "North America",
    "North American",
    "Inter-American",
    "Pan-American",
    "Pan American",
    "Afro-American",
    "African American",
    "The Hague",
    "the Hague",
    "New Mexico",
    "New Mexican",
    "New Guinea",
    "Washington Post",
    "New York",
    "New York Times",
    "Wall Street Journal",
    "Georgia Tech",
    "Indian Ocean",
    "Guinea pig",
    "Turkey Point",
    "Jersey City",
    "Mexican Gulf",
    "Gulf of Mexico",
    "Sea of Japan",
    "China Sea",
    "South China Sea",
    "Strait of Hormuz",
    "American Airlines",
    "Chinese New Year",
    "Swiss franc",
    "Swiss francs",
    "Swiss bank",
    "Swiss banks",
    "Swiss accounts",
    "French fries",
    "Mexico Lindo",
    "Caracas Convention",
    "Caracas Convention on",
    "Spanish-language",
    "English-language",
    "Spanish language",
    "Arabic",
    "Panama Papers",
    "Panama Canal",
    "Cuban missile crisis",
    "Cuban Revolution",
    "Western Hemisphere",
    "United Nations",
    "Russian roulette",
];

/// What a pattern of the automaton stands for.
#[derive(Clone, Debug)]
struct Pattern {
    actor: &'static str,
    kind: Kind,
    /// Leaders only: the terms during which the name stands for an actor ("Lula" twice for
    /// Brazil; "Kaja Kallas" for Estonia, then for the EU), each with that actor.
    terms: Vec<(&'static str, Date, Option<Date>)>,
}

/// A table of every transition over the whole gazetteer is fast but takes about 2 MB (6 MB as
/// `aho_corasick`'s DFA, 70 ms to build); in the browser, where only a pasted article is
/// extracted, the contiguous NFA (about 0.3 MB) wins.
#[cfg(not(target_arch = "wasm32"))]
pub type GazetteerAutomaton = super::scan::Dense;
#[cfg(target_arch = "wasm32")]
pub type GazetteerAutomaton = aho_corasick::nfa::contiguous::NFA;

/// Why [`scan::Dense::new`](super::scan::Dense::new) fails.
#[cfg(not(target_arch = "wasm32"))]
pub const DENSE_TOO_LARGE: &str =
    "the automaton has more than 65,534 states: widen `scan::Dense`'s state to 32 bits";

/// The compiled gazetteer matcher.
pub struct MentionFinder {
    pub automaton: GazetteerAutomaton,
    patterns: Vec<Pattern>,
}

impl MentionFinder {
    /// The matcher over the given actors and their leaders (`(actor code, leaders)`, as
    /// [`gazetteer::LEADERS`](crate::gazetteer::LEADERS)).
    pub fn new(
        countries: &'static [Country],
        blocs: &'static [Bloc],
        leaders: &'static [(&'static str, &'static [Leader])],
        local: Option<&'static LocalGazetteer>,
    ) -> MentionFinder {
        let leaders_of = |code: &str| -> &'static [Leader] {
            leaders.iter().find(|(actor, _)| *actor == code).map_or(&[], |(_, leaders)| leaders)
        };
        let mut entries: Vec<(String, Pattern)> = Vec::new();
        let mut add = |text: &str, pattern: Pattern| {
            let folded = fold_pattern(text);
            let bare = folded.strip_prefix("the ").or_else(|| folded.strip_prefix("The ")).unwrap_or(&folded);
            // "the regime" keeps its article: a bare "regime" may be anyone's.
            let keep_article =
                pattern.kind == Kind::Regime && bare.chars().next().is_some_and(char::is_lowercase);
            let text = if keep_article { folded.as_str() } else { bare };
            if !text.trim().is_empty() {
                entries.push((text.to_string(), pattern));
            }
        };
        // A local name is matched without its article ("la Casa Rosada" as "Casa Rosada"): the
        // article may be fused with a preposition ("de la", "na"), and a match starting inside
        // that word would hide the name. Where the article is part of the name ("el régimen"),
        // its fused forms are listed too.
        let contractions = local.map_or(&[][..], |l| l.contractions);
        let local_forms = |name: &'static str| -> Vec<String> {
            let first_capital =
                name.split(' ').position(|w| w.chars().next().is_some_and(char::is_uppercase));
            match first_capital {
                Some(k) if k > 0 => vec![name.split(' ').skip(k).collect::<Vec<_>>().join(" ")],
                Some(_) => vec![name.to_string()],
                None => {
                    let mut forms = vec![name.to_string()];
                    if let Some((article, rest)) = name.split_once(' ') {
                        for &(a, fused) in contractions {
                            if a.eq_ignore_ascii_case(article) {
                                forms.extend(fused.split(' ').map(|f| format!("{f} {rest}")));
                            }
                        }
                    }
                    forms
                }
            }
        };
        let local_blockers = local.into_iter().flat_map(|l| names(l.blockers));
        for blocker in BLOCKERS.iter().copied().chain(local_blockers) {
            add(blocker, Pattern { actor: "", kind: Kind::Blocker, terms: Vec::new() });
        }
        for name in OPPOSITION_NAMES {
            add(name, Pattern { actor: "", kind: Kind::OppositionPerson, terms: Vec::new() });
        }
        for name in REGIME_NAMES {
            add(name, Pattern { actor: VENEZUELA, kind: Kind::Regime, terms: Vec::new() });
        }
        for name in local.into_iter().flat_map(|l| names(l.regime)) {
            for form in local_forms(name) {
                add(&form, Pattern { actor: VENEZUELA, kind: Kind::Regime, terms: Vec::new() });
            }
        }
        // The language's own names first: where a word is both ("Chile"), either reading agrees.
        for l in local.map_or(&[][..], |l| l.countries) {
            let Some(c) = countries.iter().find(|c| c.code == l.code) else { continue };
            let p = |kind| Pattern { actor: c.code, kind, terms: Vec::new() };
            for a in names(l.names) {
                local_forms(a).iter().for_each(|f| add(f, p(Kind::Name)));
            }
            for a in names(l.adjectives) {
                add(a, p(Kind::Adjective));
            }
            for a in names(l.seats) {
                local_forms(a).iter().for_each(|f| add(f, p(Kind::Capital)));
            }
        }
        for &(code, list) in local.map_or(&[][..], |l| l.blocs) {
            if !blocs.iter().any(|b| b.code == code) {
                continue;
            }
            for a in names(list) {
                for f in local_forms(a) {
                    add(&f, Pattern { actor: code, kind: Kind::Bloc, terms: Vec::new() });
                }
            }
        }
        for c in countries {
            let p = |kind| Pattern { actor: c.code, kind, terms: Vec::new() };
            add(c.name, p(Kind::Name));
            for a in c.aliases() {
                add(a, p(Kind::Name));
            }
            for a in c.adjectives() {
                add(a, p(Kind::Adjective));
            }
            for a in c.capitals() {
                add(a, p(Kind::Capital));
            }
            for l in leaders_of(c.code) {
                let Some(term) = term_of(l) else { continue };
                let kind = if c.code == VENEZUELA { Kind::Regime } else { Kind::Leader };
                add(l.name, Pattern { actor: c.code, kind, terms: vec![(c.code, term.0, term.1)] });
            }
        }
        for b in blocs {
            let p = Pattern { actor: b.code, kind: Kind::Bloc, terms: Vec::new() };
            add(b.name, p.clone());
            for a in b.aliases() {
                add(a, p.clone());
            }
            for l in leaders_of(b.code) {
                if let Some(term) = term_of(l) {
                    add(
                        l.name,
                        Pattern { actor: b.code, kind: Kind::Leader, terms: vec![(b.code, term.0, term.1)] },
                    );
                }
            }
        }
        // Several entries may spell the same text: keep the first, but gather a leader's terms,
        // whichever actor they were held for.
        let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        let mut texts: Vec<String> = Vec::new();
        let mut patterns: Vec<Pattern> = Vec::new();
        for (text, pattern) in entries {
            match index.get(&text) {
                Some(&i) => {
                    let first = &mut patterns[i];
                    if !first.terms.is_empty() && !pattern.terms.is_empty() {
                        first.terms.extend(pattern.terms);
                    }
                }
                None => {
                    index.insert(text.clone(), texts.len());
                    texts.push(text);
                    patterns.push(pattern);
                }
            }
        }
        // No prefilter: the automaton is stepped directly (see `scan`).
        let nfa = aho_corasick::nfa::contiguous::NFA::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .prefilter(false)
            .build(&texts)
            .expect("gazetteer patterns build an automaton");
        #[cfg(not(target_arch = "wasm32"))]
        let automaton = super::scan::Dense::new(&nfa, &texts).expect(DENSE_TOO_LARGE);
        #[cfg(target_arch = "wasm32")]
        let automaton = nfa;
        MentionFinder { automaton, patterns }
    }

    pub fn memory_usage(&self) -> usize {
        #[cfg(target_arch = "wasm32")]
        use aho_corasick::automaton::Automaton;
        self.automaton.memory_usage()
    }

    /// Every mention in `text` (normalised), in order, from the automaton's `matches` in it.
    /// Leaders outside their term on `date` are dropped, except Venezuela's (always the subject).
    pub fn mentions(&self, text: &str, matches: &[Match], date: Option<Date>) -> Vec<Mention> {
        let bytes = text.as_bytes();
        let mut out = Vec::with_capacity(matches.len());
        for m in matches {
            let (s, e) = (m.start(), m.end());
            if !is_boundary(bytes, s.wrapping_sub(1)) || !is_boundary(bytes, e) {
                continue;
            }
            let p = &self.patterns[m.pattern().as_usize()];
            let mut actor = p.actor;
            if !(p.terms.is_empty() || p.actor == VENEZUELA) {
                let held = match date {
                    Some(d) => {
                        p.terms.iter().find(|&&(_, from, to)| d >= from && to.is_none_or(|to| d <= to))
                    }
                    // Undated: whoever holds the office now, else the latest to have held one.
                    None => {
                        p.terms.iter().find(|t| t.2.is_none()).or_else(|| p.terms.iter().max_by_key(|t| t.2))
                    }
                };
                match held {
                    Some(&(holder, _, _)) => actor = holder,
                    None => continue,
                }
            }
            out.push(Mention { start: s, end: e, actor, kind: p.kind });
        }
        out
    }
}

/// A leader's term, or `None` when its dates do not parse (then the name is not used).
fn term_of(l: &Leader) -> Option<(Date, Option<Date>)> {
    let from = Date::parse(l.from).ok()?;
    let to = match l.to {
        Some(d) => Some(Date::parse(d).ok()?),
        None => None,
    };
    Some((from, to))
}

/// Whether byte `i` is outside a word (the text's edge, or not a letter or digit).
fn is_boundary(bytes: &[u8], i: usize) -> bool {
    match bytes.get(i) {
        None => true,
        Some(&b) => !(b.is_ascii_alphanumeric() || b >= 0x80),
    }
}
