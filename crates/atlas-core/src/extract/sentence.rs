//! One sentence prepared for the rules: tokens, the actors named in it (with their role: agent,
//! place, object, excluded), coordinated lists grouped, generic phrases ("other nations"), and cues.

use super::cues::{self, Cue};
use super::mentions::{Kind, Mention, VENEZUELA};

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
    pub heading: bool,
    pub toks: Vec<Tok>,
    /// Token lies inside a mention (so "States" of "United States" is not the word "states").
    pub in_mention: Vec<bool>,
    pub items: Vec<Item>,
    pub groups: Vec<Group>,
    /// Generic phrases that may be subjects ("other nations", "governments"): (start, head).
    pub generics: Vec<(usize, usize)>,
    pub cues: Vec<CueAt>,
    /// Per token, the bit set of word lists holding it (see [`cues::classes_of`]).
    classes: Vec<std::cell::Cell<u32>>,
    /// Opposition figures (static list, remembered names): token indices.
    pub opposition_people: Vec<usize>,
}

pub fn tokenize(text: &str, start: usize, end: usize) -> Vec<Tok> {
    let s = &text[start..end];
    let b = s.as_bytes();
    // About one token per four bytes (words, spaces, punctuation): room without regrowing.
    let mut toks = Vec::with_capacity(b.len() / 4 + 4);
    // Whether the character at byte `i` belongs in a word, and its length; inlined, as it is
    // asked at every byte that is not a plain ASCII letter.
    #[inline(always)]
    fn word_char(s: &str, i: usize) -> (bool, usize) {
        let c = s.as_bytes()[i];
        if c < 0x80 {
            (c.is_ascii_alphanumeric(), 1)
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
            while j < b.len() {
                // Plain ASCII letters and digits, the bulk of a word, without the general test.
                if b[j].is_ascii_alphanumeric() {
                    j += 1;
                    continue;
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
    toks
}

impl<'t> View<'t> {
    pub fn word(&self, i: usize) -> &'t str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    /// The token is this word (ASCII case-insensitive), and is not part of a name.
    pub fn is(&self, i: usize, w: &str) -> bool {
        // The length test first: most calls compare against a word of another length.
        let Some(t) = self.toks.get(i) else { return false };
        t.end - t.start == w.len()
            && !self.in_mention[i]
            && self.text.as_bytes()[t.start..t.end].eq_ignore_ascii_case(w.as_bytes())
    }

    /// The token is a lower-case word of `list` (capitalised too at the start or in a heading).
    pub fn is_in(&self, i: usize, list: &[&str]) -> bool {
        if i >= self.toks.len() || self.in_mention[i] || !self.toks[i].word {
            return false;
        }
        let w = self.word(i);
        let hit = match cues::class_bit(list) {
            Some(bit) => self.classes(i) & bit != 0,
            None => cues::in_list(w, list),
        };
        hit && (w.as_bytes()[0].is_ascii_lowercase()
            || w.chars().next().is_some_and(|c| c.is_lowercase())
            || self.heading
            || i == 0
            || self.after_quote(i))
    }

    /// The bit set of word lists holding token `i`, computed on first use.
    pub fn classes(&self, i: usize) -> u32 {
        let cell = &self.classes[i];
        if cell.get() == UNCLASSIFIED {
            cell.set(if self.toks[i].word { cues::classes_of(self.word(i)) } else { 0 });
        }
        cell.get()
    }

    fn after_quote(&self, i: usize) -> bool {
        i > 0 && matches!(self.word(i - 1), "\"" | "(" | ":")
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

    pub fn any_word(&self, from: usize, to: usize, list: &[&str]) -> Option<usize> {
        (from..to.min(self.toks.len())).find(|&i| self.is_in(i, list))
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
            && cues::in_list(
                self.word(i),
                &["regime", "dictatorship", "chavista", "chavistas", "henchmen", "lieutenants", "cronies"],
            )
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

const UNCLASSIFIED: u32 = u32::MAX;

/// Builds the view. `anaphora` resolves "the seven countries" (by count) and "his country".
pub struct Context<'a> {
    pub groups_by_size: &'a dyn Fn(usize) -> Option<Vec<&'static str>>,
    pub last_actor: Option<&'static str>,
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

/// Nouns that make a state's agent a person ("Brazil's president", "the Chilean foreign minister").
const PERSON_NOUNS: &[&str] = &[
    "president",
    "minister",
    "leader",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chancellor",
    "premier",
    "king",
    "queen",
    "emir",
    "sultan",
    "ambassador",
    "envoy",
    "counterpart",
    "secretary",
];

/// A subject pronoun opening a sentence (after "But", "And", "However,"), as (token, pronoun).
/// "It is unclear…", "It was …" are expletive, not a country.
pub fn leading_pronoun(sentence: &str) -> Option<&'static str> {
    let mut rest = sentence.trim_start_matches(['"', '(', ' ']);
    for opener in ["But ", "And ", "However, ", "Meanwhile, ", "Later, ", "Instead, "] {
        if let Some(r) = rest.strip_prefix(opener) {
            rest = r;
            break;
        }
    }
    let (word, after) = rest.split_once(' ')?;
    let pronoun = match word {
        "They" | "they" => "they",
        "It" | "it" => "it",
        "He" | "he" => "he",
        "She" | "she" => "she",
        _ => return None,
    };
    let next = after.split(' ').next().unwrap_or("");
    if pronoun == "it"
        && matches!(next, "is" | "was" | "seems" | "seemed" | "appears" | "appeared" | "remains" | "remained")
    {
        return None;
    }
    Some(pronoun)
}

/// Whether `pronoun` can stand for `subject`: "they" for several, "it" for a state, "he"/"she"
/// for a person.
fn pronoun_fits(pronoun: &str, subject: &Subject) -> bool {
    if subject.actors == [VENEZUELA] {
        return true; // Maduro, his government: any pronoun for them holds no stance
    }
    match pronoun {
        "they" => subject.actors.len() >= 2,
        "it" => subject.actors.len() == 1 && !subject.person,
        _ => subject.actors.len() == 1 && subject.person,
    }
}

/// The subject of a prepared sentence: its first agent (a group or Venezuela), if it comes early.
pub fn subject_of(v: &View<'_>) -> Option<Subject> {
    let first_group = v.groups.iter().filter(|g| g.role == Role::Agent && !g.union).min_by_key(|g| g.tok_s);
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
    let titled = (tok_e..(tok_e + 3).min(v.toks.len())).any(|i| cues::in_list(v.word(i), PERSON_NOUNS));
    Some(Subject { person: leader || (titled && actors.len() == 1), actors })
}

/// The subject of a sentence the extractor did not prepare, read from its mentions alone: names
/// at its very start ("Argentina and Chile issued…", "The Peruvian government said…").
pub fn subject_from_mentions(text: &str, start: usize, mentions: &[Mention]) -> Option<Subject> {
    let mut actors = Vec::new();
    let mut person = false;
    let mut prev_end = start;
    for m in mentions.iter().filter(|m| !m.actor.is_empty()) {
        let between = &text[prev_end..m.start];
        let joined = if actors.is_empty() {
            between.split(' ').all(|w| matches!(w, "" | "The" | "the"))
        } else {
            between.split([' ', ',']).all(|w| matches!(w, "" | "and" | "the"))
        };
        if !joined {
            break;
        }
        let after = text[m.end..].trim_start_matches("'s").trim_start();
        let next = after.split([' ', ',', '.']).next().unwrap_or("");
        let next2 = after.split(' ').nth(1).unwrap_or("");
        if m.kind == Kind::Adjective && !cues::in_list(next, cues::GOV_NOUNS) {
            break;
        }
        if m.actor == VENEZUELA && actors.is_empty() {
            return Some(Subject { actors: vec![VENEZUELA], person: m.kind == Kind::Regime });
        }
        person |=
            m.kind == Kind::Leader || cues::in_list(next, PERSON_NOUNS) || cues::in_list(next2, PERSON_NOUNS);
        if !actors.contains(&m.actor) && m.actor != VENEZUELA {
            actors.push(m.actor);
        }
        prev_end = m.end;
    }
    (!actors.is_empty()).then_some(Subject { person: person && actors.len() == 1, actors })
}

pub fn build<'t>(
    text: &'t str,
    start: usize,
    end: usize,
    heading: bool,
    mentions: &[Mention],
    cues_found: &[(usize, usize, Cue)],
    ctx: &Context<'_>,
) -> View<'t> {
    let toks = tokenize(text, start, end);
    let mut in_mention = vec![false; toks.len()];
    let tok_at = |pos: usize| toks.partition_point(|t| t.start < pos);
    let mut v = View {
        text,
        heading,
        in_mention: Vec::new(),
        items: Vec::new(),
        groups: Vec::new(),
        generics: Vec::new(),
        cues: Vec::new(),
        opposition_people: Vec::new(),
        classes: vec![std::cell::Cell::new(UNCLASSIFIED); toks.len()],
        toks: Vec::new(),
    };
    for m in mentions {
        let (s, e) = (tok_at(m.start), tok_at(m.end));
        for flag in in_mention.iter_mut().take(e).skip(s) {
            *flag = true;
        }
    }
    v.toks = toks;
    v.in_mention = in_mention;
    for &(s, e, cue) in cues_found {
        let (ts, te) = (v.tok_at(s), v.tok_at(e));
        if ts < te && !v.in_mention[ts] {
            v.cues.push(CueAt { tok_s: ts, tok_e: te, cue });
        }
    }
    for m in mentions {
        let (ts, te) = (v.tok_at(m.start), v.tok_at(m.end));
        match m.kind {
            Kind::Blocker => continue,
            Kind::OppositionPerson => {
                v.opposition_people.push(ts);
                continue;
            }
            _ => {}
        }
        if let Some(item) = classify(&v, m, ts, te) {
            v.items.push(item);
        }
    }
    for i in 0..if ctx.opposition_names.is_empty() { 0 } else { v.toks.len() } {
        if v.toks[i].word
            && !v.in_mention[i]
            && v.word(i).chars().next().is_some_and(char::is_uppercase)
            && ctx.opposition_names.iter().any(|n| n == v.word(i))
        {
            v.opposition_people.push(i);
        }
    }
    add_anaphora(&mut v, ctx);
    add_pronoun_subject(&mut v, ctx);
    v.items.sort_by_key(|it| it.tok_s);
    find_generics(&mut v);
    v.groups = group_items(&v);
    v
}

/// Decides whether a mention names an actor here, and in which role.
fn classify(v: &View<'_>, m: &Mention, ts: usize, te: usize) -> Option<Item> {
    let next = v.word(te);
    let next_cap = next.chars().next().is_some_and(char::is_uppercase);
    // Part of another proper name: "Washington Post", "ABC de España", "OAS member state".
    if next_cap && cues::NAME_SUFFIXES.contains(&next) && m.kind != Kind::Regime {
        return None;
    }
    if ts >= 1 && matches!(v.word(ts - 1), "de" | "do" | "da" | "del" | "dos" | "das") {
        return None;
    }
    if m.kind == Kind::Bloc && (v.is(te, "member") || v.is(te, "members") || v.is(te, "member-states")) {
        return None;
    }
    let venezuela = m.actor == VENEZUELA;
    let mut agent_capable = true;
    if matches!(m.kind, Kind::Adjective) {
        // "the Mexican government" acts; "the Spanish newspaper", "Swiss accounts" do not.
        let gov = (te..te + 3)
            .take_while(|&i| v.toks.get(i).is_some_and(|t| t.word))
            .any(|i| !v.in_mention[i] && cues::in_list(v.word(i), cues::GOV_NOUNS));
        if !gov {
            if !venezuela {
                return None;
            }
            agent_capable = false;
        }
    }
    let mut role = lookback_role(v, ts, te);
    if m.kind == Kind::Capital && role == Role::Agent && ts > 0 && !v.punct(ts - 1) && !v.is(ts - 1, "the") {
        // A capital acts only as a subject: "Washington imposed…", not "subordinated to Washington".
        let prev = v.word(ts - 1);
        if prev.chars().next().is_some_and(char::is_lowercase) && !cues::in_list(prev, cues::SPEECH_VERBS) {
            role = Role::Object;
        }
    }
    if venezuela && !matches!(role, Role::Agent | Role::Source) {
        agent_capable = false;
    }
    Some(Item {
        tok_s: ts,
        tok_e: te,
        actors: vec![(m.actor, m.start, m.end)],
        venezuela,
        agent_capable,
        role,
        kind: m.kind,
    })
}

/// The role of a name from the words before it.
pub fn lookback_role(v: &View<'_>, ts: usize, te: usize) -> Role {
    let mut j = ts;
    while j > 0 && v.is_in(j - 1, cues::DETERMINERS) {
        j -= 1;
    }
    // Comparison or exclusion a few words back: "more than the war-torn Syria", "in addition to".
    for k in (ts.saturating_sub(4)..ts).rev() {
        if v.punct(k) {
            break;
        }
        if v.is(k, "than")
            || v.is(k, "unlike")
            || v.is(k, "besides")
            || v.is(k, "except")
            || v.is(k, "excluding")
        {
            return Role::Excluded;
        }
        if (v.is(k, "to") && k > 0 && (v.is(k - 1, "addition") || v.is(k - 1, "compared")))
            || (v.is(k, "from") && k > 0 && (v.is(k - 1, "apart") || v.is(k - 1, "aside")))
            || (v.is(k, "with") && k > 0 && v.is(k - 1, "compared"))
            || (v.is(k, "than") && k > 0 && v.is(k - 1, "other"))
        {
            return Role::Excluded;
        }
    }
    if j >= 2 && v.is(j - 1, "as") && v.is(j - 2, "such") || j >= 1 && v.is(j - 1, "like") {
        // "a European capital such as Madrid", "bodies such as the OAS": the head decides.
        let head = if v.is(j - 1, "like") { j - 1 } else { j - 2 };
        for k in (head.saturating_sub(5)..head).rev() {
            if v.punct(k) {
                break;
            }
            if v.is_in(k, cues::LOCATIVE) {
                return Role::Place;
            }
        }
        return Role::Agent;
    }
    if j == 0 {
        return Role::Agent;
    }
    let p = j - 1;
    if v.is(p, "late") {
        return Role::Object; // "the late Hugo Chávez" is history, not an actor
    }
    if v.is(p, "from") || v.is(p, "by") {
        return Role::Source;
    }
    if v.is(p, "with") {
        return if v.is(te, "being") || v.is(te, "having") { Role::Agent } else { Role::Object };
    }
    let gov_before = p > 0 && cues::in_list(v.word(p - 1), cues::GOV_NOUNS) && !v.in_mention[p - 1];
    if v.is_in(p, cues::LOCATIVE) {
        let place_noun = p > 0 && matches!(v.word(p - 1), "embassy" | "embassies" | "consulate" | "mission");
        return if gov_before && !place_noun { Role::Agent } else { Role::Place };
    }
    if v.is(p, "of") {
        return if gov_before { Role::Agent } else { Role::Object };
    }
    if v.is_in(p, cues::OBJECT_PREPS) || v.is_in(p, cues::OBJECT_VERBS) {
        return Role::Object;
    }
    Role::Agent
}

/// "the seven countries" (a remembered list of that size) and "his country" (the last actor).
fn add_anaphora(v: &mut View<'_>, ctx: &Context<'_>) {
    let n = v.toks.len();
    let mut i = 0;
    while i < n {
        let w = v.word(i);
        let candidate = v.toks[i].word
            && !v.in_mention[i]
            && matches!(w.len(), 2..=5)
            // The initials of the words below: most words are turned away without comparing.
            && matches!(w.as_bytes()[0].to_ascii_lowercase(), b't' | b'a' | b'b' | b'h')
            && ["the", "these", "those", "all", "both", "his", "her", "their"]
                .iter()
                .any(|d| w.eq_ignore_ascii_case(d));
        if !candidate {
            i += 1;
            continue;
        }
        let det = v.is(i, "the") || v.is(i, "these") || v.is(i, "those") || v.is(i, "all");
        let start = i;
        let count_at = if det { i + 1 } else { i };
        let first = v.word(count_at).as_bytes().first().copied().unwrap_or(0).to_ascii_lowercase();
        let maybe_number = matches!(first, b't' | b'f' | b's' | b'e' | b'n' | b'b' | b'0'..=b'9');
        let count = cues::NUMBERS
            .iter()
            .filter(|_| maybe_number)
            .find(|(w, _)| v.is(count_at, w))
            .map(|&(_, k)| k)
            .or_else(|| v.word(count_at).parse::<usize>().ok().filter(|k| (2..=60).contains(k)));
        if let (Some(count), true) = (count, det || v.is(count_at, "both")) {
            // Up to three modifiers ("Latin American") before the head noun.
            let head = (count_at + 1..(count_at + 5).min(n)).find(|&k| {
                !v.in_mention[k]
                    && cues::in_list(v.word(k), &["countries", "nations", "governments", "states"])
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
        let pronoun = v.is(i, "his") || v.is(i, "her") || v.is(i, "their") || v.is(i, "the");
        if pronoun && (v.is(i + 1, "country") || v.is(i + 1, "nation")) && !v.is(i + 2, "of") {
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
fn add_pronoun_subject(v: &mut View<'_>, ctx: &Context<'_>) {
    let Some(subject) = ctx.previous_subject else { return };
    let Some(first) = v.toks.first() else { return };
    let Some(pronoun) = leading_pronoun(&v.text[first.start..]) else { return };
    if !pronoun_fits(pronoun, subject) {
        return;
    }
    let Some(i) = (0..v.toks.len().min(4)).find(|&i| v.word(i).eq_ignore_ascii_case(pronoun)) else { return };
    if v.in_mention[i] {
        return;
    }
    let (s, e) = (v.toks[i].start, v.toks[i].end);
    let venezuela = subject.actors == [VENEZUELA];
    v.items.push(Item {
        tok_s: i,
        tok_e: i + 1,
        actors: subject.actors.iter().map(|&a| (a, s, e)).collect(),
        venezuela,
        agent_capable: true,
        role: Role::Agent,
        kind: Kind::Name,
    });
    v.in_mention[i] = true;
}

fn generic_bit() -> u32 {
    static BIT: std::sync::OnceLock<u32> = std::sync::OnceLock::new();
    *BIT.get_or_init(|| cues::class_bit(cues::GENERIC_HEADS).unwrap_or(0))
}

fn find_generics(v: &mut View<'_>) {
    for i in 0..v.toks.len() {
        if v.in_mention[i] {
            continue;
        }
        let w = v.word(i);
        if !matches!(
            w.as_bytes().first(),
            Some(b'c' | b'n' | b'g' | b's' | b'd' | b'C' | b'N' | b'G' | b'S' | b'D')
        ) {
            continue;
        }
        let plural = v.classes(i) & generic_bit() != 0
            && w.chars().next().is_some_and(|c| c.is_lowercase() || i == 0 || v.heading);
        let singular = matches!(w, "country" | "nation" | "government")
            && i > 0
            && cues::in_list(
                v.word(i - 1),
                &["another", "other", "one", "a", "which", "what", "any", "each"],
            );
        if !(plural || singular) {
            continue;
        }
        // "countries such as Argentina…" names them: not generic.
        if v.is(i + 1, "such") || v.is(i + 1, "like") || v.items.iter().any(|it| it.tok_s == i + 1) {
            continue;
        }
        let mut j = i;
        while j > 0
            && !v.punct(j - 1)
            && !v.is_in(j - 1, cues::LOCATIVE)
            && !v.is_in(j - 1, cues::OBJECT_PREPS)
            && i - j < 4
            && !v.in_mention[j - 1]
        {
            j -= 1;
        }
        let object = j > 0 && (v.is_in(j - 1, cues::LOCATIVE) || v.is_in(j - 1, cues::OBJECT_PREPS));
        if !object {
            v.generics.push((j, i));
        }
    }
}

const JOINERS: &[&str] =
    &["and", "or", "nor", "plus", "the", "even", "also", "both", "either", "neither", "&"];

const QUANTIFIERS: &[&str] =
    &["most", "many", "much", "all", "rest", "majority", "members", "several", "some"];

/// Coordinated items become one group; "together with" unites a later group with the subject.
fn group_items(v: &View<'_>) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    let mut last_item_end: Option<usize> = None;
    for it in v.items.iter().filter(|it| !it.venezuela) {
        let joins = last_item_end.is_some_and(|e| {
            e <= it.tok_s
                && it.tok_s - e <= 4
                && (e..it.tok_s).all(|k| {
                    matches!(v.word(k), "," | "(" | ")")
                        || cues::in_list(v.word(k), JOINERS)
                        || (v.is(k, "as") || v.is(k, "well"))
                        // "… and most of the Lima Group": a share of a bloc still names it.
                        || (v.is_in(k, QUANTIFIERS) && v.is(k + 1, "of"))
                        || (v.is(k, "of") && k > 0 && v.is_in(k - 1, QUANTIFIERS))
                })
        });
        match groups.last_mut() {
            Some(g) if joins && !g.union => {
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
                actors: it.actors.clone(),
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
        let joined = k >= 2 && v.is(k - 1, "with") && (v.is(k - 2, "together") || v.is(k - 2, "along"))
            || k >= 1 && v.is(k - 1, "alongside");
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
    groups
}
