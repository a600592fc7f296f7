//! Per-language lexicons: every word the extractor reads, as data. The rules are language-neutral:
//! they ask whether a token has a [`Sense`] ("a negation", "a locative preposition", "the word
//! that turns a name into a source") or which [`Cue`] a phrase signals, and each language answers
//! from its own tables ([`en`], [`es`], [`pt`]). Adding a language is adding a lexicon (and its
//! gazetteer names, see [`crate::gazetteer::LocalGazetteer`]) with its tests.
//!
//! Words are matched on the normalised text (accents folded, ASCII quotes), case-insensitively,
//! so a lexicon may write `reconoció` or `reconocio`.

pub mod en;
pub mod es;
pub mod pt;

use super::cues::Cue;
use super::normalize::fold_pattern;
use crate::model::Language;

/// What a word means to the rules. One word may have several senses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Sense {
    /// Negates the verb it precedes: not, never, refused, no, não.
    Negation,
    /// For asylum, turned down: denied, rejected.
    Denial,
    /// Makes a report speculative: could, may, likely, potential, considering, podría, poderia.
    Hedge,
    /// A conditional or future auxiliary that is a hedge unless reported speech: would, rompería.
    Conditional,
    /// An ability auxiliary, which negated is a refusal ("could not recognize"): could.
    Ability,
    /// A hedge that is not one when its object is a name ("does not consider Maduro legitimate").
    JudgeHedge,
    /// Hedges whatever follows it in the sentence: allegedly, reportedly, presuntamente.
    HedgeAdverb,
    /// First word of the hedge "open to" (receiving him): open, aberto, abierto.
    Open,
    /// Verbs of saying.
    Speech,
    /// Verbs of judging ("called the vote a sham").
    Judgment,
    /// Verbs of demanding, and "if"/"unless" (a condition).
    Demand,
    /// "if", "unless": a demand that is a condition.
    Condition,
    /// Offered in exchange for a condition: amnesty, pardon, deal.
    Offer,
    /// Verbs by which a side forces the other's diplomats out.
    Coercion,
    /// Prepositions after which a name is a place: in, into, to, en, em, no, na.
    Locative,
    /// Other prepositions after which a name is an object.
    ObjectPrep,
    /// Verbs whose object a name right after them is.
    ObjectVerb,
    /// A state's institutions and agents: government, minister, embassy, gobierno, cancillería.
    GovNoun,
    /// People among [`Sense::GovNoun`]: president, minister, spokesman.
    PersonNoun,
    /// Heads naming countries without naming which: countries, nations, governments.
    GenericHead,
    /// After a generic phrase and its stance, introduces the countries it means: include, be.
    Include,
    /// Articles and the like, skipped when looking back from a name: the, a, el, la, o, a.
    Determiner,
    /// The definite article alone: the, el, la, o, os.
    The,
    /// Compares or sets apart the name after it: than, unlike, except.
    Excluder,
    /// Head of a two-word excluder (in addition to, compared with, apart from).
    ExcludeHead,
    /// Link of a two-word excluder: to, with, from.
    ExcludeLink,
    /// "such" of "such as".
    Such,
    /// "as" of "such as", "as well as".
    As,
    /// "like", "como": introduces examples.
    Like,
    /// "the late Hugo Chávez": history, not an actor.
    Late,
    /// "from", "by": a name after it is the source of a stance.
    SourcePrep,
    /// "by" of a passive: "attended by delegations from Cuba".
    By,
    /// "with": a name after it is an object.
    With,
    /// "being", "having": "with X having …" makes X an agent.
    Being,
    /// "of", "de": the owner after a noun ("the government of Peru").
    Of,
    /// "yet" before "to": "has yet to recognize" has not.
    Yet,
    /// sovereign, soberano: "force against a sovereign State" once an attack is reported.
    Sovereign,
    /// "según indicó", "segundo informou": what follows names who told, not who holds a stance.
    AccordingTo,
    /// "of" and the definite article in one word: del, do, da, dos, das ("la legalidad del
    /// operativo").
    OfThe,
    /// Nouns of places where people shelter: embassy, consulate, mission.
    PlaceNoun,
    /// Demonstratives and articles before a counted noun: the, these, those, all.
    AnaphorDet,
    /// Possessive determiners: his, her, their, its, our, su, sus, seu, sua.
    Possessive,
    /// "country", "nation" (singular), for "his country".
    CountryNoun,
    /// "countries", "nations", "governments", "states": heads counted by a number.
    CountriesNoun,
    /// Singular nouns that with [`Sense::SingularDet`] name a country without naming which:
    /// "another country", "any government".
    GenericNoun,
    /// Before a singular generic noun: another, other, one, which, any.
    SingularDet,
    /// "believes", "considera", "acredita", "evidence": a holder's view of a fact ("still
    /// believes González received the most votes").
    Believe,
    /// "them": after a verb, the plural named last before it ("the results … would not
    /// recognize them").
    PluralPronoun,
    /// "position", "postura", "posição": in "took a similar position to X" the state named next
    /// is the one followed, not a follower.
    Position,
    /// "any", "cualquier", "qualquer": an act so determined is a hypothesis ("any U.S.
    /// intervention"), not one that took place.
    AnyDet,
    /// Coordinating words inside a list of names: and, or, nor, y, e, ou.
    Joiner,
    /// "most of", "many of": a share of a bloc still names it.
    Quantifier,
    /// "member", "members": "OAS member states" are not the OAS.
    Member,
    /// "no" of "no longer", "no plans", "ruled" of "ruled out": a negation when followed by
    /// [`Sense::NoTail`].
    No,
    /// longer, plans, intention, out.
    NoTail,
    /// "not".
    Not,
    /// "but", "pero", "mas": a target is not looked for past it.
    Contrast,
    /// Prepositions after an attack naming its target: against, on, in, targeting, of.
    AttackPrep,
    /// Pronouns of a person pointing back at Maduro: him, his.
    PersonPronoun,
    /// Object pronouns pointing back at Maduro's side: him, it, his, its, lo, le.
    ObjectPronoun,
    /// "non-" (non-recognition).
    NonPrefix,
    /// A support verb that is one only right before its object: back.
    ShortSupport,
    /// Veto: vetoed, veto.
    Veto,
    /// Sending troops or aid: sent, deployed, dispatched.
    MilitarySend,
    /// help, helped: support only when the regime itself is helped.
    Help,
    /// thank, grateful: "Maduro thanked Russia for its support".
    Thank,
    /// received, won, enjoys, counts on: "Maduro received the support of Russia" (the one
    /// supported is the subject, those who support follow "of").
    Receive,
    /// Words of a stance conveyed by a call: solidarity, support, congratulations.
    CallStance,
    /// Congratulation words.
    Congratulate,
    /// Contacting someone: phoned, called, met.
    Contact,
    /// "legitimate" (attributive approval).
    Legitimate,
    /// Between "legitimate" and its head: and, constitutional, elected.
    LegitimateMod,
    /// Election doubts that need a demand: recount, audit, verification.
    NeedsDemand,
    /// First word of the International Criminal Court (a referral to it is a stance).
    Court,
    /// Referring to a court: refer, referral, send, take.
    Refer,
    /// Closing (an embassy).
    Close,
    /// Embassy or consulate nouns (what can be closed, where one shelters).
    EmbassyNoun,
    /// "diplomatic" (ties).
    Diplomatic,
    /// Kinds of ties that are not diplomatic: trade, economic, family.
    OtherTies,
    /// welcome, welcomed: welcoming an election is support.
    Welcome,
    /// Insults that judge Maduro: dictator, tyrant.
    Insult,
    /// Words of a place to go into exile (landing spot, destination, haven): with no one named,
    /// in an article about Venezuela, the exile is Maduro's.
    ExileWord,
    /// Words that can only mean Maduro's side: regime, chavista, henchmen.
    RegimeWord,
    /// Passive auxiliaries before a participle: was, were, been, fue, foi.
    Passive,
    /// Skipped before an embassy or diplomats: the, top, entire.
    OwnerSkip,
    /// Relative pronouns: that, which, who.
    Relative,
    /// "to", "for": "asylum to Evo Morales".
    ToFor,
    /// Prepositions of an asylum destination: in, beyond, from, at.
    DestPrep,
    /// Skipped before a destination: the, neighboring, nearby.
    DestSkip,
    /// Place words before "such as" (a capital such as Madrid).
    Together,
    /// "alongside": unites a later group with the subject.
    Alongside,
    /// The first word of one of the lexicon's list anaphors ("these", "all"): filled in from
    /// [`Lexicon::list_anaphors`] by the index, so most tokens are turned away in one test.
    ListAnaphorStart,
    /// A number word of [`Lexicon::numbers`], filled in by the index.
    Number,
    /// Words that make a number approximate, with the preposition after them: "about 20",
    /// "more than 50", "cerca de 20", "más de 50", "mais de 50".
    Approx,
    /// Coordinated list words around remembered lists: and, or, the, as, well, plus.
    ListGlue,
    /// A pronoun standing for the noun before a list, followed by "of": "the governments of Chile,
    /// as well as those of Peru", "los de", "os de".
    HeadPronoun,
    /// A verb whose particle may follow its object ("would take Maduro in"): take, took.
    SplitVerb,
    /// The particle that closes a [`Sense::SplitVerb`]: in.
    SplitParticle,
    /// Plans and intentions ("plans", "planes", "planos"): a hedge, unless denied ("has no plans
    /// to recognize" is a refusal, asserted).
    Plan,
    /// "where" after a place: "flew to Spain, where he was granted asylum", "donde", "onde".
    Where,
    /// Verbs of armed attack ("attacked", "bombardeó", "invadiu"): hostile only to the object
    /// right after them ("attacked Venezuela", not "attacked the OAS, whose council … Venezuela").
    AttackVerb,
    /// "under" (sanctions), "defying" (sanctions, pressure): the name before is the one
    /// sanctioned or pressed, not the one who sanctions.
    Under,
    /// A copula or listing verb that may stand before a subject or a predicate noun: is, are,
    /// were, include ("Among those who recognized him were …", "… were the only governments to").
    Copula,
    /// A participle of signing: signed, endorsed ("… was signed by Chile and Peru").
    Signed,
    /// A document that states a position: statement, declaration, letter, communiqué.
    DocumentNoun,
    /// "only", which after a negation makes it no negation ("not only backs him, but …"), and
    /// the words that make one a set phrase ("sem dúvida": doubtless).
    Only,
    /// A conjunction that opens a clause, after which a capital may be a subject ("… after
    /// Buenos Aires criticized his re-election").
    Subordinator,
    /// Words that call an act unlawful: illegal, piracy, ilegal, pirataria. Said of an attack on
    /// Venezuela, they condemn it.
    Unlawful,
    /// Opens a free relative that names what was just condemned or welcomed by what someone
    /// called it: "what" ("condemned what it called an aggression"), "lo" (que), "o" (que).
    FreeRelative,
    /// People who move for other reasons than exile: migrants, refugees, tourists. Their
    /// destinations are not a leader's.
    Migrant,
    /// Plural destination nouns (destinations, destinos): the places listed where Maduro's side
    /// could go (a singular "destino" is as often a fate).
    Destination,
    /// Those who signed a document: signatories, firmantes, signatários ("The signatories of the
    /// declaration are …").
    Signatory,
    /// Accusing: accused, acusó, acusou ("accused the US of aggression").
    Accuse,
    /// Verbs and adverbs of continuing between a subject and its predicate: remained, still,
    /// sigue siendo, continua sendo ("Maduro remained the constitutional president").
    Remain,
    /// "without", "sin", "sem": what is supported leaves out the name after it ("a transition
    /// without Maduro").
    Without,
    /// "end", "fall", "fin", "caída", "fim", "queda": welcoming the end of Maduro's rule
    /// rejects it.
    End,
    /// Possessive relatives: whose, cuyo, cujo ("Peru, whose diplomats left").
    Whose,
}

/// A pronoun that may open a sentence and stand for the previous sentence's subject.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pronoun {
    /// "they": several actors.
    Plural,
    /// "it": one state.
    State,
    /// "he", "she": one person.
    Person,
}

/// Everything one language contributes to extraction.
pub struct Lexicon {
    pub language: Language,
    /// Stance phrases and their cues, matched leftmost-longest as whole words.
    pub cues: &'static [(&'static str, Cue)],
    /// Words by sense, each list space-separated.
    pub words: &'static [(Sense, &'static str)],
    /// Number words for "the seven countries".
    pub numbers: &'static [(&'static str, usize)],
    /// Capitalised words that, right after a country name, make it part of another proper name.
    pub name_suffixes: &'static [&'static str],
    /// Lower-case words that, right before a country name, make it part of another proper name
    /// ("ABC de España" in English text); empty where they are ordinary prepositions.
    pub name_particles: &'static [&'static str],
    /// Whether an adjective follows the noun it qualifies ("el Gobierno mexicano").
    pub adjective_after_noun: bool,
    /// Whether a subject may follow its verb and object at the end of a clause ("También
    /// cuestionaron la victoria de Maduro los Estados Unidos y Canadá").
    pub subject_after_verb: bool,
    /// Words that end with a period without ending the sentence, accents folded (compared with
    /// the normalised text as they are).
    pub abbreviations: &'static [&'static str],
    /// Capitalised words that, after a dotted acronym, show that a new sentence began, accents
    /// folded.
    pub sentence_starters: &'static [&'static str],
    /// Sentence openers skipped before a subject pronoun ("But ", "However, ").
    pub openers: &'static [&'static str],
    /// Subject pronouns, capitalised as they open a sentence, with what they can stand for.
    pub pronouns: &'static [(&'static str, Pronoun)],
    /// Verbs after which "It" is expletive ("It is unclear").
    pub expletive_verbs: &'static [&'static str],
    /// Sentence openings that apply a pending generic stance ("Such is the case", "Among them").
    pub carry_openers: &'static [&'static str],
    /// Phrases (lower case, accents folded) that point back to the latest list of countries:
    /// "these governments", "all of them", "the signatories".
    pub list_anaphors: &'static [&'static str],
    /// Stems whose presence lets a sentence name countries without naming which ("countr").
    pub generic_stems: &'static [&'static str],
    /// Frequent function words, for recognising the language of a text.
    pub function_words: &'static str,
    /// Words that tell the language of a sentence or two in which no function word occurs
    /// ("La captura de Maduro por fuerzas de Estados Unidos …"): too common in the other
    /// languages' texts (a "de" in a name, a Portuguese "lá" folded to "la") to weigh on a long
    /// text, but telling on a short one. A word may be listed by several languages.
    pub short_words: &'static str,
}

/// The lexicons the extractor knows, in the order [`Language`] lists them.
pub static LEXICONS: [&Lexicon; 3] = [&en::LEXICON, &es::LEXICON, &pt::LEXICON];

impl Lexicon {
    pub fn of(language: Language) -> &'static Lexicon {
        LEXICONS[language as usize]
    }

    /// The words of one sense.
    pub fn words_of(&self, sense: Sense) -> impl Iterator<Item = &'static str> {
        self.words.iter().filter(move |(s, _)| *s == sense).flat_map(|(_, w)| w.split_whitespace())
    }
}

/// Longest word the index holds (and the longest word worth looking up).
const MAX_LEN: usize = 24;

/// A word as a lower-case key padded with zeros, compared in one go (three integers).
type Key = [u64; MAX_LEN / 8];

#[inline]
fn key(word: &[u8]) -> Key {
    let mut bytes = [0; MAX_LEN];
    for (k, &b) in bytes.iter_mut().zip(word) {
        *k = b.to_ascii_lowercase();
    }
    let word = |i: usize| u64::from_le_bytes(bytes[8 * i..8 * i + 8].try_into().expect("8 bytes"));
    [word(0), word(1), word(2)]
}

/// The key of the word `text[start..start + len]` (`len` from 1 to [`MAX_LEN`]). A word of up to
/// eight bytes, most words, is read in one load from the text itself, the bytes past it masked
/// off and the letters lower-cased together: building it a byte at a time in memory and reading
/// it back as integers stalls the load on the byte stores.
#[inline]
fn key_in(text: &[u8], start: usize, len: usize) -> Key {
    debug_assert!((1..=MAX_LEN).contains(&len) && start + len <= text.len());
    match text.get(start..start + 8) {
        Some(eight) if len <= 8 => {
            let eight = u64::from_le_bytes(eight.try_into().expect("8 bytes"));
            [lower(eight & (u64::MAX >> (64 - 8 * len))), 0, 0]
        }
        _ => key(&text[start..start + len]),
    }
}

/// `to_ascii_lowercase` of eight bytes at once: each byte from `A` to `Z` gains the bit 0x20,
/// every other byte (non-ASCII included) is kept.
#[inline]
fn lower(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let low7 = x & (0x7f * ONES);
    // Bit 7 of each byte: its low seven bits are above 'Z'; at or above 'A'; the byte is ASCII.
    let above_z = low7 + u64::from(0x7f - b'Z') * ONES;
    let from_a = low7 + u64::from(0x80 - b'A') * ONES;
    let ascii = !x & (0x80 * ONES);
    let upper = ascii & from_a & !above_z;
    x | (upper >> 2)
}

/// The senses of every word of a lexicon: a hash table of the words, and per initial and length
/// the senses any word has, which turns most words away without hashing them.
pub struct SenseIndex {
    /// Each word's key, length and senses.
    words: Vec<(Key, usize, u128)>,
    /// Open addressing, linear probing: 0 for an empty slot, else a [`Slot`] of the word's hash
    /// tag and its index into `words`. At most half full, so a probe sequence is short and always
    /// ends; a word the lexicon lacks (most words of a text) is turned away by the tags, without
    /// reading `words`, whose entries are far apart in memory.
    slots: Vec<u32>,
    /// Per bucket of initial and length ([`SenseIndex::bucket`]), every sense any of its words has.
    /// [`SenseIndex::senses_at`] goes straight to the table: with the tags, a lookup costs less
    /// than telling the bucket first.
    masks: Vec<u128>,
}

/// Buckets of initial and length: 26 letters, lengths 0 to [`MAX_LEN`].
const BUCKETS: usize = 26 * (MAX_LEN + 1);

/// A slot of [`SenseIndex::slots`]: the high 16 bits a tag of the word's hash, the low 16 bits
/// `1 +` its index into `words`.
type Slot = u32;

/// The tag of a word of hash `h`, in the place it takes in a [`Slot`].
#[inline]
fn tag(h: u64) -> Slot {
    ((h >> 48) as Slot) << 16
}

/// A hash of a word's key: its three integers rotated apart and mixed by one multiplication
/// (FxHash's constant). Bits 32 and up choose the slot, the top 16 bits make the tag.
#[inline]
fn hash(key: &Key) -> u64 {
    (key[0] ^ key[1].rotate_left(21) ^ key[2].rotate_left(42)).wrapping_mul(0x517c_c1b7_2722_0a95)
}

impl SenseIndex {
    fn bucket(initial: u8, len: usize) -> usize {
        usize::from(initial.to_ascii_lowercase() - b'a') * (MAX_LEN + 1) + len
    }

    pub fn new(lex: &Lexicon) -> SenseIndex {
        let mut buckets = vec![Vec::new(); BUCKETS];
        let starts = lex.list_anaphors.iter().filter_map(|p| p.split(' ').next());
        let numbers = lex.numbers.iter().map(|&(w, _)| (Sense::Number, w));
        let entries =
            lex.words.iter().copied().chain(starts.map(|w| (Sense::ListAnaphorStart, w))).chain(numbers);
        for (sense, list) in entries {
            for w in list.split_whitespace() {
                let w = fold_pattern(w);
                if !(1..=MAX_LEN).contains(&w.len()) {
                    continue;
                }
                let Some(initial) = w.bytes().next().filter(u8::is_ascii_alphabetic) else { continue };
                let bucket: &mut Vec<(Key, u128)> = &mut buckets[SenseIndex::bucket(initial, w.len())];
                let k = key(w.as_bytes());
                match bucket.iter_mut().find(|(v, _)| *v == k) {
                    Some((_, bits)) => *bits |= bit(sense),
                    None => bucket.push((k, bit(sense))),
                }
            }
        }
        let mut words = Vec::new();
        let mut masks = Vec::with_capacity(buckets.len());
        for (b, bucket) in buckets.into_iter().enumerate() {
            masks.push(bucket.iter().fold(0, |m, (_, bits)| m | bits));
            let len = b % (MAX_LEN + 1);
            words.extend(bucket.into_iter().map(|(k, bits)| (k, len, bits)));
        }
        assert!(words.len() < 0xffff, "a slot holds a word's index in 16 bits");
        let mut slots: Vec<Slot> = vec![0; (2 * words.len()).next_power_of_two().max(16)];
        let last = slots.len() - 1;
        for (i, (k, _, _)) in words.iter().enumerate() {
            let h = hash(k);
            let mut at = (h >> 32) as usize & last;
            while slots[at] != 0 {
                at = (at + 1) & last;
            }
            slots[at] = tag(h) | (i as Slot + 1);
        }
        SenseIndex { words, slots, masks }
    }

    /// The senses of `word` (ASCII case-insensitive), as a bit set.
    pub fn senses(&self, word: &str) -> u128 {
        self.senses_of_bytes(word.as_bytes())
    }

    /// [`SenseIndex::senses`] of a word's bytes.
    #[inline]
    pub fn senses_of_bytes(&self, bytes: &[u8]) -> u128 {
        self.senses_at(bytes, 0, bytes.len())
    }

    /// [`SenseIndex::senses`] of the word `text[start..end]`.
    #[inline(always)]
    pub fn senses_at(&self, text: &[u8], start: usize, end: usize) -> u128 {
        let bytes = &text[start..end];
        if bytes.len() > MAX_LEN || bytes.is_empty() || !bytes[0].is_ascii_alphabetic() {
            return 0;
        }
        let k = key_in(text, start, bytes.len());
        let h = hash(&k);
        let (last, tag) = (self.slots.len() - 1, tag(h));
        let mut at = (h >> 32) as usize & last;
        loop {
            match self.slots[at] {
                0 => return 0,
                slot if slot & 0xffff_0000 == tag => {
                    let (w, len, bits) = &self.words[(slot & 0xffff) as usize - 1];
                    if *w == k && *len == bytes.len() {
                        return *bits;
                    }
                }
                _ => {}
            }
            at = (at + 1) & last;
        }
    }

    pub fn has(&self, word: &str, sense: Sense) -> bool {
        self.possible_senses(word.as_bytes()) & bit(sense) != 0 && self.senses(word) & bit(sense) != 0
    }

    /// Every sense some word of this word's initial and length has: a sense missing here is
    /// missing from the word, known without looking it up.
    #[inline]
    pub fn possible_senses(&self, bytes: &[u8]) -> u128 {
        if bytes.len() > MAX_LEN || bytes.is_empty() || !bytes[0].is_ascii_alphabetic() {
            return 0;
        }
        self.masks[SenseIndex::bucket(bytes[0], bytes.len())]
    }
}

#[inline(always)]
pub const fn bit(sense: Sense) -> u128 {
    // The top bit stays free (a mark for callers that cache senses).
    assert!((sense as u8) < 127);
    1 << (sense as u8)
}

/// Checks every lexicon's data the same way; each language's own file tests its words.
#[cfg(test)]
mod tests {
    #[test]
    fn keys_read_in_place_are_the_keys_built_byte_by_byte() {
        let every: Vec<u8> = (0..=255u8).collect();
        let texts = every.chunks(MAX_LEN).chain(every.windows(11)).chain([&every[..]]);
        for chunk in texts {
            for start in 0..chunk.len() {
                for len in 1..=(chunk.len() - start).min(MAX_LEN) {
                    assert_eq!(key_in(chunk, start, len), key(&chunk[start..start + len]));
                }
            }
        }
    }

    use super::{en, key, key_in, LEXICONS, MAX_LEN};
    use crate::extract::normalize::fold_pattern;
    use std::collections::HashSet;

    fn folded(s: &str) -> String {
        fold_pattern(s).to_lowercase()
    }

    #[test]
    fn every_lexicon_has_words_for_every_sense_and_phrases_for_every_cue_english_reads() {
        for lex in LEXICONS {
            for &(sense, _) in en::LEXICON.words {
                // English phrasal verbs split by their object ("take him in"): the Romance
                // languages have none; nor "has yet to", where they say "aún no", "ainda não".
                if matches!(sense, super::Sense::SplitVerb | super::Sense::SplitParticle | super::Sense::Yet)
                {
                    continue;
                }
                assert!(lex.words_of(sense).next().is_some(), "{:?}: no word for {sense:?}", lex.language);
            }
            for &(_, cue) in en::LEXICON.cues {
                assert!(lex.cues.iter().any(|&(_, c)| c == cue), "{:?}: no phrase for {cue:?}", lex.language);
            }
        }
    }

    #[test]
    fn no_cue_phrase_is_empty_padded_or_listed_twice() {
        for lex in LEXICONS {
            let mut seen = HashSet::new();
            for &(phrase, _) in lex.cues {
                assert!(!phrase.trim().is_empty(), "{:?}: empty cue", lex.language);
                assert_eq!(phrase, phrase.trim(), "{:?}: padded cue {phrase:?}", lex.language);
                assert!(!phrase.contains("  "), "{:?}: double space in {phrase:?}", lex.language);
                assert!(seen.insert(folded(phrase)), "{:?}: cue {phrase:?} listed twice", lex.language);
            }
        }
    }

    #[test]
    fn every_word_is_one_word_the_index_can_hold() {
        for lex in LEXICONS {
            for &(sense, list) in lex.words {
                assert!(
                    list.split_whitespace().next().is_some(),
                    "{:?}: no words for {sense:?}",
                    lex.language
                );
                for w in list.split_whitespace() {
                    let f = fold_pattern(w);
                    assert!((1..=24).contains(&f.len()), "{:?}: {w:?} cannot be indexed", lex.language);
                    assert!(
                        f.starts_with(|c: char| c.is_ascii_alphabetic()),
                        "{:?}: {w:?} is not a word",
                        lex.language
                    );
                }
            }
        }
    }

    #[test]
    fn what_is_compared_with_the_folded_text_is_written_folded() {
        for lex in LEXICONS {
            let lower_ascii = |s: &str| s.is_ascii() && s == s.to_lowercase();
            assert!(lex.openers.iter().all(|s| s.is_ascii()), "{:?}: openers", lex.language);
            assert!(lex.carry_openers.iter().all(|s| lower_ascii(s)), "{:?}: carry openers", lex.language);
            assert!(lex.generic_stems.iter().all(|s| lower_ascii(s)), "{:?}: generic stems", lex.language);
            assert!(lex.list_anaphors.iter().all(|s| lower_ascii(s)), "{:?}: list anaphors", lex.language);
            assert!(lex.numbers.iter().all(|(n, _)| *n == n.to_lowercase()), "{:?}: numbers", lex.language);
            // Abbreviations and sentence starters are compared with the normalised text as written.
            let as_normalised = |s: &&str| fold_pattern(s) == **s;
            assert!(lex.abbreviations.iter().all(as_normalised), "{:?}: abbreviations", lex.language);
            assert!(lex.sentence_starters.iter().all(as_normalised), "{:?}: sentence starters", lex.language);
        }
    }

    #[test]
    fn function_words_tell_the_languages_apart() {
        let mut owner = std::collections::HashMap::new();
        for lex in LEXICONS {
            assert!(lex.function_words.split_whitespace().count() >= 30, "{:?}: too few", lex.language);
            for w in lex.function_words.split_whitespace() {
                if let Some(other) = owner.insert(folded(w), lex.language) {
                    assert_eq!(other, lex.language, "`{w}` is a function word of two languages");
                }
            }
        }
    }
}
