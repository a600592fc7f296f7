//! The gazetteer: every state the map can show and every way an article may name it.
//!
//! Countries are keyed by ISO 3166-1 alpha-3 (with stable user-assigned codes for the few places
//! Natural Earth draws without one, such as Kosovo `XKX`). Blocs keep their own codes (`EU`, `LIMA`)
//! and list their members so the app can expand them. The tables live in [`data`] as static Rust.
//!
//! Leaders are a table of their own, [`LEADERS`] (read through [`leaders_of`]), rather than a field
//! of [`Country`] and [`Bloc`]: only extraction matches them, and the app, which links `COUNTRIES`
//! and `BLOCS` for display and search, would otherwise carry every leader's name and term. The
//! same goes for what only the map baking reads (numeric ids and capital points), in
//! [`MAP_ENTRIES`].

pub mod data;
pub mod es;
pub mod pt;

pub use data::{BLOCS, COUNTRIES, COUNTRY_WORDS, LEADERS, MAP_ENTRIES, NON_ACTOR_PHRASES};

use crate::date::Date;

/// Standing at the United Nations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnStatus {
    Member,
    /// Non-member observer state (Holy See, Palestine).
    Observer,
    /// Neither: Kosovo, Taiwan, and territories or unrecognised states drawn on the map.
    Other,
}

/// UN geoscheme region (continent).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Region {
    Africa,
    Americas,
    Asia,
    Europe,
    Oceania,
    Antarctica,
}

impl Region {
    pub const ALL: [Region; 6] =
        [Region::Africa, Region::Americas, Region::Asia, Region::Europe, Region::Oceania, Region::Antarctica];

    pub const fn id(self) -> &'static str {
        match self {
            Region::Africa => "africa",
            Region::Americas => "americas",
            Region::Asia => "asia",
            Region::Europe => "europe",
            Region::Oceania => "oceania",
            Region::Antarctica => "antarctica",
        }
    }

    pub const fn label(self) -> &'static str {
        match self {
            Region::Africa => "Africa",
            Region::Americas => "Americas",
            Region::Asia => "Asia",
            Region::Europe => "Europe",
            Region::Oceania => "Oceania",
            Region::Antarctica => "Antarctica",
        }
    }
}

/// A leader or government name that stands for its country, for a time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Leader {
    /// As written in English news: `Milei`, `López Obrador`, `the Biden administration`.
    pub name: &'static str,
    /// First day the name stood for the country, `YYYY-MM-DD`.
    pub from: &'static str,
    /// Last day, `YYYY-MM-DD`; `None` while still in office.
    pub to: Option<&'static str>,
}

impl Leader {
    /// Whether the name stood for its actor on `date` (both ends of the term included).
    /// A malformed term never matches; the gazetteer tests keep every term well-formed.
    pub fn in_office_on(&self, date: Date) -> bool {
        let Ok(from) = Date::parse(self.from) else { return false };
        match self.to.map(Date::parse) {
            None => from <= date,
            Some(Ok(to)) => from <= date && date <= to,
            Some(Err(_)) => false,
        }
    }
}

/// A state (or territory drawn on the map) and every way it is named.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Country {
    /// ISO 3166-1 alpha-3, or a stable user-assigned code (`XKX` Kosovo, `XNC` Northern Cyprus…).
    pub code: &'static str,
    /// Short English name, as displayed.
    pub name: &'static str,
    pub un: UnStatus,
    pub region: Region,
    /// UN M49 subregion, e.g. `South America`, `Western Europe`.
    pub subregion: &'static str,
    /// Other names, official names, abbreviations, and Spanish/Portuguese forms: `the U.S.`,
    /// `United States of America`, `México`, `Brasil`. Matched case-sensitively as whole words.
    /// Separated by `|` (see [`Country::aliases`]): one string instead of a slice of them keeps
    /// the app's wasm 2.9 KiB smaller (brotli), as pointers barely compress. Adjectives and
    /// capitals, which only extraction reads, are in [`COUNTRY_WORDS`].
    pub aliases: &'static str,
}

/// The words for a country that only extraction reads, kept out of [`Country`] so that the app,
/// which links the countries, does not carry them (2.4 KiB brotli).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CountryWords {
    pub code: &'static str,
    /// Adjectives and demonyms: `Argentine`, `Argentinian`, `Mexican`.
    pub adjectives: &'static str,
    /// Capitals and seats of government used as metonyms: `Washington`, `Brasília`, `Brasilia`.
    pub capitals: &'static str,
}

/// The adjectives and capitals of a country code (empty for a code without them).
fn words_of(code: &str) -> CountryWords {
    COUNTRY_WORDS.iter().find(|w| w.code == code).copied().unwrap_or(CountryWords {
        code: "",
        adjectives: "",
        capitals: "",
    })
}

/// How the map finds and marks a country (read when the map is baked, at build time).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapEntry {
    /// The country's code.
    pub code: &'static str,
    /// ISO 3166-1 numeric, as used by Natural Earth / world-atlas ids; `None` where it has none.
    pub numeric: Option<u16>,
    /// Longitude and latitude of the capital, for point markers of states too small to draw.
    pub point: (f32, f32),
}

/// A bloc or international organisation that takes stances as one actor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bloc {
    /// `EU`, `LIMA`, `OAS`, `ALBA`, `MERCOSUR`, `CARICOM`, `G7`…
    pub code: &'static str,
    pub name: &'static str,
    /// Names used in articles, separated by `|`: `the European Union|the EU`.
    pub aliases: &'static str,
    /// Member country codes (as of the bloc's role in the Venezuelan crisis). Venezuela is listed
    /// where it is a member; whoever expands a bloc's stance to its members must skip the subject.
    /// Separated by spaces (see [`Bloc::members`]).
    pub members: &'static str,
}

/// The names of a `|`-separated list.
pub fn names(list: &'static str) -> impl Iterator<Item = &'static str> + Clone {
    list.split('|').filter(|name| !name.is_empty())
}

impl Country {
    /// Other names, official names, abbreviations (see the field).
    pub fn aliases(&self) -> impl Iterator<Item = &'static str> + Clone {
        names(self.aliases)
    }

    /// Adjectives and demonyms (from [`COUNTRY_WORDS`]).
    pub fn adjectives(&self) -> impl Iterator<Item = &'static str> + Clone {
        names(words_of(self.code).adjectives)
    }

    /// Capitals and seats of government used as metonyms (from [`COUNTRY_WORDS`]).
    pub fn capitals(&self) -> impl Iterator<Item = &'static str> + Clone {
        names(words_of(self.code).capitals)
    }
}

impl Bloc {
    /// Names used in articles.
    pub fn aliases(&self) -> impl Iterator<Item = &'static str> + Clone {
        names(self.aliases)
    }

    /// Member country codes.
    pub fn members(&self) -> impl Iterator<Item = &'static str> + Clone {
        self.members.split(' ').filter(|code| !code.is_empty())
    }
}

/// How news in one language other than English names the actors, beyond the shared tables
/// ([`COUNTRIES`], [`BLOCS`], [`LEADERS`], which every language reads): the extractor adds these
/// to its gazetteer when it reads an article in that language. Lists are `|`-separated, matched
/// case-sensitively as whole words on the accent-folded text (accents may be written).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalGazetteer {
    pub countries: &'static [LocalNames],
    /// `(bloc code, names)`: `("EU", "la Unión Europea|la UE|UE")`.
    pub blocs: &'static [(&'static str, &'static str)],
    /// Names of Venezuela's government and its people in this language: `el régimen`, `o chavismo`.
    pub regime: &'static str,
    /// Phrases that contain a country word but name something else: `América Latina`.
    pub blockers: &'static str,
    /// Each article with the prepositions fused with it (`el` → `del al`; `a` → `da na à pela`):
    /// a name listed with its article is also found after them ("del régimen", "na ditadura").
    pub contractions: &'static [(&'static str, &'static str)],
}

/// One country's names in one language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalNames {
    pub code: &'static str,
    /// Names, with and without article: `Brasil|el Brasil`, `Estados Unidos|EE.UU.|EEUU|EUA`.
    pub names: &'static str,
    /// Demonyms and adjectives in every gender and number, lower case as written in running text:
    /// `mexicano|mexicana|mexicanos|mexicanas`. An actor only beside a state institution.
    pub adjectives: &'static str,
    /// Capitals, seats of government and ministries by their usual names, standing for the state:
    /// `Itamaraty|Planalto|Palácio do Planalto`, `la Casa Rosada|Casa Rosada`.
    pub seats: &'static str,
}

/// The country whose government the atlas maps stances toward: Venezuela.
pub const SUBJECT: &str = "VEN";

/// Looks a country up by code.
pub fn country(code: &str) -> Option<&'static Country> {
    COUNTRIES.iter().find(|c| c.code == code)
}

/// Looks a country up by its ISO 3166-1 numeric code (the `id` of Natural Earth features).
pub fn country_by_numeric(numeric: u16) -> Option<&'static Country> {
    MAP_ENTRIES.iter().find(|m| m.numeric == Some(numeric)).and_then(|m| country(m.code))
}

/// A country's map entry (numeric id and capital point), by code.
pub fn map_entry(code: &str) -> Option<&'static MapEntry> {
    MAP_ENTRIES.iter().find(|m| m.code == code)
}

/// Looks a bloc up by code.
pub fn bloc(code: &str) -> Option<&'static Bloc> {
    BLOCS.iter().find(|b| b.code == code)
}

/// The leaders named in place of an actor (country or bloc): `Milei` for `ARG`, `Borrell` for
/// `ESP` and later `EU`. Empty for an actor without any, or an unknown code.
pub fn leaders_of(code: &str) -> &'static [Leader] {
    LEADERS.iter().find(|(actor, _)| *actor == code).map_or(&[], |(_, leaders)| leaders)
}

/// The display name of an actor code (country or bloc), or the code itself if unknown.
pub fn actor_name(code: &str) -> &str {
    country(code).map(|c| c.name).or_else(|| bloc(code).map(|b| b.name)).unwrap_or(code)
}

#[cfg(test)]
mod local_tests;
#[cfg(test)]
mod tests;
