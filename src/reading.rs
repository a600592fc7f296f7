//! How an article and its evidence are cut up for reading: paragraphs with the evidence sentence
//! marked, and a short excerpt around the words naming a country.
//!
//! Pure string work on byte spans, so the highlighting can be tested without a browser; the
//! components render the pieces as text, never as markup.

/// A run of text inside a paragraph, inside the highlighted sentence or not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Piece<'t> {
    pub text: &'t str,
    pub marked: bool,
}

/// The article's paragraphs (one per non-blank line: the corpus writes a paragraph per line, with or
/// without blank lines between), each as pieces, with the byte span
/// `start..end` of `body` marked wherever it falls. A span that is reversed, out of range or not on
/// character boundaries marks nothing: the article still reads.
pub fn paragraphs(body: &str, start: u32, end: u32) -> Vec<Vec<Piece<'_>>> {
    let (start, end) = (start as usize, end as usize);
    let span_ok = start < end && body.is_char_boundary(start) && body.is_char_boundary(end);
    let mut out = Vec::new();
    let mut offset = 0;
    for block in body.split('\n') {
        let block_start = offset;
        offset += block.len() + 1;
        let trimmed = block.trim();
        if trimmed.is_empty() {
            continue;
        }
        let lead = block.len() - block.trim_start().len();
        let (lo, hi) = (block_start + lead, block_start + lead + trimmed.len());
        if !span_ok || end <= lo || start >= hi {
            out.push(vec![Piece { text: trimmed, marked: false }]);
            continue;
        }
        let (a, b) = (start.max(lo), end.min(hi));
        let pieces = [(lo, a, false), (a, b, true), (b, hi, false)];
        out.push(
            pieces
                .into_iter()
                .filter(|&(x, y, _)| x < y)
                .map(|(x, y, marked)| Piece { text: &body[x..y], marked })
                .collect(),
        );
    }
    out
}

/// Cuts a sentence split around its mention (`before`, `mention`, `after`) to at most about
/// `context` characters on each side of the mention, on word boundaries, with `…` where text was
/// left out. With no mention, the sentence's start is kept.
pub fn excerpt<'t>(
    before: &'t str,
    mention: &'t str,
    after: &'t str,
    context: usize,
) -> (String, &'t str, String) {
    let before = before.trim_start();
    let after = after.trim_end();
    let context = if mention.is_empty() { context * 2 } else { context };
    let head = if mention.is_empty() {
        String::new()
    } else {
        match before.char_indices().rev().nth(context) {
            None => before.to_string(),
            Some((cut, _)) => {
                let rest = &before[cut..];
                // Cut mid-word: drop the broken word.
                let rest = if before[..cut].ends_with(' ') {
                    rest
                } else {
                    rest.find(' ').map_or(rest, |space| &rest[space + 1..])
                };
                format!("…{rest}")
            }
        }
    };
    let (tail_source, tail_context) = if mention.is_empty() { (before, context) } else { (after, context) };
    let tail = match tail_source.char_indices().nth(tail_context) {
        None => tail_source.to_string(),
        Some((cut, _)) => {
            let kept = &tail_source[..cut];
            let kept = kept.rfind(' ').map_or(kept, |space| &kept[..space]);
            format!("{}…", kept.trim_end_matches([',', ';', ':']))
        }
    };
    (head, mention, tail)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked<'t>(paragraphs: &[Vec<Piece<'t>>]) -> Vec<&'t str> {
        paragraphs.iter().flatten().filter(|p| p.marked).map(|p| p.text).collect()
    }

    #[test]
    fn paragraphs_are_lines_and_the_sentence_is_marked_where_it_lies() {
        let body = "Title\n\nFirst one. Mexico grants asylum. Then more.\n  Last paragraph.  \r\n";
        let start = body.find("Mexico").unwrap() as u32;
        let end = (body.find("asylum.").unwrap() + "asylum.".len()) as u32;
        let paras = paragraphs(body, start, end);
        assert_eq!(paras.len(), 3);
        assert_eq!(paras[0], vec![Piece { text: "Title", marked: false }]);
        assert_eq!(
            paras[1],
            vec![
                Piece { text: "First one. ", marked: false },
                Piece { text: "Mexico grants asylum.", marked: true },
                Piece { text: " Then more.", marked: false },
            ]
        );
        assert_eq!(paras[2], vec![Piece { text: "Last paragraph.", marked: false }]);
    }

    #[test]
    fn a_span_across_a_line_break_is_marked_in_both_paragraphs() {
        let body = "One two.\nThree four.";
        let paras = paragraphs(body, 4, 14);
        assert_eq!(marked(&paras), vec!["two.", "Three"]);
    }

    #[test]
    fn a_bad_span_marks_nothing_and_keeps_every_paragraph() {
        let body = "Pérou dit non.\n\nFin.";
        let cases = [(5, 3), (0, 999), (2, 4), (4, 4)];
        for (start, end) in cases {
            let paras = paragraphs(body, start, end);
            assert_eq!(paras.len(), 2, "{start}..{end}");
            assert!(marked(&paras).is_empty(), "{start}..{end}");
        }
    }

    #[test]
    fn excerpts_keep_the_mention_and_cut_long_sides_on_words() {
        let cases = [
            (("Short ", "Peru", " said no."), 20, ("Short ", "Peru", " said no.")),
            (
                (
                    "A very long lead of many words before ",
                    "Peru",
                    " and a long tail of many more words after it.",
                ),
                12,
                ("…words before ", "Peru", " and a long…"),
            ),
            (("The whole sentence without a mention.", "", ""), 8, ("", "", "The whole…")),
        ];
        for ((before, mention, after), context, (head, m, tail)) in cases {
            let (h, got, t) = excerpt(before, mention, after, context);
            assert_eq!((h.as_str(), got, t.as_str()), (head, m, tail), "{before}|{mention}|{after}");
        }
    }
}
