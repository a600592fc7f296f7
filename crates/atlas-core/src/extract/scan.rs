//! Two Aho-Corasick automata run over one text in the same loop.
//!
//! Each step of an automaton waits for the table load of the step before it, so one search
//! leaves the processor mostly idle; stepping the gazetteer and the cue lexicon side by side lets
//! their loads overlap. Each search is the plain leftmost (longest) search of `find_iter`: run
//! until the automaton dies or the text ends, report the last match seen, restart at its end.

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::{Anchored, Match};

/// The non-overlapping matches of `a` and of `b` in `haystack`, as `find_iter` gives them.
/// The automata must be built for unanchored, leftmost searches without empty patterns.
// Kept out of the caller, so the loop has the registers to itself.
#[inline(never)]
pub fn find_both<A: Automaton, B: Automaton>(a: &A, b: &B, haystack: &[u8]) -> (Vec<Match>, Vec<Match>) {
    let mut a = Cursor::new(a);
    let mut b = Cursor::new(b);
    while !(a.done && b.done) {
        a.step(haystack);
        b.step(haystack);
    }
    (a.matches, b.matches)
}

/// One search in progress.
struct Cursor<'a, A> {
    aut: &'a A,
    start: StateID,
    sid: StateID,
    /// Next byte to read.
    at: usize,
    /// The longest match of the current search so far.
    last: Option<Match>,
    matches: Vec<Match>,
    done: bool,
}

impl<'a, A: Automaton> Cursor<'a, A> {
    fn new(aut: &'a A) -> Cursor<'a, A> {
        let start = aut.start_state(Anchored::No).expect("automaton built for unanchored searches");
        Cursor { aut, start, sid: start, at: 0, last: None, matches: Vec::new(), done: false }
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
        self.sid = self.aut.next_state(Anchored::No, self.sid, byte);
        self.at += 1;
        if self.aut.is_special(self.sid) {
            if self.aut.is_dead(self.sid) {
                self.end_search();
            } else if self.aut.is_match(self.sid) {
                let pattern = self.aut.match_pattern(self.sid, 0);
                let len = self.aut.pattern_len(pattern);
                self.last = Some(Match::new(pattern, self.at - len..self.at));
            }
        }
    }

    /// Reports the current search's match and starts the next search at its end; without a
    /// match, nothing further can match.
    fn end_search(&mut self) {
        match self.last.take() {
            Some(m) => {
                self.at = m.end();
                self.sid = self.start;
                self.matches.push(m);
            }
            None => self.done = true,
        }
    }
}
