//! Finding countries and blocs by name: the gazetteer tables, Latin case folding, the prefix
//! search index, and cutting a claim's evidence around its mention.

use super::ClaimIndex;
use crate::gazetteer::{self, Bloc, Country, Region};
use crate::model::Claim;
use crate::sort;

/// The gazetteer tables queries run against: the baked ones, or small hand-made ones in tests.
#[derive(Clone, Copy, Debug)]
pub struct Gazetteer {
    pub countries: &'static [Country],
    pub blocs: &'static [Bloc],
}

impl Gazetteer {
    /// The tables baked into the crate.
    pub fn global() -> Gazetteer {
        Gazetteer { countries: gazetteer::COUNTRIES, blocs: gazetteer::BLOCS }
    }

    pub fn country(&self, code: &str) -> Option<&'static Country> {
        self.countries.iter().find(|c| c.code == code)
    }

    pub fn bloc(&self, code: &str) -> Option<&'static Bloc> {
        self.blocs.iter().find(|b| b.code == code)
    }

    /// Display name of a country or bloc code; the code itself when the gazetteer does not know it.
    pub fn actor_name<'c>(&self, code: &'c str) -> &'c str {
        self.country(code).map(|c| c.name).or_else(|| self.bloc(code).map(|b| b.name)).unwrap_or(code)
    }

    /// The continent of a country; `None` for blocs and unknown codes.
    pub fn region_of(&self, code: &str) -> Option<Region> {
        self.country(code).map(|c| c.region)
    }

    /// The UN subregions of a region (or of all regions), sorted, each once.
    pub fn subregions(&self, region: Option<Region>) -> Vec<&'static str> {
        let mut subs: Vec<&'static str> = self
            .countries
            .iter()
            .filter(|c| region.is_none_or(|r| c.region == r) && !c.subregion.is_empty())
            .map(|c| c.subregion)
            .collect();
        sort::sort(&mut subs);
        subs.dedup();
        subs
    }

    /// Countries, then blocs, one of whose names starts a word with `query`; see [`SearchIndex`].
    pub fn search(&self, query: &str) -> Vec<&'static str> {
        SearchIndex::new(*self).search(query)
    }
}

/// The lower case of a capital of Basic Latin, Latin-1 or Latin Extended-A; any other character
/// unchanged.
pub fn latin_lowercase(c: char) -> char {
    let code = c as u32;
    let lower = match code {
        0x41..=0x5a | 0xc0..=0xd6 | 0xd8..=0xde => code + 0x20,
        // Extended-A pairs its capitals with the next code point: even capitals up to ķ and
        // from Ŋ to Ŷ, odd ones from Ĺ to Ň and from Ź to Ž. İ (0x130) lowers to a plain i.
        0x130 => 'i' as u32,
        0x100..=0x137 | 0x14a..=0x177 if code & 1 == 0 => code + 1,
        0x139..=0x148 | 0x179..=0x17e if code & 1 == 1 => code + 1,
        0x178 => 'ÿ' as u32,
        _ => code,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// Whether `c` separates words: ASCII other than letters and digits, and the punctuation, symbols
/// and spaces of Latin-1 and of Unicode's General Punctuation block (dashes, curly quotes, « »).
pub fn is_separator(c: char) -> bool {
    match c {
        c if c.is_ascii() => !c.is_ascii_alphanumeric(),
        '\u{80}'..='\u{bf}' | '×' | '÷' | '\u{2000}'..='\u{206f}' | '\u{3000}' => {
            !matches!(c, 'ª' | 'º' | 'µ' | '¹' | '²' | '³' | '¼' | '½' | '¾')
        }
        _ => false,
    }
}

/// Lower-cases and strips accents, drops `.` and apostrophes and turns other punctuation into
/// spaces, so that `Côte d'Ivoire`, `COTE DIVOIRE` and `the U.S.` meet `cote divoire` and `the us`.
///
/// Case and punctuation are those of the Latin script, the script of every name in the gazetteer
/// (see [`latin_lowercase`] and [`is_separator`]): letters of other scripts are kept as they are,
/// so they still match themselves. Core's full Unicode case and alphanumeric tables would cost
/// the app's wasm 2 KiB brotli for names it never holds.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().map(latin_lowercase) {
        let mapped: &str = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
            'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
            'ď' | 'đ' | 'ð' => "d",
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
            'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
            'ĥ' | 'ħ' => "h",
            'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
            'ĵ' => "j",
            'ķ' => "k",
            'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
            'ñ' | 'ń' | 'ņ' | 'ň' => "n",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
            'ŕ' | 'ŗ' | 'ř' => "r",
            'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
            'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
            'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
            'ŵ' => "w",
            'ý' | 'ÿ' | 'ŷ' => "y",
            'ź' | 'ż' | 'ž' => "z",
            'ß' => "ss",
            'æ' => "ae",
            'œ' => "oe",
            'þ' => "th",
            '.' | '\'' | '’' | 'ʼ' => "",
            // Combining accents, for text typed in decomposed form.
            '\u{300}'..='\u{36f}' => "",
            c if !is_separator(c) => {
                out.push(c);
                continue;
            }
            _ => " ",
        };
        if mapped == " " {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.push_str(mapped);
        }
    }
    while out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Every name of every country and bloc, folded, for prefix search.
#[derive(Clone, Debug)]
pub struct SearchIndex {
    gazetteer: Gazetteer,
    /// (folded name, actor position: countries first, then blocs, whether it is the display name).
    keys: Vec<(String, u16, bool)>,
}

impl SearchIndex {
    pub fn new(gazetteer: Gazetteer) -> SearchIndex {
        let mut keys = Vec::new();
        for (i, c) in gazetteer.countries.iter().enumerate() {
            keys.push((fold(c.name), i as u16, true));
            for name in c.aliases() {
                keys.push((fold(name), i as u16, false));
            }
        }
        let offset = gazetteer.countries.len();
        for (i, b) in gazetteer.blocs.iter().enumerate() {
            keys.push((fold(b.name), (offset + i) as u16, true));
            for name in b.aliases() {
                keys.push((fold(name), (offset + i) as u16, false));
            }
        }
        keys.retain(|(k, _, _)| !k.is_empty());
        SearchIndex { gazetteer, keys }
    }

    fn code(&self, position: u16) -> &'static str {
        let p = usize::from(position);
        match self.gazetteer.countries.get(p) {
            Some(c) => c.code,
            None => self.gazetteer.blocs[p - self.gazetteer.countries.len()].code,
        }
    }

    fn name(&self, position: u16) -> &'static str {
        let p = usize::from(position);
        match self.gazetteer.countries.get(p) {
            Some(c) => c.name,
            None => self.gazetteer.blocs[p - self.gazetteer.countries.len()].name,
        }
    }

    /// Codes of the countries, then blocs, with a name (display name or alias) one
    /// of whose words starts with the query (case- and accent-insensitive). Best first: an exact code
    /// or name (`niger` finds Niger before Nigeria), then display names starting with the query, then
    /// other names starting with it, then names with a later word starting with it; ties alphabetical.
    pub fn search(&self, query: &str) -> Vec<&'static str> {
        let q = fold(query);
        if q.is_empty() {
            return Vec::new();
        }
        let n = self.gazetteer.countries.len() + self.gazetteer.blocs.len();
        let mut best: Vec<Option<u8>> = vec![None; n];
        let upper = query.trim().to_ascii_uppercase();
        for (position, slot) in best.iter_mut().enumerate() {
            if self.code(position as u16) == upper {
                *slot = Some(0);
            }
        }
        for (key, position, display) in &self.keys {
            let score = if *key == q {
                0
            } else if key.starts_with(&q) {
                if *display {
                    1
                } else {
                    2
                }
            } else if key.match_indices(' ').any(|(i, _)| key[i + 1..].starts_with(&q)) {
                3
            } else {
                continue;
            };
            let slot = &mut best[usize::from(*position)];
            *slot = Some(slot.map_or(score, |s| s.min(score)));
        }
        let countries = self.gazetteer.countries.len();
        let mut hits: Vec<(bool, u8, String, u16)> = best
            .iter()
            .enumerate()
            .filter_map(|(p, s)| s.map(|s| (p >= countries, s, fold(self.name(p as u16)), p as u16)))
            .collect();
        sort::sort(&mut hits);
        let mut codes: Vec<&'static str> = hits.into_iter().map(|(_, _, _, p)| self.code(p)).collect();
        // A code typed in full wins over a name that happens to match it (`LIMA` the bloc, not Lima).
        if let Some(i) = codes.iter().position(|c| *c == upper) {
            codes[..=i].rotate_right(1);
        }
        codes
    }
}

impl ClaimIndex {
    /// Country and bloc codes matching a search; see [`SearchIndex::search`].
    pub fn search(&self, query: &str) -> Vec<&'static str> {
        self.search.search(query)
    }
}

/// Splits `text` around the byte span `start..end`: (before, span, after). `None` when the span is
/// reversed, out of range or not on character boundaries, so a bad span never panics the page.
pub fn split_span(text: &str, start: u32, end: u32) -> Option<(&str, &str, &str)> {
    let (start, end) = (start as usize, end as usize);
    Some((text.get(..start)?, text.get(start..end)?, text.get(end..)?))
}

/// A claim's evidence sentence cut around the words naming the actor, for highlighting:
/// (before, mention, after). When the mention does not lie inside the sentence the whole sentence
/// comes back as `before`.
pub fn evidence_parts<'t>(claim: &Claim, body: &'t str) -> (&'t str, &'t str, &'t str) {
    let sentence = claim.evidence(body);
    let inside = claim.start <= claim.mention_start && claim.mention_end <= claim.end;
    let relative = |offset: u32| offset.wrapping_sub(claim.start);
    inside
        .then(|| split_span(sentence, relative(claim.mention_start), relative(claim.mention_end)))
        .flatten()
        .unwrap_or((sentence, "", ""))
}

#[cfg(test)]
mod tests {
    use crate::query::tests::*;

    #[test]
    fn search_finds_a_country_by_any_of_its_names() {
        let g = gaz();
        let cases: &[(&str, &[&str])] = &[
            ("arg", &["ARG"]),
            ("argentine r", &["ARG"]),
            ("brasil", &["BRA"]),
            ("BRASÍL", &["BRA"]),
            ("cote d'iv", &["CIV"]),
            ("Côte", &["CIV"]),
            ("ivory", &["CIV"]),
            ("us", &["USA"]),
            ("u.s", &["USA"]),
            ("usa", &["USA"]),
            ("mex", &["MEX"]),
            ("federation", &["RUS"]),
            ("niger", &["NER", "NGA"]),
            ("nigeri", &["NGA"]),
            ("america", &["USA"]),
            ("b", &["BRA", "VEN"]),
            ("union", &["EU"]),
            ("", &[]),
            ("   ", &[]),
            ("zzz", &[]),
            ("a", &["ARG", "USA"]),
        ];
        for (query, expected) in cases {
            assert_eq!(g.search(query), *expected, "{query:?}");
        }
    }

    #[test]
    fn every_country_and_bloc_is_found_first_by_its_own_name_and_code() {
        for g in [gaz(), Gazetteer::global()] {
            let names =
                g.countries.iter().map(|c| (c.code, c.name)).chain(g.blocs.iter().map(|b| (b.code, b.name)));
            for (code, name) in names {
                assert_eq!(g.search(name).first(), Some(&code), "{name}");
                assert_eq!(g.search(code).first(), Some(&code), "{code}");
            }
        }
    }

    #[test]
    fn evidence_is_cut_around_the_mention_and_bad_spans_degrade_to_plain_text() {
        let body = "Intro. Then Brasília said no. End.";
        let c = |start, end, mention_start, mention_end| Claim {
            start,
            end,
            mention_start,
            mention_end,
            ..claim(0, "BRA", Reject, A)
        };
        let cases = [
            (c(7, 30, 12, 21), ("Then ", "Brasília", " said no.")),
            (c(7, 30, 7, 11), ("", "Then", " Brasília said no.")),
            (c(7, 30, 0, 5), ("Then Brasília said no.", "", "")),
            (c(7, 30, 12, 17), ("Then Brasília said no.", "", "")), // ends inside the í
            (c(30, 7, 12, 21), ("", "", "")),
            (c(7, 999, 12, 21), ("", "", "")),
        ];
        for (claim, parts) in cases {
            assert_eq!(evidence_parts(&claim, body), parts, "{claim:?}");
        }
        assert_eq!(split_span(body, 0, 6), Some(("", "Intro.", " Then Brasília said no. End.")));
        assert_eq!(split_span(body, 6, 0), None);
    }

    #[test]
    fn latin_case_and_separators_agree_with_unicode_over_the_latin_script() {
        for c in ('\0'..='\u{17f}').chain('\u{2000}'..='\u{206f}') {
            let mut lower = c.to_lowercase();
            let expected =
                if c == 'İ' { Some('i') } else { lower.next().filter(|_| lower.next().is_none()) };
            assert_eq!(Some(latin_lowercase(c)), expected, "{:x}", c as u32);
            assert_eq!(is_separator(c), !c.is_alphanumeric(), "{:x}", c as u32);
        }
        // Other scripts keep their letters, in their own case.
        assert_eq!(fold("Ελλάδα, ΕΛΛΑΔΑ"), "Ελλάδα ΕΛΛΑΔΑ");
        assert_eq!(fold("«Россия»"), "Россия");
    }

    #[test]
    fn folding_strips_case_accents_and_punctuation() {
        let cases = [
            ("Côte d'Ivoire", "cote divoire"),
            ("the U.S.", "the us"),
            ("São Tomé and Príncipe", "sao tome and principe"),
            ("Guinea-Bissau", "guinea bissau"),
            ("  Łódź  ", "lodz"),
            ("Cafe\u{301}", "cafe"),
            ("Straße", "strasse"),
            ("ÉTATS-UNIS", "etats unis"),
            ("ŁÓDŹ “quoted” — dash", "lodz quoted dash"),
            ("İstanbul", "istanbul"),
        ];
        for (input, folded) in cases {
            assert_eq!(fold(input), folded, "{input}");
        }
    }

    #[test]
    fn regions_and_subregions_come_from_the_gazetteer() {
        let g = gaz();
        assert_eq!(g.region_of("ARG"), Some(Region::Americas));
        assert_eq!(g.region_of("EU"), None);
        assert_eq!(g.region_of("XXX"), None);
        assert_eq!(
            g.subregions(Some(Region::Americas)),
            ["Central America", "Northern America", "South America"]
        );
        assert_eq!(g.actor_name("LIMA"), "Lima Group");
        assert_eq!(g.actor_name("XXX"), "XXX");
    }
}
