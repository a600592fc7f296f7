//! Sentence segmentation: lines, headings and sentences, surviving abbreviations, initials and
//! quotes.
//!
//! Works on the normalised text (ASCII quotes). A line break always ends a sentence, except where a
//! line without end punctuation is followed by a line starting in lower case (hard-wrapped text).
//! A short line without end punctuation, standing alone, is a *heading*: its sentence is flagged so
//! that its topic can carry over the paragraphs below it.

/// A sentence (or heading) as a byte span of the normalised text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub heading: bool,
}

use super::lexicon::{en, Lexicon};

/// Splits `text` into sentences and headings, in order, trimmed of surrounding white space.
pub fn sentences(text: &str) -> Vec<Sentence> {
    sentences_in(text, &en::LEXICON)
}

/// Splits `text` into sentences and headings with the abbreviations of one language.
pub fn sentences_in(text: &str, lex: &Lexicon) -> Vec<Sentence> {
    // News sentences run to about 150 bytes: room for most texts without regrowing.
    let mut out = Vec::with_capacity(text.len() / 128 + 4);
    let lines = line_spans(text);
    let mut i = 0;
    while i < lines.len() {
        let (s, e) = lines[i];
        // Join hard-wrapped lines: no end punctuation here and a lower-case start on the next line.
        let mut block_end = e;
        let mut j = i;
        while j + 1 < lines.len() && !ends_like_sentence(&text[lines[j].0..lines[j].1]) {
            let next = &text[lines[j + 1].0..lines[j + 1].1];
            let continues = next.chars().next().is_some_and(|c| c.is_lowercase())
                || text[lines[j].0..lines[j].1].trim_end().ends_with([',', '-']);
            if !continues {
                break;
            }
            j += 1;
            block_end = lines[j].1;
        }
        let block = &text[s..block_end];
        if j == i && is_heading(block) {
            out.push(Sentence { start: s, end: e, heading: true });
        } else {
            split_block(lex, text, s, block_end, &mut out);
        }
        i = j + 1;
    }
    out
}

/// Non-blank lines as trimmed spans.
fn line_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(text.len() / 256 + 4);
    let mut start = 0;
    for i in memchr::memchr_iter(b'\n', text.as_bytes()).chain(std::iter::once(text.len())) {
        {
            let line = &text[start..i];
            let lead = line.len() - line.trim_start().len();
            let trimmed = line.trim();
            if !trimmed.is_empty() {
                out.push((start + lead, start + lead + trimmed.len()));
            }
            start = i + 1;
        }
    }
    out
}

fn ends_like_sentence(line: &str) -> bool {
    let t = line.trim_end();
    t.ends_with(['.', '!', '?', ':', ';', '"', '\'', ')', ']', '\u{2026}'])
}

fn is_heading(line: &str) -> bool {
    !ends_like_sentence(line)
        && line.len() <= 200
        && !line.contains(". ")
        && !line.contains("? ")
        && !line.contains("! ")
        && line.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '"')
}

fn split_block(lex: &Lexicon, text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let bytes = text.as_bytes();
    let mut sent_start = start;
    let mut i = start;
    while let Some(found) = memchr::memchr3(b'.', b'!', b'?', &bytes[i..end]) {
        i += found;
        let b = bytes[i];
        let mut k = i + 1;
        while k < end && matches!(bytes[k], b'.' | b'!' | b'?' | b'"' | b'\'' | b')' | b']') {
            k += 1;
        }
        if k < end && bytes[k] == b' ' && b == b'.' && !period_ends_sentence(lex, text, start, i, k, end) {
            i = k;
            continue;
        }
        if k >= end || (bytes[k] == b' ' && starts_sentence(text, k, end)) {
            push_trimmed(text, sent_start, k, out);
            sent_start = k;
        }
        i = k;
        if i >= end {
            break;
        }
    }
    push_trimmed(text, sent_start, end, out);
}

/// Whether the period at `dot` (followed by closers up to `after`) ends a sentence, judging by
/// the word before it and the word after it.
fn period_ends_sentence(
    lex: &Lexicon,
    text: &str,
    block_start: usize,
    dot: usize,
    after: usize,
    end: usize,
) -> bool {
    let before = &text[block_start..dot];
    let word_start =
        before.char_indices().rev().find(|(_, c)| !c.is_alphanumeric()).map_or(0, |(p, c)| p + c.len_utf8());
    let word = &before[word_start..];
    let next = next_word(text, after, end);
    if word.is_empty() {
        return true;
    }
    // Lengths first: most words before a period are no abbreviation's length.
    if lex.abbreviations.iter().any(|a| a.len() == word.len() && *a == word) {
        return false;
    }
    let single_letter = word.chars().count() == 1 && word.chars().all(char::is_alphabetic);
    let dotted_acronym = single_letter && before[..word_start].ends_with('.');
    if dotted_acronym {
        // "the U.S. The president…" ends; "the U.S. Treasury" does not.
        return lex.sentence_starters.contains(&next);
    }
    if single_letter {
        // An initial: "Christian K. Caruzo".
        return !word.chars().all(char::is_uppercase);
    }
    if word.chars().all(|c| c.is_ascii_lowercase()) && word.len() <= 2 && before[..word_start].ends_with('.')
    {
        return false; // "e.g.", "i.e."
    }
    true
}

fn next_word(text: &str, from: usize, end: usize) -> &str {
    let rest = text[from..end].trim_start();
    let rest = rest.trim_start_matches(['"', '\'', '(']);
    let stop = rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
    &rest[..stop]
}

fn starts_sentence(text: &str, from: usize, end: usize) -> bool {
    let rest = text[from..end].trim_start();
    rest.chars().next().is_some_and(|c| {
        c.is_uppercase()
            || c.is_ascii_digit()
            || matches!(c, '"' | '\'' | '(' | '[' | '-')
            || !c.is_alphabetic()
    }) && !rest.starts_with(|c: char| c.is_lowercase())
}

fn push_trimmed(text: &str, s: usize, e: usize, out: &mut Vec<Sentence>) {
    let slice = &text[s..e];
    let lead = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if !trimmed.is_empty() {
        out.push(Sentence { start: s + lead, end: s + lead + trimmed.len(), heading: false });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<(&str, bool)> {
        sentences(text).into_iter().map(|s| (&text[s.start..s.end], s.heading)).collect()
    }

    #[test]
    fn sentences_survive_abbreviations_initials_and_quotes() {
        let cases: &[(&str, &[&str])] = &[
            (
                "The U.S. Treasury acted. Dr. Smith agreed. It was over.",
                &["The U.S. Treasury acted.", "Dr. Smith agreed.", "It was over."],
            ),
            (
                "Pressure came from the U.S. The president left.",
                &["Pressure came from the U.S.", "The president left."],
            ),
            (
                "Christian K. Caruzo is a writer. J Michael Waller said so.",
                &["Christian K. Caruzo is a writer.", "J Michael Waller said so."],
            ),
            (
                "\"We will not,\" he said. \"Never.\" Then Gen. Padrino spoke.",
                &["\"We will not,\" he said.", "\"Never.\"", "Then Gen. Padrino spoke."],
            ),
            (
                "It got 51.2 percent. Mr. Maduro won?! No.",
                &["It got 51.2 percent.", "Mr. Maduro won?!", "No."],
            ),
            (
                "They meet in Caracas, e.g. at the palace. Fine.",
                &["They meet in Caracas, e.g. at the palace.", "Fine."],
            ),
        ];
        for (text, expected) in cases {
            let got: Vec<&str> = split(text).into_iter().map(|(s, _)| s).collect();
            assert_eq!(&got, expected, "{text}");
        }
    }

    #[test]
    fn a_line_without_end_punctuation_is_a_heading_and_line_breaks_end_sentences() {
        let text = "Countries that could grant asylum\n\nMexico may. Bolivia too\nPeru said no.\n";
        assert_eq!(
            split(text),
            vec![
                ("Countries that could grant asylum", true),
                ("Mexico may.", false),
                ("Bolivia too", false),
                ("Peru said no.", false)
            ]
        );
    }

    #[test]
    fn hard_wrapped_lines_are_joined_into_one_sentence() {
        let text = "Argentina and Chile have\nnot recognized the result.\n";
        assert_eq!(split(text), vec![("Argentina and Chile have\nnot recognized the result.", false)]);
    }
}
