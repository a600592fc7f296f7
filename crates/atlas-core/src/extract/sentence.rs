//! One sentence prepared for the rules: tokens, the actors named in it (with their role: agent,
//! place, object, excluded), coordinated lists grouped, generic phrases ("other nations"), and cues.

use super::bytes8;
use super::cues::Cue;
use super::lexicon::{bit, Lexicon, Pronoun, Sense, SenseIndex};
use super::mentions::{Kind, Mention, VENEZUELA};
use super::normalize::fold_eq_ignore_case;

/// A word or a punctuation character, as a byte span of the normalised text.
#[derive(Clone, Copy, Debug)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub word: bool,
}

/// How a name stands in its sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// May be the subject of a stance.
    Agent,
    /// After "from" or "by": the source of a nominal stance ("pressure from the United States").
    Source,
    /// A place: "talks in the Dominican Republic", "escaping into Colombia".
    Place,
    /// Object of a preposition: "the history of Panama", "ties with Chile".
    Object,
    /// Compared with or set apart: "more than Syria", "in addition to Mexico".
    Excluded,
}

/// An actor named once: a mention, or an anaphor ("the seven countries", "his country") resolved.
#[derive(Clone, Debug)]
pub struct Item {
    pub tok_s: usize,
    pub tok_e: usize,
    /// Actor codes with the byte span (normalised) that names each.
    pub actors: Vec<(&'static str, usize, usize)>,
    pub venezuela: bool,
    /// Venezuela named in a way that can act ("the Maduro regime", "Venezuela broke…"), as opposed
    /// to "Venezuelan dissidents" or "in Caracas".
    pub agent_capable: bool,
    pub role: Role,
    pub kind: Kind,
}

/// A coordinated list of items ("Argentina, Chile, and Peru"), or a union made by "together with".
#[derive(Clone, Debug)]
pub struct Group {
    pub tok_s: usize,
    pub tok_e: usize,
    pub actors: Vec<(&'static str, usize, usize)>,
    pub role: Role,
    /// Built by "together with": an earlier group plus a later one.
    pub union: bool,
}

/// A cue found in the sentence, by token range.
#[derive(Clone, Copy, Debug)]
pub struct CueAt {
    pub tok_s: usize,
    pub tok_e: usize,
    pub cue: Cue,
}

/// The prepared sentence.
pub struct View<'t> {
    pub text: &'t str,
    pub lex: &'static Lexicon,
    pub heading: bool,
    pub toks: Vec<Tok>,
    /// Token lies inside a mention (so "States" of "United States" is not the word "states").
    pub in_mention: Vec<bool>,
    pub items: Vec<Item>,
    pub groups: Vec<Group>,
    /// Generic phrases that may be subjects ("other nations", "governments"): (start, head).
    pub generics: Vec<(usize, usize)>,
    pub cues: Vec<CueAt>,
    /// Per token, the bit set of its senses (none for punctuation), looked up once when the
    /// view is built: the rules ask about each token many times.
    classes: Vec<u128>,
    /// Every sense some token of the sentence has (the union of `classes`): a scan for a sense
    /// no token has ends before it starts.
    senses_here: u128,
    /// Per mention of the sentence, its token range (found once, read twice).
    mention_toks: Vec<(usize, usize)>,
    /// Opposition figures (static list, remembered names): token indices.
    pub opposition_people: Vec<usize>,
    /// Emptied actor lists of earlier sentences' items and groups, for this sentence's: most
    /// sentences name a few actors, and taking a list from here saves allocating and freeing one.
    spare: Vec<Actors>,
}

/// The actors of an item or group: code and byte span of each.
pub type Actors = Vec<(&'static str, usize, usize)>;

/// An empty actor list, from `spare` when it has one.
fn actors_from(spare: &mut Vec<Actors>) -> Actors {
    spare.pop().unwrap_or_default()
}

/// Tokenizes `text[start..end]` into `toks` (emptied first, its capacity kept).
pub fn tokenize_into(toks: &mut Vec<Tok>, text: &str, start: usize, end: usize) {
    toks.clear();
    let s = &text[start..end];
    let b = s.as_bytes();
    // About one token per four bytes (words, spaces, punctuation): room without regrowing.
    toks.reserve(b.len() / 4 + 4);
    // Whether the character at byte `i` belongs in a word, and its length; inlined, as it is
    // asked at every byte that is not a plain ASCII letter.
    #[inline(always)]
    fn word_char(s: &str, i: usize) -> (bool, usize) {
        let c = s.as_bytes()[i];
        if c < 0x80 {
            (ASCII_ALPHANUMERIC[usize::from(c)], 1)
        } else {
            let ch = s[i..].chars().next().unwrap_or(' ');
            (ch.is_alphanumeric(), ch.len_utf8())
        }
    }
    let is_word_at = |i: usize| word_char(s, i);
    let mut i = 0;
    while i < b.len() {
        let (word, len) = is_word_at(i);
        if word {
            let mut j = i + len;
            loop {
                // Plain ASCII letters and digits, the bulk of a word, without the general test.
                j += ascii_alphanumeric_run(text.as_bytes(), start + j).min(b.len() - j);
                if j >= b.len() {
                    break;
                }
                let (w, l) = is_word_at(j);
                if w {
                    j += l;
                } else if (b[j] == b'-' && j + 1 < b.len() && is_word_at(j + 1).0)
                    || (b[j] == b'\'' && b[j - 1] == b'n' && b.get(j + 1) == Some(&b't'))
                {
                    // Inner hyphens and contractions stay in the word: "re-election", "haven't".
                    j += 1;
                } else {
                    break;
                }
            }
            toks.push(Tok { start: start + i, end: start + j, word: true });
            i = j;
        } else if b[i] == b'\''
            && matches!(b.get(i + 1), Some(b's' | b'S'))
            && !b.get(i + 2).is_some_and(|&c| c.is_ascii_alphanumeric() || c >= 0x80)
        {
            toks.push(Tok { start: start + i, end: start + i + 2, word: true });
            i += 2;
        } else if b[i] == b' ' {
            i += 1;
        } else {
            if !((b[i] as char).is_ascii_whitespace() || len > 1 && s[i..].starts_with(char::is_whitespace)) {
                toks.push(Tok { start: start + i, end: start + i + len, word: false });
            }
            i += len;
        }
    }
}

/// How many ASCII letters and digits `text` has in a row from byte `at`: eight bytes told at a
/// time, as a word is mostly such a run. May count past the sentence (the caller clamps).
#[inline]
fn ascii_alphanumeric_run(text: &[u8], at: usize) -> usize {
    let mut n = 0;
    while let Some(eight) = text.get(at + n..at + n + 8) {
        let other = not_ascii_alphanumeric(u64::from_le_bytes(eight.try_into().expect("8 bytes")));
        if other != 0 {
            return n + (other.trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    while text.get(at + n).is_some_and(|&b| ASCII_ALPHANUMERIC[usize::from(b)]) {
        n += 1;
    }
    n
}

/// Of eight bytes, bit 7 of each that is not an ASCII letter or digit (the other bits clear).
#[inline]
fn not_ascii_alphanumeric(x: u64) -> u64 {
    !(bytes8::ascii_letters(x) | bytes8::ascii_digits(x)) & bytes8::HIGH
}

/// The ASCII letters and digits (no other byte).
pub(crate) static ASCII_ALPHANUMERIC: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// The vectors of a view, kept between sentences so that each sentence's view reuses the room
/// of the previous one's instead of allocating its own.
#[derive(Default)]
pub struct Buffers {
    toks: Vec<Tok>,
    in_mention: Vec<bool>,
    items: Vec<Item>,
    groups: Vec<Group>,
    generics: Vec<(usize, usize)>,
    cues: Vec<CueAt>,
    classes: Vec<u128>,
    mention_toks: Vec<(usize, usize)>,
    opposition_people: Vec<usize>,
    spare: Vec<Actors>,
}

impl<'t> View<'t> {
    /// Gives the view's vectors back, emptied, for the next sentence's [`build`].
    pub fn recycle(self, buffers: &mut Buffers) {
        let View {
            mut toks,
            mut in_mention,
            mut items,
            mut groups,
            mut generics,
            mut cues,
            mut classes,
            mut mention_toks,
            mut opposition_people,
            mut spare,
            ..
        } = self;
        toks.clear();
        mention_toks.clear();
        in_mention.clear();
        for mut actors in items.drain(..).map(|it| it.actors).chain(groups.drain(..).map(|g| g.actors)) {
            actors.clear();
            spare.push(actors);
        }
        generics.clear();
        cues.clear();
        classes.clear();
        opposition_people.clear();
        *buffers = Buffers {
            toks,
            in_mention,
            items,
            groups,
            generics,
            cues,
            classes,
            mention_toks,
            opposition_people,
            spare,
        };
    }

    pub fn word(&self, i: usize) -> &'t str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    /// Whether token `i` is the ASCII character `c` (`word(i) == ";"` without building the slice).
    #[inline]
    pub fn is_char(&self, i: usize, c: u8) -> bool {
        self.toks.get(i).is_some_and(|t| t.end == t.start + 1 && self.text.as_bytes()[t.start] == c)
    }

    /// The token is a word of this sense (any case), and is not part of a name.
    #[inline]
    pub fn is(&self, i: usize, sense: Sense) -> bool {
        self.has(i, sense) && !self.in_mention[i]
    }

    /// The token is a word of this sense, whether or not inside a name.
    #[inline]
    pub fn has(&self, i: usize, sense: Sense) -> bool {
        // `classes` has a set per token: one bounds test tells both.
        self.classes.get(i).is_some_and(|&c| c & bit(sense) != 0)
    }

    /// The token is a lower-case word of this sense (capitalised too at the start or in a heading).
    #[inline]
    pub fn is_in(&self, i: usize, sense: Sense) -> bool {
        // Most tokens lack the sense: that is told inline, the case out of line.
        self.is(i, sense) && self.lower_case_here(i)
    }

    /// Whether word `i` is in lower case, or may be capitalised where it stands. Out of line, so
    /// that [`View::is_in`] stays small.
    #[inline(never)]
    fn lower_case_here(&self, i: usize) -> bool {
        let w = self.word(i);
        w.as_bytes()[0].is_ascii_lowercase()
            || w.chars().next().is_some_and(|c| c.is_lowercase())
            || self.heading
            || i == 0
            || self.after_quote(i)
    }

    /// Whether token `i` has one of the senses of the bit set `senses`.
    #[inline]
    fn has_any(&self, i: usize, senses: u128) -> bool {
        self.classes[i] & senses != 0
    }

    fn after_quote(&self, i: usize) -> bool {
        i > 0 && matches!(self.word(i - 1), "\"" | "(" | ":")
    }

    /// Whether the sentence opens with one of `phrases` (lower case, accents folded), as whole words.
    pub fn opens_with_any(&self, phrases: &[&str]) -> bool {
        let (Some(first), Some(last)) = (self.toks.first(), self.toks.last()) else { return false };
        let text = &self.text[first.start..last.end];
        phrases.iter().any(|p| {
            text.len() >= p.len()
                && text.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
                && !text.as_bytes().get(p.len()).is_some_and(|b| b.is_ascii_alphanumeric())
        })
    }

    /// A word the lexicon gives no sense and no mention covers: "tajante" in "el tajante apoyo".
    pub fn bare_word(&self, i: usize) -> bool {
        self.toks[i].word && self.classes[i] == 0 && !self.in_mention[i]
    }

    pub fn punct(&self, i: usize) -> bool {
        i < self.toks.len() && !self.toks[i].word
    }

    /// Token index of the first token starting at or after byte `pos`.
    pub fn tok_at(&self, pos: usize) -> usize {
        self.toks.partition_point(|t| t.start < pos)
    }

    pub fn cues_in(&self, from: usize, to: usize) -> impl Iterator<Item = &CueAt> {
        self.cues.iter().filter(move |c| c.tok_s >= from && c.tok_s < to)
    }

    pub fn any_word(&self, from: usize, to: usize, sense: Sense) -> Option<usize> {
        if !self.sentence_has(sense) {
            return None;
        }
        (from..to.min(self.toks.len())).find(|&i| self.is_in(i, sense))
    }

    /// Whether some word of the sentence has this sense (in a name or not, in any case).
    #[inline]
    pub fn sentence_has(&self, sense: Sense) -> bool {
        self.senses_here & bit(sense) != 0
    }

    pub fn mentions_venezuela(&self) -> bool {
        self.items.iter().any(|it| it.venezuela)
    }

    /// Venezuela or its regime named anywhere in `from..to`.
    pub fn venezuela_in(&self, from: usize, to: usize) -> bool {
        self.items.iter().any(|it| it.venezuela && it.tok_s >= from && it.tok_s < to)
            || (from..to).any(|i| self.regime_word(i))
    }

    /// A word that can only mean Maduro's side ("regime", "Chavista"), not after another country
    /// ("Ortega's regime"); "dictator" or "officials" may be anyone's.
    pub fn regime_word(&self, i: usize) -> bool {
        self.cues.iter().any(|c| c.tok_s == i && c.cue == Cue::BenRegime)
            && self.has(i, Sense::RegimeWord)
            && !self.foreign_before(i)
            && !(i > 0
                && self.word(i - 1) == "'s"
                && self.items.iter().any(|it| !it.venezuela && it.tok_e + 1 == i))
    }

    /// "U.S. officials", "Colombian officials": a country other than Venezuela right before.
    pub fn foreign_before(&self, tok: usize) -> bool {
        self.items.iter().any(|it| !it.venezuela && it.tok_e == tok)
    }
}

/// Builds the view. `anaphora` resolves "the seven countries" (by count) and "his country".
pub struct Context<'a> {
    pub groups_by_size: &'a dyn Fn(usize) -> Option<Vec<&'static str>>,
    pub last_actor: Option<&'static str>,
    /// The latest list of two or more actors, for "these governments", "all of them".
    pub last_list: Option<&'a [&'static str]>,
    pub opposition_names: &'a [String],
    /// The subject of the previous sentence, for a sentence that opens with "They", "It", "He".
    pub previous_subject: Option<&'a Subject>,
}

/// Who a sentence is about: the actors of its first agent, for a pronoun in the next sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Subject {
    pub actors: Vec<&'static str>,
    /// Named as a person ("Brazil's President Lula", "Milei"): "he" or "she", not "it".
    pub person: bool,
}

/// A subject pronoun opening a sentence (after "But", "And", "However,"), as (token, pronoun).
/// "It is unclear…", "It was …" are expletive, not a country.
pub fn leading_pronoun(lex: &Lexicon, sentence: &str) -> Option<(&'static str, Pronoun)> {
    let mut rest = sentence.trim_start_matches(['"', '(', ' ']);
    // An opener or pronoun is told apart by its first byte before its letters are compared.
    let first = rest.as_bytes().first().copied();
    for opener in lex.openers {
        if opener.as_bytes().first().is_some_and(|&b| Some(b) != first) {
            continue;
        }
        if let Some(r) = rest.strip_prefix(opener) {
            rest = r;
            break;
        }
    }
    let first = rest.as_bytes().first().copied();
    if !lex.pronouns.iter().any(|(p, _)| p.as_bytes().first().is_none_or(|&b| Some(b) == first)) {
        return None;
    }
    let (word, after) = rest.split_once(' ')?;
    let &(written, pronoun) = lex.pronouns.iter().find(|(p, _)| *p == word)?;
    let next = after.split(' ').next().unwrap_or("");
    if pronoun == Pronoun::State && lex.expletive_verbs.contains(&next) {
        return None;
    }
    Some((written, pronoun))
}

/// Whether `pronoun` can stand for `subject`: "they" for several, "it" for a state, "he"/"she"
/// for a person.
fn pronoun_fits(pronoun: Pronoun, subject: &Subject) -> bool {
    if subject.actors == [VENEZUELA] {
        return true; // Maduro, his government: any pronoun for them holds no stance
    }
    match pronoun {
        Pronoun::Plural => subject.actors.len() >= 2,
        Pronoun::State => subject.actors.len() == 1 && !subject.person,
        Pronoun::Person => subject.actors.len() == 1 && subject.person,
    }
}

/// The subject of a prepared sentence: its first agent (a group or Venezuela), if it comes early.
pub fn subject_of(v: &View<'_>) -> Option<Subject> {
    let first_group = v.groups.iter().filter(|g| g.role == Role::Agent && !g.union).min_by_key(|g| g.tok_s);
    // "The third camp is made up of the region's three largest governments: Brazil, Mexico and
    // Colombia." A list after a colon that closes the sentence is what it is about.
    let n = v.toks.len();
    let closing_list = v.groups.iter().find(|g| {
        !g.union
            && g.actors.len() >= 2
            && g.tok_s > 0
            && v.word(g.tok_s - 1) == ":"
            && (g.tok_e..n).all(|k| v.punct(k))
    });
    if let Some(g) = closing_list.filter(|_| first_group.is_none_or(|f| f.tok_s > 8)) {
        return Some(Subject { person: false, actors: g.actors.iter().map(|a| a.0).collect() });
    }
    let first_ven = v.items.iter().filter(|it| it.venezuela && it.agent_capable).min_by_key(|it| it.tok_s);
    let (tok_s, tok_e, actors) = match (first_group, first_ven) {
        (Some(g), Some(it)) if it.tok_s < g.tok_s => (it.tok_s, it.tok_e, vec![VENEZUELA]),
        (Some(g), _) => (g.tok_s, g.tok_e, g.actors.iter().map(|a| a.0).collect()),
        (None, Some(it)) => (it.tok_s, it.tok_e, vec![VENEZUELA]),
        (None, None) => return None,
    };
    if tok_s > 8 {
        return None;
    }
    let leader = v.items.iter().any(|it| it.tok_s >= tok_s && it.tok_e <= tok_e && it.kind == Kind::Leader);
    // "Brazil's president Lula", "el presidente colombiano": a title beside the name.
    let titled =
        (tok_s.saturating_sub(2)..(tok_e + 3).min(v.toks.len())).any(|i| v.has(i, Sense::PersonNoun));
    Some(Subject { person: leader || (titled && actors.len() == 1), actors })
}

/// The subject of a sentence the extractor did not prepare, read from its mentions alone: names
/// at its very start ("Argentina and Chile issued…", "The Peruvian government said…").
pub fn subject_from_mentions(
    lex: &Lexicon,
    index: &SenseIndex,
    text: &str,
    start: usize,
    mentions: &[Mention],
) -> Option<Subject> {
    let the = |w: &str| w.is_empty() || index.has(w, Sense::The);
    let mut actors = Vec::new();
    let mut person = false;
    let mut prev_end = start;
    for m in mentions.iter().filter(|m| !m.actor.is_empty()) {
        let between = &text[prev_end..m.start];
        let joined = if actors.is_empty() {
            between.split(' ').all(|w| the(w) || lex.adjective_after_noun && index.has(w, Sense::GovNoun))
        } else {
            between.split([' ', ',']).all(|w| the(w) || index.has(w, Sense::Joiner))
        };
        if !joined {
            break;
        }
        let after = text[m.end..].trim_start_matches("'s").trim_start();
        let next = after.split([' ', ',', '.']).next().unwrap_or("");
        let next2 = after.split(' ').nth(1).unwrap_or("");
        let gov = if lex.adjective_after_noun {
            text[prev_end..m.start].split(' ').any(|w| index.has(w, Sense::GovNoun))
        } else {
            index.has(next, Sense::GovNoun)
        };
        if m.kind == Kind::Adjective && !gov {
            break;
        }
        if m.actor == VENEZUELA && actors.is_empty() {
            return Some(Subject { actors: vec![VENEZUELA], person: m.kind == Kind::Regime });
        }
        let before = text[prev_end..m.start].split(' ');
        person |= m.kind == Kind::Leader
            || index.has(next, Sense::PersonNoun)
            || index.has(next2, Sense::PersonNoun)
            || before.into_iter().any(|w| index.has(w, Sense::PersonNoun));
        if !actors.contains(&m.actor) && m.actor != VENEZUELA {
            actors.push(m.actor);
        }
        prev_end = m.end;
    }
    if actors.is_empty() {
        return closing_list(text, start, mentions);
    }
    Some(Subject { person: person && actors.len() == 1, actors })
}

/// "…: Brazil, Mexico and Colombia." — a list of two or more after the sentence's last colon,
/// running to its end, read from the mentions (see [`subject_of`]).
fn closing_list(text: &str, start: usize, mentions: &[Mention]) -> Option<Subject> {
    let last = mentions.iter().rev().find(|m| !m.actor.is_empty() && m.start >= start)?;
    let colon = start + text[start..last.start].rfind(':')?;
    let tail = &text[last.end..];
    let end = tail.find(['.', '!', '?']).unwrap_or(tail.len());
    if !tail[..end].trim().is_empty() {
        return None;
    }
    let mut actors: Vec<&'static str> = Vec::new();
    for m in mentions.iter().filter(|m| m.start > colon && m.end <= last.end && !m.actor.is_empty()) {
        if m.actor == VENEZUELA {
            return None;
        }
        if !actors.contains(&m.actor) {
            actors.push(m.actor);
        }
    }
    (actors.len() >= 2).then_some(Subject { person: false, actors })
}

#[allow(clippy::too_many_arguments)]
pub fn build<'t>(
    lex: &'static Lexicon,
    index: &'t SenseIndex,
    text: &'t str,
    start: usize,
    end: usize,
    heading: bool,
    mentions: &[Mention],
    cues_found: &[(usize, usize, Cue)],
    ctx: &Context<'_>,
    buffers: &mut Buffers,
) -> View<'t> {
    let Buffers {
        mut toks,
        mut in_mention,
        mut items,
        groups,
        generics,
        mut cues,
        mut classes,
        mut mention_toks,
        opposition_people,
        mut spare,
    } = std::mem::take(buffers);
    tokenize_into(&mut toks, text, start, end);
    in_mention.clear();
    in_mention.resize(toks.len(), false);
    let tok_at = |pos: usize| toks.partition_point(|t| t.start < pos);
    items.clear();
    items.reserve(mentions.len() + 2);
    cues.clear();
    cues.reserve(cues_found.len());
    classes.clear();
    classes.extend(toks.iter().map(|t| {
        if t.word {
            index.senses_at(text.as_bytes(), t.start, t.end)
        } else {
            0
        }
    }));
    mention_toks.clear();
    mention_toks.extend(mentions.iter().map(|m| (tok_at(m.start), tok_at(m.end))));
    for &(s, e) in &mention_toks {
        for flag in in_mention.iter_mut().take(e).skip(s) {
            *flag = true;
        }
    }
    let senses_here = classes.iter().fold(0, |all, c| all | c);
    let mut v = View {
        text,
        lex,
        heading,
        senses_here,
        in_mention: Vec::new(),
        items,
        groups,
        generics,
        cues,
        opposition_people,
        classes,
        mention_toks: Vec::new(),
        toks: Vec::new(),
        spare: Vec::new(),
    };
    v.groups.clear();
    v.generics.clear();
    v.opposition_people.clear();
    v.toks = toks;
    v.in_mention = in_mention;
    for &(s, e, cue) in cues_found {
        let (ts, te) = (v.tok_at(s), v.tok_at(e));
        if ts < te && !v.in_mention[ts] {
            v.cues.push(CueAt { tok_s: ts, tok_e: te, cue });
        }
    }
    drop_unclosed_split_cues(&mut v);
    for (m, &(ts, te)) in mentions.iter().zip(&mention_toks) {
        match m.kind {
            Kind::Blocker => continue,
            Kind::OppositionPerson => {
                v.opposition_people.push(ts);
                continue;
            }
            _ => {}
        }
        if let Some(item) = classify(&v, m, ts, te, &mut spare) {
            v.items.push(item);
        }
    }
    v.spare = spare;
    v.mention_toks = mention_toks;
    for i in 0..if ctx.opposition_names.is_empty() { 0 } else { v.toks.len() } {
        if v.toks[i].word
            && !v.in_mention[i]
            && v.word(i).chars().next().is_some_and(char::is_uppercase)
            && ctx.opposition_names.iter().any(|n| n == v.word(i))
        {
            v.opposition_people.push(i);
        }
    }
    extend_over_possessed_names(&mut v);
    add_anaphora(&mut v, ctx);
    add_pronoun_subject(&mut v, ctx);
    v.items.sort_by_key(|it| it.tok_s);
    find_generics(&mut v);
    let mut groups = std::mem::take(&mut v.groups);
    let mut spare = std::mem::take(&mut v.spare);
    group_items(&v, &mut groups, &mut spare);
    v.groups = groups;
    v.spare = spare;
    v
}

/// "would take Maduro in", "took the deposed leader in": a bare verb of a phrasal verb whose
/// particle may follow its object is the lexicon's cue for the phrasal verb ("take in": shelter)
/// only when the particle closes its clause after a short object; otherwise it is no cue.
fn drop_unclosed_split_cues(v: &mut View<'_>) {
    let n = v.toks.len();
    let closes = |v: &View<'_>, k: usize| {
        k + 1 >= n || v.punct(k + 1) || v.is(k + 1, Sense::Condition) || v.is(k + 1, Sense::Subordinator)
    };
    // The cues are taken out while the view is read, and filtered in place: no vector of flags.
    let mut cues = std::mem::take(&mut v.cues);
    let view: &View<'_> = v;
    cues.retain(|c| {
        let i = c.tok_s;
        c.tok_e != i + 1
            || !view.is(i, Sense::SplitVerb)
            || (i + 2..(i + 7).min(n))
                .take_while(|&k| !view.punct(k))
                .any(|k| view.is(k, Sense::SplitParticle) && closes(view, k))
    });
    v.cues = cues;
}

/// Decides whether a mention names an actor here, and in which role.
fn classify(v: &View<'_>, m: &Mention, ts: usize, te: usize, spare: &mut Vec<Actors>) -> Option<Item> {
    let next = v.word(te);
    let next_cap = next.chars().next().is_some_and(char::is_uppercase);
    // Part of another proper name: "Washington Post", "ABC de España", "OAS member state".
    if next_cap && v.lex.name_suffixes.contains(&next) && m.kind != Kind::Regime {
        return None;
    }
    if ts >= 1 && v.lex.name_particles.contains(&v.word(ts - 1)) {
        return None;
    }
    if m.kind == Kind::Bloc && v.is(te, Sense::Member) {
        return None;
    }
    let venezuela = m.actor == VENEZUELA;
    let mut agent_capable = true;
    // Where the noun phrase of a name starts: before the noun a postposed adjective qualifies.
    let mut phrase_start = ts;
    if matches!(m.kind, Kind::Adjective) {
        // "the Mexican government", "el Gobierno mexicano" act; "the Spanish newspaper", "Swiss
        // accounts", "el diario español" do not.
        let gov = if v.lex.adjective_after_noun {
            let noun = (ts.saturating_sub(3)..ts)
                .rev()
                .take_while(|&i| v.toks[i].word)
                .find(|&i| !v.in_mention[i] && v.has(i, Sense::GovNoun));
            if let Some(n) = noun {
                phrase_start = n;
            }
            noun.is_some()
        } else {
            // "Peruvian and Costa Rican authorities": coordinated demonyms share the noun.
            let mut from = te;
            while from < v.toks.len() && (v.has(from, Sense::Joiner) || v.is_char(from, b',')) {
                let mut j = from + 1;
                while j < v.toks.len() && v.in_mention[j] {
                    j += 1;
                }
                if j == from + 1 {
                    break;
                }
                from = j;
            }
            (from..from + 3)
                .take_while(|&i| v.toks.get(i).is_some_and(|t| t.word))
                .any(|i| !v.in_mention[i] && v.has(i, Sense::GovNoun))
        };
        // "el boliviano Luis Arce", "o cubano Miguel Díaz-Canel": a demonym standing as a noun
        // before a person's name names that country's leader.
        let person = v.lex.adjective_after_noun
            && ts > 0
            && v.is(ts - 1, Sense::The)
            && v.toks.get(te).is_some_and(|t| t.word)
            && v.word(te).chars().next().is_some_and(char::is_uppercase);
        if !gov && !person {
            if !venezuela {
                return None;
            }
            agent_capable = false;
        }
    }
    let mut role = lookback_role(v, phrase_start, te);
    if m.kind == Kind::Capital
        && role == Role::Agent
        && ts > 0
        && !v.punct(ts - 1)
        && !v.is(ts - 1, Sense::The)
    {
        // A capital acts only as a subject: "Washington imposed…", not "subordinated to Washington".
        let prev = v.word(ts - 1);
        if prev.chars().next().is_some_and(char::is_lowercase)
            && !v.has(ts - 1, Sense::Speech)
            && !v.is(ts - 1, Sense::Subordinator)
        {
            role = Role::Object;
        }
    }
    if venezuela && !matches!(role, Role::Agent | Role::Source) {
        agent_capable = false;
    }
    Some(Item {
        tok_s: ts,
        tok_e: te,
        actors: {
            let mut actors = actors_from(spare);
            actors.push((m.actor, m.start, m.end));
            actors
        },
        venezuela,
        agent_capable,
        role,
        kind: m.kind,
    })
}

/// The role of a name from the words before it.
pub fn lookback_role(v: &View<'_>, ts: usize, te: usize) -> Role {
    let mut j = ts;
    while j > 0 && v.is_in(j - 1, Sense::Determiner) {
        j -= 1;
    }
    // Comparison or exclusion a few words back: "more than the war-torn Syria", "in addition to".
    for k in (ts.saturating_sub(4)..ts).rev() {
        if v.punct(k) {
            break;
        }
        if v.is(k, Sense::Excluder)
            || (v.is(k, Sense::ExcludeLink) && k > 0 && v.is(k - 1, Sense::ExcludeHead))
        {
            return Role::Excluded;
        }
    }
    let such_as = j >= 2 && v.is(j - 1, Sense::As) && v.is(j - 2, Sense::Such);
    if such_as || j >= 1 && v.is(j - 1, Sense::Like) {
        // "a European capital such as Madrid", "bodies such as the OAS": the head decides.
        let head = if such_as { j - 2 } else { j - 1 };
        for k in (head.saturating_sub(5)..head).rev() {
            if v.punct(k) {
                break;
            }
            if v.is_in(k, Sense::Locative) {
                return Role::Place;
            }
        }
        return Role::Agent;
    }
    if j == 0 {
        return Role::Agent;
    }
    let p = j - 1;
    if v.is(p, Sense::Late) {
        return Role::Object; // "the late Hugo Chávez" is history, not an actor
    }
    if v.is(p, Sense::SourcePrep) {
        return Role::Source;
    }
    if v.is(p, Sense::With) {
        return if v.is(te, Sense::Being) { Role::Agent } else { Role::Object };
    }
    // The noun the preposition hangs on, past a postposed adjective ("el canciller peruano de").
    // ("el Ministerio de Relaciones Exteriores de Chile", "Ministry of Foreign Affairs of
    // China": past the capitalised rest of the institution's name.)
    let gov_at = |k: usize| v.has(k, Sense::GovNoun) && !v.in_mention[k];
    let named_part = |k: usize| {
        !v.in_mention[k]
            && (v.is(k, Sense::Of) || (v.toks[k].word && v.word(k).starts_with(char::is_uppercase)))
    };
    let gov_before = p > 0
        && (gov_at(p - 1)
            || (p.saturating_sub(5)..p - 1)
                .rev()
                .take_while(|&k| named_part(k + 1))
                .any(|k| gov_at(k) && v.word(k).starts_with(char::is_uppercase)));
    if v.is_in(p, Sense::Locative) {
        let place_noun = p > 0 && v.has(p - 1, Sense::PlaceNoun);
        return if gov_before && !place_noun { Role::Agent } else { Role::Place };
    }
    if v.is(p, Sense::Of) {
        // "Thirteen members of the Lima Group said …", "most of the EU": a share of a bloc
        // speaks for it.
        let share = p > 0 && v.is_in(p - 1, Sense::Quantifier);
        return if gov_before || share { Role::Agent } else { Role::Object };
    }
    if v.is_in(p, Sense::ObjectPrep) || v.is_in(p, Sense::ObjectVerb) {
        return Role::Object;
    }
    Role::Agent
}

/// "Bolivia's Evo Morales", "Brazil's Foreign Minister Mauro Vieira": a country's possessive
/// followed by a title or a capitalised name is one agent, so the name neither breaks a list
/// ("Bolivia's Evo Morales, Cuba's Miguel Díaz-Canel and …") nor stands apart from its country.
fn extend_over_possessed_names(v: &mut View<'_>) {
    let mut merged: Vec<usize> = Vec::new();
    for k in 0..v.items.len() {
        let it = &v.items[k];
        if it.venezuela || v.word(it.tok_e) != "'s" {
            continue;
        }
        let actor = it.actors[0].0;
        let mut end = it.tok_e + 1;
        let mut named = false;
        while end < v.toks.len() && end - it.tok_e <= 6 && v.toks[end].word {
            if let Some(j) =
                v.items.iter().position(|o| o.tok_s == end && o.actors[0].0 == actor && !o.venezuela)
            {
                // "Mexico's López Obrador": the leader is the same agent.
                end = v.items[j].tok_e;
                merged.push(j);
                named = true;
                break;
            }
            let w = v.word(end);
            let title = v.has(end, Sense::PersonNoun) || v.has(end, Sense::GovNoun);
            let capital = w.chars().next().is_some_and(char::is_uppercase);
            if v.in_mention[end] || !(capital || title) {
                break;
            }
            // Only a person's name makes it one agent: "Spain's ambassador" stays a possessive.
            named |= capital && !title;
            end += 1;
        }
        if named {
            for flag in v.in_mention.iter_mut().take(end).skip(v.items[k].tok_e) {
                *flag = true;
            }
            v.items[k].tok_e = end;
        }
    }
    merged.sort_unstable();
    merged.dedup();
    for j in merged.into_iter().rev() {
        v.items.remove(j);
    }
}

/// "the seven countries" (a remembered list of that size), "these governments" (the latest
/// list) and "his country" (the last actor).
fn add_anaphora(v: &mut View<'_>, ctx: &Context<'_>) {
    let n = v.toks.len();
    // The words that may open an anaphor of either kind below: most tokens are none, and are
    // passed over on one test of their senses.
    let openers = bit(Sense::ListAnaphorStart)
        | bit(Sense::AnaphorDet)
        | bit(Sense::Possessive)
        | bit(Sense::The)
        | bit(Sense::Determiner);
    let mut i = 0;
    while i < n {
        if !v.has_any(i, openers) {
            i += 1;
            continue;
        }
        // The anaphor is looked for only where it could be taken: after a list, outside a name,
        // at a word that may open one.
        if let Some(list) = ctx.last_list.filter(|_| !v.in_mention[i] && v.has(i, Sense::ListAnaphorStart)) {
            // "Among these countries are: Bolivia, China, Cuba …": a sentence that opens on the
            // phrase and names several countries right after it lists them itself.
            let names_its_own = |h: usize| {
                let after =
                    || v.items.iter().filter(|it| it.tok_s > h && !it.venezuela && !it.actors.is_empty());
                i <= 1 && after().nth(1).is_some() && after().any(|it| it.tok_s <= h + 3)
            };
            if let Some(len) = list_anaphor_at(v, i).filter(|&len| !names_its_own(i + len - 1)) {
                let h = i + len - 1;
                let (s, e) = (v.toks[i].start, v.toks[h].end);
                let role = lookback_role(v, i, h + 1);
                v.items.push(Item {
                    tok_s: i,
                    tok_e: h + 1,
                    actors: list.iter().map(|&a| (a, s, e)).collect(),
                    venezuela: false,
                    agent_capable: true,
                    role,
                    kind: Kind::Name,
                });
                for flag in v.in_mention.iter_mut().take(h + 1).skip(i) {
                    *flag = true;
                }
                i = h + 1;
                continue;
            }
        }
        let candidate = v.toks[i].word
            && !v.in_mention[i]
            && v.has_any(
                i,
                bit(Sense::AnaphorDet) | bit(Sense::Possessive) | bit(Sense::The) | bit(Sense::Determiner),
            );
        if !candidate {
            i += 1;
            continue;
        }
        let det = v.is(i, Sense::AnaphorDet);
        let start = i;
        let count_at = if det { i + 1 } else { i };
        // A count matters after an anaphoric determiner, or as a determiner itself ("both").
        let counted = det || v.is(count_at, Sense::Determiner);
        let number = |k: usize| {
            v.toks.get(k).filter(|t| t.word && !v.in_mention[k] && v.has(k, Sense::Number)).and_then(|_| {
                let w = v.word(k);
                v.lex.numbers.iter().find(|(n, _)| fold_eq_ignore_case(n, w)).map(|&(_, c)| c)
            })
        };
        let count = if counted {
            number(count_at)
                .or_else(|| v.word(count_at).parse::<usize>().ok().filter(|k| (2..=60).contains(k)))
        } else {
            None
        };
        // "the seven countries", "both countries", "ambos países".
        let dual = !det && count == Some(2) && v.is(count_at, Sense::Determiner);
        if let (Some(count), true) = (count, det || dual) {
            // Up to three modifiers ("Latin American") before the head noun.
            let head = (count_at + 1..(count_at + 5).min(n))
                .find(|&k| !v.in_mention[k] && v.has(k, Sense::CountriesNoun))
                // "the seven, together with Ecuador, …", "los siete dijeron": the number alone.
                .or_else(|| {
                    let next = count_at + 1;
                    let bare = det
                        && next < n
                        && (v.word(next) == "," || v.has(next, Sense::Speech) || v.is(next, Sense::Copula));
                    bare.then_some(count_at)
                });
            if let Some(h) = head {
                if !v.items.iter().any(|it| it.tok_s > start && it.tok_s < h && !it.venezuela) {
                    if let Some(actors) = (ctx.groups_by_size)(count) {
                        let (s, e) = (v.toks[start].start, v.toks[h].end);
                        let role = lookback_role(v, start, h + 1);
                        v.items.push(Item {
                            tok_s: start,
                            tok_e: h + 1,
                            actors: actors.into_iter().map(|a| (a, s, e)).collect(),
                            venezuela: false,
                            agent_capable: true,
                            role,
                            kind: Kind::Name,
                        });
                        for flag in v.in_mention.iter_mut().take(h + 1).skip(start) {
                            *flag = true;
                        }
                        i = h + 1;
                        continue;
                    }
                }
            }
        }
        let pronoun = v.is(i, Sense::Possessive) || v.is(i, Sense::The);
        // "were told to leave the country", "a sair do país": the country left is a place.
        let left = v.cues.iter().any(|c| c.cue == Cue::WithdrawVerb && c.tok_e == i);
        if pronoun && !left && v.is(i + 1, Sense::CountryNoun) && !v.is(i + 2, Sense::Of) {
            let before: Option<&Item> = v.items.iter().filter(|it| it.tok_e <= i).max_by_key(|it| it.tok_e);
            let actor = before.map(|it| it.actors[0].0).or(ctx.last_actor);
            if let Some(actor) = actor {
                let (s, e) = (v.toks[i].start, v.toks[i + 1].end);
                let role = lookback_role(v, i, i + 2);
                let venezuela = actor == VENEZUELA;
                v.items.push(Item {
                    tok_s: i,
                    tok_e: i + 2,
                    actors: vec![(actor, s, e)],
                    venezuela,
                    agent_capable: matches!(role, Role::Agent | Role::Source),
                    role,
                    kind: Kind::Name,
                });
                v.in_mention[i] = true;
                v.in_mention[i + 1] = true;
                i += 2;
                continue;
            }
        }
        i += 1;
    }
}

/// "They also recognized González": the previous sentence's subject, when the pronoun fits it.
/// The number of words of a list anaphor starting at token `i`, if one does.
fn list_anaphor_at(v: &View<'_>, i: usize) -> Option<usize> {
    if !v.toks.get(i).is_some_and(|t| t.word) || !v.has(i, Sense::ListAnaphorStart) {
        return None;
    }
    let first = v.word(i);
    list_anaphor_words(v.lex).iter().find_map(|words| {
        // The phrase's first word is `first`; then each of its words a word token in turn.
        let matches = words[0].len() == first.len()
            && words[0].eq_ignore_ascii_case(first)
            && (1..words.len()).all(|n| {
                v.toks.get(i + n).is_some_and(|t| t.word) && v.word(i + n).eq_ignore_ascii_case(words[n])
            });
        matches.then_some(words.len())
    })
}

/// A lexicon's list anaphors split into words once, not at every word that may open one.
fn list_anaphor_words(lex: &'static Lexicon) -> &'static [Vec<&'static str>] {
    static SPLIT: [std::sync::OnceLock<Vec<Vec<&'static str>>>; 3] =
        [std::sync::OnceLock::new(), std::sync::OnceLock::new(), std::sync::OnceLock::new()];
    SPLIT[lex.language as usize]
        .get_or_init(|| lex.list_anaphors.iter().map(|p| p.split(' ').collect()).collect())
}

fn add_pronoun_subject(v: &mut View<'_>, ctx: &Context<'_>) {
    let Some(subject) = ctx.previous_subject else { return };
    let Some(first) = v.toks.first() else { return };
    let Some((written, pronoun)) = leading_pronoun(v.lex, &v.text[first.start..]) else { return };
    if !pronoun_fits(pronoun, subject) {
        return;
    }
    let Some(i) = (0..v.toks.len().min(4)).find(|&i| v.word(i).eq_ignore_ascii_case(written)) else { return };
    if v.in_mention[i] {
        return;
    }
    // "They have recognised neither; instead they insist …": the same pronoun opening a later
    // clause of the sentence stands for the same subject.
    let n = v.toks.len();
    let again: Vec<usize> = (i + 1..n)
        .filter(|&k| {
            v.word(k).eq_ignore_ascii_case(written)
                && !v.in_mention[k]
                && (k.saturating_sub(2)..k).any(|j| v.word(j) == ";")
        })
        .collect();
    let venezuela = subject.actors == [VENEZUELA];
    for k in std::iter::once(i).chain(again) {
        let (s, e) = (v.toks[k].start, v.toks[k].end);
        v.items.push(Item {
            tok_s: k,
            tok_e: k + 1,
            actors: subject.actors.iter().map(|&a| (a, s, e)).collect(),
            venezuela,
            agent_capable: true,
            role: Role::Agent,
            kind: Kind::Name,
        });
        v.in_mention[k] = true;
    }
}

fn find_generics(v: &mut View<'_>) {
    if !v.sentence_has(Sense::GenericHead) && !v.sentence_has(Sense::GenericNoun) {
        return;
    }
    for i in 0..v.toks.len() {
        // Most tokens are neither head: told by their senses before anything else.
        if v.in_mention[i] || !v.has_any(i, bit(Sense::GenericHead) | bit(Sense::GenericNoun)) {
            continue;
        }
        let w = v.word(i);
        let plural = v.has(i, Sense::GenericHead)
            && w.chars().next().is_some_and(|c| c.is_lowercase() || i == 0 || v.heading);
        let singular = v.has(i, Sense::GenericNoun) && i > 0 && v.has(i - 1, Sense::SingularDet);
        if !(plural || singular) {
            continue;
        }
        // "countries such as Argentina…" names them, and so do "the Peruvian and Chilean
        // governments": not generic.
        if v.is(i + 1, Sense::Such)
            || v.is(i + 1, Sense::Like)
            || v.items.iter().any(|it| it.tok_s == i + 1 || (it.tok_e == i && !it.venezuela))
        {
            continue;
        }
        // Back over its modifiers to the determiner or number: "seven Latin American nations"
        // (a region is a name that stands for no actor, and does not end the phrase).
        let actor_at = |k: usize| v.items.iter().any(|it| it.tok_s <= k && k < it.tok_e);
        let mut j = i;
        // A determiner opens the phrase: "after their governments", not "to leave after their …".
        let opener = |k: usize| v.is(k, Sense::Possessive) || v.is(k, Sense::AnaphorDet);
        // "about 20 countries", "more than 50 countries", "cerca de 20 países": the preposition of
        // an approximate number is the phrase's own.
        let approx = |k: usize| {
            let number = v.toks.get(k + 1).is_some_and(|t| t.word)
                && (v.word(k + 1).starts_with(|c: char| c.is_ascii_digit()) || v.has(k + 1, Sense::Number));
            number && (v.is(k, Sense::Approx) || (k > 0 && v.is(k - 1, Sense::Approx)))
        };
        while j > 0
            && (j >= i || !opener(j))
            && !v.punct(j - 1)
            && (!(v.is_in(j - 1, Sense::Locative) || v.is_in(j - 1, Sense::ObjectPrep)) || approx(j - 1))
            && i - j < 4 + usize::from(v.in_mention[j - 1])
            && (!v.in_mention[j - 1] || !actor_at(j - 1))
        {
            j -= 1;
        }
        // "… the diplomats of seven countries that contested the result": the object of one verb
        // is the subject of the relative clause after it.
        let object = j > 0
            && (v.is_in(j - 1, Sense::Locative) || v.is_in(j - 1, Sense::ObjectPrep))
            && !v.is(i + 1, Sense::Relative);
        if !object {
            v.generics.push((j, i));
        }
    }
}

/// Coordinated items become one group; "together with" unites a later group with the subject.
/// Fills `groups` (empty on entry) with the view's groups; the view's own `groups` are not read.
fn group_items(v: &View<'_>, groups: &mut Vec<Group>, spare: &mut Vec<Actors>) {
    debug_assert!(groups.is_empty());
    let mut last_item_end: Option<usize> = None;
    for it in v.items.iter().filter(|it| !it.venezuela) {
        let joins = last_item_end.is_some_and(|e| {
            // "the U.S. (an early adopter), Canada, the UK": a short aside in parentheses after a
            // member does not end the list.
            let e = match (v.is_char(e, b'('))
                .then(|| (e + 1..(e + 9).min(it.tok_s)).find(|&k| v.is_char(k, b')')))
            {
                Some(Some(close)) => close + 1,
                _ => e,
            };
            // A name that is no actor ("Irlanda del Norte", a blocker) may sit inside a list
            // between commas without ending it.
            // A capitalised word between commas that names nothing we know ("the Dominican
            // Republican", a state missing from the gazetteer) is a member we cannot place, not
            // the end of the list.
            let unknown_member = |k: usize| {
                v.toks[k].word
                    && v.word(k).chars().next().is_some_and(char::is_uppercase)
                    && (e..k).any(|j| v.is_char(j, b','))
            };
            let other_name = (e..it.tok_s).any(|k| v.in_mention[k] || unknown_member(k));
            // "…, as well as those of Peru": the head repeated by a pronoun and "of".
            let head = |k: usize| v.is(k, Sense::HeadPronoun) && v.is(k + 1, Sense::Of);
            let repeated = (e..it.tok_s).any(head);
            e <= it.tok_s
                && it.tok_s - e <= if other_name { 7 } else { 4 } + if repeated { 2 } else { 0 }
                && (e..it.tok_s).all(|k| {
                    (v.is_char(k, b',') || v.is_char(k, b'(') || v.is_char(k, b')') || v.is_char(k, b'&'))
                        || (v.in_mention[k] && (e..k).any(|j| v.is_char(j, b',')))
                        || unknown_member(k)
                        || v.has(k, Sense::Joiner)
                        || v.is(k, Sense::ListGlue)
                        || head(k)
                        || (k > e && head(k - 1))
                        // "… and most of the Lima Group": a share of a bloc still names it.
                        || (v.is_in(k, Sense::Quantifier) && v.is(k + 1, Sense::Of))
                        || (v.is(k, Sense::Of) && k > 0 && v.is_in(k - 1, Sense::Quantifier))
                        // "de Argentina y de Perú", "da Argentina e do Peru", "pelo Brasil e pela
                        // Argentina": the preposition repeated.
                        || ((v.is(k, Sense::Of) || v.is(k, Sense::By))
                            && k > 0
                            && (v.has(k - 1, Sense::Joiner) || v.is_char(k - 1, b',')))
                })
        });
        // "In La Paz, Bolivia's foreign minister …", "In Buenos Aires, the Casa Rosada said …": a
        // place that sets the scene before a comma, then the subject; no list, unless the list
        // goes on ("In Brazil, Argentina and Chile, …").
        let goes_on = |k: usize| v.word(k) == "," || v.has(k, Sense::Joiner);
        let scene = joins
            && !goes_on(it.tok_e)
            && groups.last().is_some_and(|g| {
                g.role == Role::Place
                    && g.actors.len() == 1
                    && g.tok_s > 0
                    && v.is_in(g.tok_s - 1, Sense::Locative)
                    && v.word(g.tok_e) == ","
                    && (g.tok_e..it.tok_s).all(|k| v.word(k) == "," || v.is(k, Sense::The))
            });
        match groups.last_mut() {
            Some(g) if joins && !scene && !g.union => {
                g.tok_e = it.tok_e;
                for a in &it.actors {
                    if !g.actors.iter().any(|b| b.0 == a.0) {
                        g.actors.push(*a);
                    }
                }
            }
            _ => groups.push(Group {
                tok_s: it.tok_s,
                tok_e: it.tok_e,
                actors: {
                    let mut actors = actors_from(spare);
                    actors.extend_from_slice(&it.actors);
                    actors
                },
                role: it.role,
                union: false,
            }),
        }
        last_item_end = Some(it.tok_e);
    }
    // "The seven countries …, together with Guatemala and Paraguay, signed…"
    let mut unions = Vec::new();
    for (gi, g) in groups.iter().enumerate() {
        let mut k = g.tok_s;
        while k > 0 && v.punct(k - 1) {
            k -= 1;
        }
        let joined = k >= 2 && v.is(k - 1, Sense::With) && v.is(k - 2, Sense::Together)
            || k >= 1 && v.is(k - 1, Sense::Alongside);
        if !joined {
            continue;
        }
        if let Some(h) = groups[..gi].iter().rev().find(|h| matches!(h.role, Role::Agent | Role::Source)) {
            let mut actors = h.actors.clone();
            for a in &g.actors {
                if !actors.iter().any(|b| b.0 == a.0) {
                    actors.push(*a);
                }
            }
            unions.push(Group { tok_s: h.tok_s, tok_e: g.tok_e, actors, role: h.role, union: true });
        }
    }
    groups.extend(unions);
}

#[cfg(test)]
mod tests {
    use super::{ascii_alphanumeric_run, ASCII_ALPHANUMERIC};

    #[test]
    fn runs_counted_eight_bytes_at_a_time_are_runs_counted_byte_by_byte() {
        let every: Vec<u8> = (0..=255u8).collect();
        let text: Vec<u8> =
            every.iter().flat_map(|&b| [b'a', b'Z', b'5', b, b'q', b'0', b'M', b'z', b'9']).collect();
        for at in 0..text.len() {
            let expected = text[at..].iter().take_while(|&&b| ASCII_ALPHANUMERIC[usize::from(b)]).count();
            assert_eq!(ascii_alphanumeric_run(&text, at), expected, "at {at}");
        }
    }
}
