//! Stance extraction: turns the text of a news article into [`Claim`]s — which country (or bloc)
//! takes which stance toward Maduro's government, how firmly, and on which sentence it rests.
//!
//! # Pipeline
//! 1. [`normalize`]: a matching copy of the text (ASCII quotes and dashes, Latin accents folded,
//!    a stray comma inside a word dropped) with a byte map back to the original.
//! 2. [`segment`]: sentences and headings. Abbreviations (`Dr.`, `Gen.`), initials (`K.`), dotted
//!    acronyms (`U.S.`) and quotes do not end a sentence; a line break does; a short line without
//!    end punctuation is a heading.
//! 3. [`mentions`]: one Aho-Corasick pass (case-sensitive, leftmost-longest, whole words) over
//!    the gazetteer — names, aliases, Spanish/Portuguese names, adjectives, capitals, leaders
//!    (only within their term on the article's date), blocs — plus Venezuela's regime (the
//!    subject, never an actor), Venezuelan opposition figures, and blockers such as
//!    "Latin America", "The Hague", "New Mexico", "Washington Post".
//! 4. [`cues`]: one Aho-Corasick pass (case-insensitive, whole words) over the stance lexicon.
//!    The two passes are stepped side by side in one loop ([`scan`]), so their table loads overlap.
//! 5. [`sentence`]: per sentence with at least one cue, tokens and *items* — each mention judged
//!    in context: an adjective names an actor only before a state institution ("the Mexican
//!    government", not "the Spanish newspaper", "Swiss accounts", "Colombian guerrillas"); a name
//!    after a locative preposition is a place ("talks in the Dominican Republic", "into
//!    Colombia", "exile in a European capital such as Madrid"); after "than", "in addition to",
//!    "unlike" it is excluded; inside another proper name ("ABC de España", "Caracas
//!    Convention", "OAS member state") it is no mention at all. Coordinated items form groups
//!    ("Argentina, Chile, … and Uruguay", "… and most of the Lima Group"); "together with" unites a later group with the subject;
//!    "the seven countries" resolves to the last list of seven; "his country" to the last actor.
//! 6. [`rules`]: each cue is attributed to the nearest possible holder before it (a group, a
//!    Venezuelan agent — which absorbs the stance, as Venezuela is never an actor — or a generic
//!    phrase such as "other nations"), to a source after it ("pressure from the United States"),
//!    to an embassy's owner or a destination ("asylum in Spain"), and then checked for its
//!    target (a stance must be about Maduro's side: "sanctions from the United States" on Ortega
//!    is nothing), negation ("have not recognized" is a rejection; "could not recognize" is an
//!    asserted refusal, not a hedge), hedges (could, may, would unless reported speech, likely,
//!    potential, allegedly, reportedly, whether, willing, a request),
//!    beneficiary (regime or opposition) and direction (who broke ties: "Venezuela broke ties
//!    with …" gives the initiator `VEN`; "Panama would suspend ties" gives `PAN`).
//!    Polarity follows the object: condemning a hostile act aimed at Maduro's side ("a coup
//!    against the legitimate government of Maduro", "U.S. sanctions on Venezuela") supports it,
//!    rejecting an intervention is no side at all, vetoing a resolution that demands new elections
//!    is support; so is military help sent straight "to Caracas" and solidarity expressed to
//!    whoever was called ("phoned Maduro to express his solidarity"); approval ("called the vote a triumph", "the legitimate government of Maduro")
//!    is recognition and its denial a rejection.
//!
//! # How far context carries
//! Each sentence is read on its own, except for these, deliberately short, bridges:
//! - A heading that speaks of asylum ("Countries that could grant asylum to the Maduro regime")
//!   opens an *asylum section* until the next heading: inside it, protection words (protect,
//!   shelter, host, come to the aid of) count as asylum without a named beneficiary, asylum
//!   claims take the heading's beneficiary when the sentence names none, and are speculative if
//!   the heading is hedged. Plain sentences under it are not turned into asylum claims.
//! - A stance held by a generic phrase ("governments in the region … which may be willing to
//!   grant political asylum") is applied to the countries named *in the same sentence* after an
//!   "include"/"would be"/"such as", or else to the first countries of the *next* sentence when
//!   it opens with "Such is the case", "Among them", "These include", "One of them"… — never
//!   further.
//! - "the seven countries", "the nine countries", "both countries": the most recent list of that
//!   many actors anywhere earlier in the article. "his country", "the country": the last actor
//!   named in this or the previous sentence.
//! - "… followed suit", "… did the same", "Canada quickly followed", "… were joined by Sweden",
//!   "The declaration … was signed by Chile, Peru …": the stances reported just before —
//!   earlier in the sentence, else in the previous sentence (or left pending there by a generic
//!   holder) — for the countries the phrase names. A signature carries only when what was signed
//!   is a statement of position (declaration, statement, letter), not any accord.
//! - A holder may follow its verb: after a copula ("Among those who recognized Guaidó were …")
//!   or, in Spanish and Portuguese, closing the clause ("También cuestionaron la victoria de
//!   Maduro los Estados Unidos y Canadá"); a list said to be a generic phrase ("Cuba and Bolivia
//!   were the only governments to …") holds what the phrase holds. "… also sent her congratulations": congratulations in a
//!   sentence, or right after one, that names Venezuela are for Maduro.
//! - Direction of broken ties carries one sentence ("Venezuela broke ties with seven countries.
//!   The decision forces the withdrawal of the diplomats from Argentina, …": initiator `VEN`).
//! - Whether Venezuela is the topic at all: some rules (an election questioned, ties broken)
//!   need Venezuela or its regime named in the sentence, the previous one, or earlier.
//! - "They", "It", "He"/"She" opening a sentence stand for the previous sentence's subject (its
//!   first agent, near its start) when the pronoun fits: "they" for several actors, "it" for a
//!   state, "he"/"she" for a leader or a titled official; "It is unclear…" is no subject.
//! - Opposition figures named with their role ("regime prisoner Antonio Ledezma") are
//!   remembered for the whole article, so "Ledezma requests asylum in Spain" has a beneficiary.
//!
//! - A stance a generic phrase holds with a count ("… the diplomats of seven countries that
//!   contested the result") waits one sentence for a list of as many ("The measure affects
//!   Argentina, Chile, …").
//! - The stances each actor took earlier are remembered for "A la decisión de Washington se
//!   sumaron …"; an attack on Venezuela reported earlier makes "the operation" that attack (its
//!   approval rejects Maduro; its condemnation alone takes no side); an inauguration reported
//!   earlier is what "… attended in person" attended.
//!
//! Not attempted: pronouns other than a sentence's opening subject, quotations attributed across
//! sentences, stances spread over several clauses with different subjects.

mod bytes8;
mod cues;
pub mod language;
pub mod lexicon;
mod mentions;
pub(crate) mod normalize;
mod rules;
mod scan;
mod segment;
mod sentence;

use crate::date::Date;
use crate::gazetteer::{Bloc, Country, Leader, BLOCS, COUNTRIES, LEADERS};
use crate::model::{Claim, Language};
use aho_corasick::{Match, MatchKind};
use lexicon::{Lexicon, Sense, SenseIndex};
use std::sync::OnceLock;

pub use cues::Cue;

/// Every rule id a [`Claim`] can carry, so code that receives a rule as text (the app, reading the
/// extractor module's output) can map it back to a `&'static str` without leaking. A test checks
/// that this lists exactly the ids written in `rules.rs`.
pub const RULE_IDS: &[&str] = &[
    "asylum.embassy_shelter",
    "asylum.exile_destination",
    "asylum.granted_or_offered",
    "asylum.heading_context",
    "asylum.listed_after_generic",
    "asylum.no_extradition",
    "asylum.protection",
    "asylum.refuge_in",
    "asylum.sought_in",
    "carry.followed_suit",
    "carry.listed_under_heading",
    "carry.previous_sentence",
    "recognize.attended_inauguration",
    "recognize.condemns_attack_on_it",
    "recognize.listed_after_generic",
    "recognize.praises",
    "recognize.recognized",
    "recognize.supports",
    "recognize.welcomed",
    "reject.approves_attack",
    "reject.attacks_it",
    "reject.calls_him_dictator",
    "reject.calls_it_fraud",
    "reject.demands_departure",
    "reject.denies_legitimacy",
    "reject.firm_measures",
    "reject.listed_after_generic",
    "reject.not_recognized",
    "reject.questions_election",
    "reject.recognition_limited",
    "reject.recognizes_opposition",
    "reject.rejected_or_condemned",
    "reject.sanctions_or_prosecution",
    "reject.says_rival_won",
    "reject.supports_opposition",
    "reject.suspends_venezuela",
    "reject.welcomes_fall",
    "ties.breaks_ties",
    "ties.broken",
    "ties.diplomats_expelled",
    "ties.diplomats_forced_out",
    "ties.expels_venezuelan_diplomats",
    "ties.listed_after_generic",
    "ties.venezuela_breaks",
    "ties.venezuela_expels",
    "ties.withdraws_diplomats",
];
pub use segment::{sentences, sentences_in, Sentence};

/// The compiled extractor: per language, the gazetteer and cue automata and the sense index,
/// each built on the first article in that language.
pub struct Extractor {
    countries: &'static [Country],
    blocs: &'static [Bloc],
    leaders: &'static [(&'static str, &'static [Leader])],
    languages: [OnceLock<Compiled>; 3],
}

thread_local! {
    /// The vectors of the sentence views, kept from article to article (one set per thread): an
    /// article's first sentences reuse the room the previous article's grew instead of growing
    /// their own from nothing.
    static BUFFERS: std::cell::Cell<sentence::Buffers> = Default::default();
}

/// One language's matchers.
struct Compiled {
    lex: &'static Lexicon,
    index: SenseIndex,
    mentions: mentions::MentionFinder,
    cues: CueAutomaton,
}

/// As the gazetteer's ([`mentions::GazetteerAutomaton`]), a compact table natively; in the
/// browser `aho_corasick`'s DFA, built from the smaller lexicon in a few milliseconds.
#[cfg(not(target_arch = "wasm32"))]
type CueAutomaton = scan::Dense;
#[cfg(target_arch = "wasm32")]
type CueAutomaton = aho_corasick::dfa::DFA;

impl Extractor {
    /// The extractor over the project's gazetteer, built on first use.
    pub fn global() -> &'static Extractor {
        static GLOBAL: OnceLock<Extractor> = OnceLock::new();
        GLOBAL.get_or_init(|| Extractor::new(COUNTRIES, BLOCS, LEADERS))
    }

    /// An extractor over the given tables (tests use small ones): actors, and their leaders by
    /// actor code.
    pub fn new(
        countries: &'static [Country],
        blocs: &'static [Bloc],
        leaders: &'static [(&'static str, &'static [Leader])],
    ) -> Extractor {
        Extractor { countries, blocs, leaders, languages: Default::default() }
    }

    fn compiled(&self, language: Language) -> &Compiled {
        self.languages[language as usize].get_or_init(|| {
            let lex = Lexicon::of(language);
            let phrases: Vec<String> = lex.cues.iter().map(|(p, _)| normalize::fold_pattern(p)).collect();
            #[cfg(not(target_arch = "wasm32"))]
            let cues = {
                let nfa = aho_corasick::nfa::contiguous::NFA::builder()
                    .match_kind(MatchKind::LeftmostLongest)
                    .ascii_case_insensitive(true)
                    .prefilter(false)
                    .build(&phrases)
                    .expect("cue phrases build an automaton");
                scan::Dense::new(&nfa, &phrases).expect(mentions::DENSE_TOO_LARGE)
            };
            #[cfg(target_arch = "wasm32")]
            let cues = aho_corasick::dfa::DFA::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .ascii_case_insensitive(true)
                .prefilter(false)
                .build(&phrases)
                .expect("cue phrases build an automaton");
            let local = match language {
                Language::English => None,
                Language::Spanish => Some(&crate::gazetteer::es::GAZETTEER),
                Language::Portuguese => Some(&crate::gazetteer::pt::GAZETTEER),
            };
            let mentions = mentions::MentionFinder::new(self.countries, self.blocs, self.leaders, local);
            Compiled { lex, index: SenseIndex::new(lex), mentions, cues }
        })
    }

    /// Extracts the claims of one article, in text order, in the language it is written in
    /// ([`language::detect`]); a text in a language without a lexicon yields none. `date` is the
    /// article's date: a leader's name stands for the country only within the term of office
    /// (always, when `None`). Spans are byte offsets into `text`; `article` is 0.
    pub fn extract(&self, text: &str, date: Option<Date>) -> Vec<Claim> {
        match language::detect(text) {
            Some(language) => self.extract_in(text, date, language),
            None => Vec::new(),
        }
    }

    /// Extracts the claims of an article known to be written in `language`.
    pub fn extract_in(&self, text: &str, date: Option<Date>, language: Language) -> Vec<Claim> {
        let compiled = self.compiled(language);
        let (lex, index) = (compiled.lex, &compiled.index);
        let norm = normalize::Normalized::new(text);
        let t = norm.text.as_str();
        let (gazetteer_matches, cue_matches) =
            scan::find_both(&compiled.mentions.automaton, &compiled.cues, t.as_bytes());
        let all_mentions = compiled.mentions.mentions(t, &gazetteer_matches, date);
        let all_cues = cues_found(lex, t, &cue_matches);
        let opposition_names = remembered_opposition(t, &all_cues, &all_mentions);
        let surnames: Vec<memchr::memmem::Finder<'_>> =
            opposition_names.iter().map(|n| memchr::memmem::Finder::new(n.as_bytes())).collect();
        let sentences = segment::sentences_in(t, lex);

        // An article that names Venezuela or its government anywhere is about it from its first
        // line ("La Constituyente fue rechazada …" before "Maduro" is named).
        let mut memory = rules::Memory {
            venezuela_seen: all_mentions.iter().any(|m| m.is_venezuela()),
            ..Default::default()
        };
        let mut lists: Vec<Vec<&'static str>> = Vec::new();
        let mut last_actor: Option<&'static str> = None;
        let mut previous_subject: Option<sentence::Subject> = None;
        let mut claims = Vec::new();
        let mut run: Vec<&'static str> = Vec::new();
        let (mut mi, mut ci) = (0, 0);
        let mut buffers = BUFFERS.take();
        for s in &sentences {
            while mi < all_mentions.len() && all_mentions[mi].start < s.start {
                mi += 1;
            }
            let m_end = mi + all_mentions[mi..].partition_point(|m| m.end <= s.end);
            while ci < all_cues.len() && all_cues[ci].0 < s.start {
                ci += 1;
            }
            let c_end = ci + all_cues[ci..].partition_point(|c| c.1 <= s.end);
            let mentions = &all_mentions[mi..m_end];
            let cues_here = &all_cues[ci..c_end];
            // "1. Argentina", "2. Brazil" … on lines of their own make one list, which "They all
            // signed …" after them points back to.
            let line = &t[s.start..s.end];
            if !line.bytes().any(|b| b.is_ascii_alphabetic()) {
                continue; // "12." alone: a number of a numbered list
            }
            let named: usize = mentions.iter().map(|m| m.end - m.start).sum();
            if mentions.len() == 1 && !mentions[0].actor.is_empty() && line.len() <= named + 6 {
                run.push(mentions[0].actor);
            } else if !run.is_empty() {
                if run.len() >= 2 {
                    lists.push(run.clone());
                    previous_subject = Some(sentence::Subject { actors: run.clone(), person: false });
                }
                run.clear();
            }
            let has_venezuela = mentions.iter().any(|m| m.is_venezuela());
            let armed_attack_here = has_venezuela && cues_here.iter().any(|c| c.2 == Cue::Attack);
            let attack_here =
                armed_attack_here || (has_venezuela && cues_here.iter().any(|c| c.2 == Cue::Sanction));
            let inauguration_here = has_venezuela && cues_here.iter().any(|c| c.2 == Cue::Inauguration);

            let triggers = cues_here.iter().any(|c| {
                c.2.is_trigger() || (c.2 == Cue::BenRegime && index.has(&t[c.0..c.1], Sense::Insult))
            });
            let pronoun =
                previous_subject.is_some() && sentence::leading_pronoun(lex, &t[s.start..s.end]).is_some();
            // Holders last: looking for a generic phrase is the dearest test.
            let analyse = s.heading
                || ((triggers || !memory.pending.is_empty())
                    && (!mentions.is_empty() || pronoun || mentions_generic(lex, &t[s.start..s.end])))
                || (!memory.list_section.is_empty() && !mentions.is_empty())
                || (!mentions.is_empty() && mentions_list_word(index, &t[s.start..s.end]));
            if !analyse {
                // Nothing to attribute: keep only what later sentences may refer back to.
                remember_lists(index, t, mentions, &mut lists, &mut last_actor);
                if !pronoun {
                    previous_subject = sentence::subject_from_mentions(lex, index, t, s.start, mentions);
                }
                memory.previous_had_venezuela = has_venezuela;
                memory.venezuela_seen |= has_venezuela;
                memory.attack_seen |= attack_here;
                memory.armed_attack_seen |= armed_attack_here;
                memory.inauguration_seen |= inauguration_here;
                memory.previous_initiator = None;
                memory.previous.clear();
                memory.last_person = last_person_named(t, (s.start, s.end), mentions, &surnames);
                memory.last_named = memory.last_person.or(memory.last_named);
                memory.recent_age = memory.recent_age.saturating_add(1);
                memory.list_section.clear();
                continue;
            }
            let by_size = |n: usize| lists.iter().rev().find(|l| l.len() == n).cloned();
            let ctx = sentence::Context {
                groups_by_size: &by_size,
                last_actor,
                last_list: lists.last().map(Vec::as_slice),
                opposition_names: &opposition_names,
                previous_subject: previous_subject.as_ref(),
            };
            let view = sentence::build(
                lex,
                index,
                t,
                s.start,
                s.end,
                s.heading,
                mentions,
                cues_here,
                &ctx,
                &mut buffers,
            );
            if s.heading {
                memory.section = asylum_section(&view);
            }
            let outcome = rules::apply(&view, &memory);
            for f in &outcome.found {
                let (start, end) = norm.original_span(text, s.start, s.end);
                let (ms, me) = norm.original_span(text, f.mention.0, f.mention.1);
                claims.push(Claim {
                    article: 0,
                    actor: f.actor,
                    stance: f.stance,
                    certainty: f.certainty,
                    beneficiary: f.beneficiary,
                    initiator: f.initiator,
                    start: start as u32,
                    end: end as u32,
                    mention_start: ms as u32,
                    mention_end: me as u32,
                    rule: f.rule,
                });
            }
            for g in view.groups.iter().filter(|g| g.actors.len() >= 2) {
                lists.push(g.actors.iter().map(|a| a.0).collect());
            }
            previous_subject = sentence::subject_of(&view);
            if let Some(it) = view.items.iter().max_by_key(|it| it.tok_e) {
                last_actor = Some(it.actors[0].0);
            }
            // The last sentence's list is read no more: its room is this one's.
            let mut previous: Vec<rules::Pending> = std::mem::take(&mut memory.previous);
            previous.clear();
            // What another country may follow: not what Venezuela did to it ("Maduro broke ties
            // with Washington. Canada, Brazil … joined the decision").
            for f in outcome.found.iter().filter(|f| f.initiator.is_none_or(|i| i == f.actor)) {
                let p = rules::Pending {
                    stance: f.stance,
                    certainty: f.certainty,
                    beneficiary: f.beneficiary,
                    count: None,
                    age: 0,
                };
                if !memory.by_actor.contains(&(f.actor, p)) {
                    memory.by_actor.push((f.actor, p));
                }
                if !previous.contains(&p) {
                    previous.push(p);
                }
            }
            if previous.is_empty() {
                previous.clone_from(&outcome.document);
            }
            if previous.is_empty() {
                memory.recent_age = memory.recent_age.saturating_add(1);
            } else {
                memory.recent.clone_from(&previous);
                memory.recent_age = 0;
            }
            memory.previous = previous;
            memory.pending = outcome.pending;
            memory.exile_seen |= outcome.exile;
            if !outcome.section.is_empty() {
                memory.list_section = outcome.section;
            } else if !outcome.item {
                memory.list_section.clear();
            }
            memory.last_person = last_person_named(t, (s.start, s.end), mentions, &surnames);
            memory.last_named = memory.last_person.or(memory.last_named);
            if !view.opposition_people.is_empty()
                || view.cues.iter().any(|c| matches!(c.cue, Cue::BenOpposition | Cue::OppositionRole))
            {
                memory.last_sheltered = Some(crate::model::Beneficiary::Opposition);
            }
            memory.previous_initiator = outcome.initiator;
            memory.previous_had_venezuela = has_venezuela || view.mentions_venezuela();
            memory.venezuela_seen |= memory.previous_had_venezuela;
            memory.attack_seen |= attack_here;
            memory.armed_attack_seen |= armed_attack_here;
            memory.inauguration_seen |= inauguration_here;
            view.recycle(&mut buffers);
        }
        BUFFERS.set(buffers);
        claims
    }

    /// Heap bytes held by the automata (for budgeting the browser build).
    pub fn memory_usage(&self) -> usize {
        self.languages
            .iter()
            .filter_map(OnceLock::get)
            .map(|c| {
                #[cfg(target_arch = "wasm32")]
                use aho_corasick::automaton::Automaton;
                c.cues.memory_usage() + c.mentions.memory_usage()
            })
            .sum()
    }
}

/// Which of Maduro and an opposition figure the mentions of a sentence name last, if either.
/// `surnames` finds the remembered surnames ([`remembered_opposition`]).
fn last_person_named(
    text: &str,
    (start, end): (usize, usize),
    mentions: &[mentions::Mention],
    surnames: &[memchr::memmem::Finder<'_>],
) -> Option<rules::Target> {
    use mentions::Kind;
    let named = mentions.iter().rev().find_map(|m| match m.kind {
        Kind::OppositionPerson => Some((m.start, rules::Target::Opposition)),
        Kind::Leader | Kind::Regime if m.is_venezuela() => Some((m.start, rules::Target::Regime)),
        _ => None,
    });
    // A surname on its own ("González, que prometió …") named after the last named person, or
    // anywhere when nobody is named: whether one occurs there is all that matters, not where.
    let after = named.map_or(start, |(at, _)| at + 1);
    let sentence = &text.as_bytes()[after.min(end)..end];
    if surnames.iter().any(|n| n.find(sentence).is_some()) {
        return Some(rules::Target::Opposition);
    }
    named.map(|(_, target)| target)
}

/// The cue matches that are whole words, with their cue.
fn cues_found(lex: &Lexicon, text: &str, matches: &[Match]) -> Vec<(usize, usize, Cue)> {
    let bytes = text.as_bytes();
    let boundary = |i: Option<&u8>| i.is_none_or(|&b| !(b.is_ascii_alphanumeric() || b >= 0x80));
    let mut found = Vec::with_capacity(matches.len());
    found.extend(
        matches
            .iter()
            .filter(|m| {
                boundary(m.start().checked_sub(1).and_then(|i| bytes.get(i))) && boundary(bytes.get(m.end()))
            })
            .map(|m| (m.start(), m.end(), lex.cues[m.pattern().as_usize()].1)),
    );
    found
}

/// Checks the invariants every claim of `text` must hold: spans inside the text on character
/// boundaries, the mention inside the evidence, Venezuela never an actor, beneficiary only for
/// asylum and initiator only for broken ties. Used by the property tests and the fuzz loop.
pub fn validate(text: &str, claims: &[Claim]) -> Result<(), String> {
    use crate::model::Stance;
    for c in claims {
        let (s, e, ms, me) =
            (c.start as usize, c.end as usize, c.mention_start as usize, c.mention_end as usize);
        let fail = |what: &str| Err(format!("{what}: {c:?}"));
        if !(s <= e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e)) {
            return fail("evidence span outside the text or off a character boundary");
        }
        if !(ms < me && s <= ms && me <= e && text.is_char_boundary(ms) && text.is_char_boundary(me)) {
            return fail("mention span empty, outside the evidence or off a character boundary");
        }
        if c.evidence(text).trim().is_empty() {
            return fail("empty evidence");
        }
        if c.actor == mentions::VENEZUELA || c.actor.is_empty() {
            return fail("Venezuela (or nobody) as an actor");
        }
        if c.beneficiary.is_some() != (c.stance == Stance::OfferAsylum) {
            return fail("a beneficiary must be given for asylum and only for asylum");
        }
        if c.initiator.is_some() && c.stance != Stance::BreakTies {
            return fail("an initiator outside broken ties");
        }
    }
    Ok(())
}

/// Whether a sentence may name countries without naming which ("other nations").
/// Whether a sentence has a word that lets a list hold a stance with no cue of its own: a
/// destination noun ("destinations", "destinos") or "signatories".
fn mentions_list_word(index: &SenseIndex, s: &str) -> bool {
    // The words between characters that are not alphanumeric, ASCII told inline. A word's senses
    // are a subset of those possible for its initial and length, so the cheap test comes first.
    let senses = lexicon::bit(Sense::Destination) | lexicon::bit(Sense::Signatory);
    let bytes = s.as_bytes();
    let char_at = |i: usize| s[i..].chars().next().unwrap_or(' ');
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        while i < bytes.len() {
            if bytes[i] < 0x80 {
                if !sentence::ASCII_ALPHANUMERIC[usize::from(bytes[i])] {
                    break;
                }
                i += 1;
            } else {
                let c = char_at(i);
                if !c.is_alphanumeric() {
                    break;
                }
                i += c.len_utf8();
            }
        }
        let word = &bytes[start..i];
        if index.possible_senses(word) & senses != 0 && index.senses_of_bytes(word) & senses != 0 {
            return true;
        }
        // Past the character that ended the word.
        i += if i < bytes.len() && bytes[i] >= 0x80 { char_at(i).len_utf8() } else { 1 };
    }
    false
}

fn mentions_generic(lex: &Lexicon, s: &str) -> bool {
    lex.generic_stems.iter().any(|w| s.contains(w))
}

/// Keeps coordinated lists and the last actor of a sentence without cues, for later anaphora.
/// A light reading: names separated only by commas, "and", "or", "the" form a list.
fn remember_lists(
    index: &SenseIndex,
    text: &str,
    mentions: &[mentions::Mention],
    lists: &mut Vec<Vec<&'static str>>,
    last_actor: &mut Option<&'static str>,
) {
    let mut current: Vec<&'static str> = Vec::new();
    let mut prev_end: Option<usize> = None;
    let flush = |current: &mut Vec<&'static str>, lists: &mut Vec<Vec<&'static str>>| {
        if current.len() >= 2 {
            lists.push(std::mem::take(current));
        }
        current.clear();
    };
    for m in mentions
        .iter()
        .filter(|m| !m.actor.is_empty() && !m.is_venezuela() && m.kind != mentions::Kind::Adjective)
    {
        let joined = prev_end.is_some_and(|e| {
            e <= m.start
                && text[e..m.start]
                    .split(|c: char| c == ',' || c.is_whitespace())
                    .all(|w| w.is_empty() || index.has(w, Sense::ListGlue))
        });
        if !joined {
            flush(&mut current, lists);
        }
        if !current.contains(&m.actor) {
            current.push(m.actor);
        }
        prev_end = Some(m.end);
    }
    flush(&mut current, lists);
    if let Some(m) = mentions.iter().rev().find(|m| !m.actor.is_empty()) {
        *last_actor = Some(m.actor);
    }
}

/// A heading about asylum opens a section whose topic carries (see the module docs).
fn asylum_section(view: &sentence::View<'_>) -> Option<rules::Section> {
    if !view.cues.iter().any(|c| c.cue == Cue::Asylum) {
        return None;
    }
    let hedged = view.cues.iter().any(|c| c.cue == Cue::Seek)
        || (0..view.toks.len()).any(|i| view.is_in(i, Sense::Hedge) || view.is_in(i, Sense::Conditional));
    let opposition = view.cues.iter().any(|c| matches!(c.cue, Cue::BenOpposition | Cue::OppositionRole))
        || !view.opposition_people.is_empty();
    let regime = view.cues.iter().any(|c| c.cue == Cue::BenRegime)
        || view.items.iter().any(|it| it.venezuela && it.kind == mentions::Kind::Regime);
    let beneficiary = match (opposition, regime) {
        (true, _) => Some(crate::model::Beneficiary::Opposition),
        (false, true) => Some(crate::model::Beneficiary::Regime),
        _ => None,
    };
    Some(rules::Section { hedged, beneficiary })
}

/// Names given with an opposition role anywhere in the article ("regime prisoner Antonio
/// Ledezma"): the surname is remembered.
fn remembered_opposition(
    text: &str,
    cues_found: &[(usize, usize, Cue)],
    mentions: &[mentions::Mention],
) -> Vec<String> {
    let mut names = Vec::new();
    // "Edmundo González … González said": a figure named in full is later named by surname.
    for m in mentions.iter().filter(|m| m.kind == mentions::Kind::OppositionPerson) {
        let full = &text[m.start..m.end];
        if let Some(surname) = full.rsplit(' ').next().filter(|s| s.len() > 2 && *s != full) {
            if !names.iter().any(|n| n == surname) {
                names.push(surname.to_string());
            }
        }
    }
    for &(_, e, cue) in cues_found {
        if cue != Cue::OppositionRole {
            continue;
        }
        let mut last = None;
        for (k, word) in text[e..].split(' ').skip(1).enumerate() {
            let w = word.trim_end_matches([',', '.', ';', ':', '"', '\'', ')']);
            if k >= 4 || !w.chars().next().is_some_and(char::is_uppercase) {
                break;
            }
            last = Some(w.trim_end_matches("'s").to_string());
            if w.len() != word.len() {
                break;
            }
        }
        if let Some(n) = last.filter(|n| n.len() > 2 && !names.contains(n)) {
            names.push(n);
        }
    }
    names
}

#[cfg(test)]
mod rule_id_tests {
    use super::RULE_IDS;
    use std::collections::BTreeSet;

    #[test]
    fn rule_ids_list_exactly_the_rules_written_in_the_rules_module() {
        let source = include_str!("rules.rs");
        let families = ["recognize.", "reject.", "ties.", "asylum.", "carry."];
        let written: BTreeSet<&str> = source
            .split('"')
            .skip(1)
            .step_by(2)
            .filter(|s| families.iter().any(|f| s.starts_with(f)))
            .filter(|s| s.bytes().all(|b| b.is_ascii_lowercase() || b == b'_' || b == b'.'))
            .collect();
        let listed: BTreeSet<&str> = RULE_IDS.iter().copied().collect();
        assert_eq!(listed.len(), RULE_IDS.len(), "RULE_IDS repeats an id");
        assert_eq!(listed, written, "update RULE_IDS in extract/mod.rs");
    }
}
