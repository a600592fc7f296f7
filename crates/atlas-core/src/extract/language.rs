//! Which language an article is written in, from its function words: each lexicon lists
//! frequent words of its language that the others lack (`el`, `los`, `del` against `o`, `os`,
//! `do`, `não`), and the language whose words make up the largest share of the text wins.
//!
//! A text where no lexicon's words are frequent enough is in a language the extractor does not
//! read: it gets no claims rather than claims read with the wrong words.

use super::bytes8::{ascii_letters, HIGH, ONES};
use super::lexicon::LEXICONS;
use super::normalize::fold;
use crate::model::Language;
use std::sync::OnceLock;

/// Words read to decide: a few paragraphs tell the languages apart, and the cost stays small
/// beside the extraction of a whole article.
const SAMPLE_WORDS: usize = 250;

/// The share of a long text's words that its language's function words must reach (they make up a
/// third to a half of news prose; another Romance language reaches a few percent).
const MIN_SHARE: f64 = 0.12;

/// The share that is enough when one language's function words outnumber each other's three to
/// one (a text made mostly of lists of names).
const LIST_SHARE: f64 = 0.05;

/// Below this many words a text is a sentence or two: the best-scoring language is taken, and
/// English when no lexicon's words occur at all.
const SHORT: usize = 30;

/// Below this many words a text is a brief: a few words of one language and none of the others'
/// are enough.
const BRIEF: usize = 100;

/// Longest function word looked up; a longer word is counted but not looked up. Every lexicon's
/// function words fit (a test checks), so a word is one integer.
const MAX_WORD: usize = 8;

/// A folded, lower-case word of up to [`MAX_WORD`] letters, its bytes packed in one integer.
type Key = u64;

/// The language of `text`, or `None` when it is none the extractor reads.
pub fn detect(text: &str) -> Option<Language> {
    let table = function_words();
    let mut hits = [0usize; 3];
    // Per language, the words of its lexicon's `short_words` (bits 3 to 5 of the table's sets).
    let mut short = [0usize; 3];
    let mut words = 0;
    let bytes = text.as_bytes();
    // The letter at byte `i`, folded and lower case (0 where it folds to no ASCII letter), and
    // its length; `None` outside a word. ASCII, the bulk of any text, needs no decoding.
    let letter = |i: usize| -> Option<(u8, usize)> {
        let b = bytes[i];
        if b < 0x80 {
            return b.is_ascii_alphabetic().then(|| (b.to_ascii_lowercase(), 1));
        }
        let c = text[i..].chars().next()?;
        let f = fold(c);
        c.is_alphabetic()
            .then(|| (if f.is_ascii() { (f as u8).to_ascii_lowercase() } else { 0 }, c.len_utf8()))
    };
    // ASCII bytes are told inline, other characters by `letter`.
    let mut i = 0;
    while words < SAMPLE_WORDS {
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                if b.is_ascii_alphabetic() {
                    break;
                }
                i += 1;
            } else if letter(i).is_some() {
                break;
            } else {
                i += text[i..].chars().next().map_or(1, char::len_utf8);
            }
        }
        let mut key: Key = 0;
        let mut len = 0;
        let mut ascii = true;
        loop {
            // A run of ASCII letters, the bulk of a word; a key holds its first MAX_WORD letters.
            // The letters that still fit in the key, then the rest of the run (counted only).
            let from = i;
            let room = MAX_WORD.saturating_sub(len);
            match bytes.get(i..i + 8) {
                // Eight bytes at a time: the run's length from a mask of its ASCII letters, and
                // the letters that fit, lower case, appended to the key in one go.
                Some(chunk) => {
                    let w = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
                    let run = ascii_letters_leading(w);
                    let fit = run.min(room);
                    if fit > 0 {
                        let lower = w | (ONES * 0x20);
                        let taken = if fit == 8 { lower } else { lower & ((1 << (8 * fit)) - 1) };
                        key = key.checked_shl(8 * fit as u32).unwrap_or(0)
                            | taken.swap_bytes() >> (8 * (8 - fit));
                    }
                    i += run;
                    if run == 8 {
                        while bytes.get(i).is_some_and(|&b| ASCII_LETTER[usize::from(b)] != 0) {
                            i += 1;
                        }
                    }
                }
                None => {
                    let fits = from + room;
                    while let Some(&l) = bytes
                        .get(i)
                        .filter(|_| i < fits)
                        .map(|&b| &ASCII_LETTER[usize::from(b)])
                        .filter(|&&l| l != 0)
                    {
                        key = key << 8 | Key::from(l);
                        i += 1;
                    }
                    while bytes.get(i).is_some_and(|&b| ASCII_LETTER[usize::from(b)] != 0) {
                        i += 1;
                    }
                }
            }
            len += i - from;
            // Then another letter, or the end of the word.
            match bytes.get(i) {
                Some(&b) if b >= 0x80 => match letter(i) {
                    Some((l, n)) => {
                        if len < MAX_WORD {
                            key = key << 8 | Key::from(l);
                        }
                        ascii &= l != 0;
                        len += 1;
                        i += n;
                    }
                    None => break,
                },
                _ => break,
            }
        }
        if len == 0 {
            break;
        }
        words += 1;
        if len <= MAX_WORD && ascii {
            let languages = table.languages(key);
            for (l, hit) in hits.iter_mut().enumerate() {
                *hit += usize::from(languages >> l & 1);
                short[l] += usize::from(languages >> (SHORT_BIT + l) & 1);
            }
        }
    }
    let (best, &score) = hits.iter().enumerate().max_by_key(|&(l, &h)| (h, std::cmp::Reverse(l)))?;
    let tied = hits.iter().filter(|&&h| h == score).count() > 1;
    if words > 0 && words < SHORT && (score == 0 || tied) {
        // A sentence or two without telling words: letters only one of the languages writes.
        return Some(if text.contains(['ñ', 'Ñ', '¿', '¡']) {
            Language::Spanish
        } else if text.contains(['ã', 'õ', 'ç', 'ê', 'ô', 'â', 'Ã', 'Ç']) {
            Language::Portuguese
        } else if let Some(language) = by_short_words(score, &hits, &short) {
            language
        } else if score == 0 {
            Language::English
        } else {
            Language::ALL[best]
        });
    }
    if score == 0 {
        return None;
    }
    // A list of names and titles ("Chile - presidente Gabriel Boric;") holds few function words,
    // but those it holds are one language's, by a wide margin over the others.
    let second = hits.iter().enumerate().filter(|&(l, _)| l != best).map(|(_, &h)| h).max().unwrap_or(0);
    let clear = score >= 10 && score >= 3 * second && (score as f64) >= LIST_SHARE * words as f64;
    // A paragraph or two (a headline and a lead, a brief) may hold only a few function words,
    // all of one language: "Se estudian algunos destinos … También se discutió …".
    let brief = words < BRIEF && score >= 3 && score >= 3 * second.max(1);
    if words >= SHORT && (score as f64) < MIN_SHARE * words as f64 && !clear && !brief {
        return None;
    }
    Some(Language::ALL[best])
}

/// A short text's language from its lexicons' short words ([`Lexicon::short_words`], counted
/// per language in `short`), among the languages that tie for the best score of function words
/// (all, when `score` is 0): the language with most of them, the first in [`Language::ALL`] on a
/// tie; `None` when no such word occurs.
///
/// [`Lexicon::short_words`]: super::lexicon::Lexicon::short_words
fn by_short_words(score: usize, hits: &[usize; 3], short: &[usize; 3]) -> Option<Language> {
    let count = |l: usize| if hits[l] == score { short[l] } else { 0 };
    let best = (0..3).max_by_key(|&l| (count(l), std::cmp::Reverse(l)))?;
    (count(best) > 0).then(|| Language::ALL[best])
}

/// How many of the eight bytes of `w` (little-endian: its lowest byte first) are ASCII letters
/// before the first that is not.
#[inline]
fn ascii_letters_leading(w: u64) -> usize {
    ((!ascii_letters(w) & HIGH).trailing_zeros() / 8) as usize
}

/// Each ASCII letter in lower case; 0 for every other byte.
static ASCII_LETTER: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 128 {
        if (b as u8).is_ascii_alphabetic() {
            table[b] = (b as u8).to_ascii_lowercase();
        }
        b += 1;
    }
    table
};

/// Every lexicon's function words, each with the bit set of the languages listing it, in a hash
/// table (open addressing, linear probing, at most an eighth full; a key is never 0).
struct FunctionWords {
    slots: Vec<(Key, u8)>,
}

impl FunctionWords {
    fn slot(&self, key: Key) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as usize & (self.slots.len() - 1)
    }

    /// The languages that list the word `key` (none: 0).
    #[inline]
    fn languages(&self, key: Key) -> u8 {
        let mut at = self.slot(key);
        // The table is sparse: most words find their own slot or an empty one at once, told
        // without a branch (half the words of a text are function words, in no pattern).
        let (k, languages) = self.slots[at];
        if k == key || k == 0 {
            return if k == key { languages } else { 0 };
        }
        loop {
            match self.slots[at] {
                (0, _) => return 0,
                (k, languages) if k == key => return languages,
                _ => at = (at + 1) & (self.slots.len() - 1),
            }
        }
    }
}

fn function_words() -> &'static FunctionWords {
    static TABLE: OnceLock<FunctionWords> = OnceLock::new();
    TABLE.get_or_init(|| {
        let words = all_function_words();
        let mut table = FunctionWords { slots: vec![(0, 0); (8 * words.len()).next_power_of_two().max(16)] };
        for (key, languages) in words {
            let mut at = table.slot(key);
            while table.slots[at].0 != 0 {
                at = (at + 1) & (table.slots.len() - 1);
            }
            table.slots[at] = (key, languages);
        }
        table
    })
}

/// In a word's set of languages, the bit of language `l`'s short words is `SHORT_BIT + l` (its
/// function words' is `l`).
const SHORT_BIT: usize = 3;

/// Every lexicon's function words and short words, folded and lower case, each with the bit set
/// of the languages listing it (see [`SHORT_BIT`]).
fn all_function_words() -> Vec<(Key, u8)> {
    let mut table: Vec<(Key, u8)> = Vec::new();
    for (l, lex) in LEXICONS.iter().enumerate() {
        let lists = [(lex.function_words, l), (lex.short_words, SHORT_BIT + l)];
        for (w, bit) in lists.iter().flat_map(|&(list, bit)| list.split_whitespace().map(move |w| (w, bit))) {
            let folded: String = w.chars().map(|c| fold(c).to_ascii_lowercase()).collect();
            if folded.len() > MAX_WORD || !folded.is_ascii() {
                continue;
            }
            let key = folded.bytes().fold(0, |k: Key, b| k << 8 | Key::from(b));
            match table.iter_mut().find(|(k, _)| *k == key) {
                Some((_, languages)) => *languages |= 1 << bit,
                None => table.push((key, 1 << bit)),
            }
        }
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_the_three_languages_apart() {
        let en = "The government of Peru said on Monday that it would not recognize the results \
                  announced by the electoral council, and it recalled its ambassador from Caracas.";
        let es = "El Gobierno de Perú anunció este lunes que no reconocerá los resultados del consejo \
                  electoral y que retira a su embajador de Caracas, según un comunicado de la Cancillería.";
        let pt = "O governo do Peru anunciou nesta segunda-feira que não reconhecerá os resultados do \
                  conselho eleitoral e que retirou o seu embaixador de Caracas, segundo uma nota do Itamaraty.";
        assert_eq!(detect(en), Some(Language::English));
        assert_eq!(detect(es), Some(Language::Spanish));
        assert_eq!(detect(pt), Some(Language::Portuguese));
    }

    #[test]
    fn a_language_without_a_lexicon_is_none() {
        let fr = "Le gouvernement français a annoncé lundi qu'il ne reconnaîtrait pas les résultats \
                  proclamés par le conseil électoral vénézuélien et qu'il rappelait son ambassadeur \
                  à Caracas pour des consultations, selon un communiqué du ministère des Affaires étrangères.";
        let de = "Die Bundesregierung hat am Montag erklärt, sie werde das Ergebnis der Wahl in Venezuela \
                  nicht anerkennen, und hat ihren Botschafter aus Caracas zu Konsultationen zurückgerufen, \
                  wie das Auswärtige Amt in einer Mitteilung bekannt gab.";
        assert_eq!(detect(fr), None);
        assert_eq!(detect(de), None);
        assert_eq!(detect("12 345 — 678"), None);
    }

    #[test]
    fn a_brief_with_few_function_words_all_of_one_language_is_read() {
        let es = "Asesores sopesan destinos de exilio para Maduro\n\nSe estudian algunos destinos, como \
                  Cuba y Turquía. También se discutió la posibilidad de que él se fuera a México, \
                  dijeron dos personas.";
        let pt = "Assessores discutem destinos de exílio para Maduro\n\nAlguns destinos estão sendo \
                  discutidos, como Cuba e Turquia. Já foi discutida também a possibilidade de ele ir \
                  para o México, disseram duas pessoas.";
        let fr = "Des conseillers étudient des destinations d'exil pour Maduro\n\nCertaines destinations \
                  sont étudiées, comme Cuba et la Turquie. La possibilité qu'il parte au Mexique a aussi \
                  été discutée, ont dit deux personnes.";
        assert_eq!(detect(es), Some(Language::Spanish));
        assert_eq!(detect(pt), Some(Language::Portuguese));
        assert_eq!(detect(fr), None);
    }

    #[test]
    fn a_short_sentence_without_function_words_is_read_from_its_letters_and_common_words() {
        assert_eq!(detect("Cuba, Russia and Iran backed Maduro."), Some(Language::English));
        assert_eq!(detect("Washington sanctioned Maduro."), Some(Language::English));
        assert_eq!(detect("España reconoció a González."), Some(Language::Spanish));
        assert_eq!(detect("A Rússia condenou o ataque."), Some(Language::Portuguese));
        // No function word at all: the words common in Spanish or Portuguese sentences tell.
        assert_eq!(
            detect("La captura de Nicolás Maduro por fuerzas de Estados Unidos sacudió la región."),
            Some(Language::Spanish)
        );
        assert_eq!(detect("Cuba e Rússia condenaram a captura de Maduro."), Some(Language::Portuguese));
        assert_eq!(detect("Moscow condemned the capture of Maduro."), Some(Language::English));
    }

    #[test]
    fn letters_are_counted_eight_at_a_time_as_one_at_a_time() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut bytes = *b"abcdefgh";
                bytes[at] = b;
                let w = u64::from_le_bytes(bytes);
                let want = bytes.iter().take_while(|&&c| c.is_ascii_alphabetic()).count();
                assert_eq!(ascii_letters_leading(w), want, "{bytes:?}");
            }
        }
    }

    #[test]
    fn every_function_word_is_short_enough_to_be_looked_up() {
        for lex in LEXICONS {
            for w in lex.function_words.split_whitespace().chain(lex.short_words.split_whitespace()) {
                let folded: String = w.chars().map(|c| fold(c).to_ascii_lowercase()).collect();
                assert!(folded.is_ascii() && folded.len() <= MAX_WORD, "{:?}: `{w}`", lex.language);
            }
        }
    }
}
