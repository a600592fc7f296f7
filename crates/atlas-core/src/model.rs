//! The data model shared by extraction, filtering, the app and the CLI.

/// A position a country (or bloc) takes toward Maduro's government.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stance {
    /// Treats Maduro's government as legitimate, supports or shields it.
    Recognize,
    /// Does not recognise it, questions its election, demands a recount, departure or prosecution.
    Reject,
    /// Diplomatic relations cut or suspended, diplomats expelled or withdrawn, by either side.
    BreakTies,
    /// Offers, grants or is reported willing to give asylum or protection.
    OfferAsylum,
}

impl Stance {
    /// Every stance, in display order. Everything that lists stances iterates over this.
    pub const ALL: [Stance; 4] = [Stance::Recognize, Stance::Reject, Stance::BreakTies, Stance::OfferAsylum];

    /// Stable machine id, as used in JSON, CSV, URLs and `data-stances`.
    pub const fn id(self) -> &'static str {
        match self {
            Stance::Recognize => "recognize",
            Stance::Reject => "reject",
            Stance::BreakTies => "break_ties",
            Stance::OfferAsylum => "offer_asylum",
        }
    }

    /// Human label, as shown in the app.
    pub const fn label(self) -> &'static str {
        match self {
            Stance::Recognize => "Recognize",
            Stance::Reject => "Reject",
            Stance::BreakTies => "Break ties",
            Stance::OfferAsylum => "Offer asylum",
        }
    }

    /// Position in [`Stance::ALL`], for bitsets.
    pub const fn index(self) -> usize {
        self as usize
    }

    pub fn from_id(id: &str) -> Option<Stance> {
        Stance::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// How firmly the article reports the stance.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Certainty {
    /// Reported as fact.
    Asserted,
    /// Hedged: could, may, would, likely, potential, allegedly, a request not yet granted.
    Speculative,
}

impl Certainty {
    pub const ALL: [Certainty; 2] = [Certainty::Asserted, Certainty::Speculative];

    pub const fn id(self) -> &'static str {
        match self {
            Certainty::Asserted => "asserted",
            Certainty::Speculative => "speculative",
        }
    }

    pub const fn label(self) -> &'static str {
        match self {
            Certainty::Asserted => "Asserted",
            Certainty::Speculative => "Speculative",
        }
    }

    pub fn from_id(id: &str) -> Option<Certainty> {
        Certainty::ALL.into_iter().find(|c| c.id() == id)
    }
}

/// Who an offer of asylum is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Beneficiary {
    /// Maduro or his officials.
    Regime,
    /// Dissidents, opposition figures.
    Opposition,
}

impl Beneficiary {
    pub const ALL: [Beneficiary; 2] = [Beneficiary::Regime, Beneficiary::Opposition];

    pub const fn id(self) -> &'static str {
        match self {
            Beneficiary::Regime => "regime",
            Beneficiary::Opposition => "opposition",
        }
    }

    pub const fn label(self) -> &'static str {
        match self {
            Beneficiary::Regime => "Regime officials",
            Beneficiary::Opposition => "Opposition",
        }
    }

    pub fn from_id(id: &str) -> Option<Beneficiary> {
        Beneficiary::ALL.into_iter().find(|b| b.id() == id)
    }
}

/// One stance of one actor, read from one sentence of one article.
///
/// Every field is a small integer or a `&'static str` from the gazetteer or the rule table, so
/// claims can be baked into the app as static data and copied freely.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Claim {
    /// Index of the article in its corpus (0 when extracting a single text).
    pub article: u32,
    /// ISO 3166-1 alpha-3 code, or a bloc code such as `EU`, `LIMA`, `OAS`.
    pub actor: &'static str,
    pub stance: Stance,
    pub certainty: Certainty,
    /// For [`Stance::OfferAsylum`] only.
    pub beneficiary: Option<Beneficiary>,
    /// For [`Stance::BreakTies`] only: who broke them (`VEN` when Venezuela expelled diplomats).
    pub initiator: Option<&'static str>,
    /// Byte span of the evidence sentence in the article text.
    pub start: u32,
    pub end: u32,
    /// Byte span, in the article text, of the words that named the actor (for highlighting).
    pub mention_start: u32,
    pub mention_end: u32,
    /// Id of the extraction rule that produced the claim, so a reader can see why.
    pub rule: &'static str,
}

impl Claim {
    /// The evidence sentence, given the text the claim was extracted from.
    pub fn evidence<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start as usize..self.end as usize).unwrap_or("")
    }
}

/// An article as the app and the query layer see it: metadata and body, all borrowed from baked
/// static data (articles a reader adds at run time are leaked once into `'static`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ArticleRecord {
    /// File name in `corpus/` (or a generated id for a reader's own article).
    pub file: &'static str,
    pub title: &'static str,
    /// The title was written by the editors because the article has none.
    pub title_editorial: bool,
    pub outlet: &'static str,
    pub author: Option<&'static str>,
    pub date: crate::date::Date,
    pub date_approximate: bool,
    pub url: Option<&'static str>,
    /// The article text; claim spans are byte offsets into it.
    pub body: &'static str,
}

/// The language an article is written in: the extractor reads each with its own lexicon.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    English = 0,
    Spanish = 1,
    Portuguese = 2,
}

impl Language {
    pub const ALL: [Language; 3] = [Language::English, Language::Spanish, Language::Portuguese];

    /// ISO 639-1 code, as written in a corpus header (`language: es`) and in URLs.
    pub const fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Spanish => "es",
            Language::Portuguese => "pt",
        }
    }

    pub const fn label(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Spanish => "Spanish",
            Language::Portuguese => "Portuguese",
        }
    }

    /// From an ISO 639-1 code or an English name, any case: `es`, `Spanish`, `pt-BR`.
    pub fn parse(text: &str) -> Option<Language> {
        let t = text.trim().to_ascii_lowercase();
        let base = t.split(['-', '_']).next().unwrap_or("");
        Language::ALL.into_iter().find(|l| base == l.code() || t == l.label().to_ascii_lowercase())
    }
}
