//! Spanish.

use super::{Lexicon, Sense};
use crate::extract::cues::Cue;
use crate::model::Language;

pub static LEXICON: Lexicon = Lexicon {
    language: Language::Spanish,
    cues: CUES,
    words: WORDS,
    numbers: &[],
    name_suffixes: &[],
    name_particles: &[],
    adjective_after_noun: true,
    abbreviations: &[],
    sentence_starters: &[],
    openers: &[],
    pronouns: &[],
    expletive_verbs: &[],
    carry_openers: &[],
    generic_stems: &[],
    function_words: "",
};

static CUES: &[(&str, Cue)] = &[];

static WORDS: &[(Sense, &str)] = &[];
