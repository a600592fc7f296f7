//! Two Aho-Corasick automata run over one text in the same loop.
//!
//! Each step of an automaton waits for the table load of the step before it, so one search
//! leaves the processor mostly idle; stepping the gazetteer and the cue lexicon side by side lets
//! their loads overlap. Each search is the plain leftmost (longest) search of `find_iter`: run
//! until the automaton dies or the text ends, report the last match seen, restart at its end.
//!
//! Natively the automata are stepped as [`Dense`] tables: the same automaton, tabulated with
//! 16-bit states and one row per state as wide as its alphabet, about a third of the size of
//! `aho_corasick`'s DFA (whose rows are padded to a power of two of 32-bit states). The search
//! spends most of its time waiting for rows that are not in the cache, so a smaller table is a
//! faster one.

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::{Anchored, Match, PatternID};

/// An automaton as [`find_both`] steps it: unanchored, leftmost-longest, no empty pattern.
pub trait Step {
    type State: Copy + PartialEq;
    fn start(&self) -> Self::State;
    fn next(&self, s: Self::State, byte: u8) -> Self::State;
    /// Dead or a match: the only states the search looks at.
    fn is_special(&self, s: Self::State) -> bool;
    fn is_dead(&self, s: Self::State) -> bool;
    /// The pattern a special state that is not dead matches, and its length.
    fn matched(&self, s: Self::State) -> (PatternID, usize);
    /// Whether `byte` is in no pattern, so that after it a search stands in the start state with
    /// no match pending: where [`find_both`] may split a text (a hint; the split is checked).
    #[cfg(not(target_arch = "wasm32"))]
    fn inert(&self, byte: u8) -> bool {
        byte == b'\n'
    }
}

/// `aho_corasick`'s own automata (in the browser build).
macro_rules! step_automaton {
    ($t:ty) => {
        impl Step for $t {
            type State = StateID;
            fn start(&self) -> StateID {
                self.start_state(Anchored::No).expect("automaton built for unanchored searches")
            }
            #[inline(always)]
            fn next(&self, s: StateID, byte: u8) -> StateID {
                self.next_state(Anchored::No, s, byte)
            }
            #[inline(always)]
            fn is_special(&self, s: StateID) -> bool {
                Automaton::is_special(self, s) && (Automaton::is_dead(self, s) || self.is_match(s))
            }
            #[inline(always)]
            fn is_dead(&self, s: StateID) -> bool {
                Automaton::is_dead(self, s)
            }
            #[inline(always)]
            fn matched(&self, s: StateID) -> (PatternID, usize) {
                let pattern = self.match_pattern(s, 0);
                (pattern, self.pattern_len(pattern))
            }
        }
    };
}
step_automaton!(aho_corasick::dfa::DFA);
step_automaton!(aho_corasick::nfa::contiguous::NFA);

/// An unanchored leftmost-longest automaton tabulated compactly (see the module docs). Native
/// only: the browser build keeps `aho_corasick`'s smaller automata.
#[cfg(not(target_arch = "wasm32"))]
pub struct Dense {
    /// Each byte's class: bytes no pattern holds (in either ASCII case) share class 0.
    classes: [u8; 256],
    alphabet: usize,
    /// The next state of state `s` on class `c` is `trans[s * alphabet + c]`. State 0 is dead,
    /// states `1..=matches.len()` are match states; the others follow in breadth-first order,
    /// so the states near the start, the busiest, are near each other.
    trans: Vec<u16>,
    start: u16,
    /// Each match state's pattern and its length.
    matches: Vec<(PatternID, usize)>,
}

#[cfg(not(target_arch = "wasm32"))]
impl Dense {
    /// The table of `aut`, an unanchored leftmost-longest automaton built from `patterns`; `None`
    /// when it has too many states for 16 bits.
    pub fn new<A: Automaton, P: AsRef<[u8]>>(aut: &A, patterns: &[P]) -> Option<Dense> {
        // Bytes that no pattern holds lead every state where any other such byte leads it.
        let mut classes = [0u8; 256];
        let mut representatives = vec![0u8];
        for p in patterns {
            for &b in p.as_ref() {
                for b in [b, b.to_ascii_lowercase(), b.to_ascii_uppercase()] {
                    if classes[usize::from(b)] == 0 {
                        classes[usize::from(b)] = u8::try_from(representatives.len()).ok()?;
                        representatives.push(b);
                    }
                }
            }
        }
        if classes[0] != 0 {
            return None; // byte 0 in a pattern: class 0 would not be shared by bytes no pattern holds
        }
        let alphabet = representatives.len();
        // Breadth-first from the start state, each state's transitions read once (`rows`); the
        // dead state is not listed. `seen` is indexed by the automaton's state ids.
        let start = aut.start_state(Anchored::No).ok()?;
        let mut order = vec![start];
        let mut rows: Vec<StateID> = Vec::new();
        let mut seen: Vec<u16> = Vec::new();
        let mark = |s: StateID, seen: &mut Vec<u16>| {
            if seen.len() <= s.as_usize() {
                seen.resize(s.as_usize() + 1, 0);
            }
            std::mem::replace(&mut seen[s.as_usize()], 1) == 0
        };
        mark(start, &mut seen);
        let mut k = 0;
        while k < order.len() {
            let s = order[k];
            k += 1;
            for &b in &representatives {
                let n = aut.next_state(Anchored::No, s, b);
                rows.push(n);
                if !aut.is_dead(n) && mark(n, &mut seen) {
                    order.push(n);
                }
            }
        }
        if order.len() >= usize::from(u16::MAX) {
            return None;
        }
        // Match states first, then the others, each in breadth-first order; `seen` becomes the
        // map from the automaton's states to the table's (0: dead).
        let (matching, plain): (Vec<usize>, Vec<usize>) =
            (0..order.len()).partition(|&k| aut.is_match(order[k]));
        let mut id = seen;
        for (i, &k) in matching.iter().chain(&plain).enumerate() {
            id[order[k].as_usize()] = (i + 1) as u16;
        }
        let state = |s: StateID| if aut.is_dead(s) { 0 } else { id[s.as_usize()] };
        let mut trans = vec![0u16; (order.len() + 1) * alphabet];
        for (k, &s) in order.iter().enumerate() {
            let row = usize::from(state(s)) * alphabet;
            for (t, &n) in trans[row..row + alphabet].iter_mut().zip(&rows[k * alphabet..(k + 1) * alphabet])
            {
                *t = state(n);
            }
        }
        let matching: Vec<StateID> = matching.iter().map(|&k| order[k]).collect();
        let matches = matching
            .iter()
            .map(|&s| {
                let pattern = aut.match_pattern(s, 0);
                (pattern, aut.pattern_len(pattern))
            })
            .collect();
        let (classes, alphabet, trans) = merge_classes(classes, alphabet, &trans);
        Some(Dense { classes, alphabet, trans, start: state(start), matches })
    }

    pub fn memory_usage(&self) -> usize {
        self.trans.len() * 2 + self.matches.len() * std::mem::size_of::<(PatternID, usize)>()
    }
}

/// The table with the classes whose columns are equal merged: bytes that lead every state to the
/// same state are one class. The gazetteer's table narrows from 84 to 70 columns; the cues',
/// matched in either case, from about 60 to under 30 (a letter and its capital are one class).
#[cfg(not(target_arch = "wasm32"))]
fn merge_classes(classes: [u8; 256], alphabet: usize, trans: &[u16]) -> ([u8; 256], usize, Vec<u16>) {
    let states = trans.len() / alphabet;
    let column = |c: usize| -> Vec<u16> { (0..states).map(|s| trans[s * alphabet + c]).collect() };
    let mut kept: Vec<Vec<u16>> = Vec::new();
    let mut new_class = vec![0u8; alphabet];
    for (c, new) in new_class.iter_mut().enumerate() {
        let col = column(c);
        *new = match kept.iter().position(|k| *k == col) {
            Some(k) => k as u8,
            None => {
                kept.push(col);
                (kept.len() - 1) as u8
            }
        };
    }
    let narrow = kept.len();
    let mut merged = vec![0u16; states * narrow];
    for (k, col) in kept.iter().enumerate() {
        for (s, &next) in col.iter().enumerate() {
            merged[s * narrow + k] = next;
        }
    }
    (classes.map(|c| new_class[usize::from(c)]), narrow, merged)
}

#[cfg(not(target_arch = "wasm32"))]
impl Step for Dense {
    type State = u16;
    fn start(&self) -> u16 {
        self.start
    }
    #[inline(always)]
    fn next(&self, s: u16, byte: u8) -> u16 {
        self.trans[usize::from(s) * self.alphabet + usize::from(self.classes[usize::from(byte)])]
    }
    #[inline(always)]
    fn is_special(&self, s: u16) -> bool {
        usize::from(s) <= self.matches.len()
    }
    #[inline(always)]
    fn is_dead(&self, s: u16) -> bool {
        s == 0
    }
    #[inline(always)]
    fn matched(&self, s: u16) -> (PatternID, usize) {
        self.matches[usize::from(s) - 1]
    }
    /// Bytes of class 0: those no pattern holds (a line break, a quotation mark, most digits …).
    fn inert(&self, byte: u8) -> bool {
        self.classes[usize::from(byte)] == 0
    }
}

/// The non-overlapping matches of `a` and of `b` in `haystack`, as `find_iter` gives them.
///
/// A search restarts in the start state with no match pending after a byte that no pattern holds
/// ([`Step::inert`]: a line break, a quotation mark …), so natively a long text is searched as two
/// halves side by side, split after the first such byte past the middle: four chains of table
/// loads in flight instead of two. The first half's searches carry on
/// until they stand where a fresh search from the split would (the start state at the split, no
/// match pending), whatever the text: only then are the second half's matches taken, so the
/// matches are always those of one search over the whole text.
// Kept out of the caller, so the loop has the registers to itself.
#[inline(never)]
pub fn find_both<A: Step, B: Step>(a: &A, b: &B, haystack: &[u8]) -> (Vec<Match>, Vec<Match>) {
    let n = haystack.len();
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(s) = haystack[n / 2..]
        .iter()
        .position(|&c| a.inert(c) && b.inert(c))
        .map(|k| n / 2 + k + 1)
        .filter(|&s| s < n)
    {
        let (mut a1, mut b1) = (Cursor::new(a, 0, s / 64), Cursor::new(b, 0, s / 32));
        let (mut a2, mut b2) = (Cursor::new(a, s, (n - s) / 64), Cursor::new(b, s, (n - s) / 32));
        loop {
            // Steps every search can take before the end of its part of the text.
            let k = (s.saturating_sub(a1.at).min(s.saturating_sub(b1.at)))
                .min(n.saturating_sub(a2.at).min(n.saturating_sub(b2.at)));
            if k == 0 {
                break;
            }
            let (ta1, tb1) = (&haystack[a1.at..a1.at + k], &haystack[b1.at..b1.at + k]);
            let (ta2, tb2) = (&haystack[a2.at..a2.at + k], &haystack[b2.at..b2.at + k]);
            let (mut sa1, mut sb1, mut sa2, mut sb2) = (a1.sid, b1.sid, a2.sid, b2.sid);
            let mut j = 0;
            while j < k {
                sa1 = a.next(sa1, ta1[j]);
                sb1 = b.next(sb1, tb1[j]);
                sa2 = a.next(sa2, ta2[j]);
                sb2 = b.next(sb2, tb2[j]);
                j += 1;
                if a.is_special(sa1) | b.is_special(sb1) | a.is_special(sa2) | b.is_special(sb2) {
                    break;
                }
            }
            (a1.sid, b1.sid, a2.sid, b2.sid) = (sa1, sb1, sa2, sb2);
            a1.at += j;
            b1.at += j;
            a2.at += j;
            b2.at += j;
            a1.settle();
            b1.settle();
            a2.settle();
            b2.settle();
        }
        side_by_side(&mut a1, &mut b1, haystack, s);
        let (a_joins, b_joins) = (a1.run_to(haystack, s), b1.run_to(haystack, s));
        if a_joins && b_joins {
            side_by_side(&mut a2, &mut b2, haystack, n);
        }
        if a_joins {
            a2.finish(haystack);
            a1.matches.append(&mut a2.matches);
        }
        if b_joins {
            b2.finish(haystack);
            b1.matches.append(&mut b2.matches);
        }
        return (a1.matches, b1.matches);
    }
    let mut a = Cursor::new(a, 0, n / 64);
    let mut b = Cursor::new(b, 0, n / 32);
    side_by_side(&mut a, &mut b, haystack, n);
    a.finish(haystack);
    b.finish(haystack);
    (a.matches, b.matches)
}

/// Steps two searches side by side while both have text left before `end`: a step is a table
/// load each, the rare dead or match states handled out of the loop's way. (The searches are
/// independent: any interleaving of their steps finds the same matches.)
#[inline(always)]
fn side_by_side<A: Step, B: Step>(a: &mut Cursor<'_, A>, b: &mut Cursor<'_, B>, haystack: &[u8], end: usize) {
    loop {
        // The states stay in registers while neither search meets a dead or match state.
        let k = end.saturating_sub(a.at).min(end.saturating_sub(b.at));
        if k == 0 {
            return;
        }
        let (ta, tb) = (&haystack[a.at..a.at + k], &haystack[b.at..b.at + k]);
        let (mut sa, mut sb) = (a.sid, b.sid);
        let mut j = 0;
        while j < k {
            sa = a.aut.next(sa, ta[j]);
            sb = b.aut.next(sb, tb[j]);
            j += 1;
            if a.aut.is_special(sa) | b.aut.is_special(sb) {
                break;
            }
        }
        (a.sid, b.sid) = (sa, sb);
        a.at += j;
        b.at += j;
        a.settle();
        b.settle();
    }
}

/// One search in progress.
struct Cursor<'a, A: Step> {
    aut: &'a A,
    start: A::State,
    sid: A::State,
    /// Next byte to read.
    at: usize,
    /// The longest match of the current search so far.
    last: Option<Match>,
    matches: Vec<Match>,
    done: bool,
}

impl<'a, A: Step> Cursor<'a, A> {
    /// A search from byte `at`. `capacity`: the matches expected (about one per 30 to 60 bytes
    /// of news text).
    fn new(aut: &'a A, at: usize, capacity: usize) -> Cursor<'a, A> {
        let start = aut.start();
        Cursor { aut, start, sid: start, at, last: None, matches: Vec::with_capacity(capacity), done: false }
    }

    // Inlined into the loop, so the two searches' loads can be in flight together.
    #[inline(always)]
    fn step(&mut self, haystack: &[u8]) {
        if self.done {
            return;
        }
        let Some(&byte) = haystack.get(self.at) else {
            self.end_search();
            return;
        };
        self.sid = self.aut.next(self.sid, byte);
        self.at += 1;
        if self.aut.is_special(self.sid) {
            self.special();
        }
    }

    /// After the loops' steps: handles a dead or match state, out of the common path.
    #[inline(always)]
    fn settle(&mut self) {
        if self.aut.is_special(self.sid) {
            self.special();
        }
    }

    /// After a step into a dead or match state: end the search, or remember its match.
    #[inline(always)]
    fn special(&mut self) {
        if self.aut.is_dead(self.sid) {
            self.end_search();
        } else {
            let (pattern, len) = self.aut.matched(self.sid);
            self.last = Some(Match::new(pattern, self.at - len..self.at));
        }
    }

    /// Reports the current search's match and starts the next search at its end; without a
    /// match, nothing further can match (and `at` is moved past any end, for the loops' tests).
    fn end_search(&mut self) {
        match self.last.take() {
            Some(m) => {
                self.at = m.end();
                self.sid = self.start;
                self.matches.push(m);
            }
            None => {
                self.done = true;
                self.at = usize::MAX;
            }
        }
    }

    /// Runs the search to the end of the text.
    fn finish(&mut self, haystack: &[u8]) {
        while !self.done {
            self.step(haystack);
        }
    }

    /// Runs the search over the first part of a split text until it stands where a fresh search
    /// from `split` would (`true`), or else to the end of the text (`false`).
    #[cfg(not(target_arch = "wasm32"))]
    fn run_to(&mut self, haystack: &[u8], split: usize) -> bool {
        while !self.done {
            if self.at == split && self.sid == self.start && self.last.is_none() {
                return true;
            }
            self.step(haystack);
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{dfa::DFA, nfa::contiguous, AhoCorasick, MatchKind};

    fn spans(ms: &[Match]) -> Vec<(usize, usize, usize)> {
        ms.iter().map(|m| (m.start(), m.end(), m.pattern().as_usize())).collect()
    }

    /// The dense tables of both kinds of automaton find what `find_iter` finds.
    fn check(patterns: &[&str], insensitive: bool, texts: &[String]) {
        let reference = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(insensitive)
            .build(patterns)
            .unwrap();
        let dfa = DFA::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(insensitive)
            .build(patterns)
            .unwrap();
        let nfa = contiguous::NFA::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(insensitive)
            .build(patterns)
            .unwrap();
        let (from_dfa, from_nfa) = (Dense::new(&dfa, patterns).unwrap(), Dense::new(&nfa, patterns).unwrap());
        for t in texts {
            let h = t.as_bytes();
            let want: Vec<Match> = reference.find_iter(h).collect();
            let (d, n) = find_both(&from_dfa, &from_nfa, h);
            assert_eq!(spans(&d), spans(&want), "dense DFA, {patterns:?} in {t:?}");
            assert_eq!(spans(&n), spans(&want), "dense NFA, {patterns:?} in {t:?}");
            let (d, n) = find_both(&dfa, &nfa, h);
            assert_eq!(spans(&d), spans(&want), "DFA, {patterns:?} in {t:?}");
            assert_eq!(spans(&n), spans(&want), "NFA, {patterns:?} in {t:?}");
        }
    }

    /// Texts made of `pieces`, reproducibly (xorshift64*).
    fn texts(pieces: &[&str], count: usize) -> Vec<String> {
        let mut state = 0x05ee_d0fa_71a5_u64;
        let mut next = || {
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            state.wrapping_mul(0x2545_f491_4f6c_dd1d)
        };
        (0..count)
            .map(|_| (0..next() % 14).map(|_| pieces[(next() % pieces.len() as u64) as usize]).collect())
            .collect()
    }

    #[test]
    fn dense_tables_find_what_find_iter_finds() {
        let patterns =
            ["ties with", "with Cuba", "Cuba", "par", "art", "es w", "U.S.", "S. Navy", "in", "a", "é"];
        let pieces =
            ["par", "ties", " with", " ", "Cuba", "art", "U.S", ".", " Navy", "in", "A", "é", "\u{0}", "x"];
        check(&patterns, false, &texts(&pieces, 5_000));
        check(&patterns, true, &texts(&pieces, 5_000));
    }

    #[test]
    fn texts_split_at_a_line_break_find_what_find_iter_finds() {
        // Line breaks in the texts split them; a pattern holding one ("es\nw") leaves a search
        // mid-match at the split, whose second half must then not be taken.
        let patterns = ["ties with", "with Cuba", "Cuba", "par", "es\nw", "U.S.", "in", "a"];
        let pieces = ["par", "ties", " with", "\n", "es", "\nw", "Cuba", "U.S", ".", "in", "a", "é", "x"];
        let long: Vec<String> = texts(&pieces, 2_000).chunks(5).map(|c| c.concat()).collect();
        check(&patterns, false, &long);
        check(&patterns, true, &long);
        check(&patterns[..4], true, &long);
    }

    #[test]
    fn dense_tables_of_the_lexicons_find_what_find_iter_finds() {
        use crate::extract::lexicon::Lexicon;
        use crate::extract::normalize::fold_pattern;
        use crate::model::Language;
        let corpus = [
            include_str!("../../../../corpus/000_b7dbfc7ddc5f0f7e.txt"),
            include_str!("../../../../corpus/001_e5743601604e1a7a.txt"),
        ]
        .concat();
        let words: Vec<&str> = corpus.split_inclusive(|c: char| !c.is_alphanumeric()).collect();
        for language in Language::ALL {
            let phrases: Vec<String> =
                Lexicon::of(language).cues.iter().map(|(p, _)| fold_pattern(p)).collect();
            let phrases: Vec<&str> = phrases.iter().map(String::as_str).collect();
            let mut pieces = words.clone();
            pieces.extend(phrases.iter().flat_map(|p| p.split_inclusive(' ')));
            check(&phrases, true, &texts(&pieces, 1_000));
        }
    }
}
