//! Which language an article is written in, from its function words: each lexicon lists
//! frequent words of its language that the others lack (`el`, `los`, `del` against `o`, `os`,
//! `do`, `não`), and the language whose words make up the largest share of the text wins.
//!
//! A text where no lexicon's words are frequent enough is in a language the extractor does not
//! read: it gets no claims rather than claims read with the wrong words.

use super::lexicon::{Lexicon, LEXICONS};
use super::normalize::fold;
use crate::model::Language;
use std::sync::OnceLock;

/// Words read to decide: enough for any article, bounded for a long one.
const SAMPLE_WORDS: usize = 600;

/// The share of a long text's words that its language's function words must reach (they make up a
/// third to a half of news prose; another Romance language reaches a few percent).
const MIN_SHARE: f64 = 0.12;

/// Below this many words a text is a sentence or two: the best-scoring language is taken, and
/// English when no lexicon's words occur at all.
const SHORT: usize = 30;

/// The language of `text`, or `None` when it is none the extractor reads.
pub fn detect(text: &str) -> Option<Language> {
    let sets = word_sets();
    let mut hits = [0usize; 3];
    let mut words = 0;
    let mut word = String::new();
    let mut chars = text.chars().peekable();
    while words < SAMPLE_WORDS {
        word.clear();
        while let Some(&c) = chars.peek() {
            if c.is_alphabetic() {
                break;
            }
            chars.next();
        }
        while let Some(&c) = chars.peek() {
            if !c.is_alphabetic() {
                break;
            }
            word.extend(fold(c).to_lowercase());
            chars.next();
        }
        if word.is_empty() {
            break;
        }
        words += 1;
        for (l, set) in sets.iter().enumerate() {
            if set.binary_search_by(|w| w.as_str().cmp(&word)).is_ok() {
                hits[l] += 1;
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
        } else if score == 0 {
            Language::English
        } else {
            Language::ALL[best]
        });
    }
    if score == 0 {
        return None;
    }
    if words >= SHORT && (score as f64) < MIN_SHARE * words as f64 {
        return None;
    }
    Some(Language::ALL[best])
}

/// Each lexicon's function words, folded, lower case and sorted.
fn word_sets() -> &'static [Vec<String>; 3] {
    static SETS: OnceLock<[Vec<String>; 3]> = OnceLock::new();
    SETS.get_or_init(|| {
        let set = |lex: &Lexicon| {
            let mut v: Vec<String> = lex
                .function_words
                .split_whitespace()
                .map(|w| w.chars().map(fold).flat_map(char::to_lowercase).collect())
                .collect();
            v.sort();
            v.dedup();
            v
        };
        [set(LEXICONS[0]), set(LEXICONS[1]), set(LEXICONS[2])]
    })
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
    fn a_short_sentence_without_function_words_is_read_as_english() {
        assert_eq!(detect("Cuba, Russia and Iran backed Maduro."), Some(Language::English));
        assert_eq!(detect("Washington sanctioned Maduro."), Some(Language::English));
        assert_eq!(detect("España reconoció a González."), Some(Language::Spanish));
        assert_eq!(detect("A Rússia condenou o ataque."), Some(Language::Portuguese));
    }
}
