//! Filtering claims by a [`ViewState`] and computing what the map, legend, bloc list, table, panel
//! and timeline show.
//!
//! [`ClaimIndex::new`] builds, once, one bitset per facet over the claims ordered by article date, so
//! a filter change is a handful of word-wide bit operations plus one pass over the surviving claims:
//! its cost depends on the number of claims, never on the length of the articles.
//!
//! ```
//! use atlas_core::query::{ClaimIndex, Gazetteer};
//! use atlas_core::view::ViewState;
//! let index = ClaimIndex::new(&[], &[], Gazetteer::global());
//! let shown = index.filter(&ViewState::default()).aggregate();
//! assert_eq!(shown.legend(), [0, 0, 0, 0]);
//! ```

use crate::date::Date;
use crate::gazetteer::{self, Bloc, Country, Region};
use crate::model::{ArticleRecord, Beneficiary, Certainty, Claim, Stance};
use crate::sort;
use crate::view::{AsylumFor, CertaintyFilter, Column, StanceSet, TableSort, TiesBy, ViewState};
use std::cmp::Reverse;
use std::sync::OnceLock;

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

/// A fixed-length set of claim positions, 64 to a word.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Bitset {
    words: Vec<u64>,
    len: usize,
}

impl Bitset {
    fn empty(len: usize) -> Bitset {
        Bitset { words: vec![0; len.div_ceil(64)], len }
    }

    #[cfg(test)]
    fn full(len: usize) -> Bitset {
        let mut b = Bitset::empty(len);
        b.set_range(0, len);
        b
    }

    fn set(&mut self, i: usize) {
        self.words[i / 64] |= 1 << (i % 64);
    }

    fn get(&self, i: usize) -> bool {
        self.words.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    /// Sets positions `lo..hi`.
    fn set_range(&mut self, lo: usize, hi: usize) {
        let hi = hi.min(self.len);
        if lo >= hi {
            return;
        }
        let (first, last) = (lo / 64, (hi - 1) / 64);
        for w in first..=last {
            let start = if w == first { lo % 64 } else { 0 };
            let end = if w == last { (hi - 1) % 64 + 1 } else { 64 };
            let ones = if end - start == 64 { u64::MAX } else { ((1u64 << (end - start)) - 1) << start };
            self.words[w] |= ones;
        }
    }

    fn and(&mut self, other: &Bitset) {
        self.words.iter_mut().zip(&other.words).for_each(|(a, b)| *a &= b);
    }

    fn or(&mut self, other: &Bitset) {
        self.words.iter_mut().zip(&other.words).for_each(|(a, b)| *a |= b);
    }

    fn and_not(&mut self, other: &Bitset) {
        self.words.iter_mut().zip(&other.words).for_each(|(a, b)| *a &= !b);
    }

    fn count(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }

    fn ones(&self) -> impl Iterator<Item = usize> + '_ {
        self.words.iter().enumerate().flat_map(|(i, &w)| {
            let mut w = w;
            std::iter::from_fn(move || {
                (w != 0).then(|| {
                    let bit = w.trailing_zeros() as usize;
                    w &= w - 1;
                    i * 64 + bit
                })
            })
        })
    }

    /// Keeps only the positions for which `keep` holds.
    fn retain(&mut self, mut keep: impl FnMut(usize) -> bool) {
        for (i, word) in self.words.iter_mut().enumerate() {
            let mut w = *word;
            let mut kept = 0;
            while w != 0 {
                let bit = w.trailing_zeros();
                w &= w - 1;
                if keep(i * 64 + bit as usize) {
                    kept |= 1 << bit;
                }
            }
            *word = kept;
        }
    }
}

/// What an actor code stands for.
#[derive(Clone, Copy, Debug, PartialEq)]
enum ActorKind {
    Country(&'static Country),
    Bloc(&'static Bloc),
    Unknown,
}

#[derive(Clone, Debug)]
struct Actor {
    code: &'static str,
    name: &'static str,
    kind: ActorKind,
    /// Actor ids of a bloc's members (known to the gazetteer or not).
    members: Vec<u16>,
}

const SPECULATIVE_BIT: u8 = 0x80;

/// The claims of a corpus with their facets indexed for fast filtering.
///
/// Internally claims are kept in *rank* order (article date, then article, then claim id), so a date
/// range and an article are each one contiguous run of bits. Claim ids in and out of the API are
/// positions in the slice given to [`ClaimIndex::new`].
#[derive(Debug)]
pub struct ClaimIndex {
    gazetteer: Gazetteer,
    search: SearchIndex,
    articles: Vec<ArticleRecord>,
    claims: Vec<Claim>,
    /// Claims that named an article outside `articles`: left out, counted so the edge can tell.
    skipped: usize,
    /// Rank → claim id.
    order: Vec<u32>,
    /// Rank → day number of the article date (ascending); `i32::MIN` for undated articles, which
    /// therefore come first.
    days: Vec<i32>,
    /// Ranks of undated articles' claims: `0..undated`. No date range keeps them.
    undated: usize,
    /// Rank → actor id.
    actor_of: Vec<u16>,
    /// Rank → stance index, with [`SPECULATIVE_BIT`] set for speculative claims.
    facet: Vec<u8>,
    /// Article index → its rank range.
    article_ranks: Vec<(u32, u32)>,
    /// Article files, sorted, with their article index.
    files: Vec<(&'static str, u32)>,
    /// Outlets, sorted, with their article indexes.
    outlets: Vec<(&'static str, Vec<u32>)>,
    stance_bits: [Bitset; 4],
    speculative: Bitset,
    /// Asylum claims whose beneficiary is not the regime (opposition or unknown), and vice versa.
    asylum_not_regime: Bitset,
    asylum_not_opposition: Bitset,
    /// Broken-ties claims not broken by Venezuela (other or unknown initiator), and vice versa.
    ties_not_venezuela: Bitset,
    ties_not_other: Bitset,
    /// Countries (gazetteer order), then blocs, then unknown actor codes met in claims.
    actors: Vec<Actor>,
    /// Actor codes, sorted, with their actor id.
    actor_codes: Vec<(&'static str, u16)>,
    /// Actor id → its ranks, ascending.
    actor_ranks: Vec<Vec<u32>>,
    /// Actor id → the blocs (actor ids) it belongs to.
    member_of: Vec<Vec<u16>>,
    /// Per [`Column`], all ranks in ascending table order; built on first use.
    sorted: [OnceLock<Vec<u32>>; 8],
}

impl ClaimIndex {
    /// Indexes `claims` (whose `article` fields index `articles`) against a gazetteer.
    pub fn new(articles: &[ArticleRecord], claims: &[Claim], gazetteer: Gazetteer) -> ClaimIndex {
        let mut actors: Vec<Actor> = gazetteer
            .countries
            .iter()
            .map(|c| Actor { code: c.code, name: c.name, kind: ActorKind::Country(c), members: Vec::new() })
            .chain(gazetteer.blocs.iter().map(|b| Actor {
                code: b.code,
                name: b.name,
                kind: ActorKind::Bloc(b),
                members: Vec::new(),
            }))
            .collect();
        let mut actor_codes: Vec<(&'static str, u16)> =
            actors.iter().enumerate().map(|(i, a)| (a.code, i as u16)).collect();
        sort::sort(&mut actor_codes);
        actor_codes.dedup_by_key(|(code, _)| *code);
        let mut intern = |code: &'static str, actors: &mut Vec<Actor>| -> u16 {
            match actor_codes.binary_search_by_key(&code, |&(c, _)| c) {
                Ok(i) => actor_codes[i].1,
                Err(i) => {
                    let id = actors.len() as u16;
                    actors.push(Actor { code, name: code, kind: ActorKind::Unknown, members: Vec::new() });
                    actor_codes.insert(i, (code, id));
                    id
                }
            }
        };
        for b in 0..gazetteer.blocs.len() {
            let bloc_id = gazetteer.countries.len() + b;
            let members = gazetteer.blocs[b].members().map(|m| intern(m, &mut actors)).collect();
            actors[bloc_id].members = members;
        }

        let known: Vec<u32> = (0..claims.len() as u32)
            .filter(|&i| (claims[i as usize].article as usize) < articles.len())
            .collect();
        let skipped = claims.len() - known.len();
        // By article date, then article, then id (ties keep `known`'s ascending order). The first
        // two are packed into one number up front, as this sort may see a hundred thousand claims.
        let date_and_article: Vec<u64> = known
            .iter()
            .map(|&i| {
                let a = claims[i as usize].article;
                let d = articles[a as usize].date;
                u64::from(d.year) << 48 | u64::from(d.month) << 40 | u64::from(d.day) << 32 | u64::from(a)
            })
            .collect();
        let order: Vec<u32> =
            sort::order_by(known.len(), &|x, y| date_and_article[x].cmp(&date_and_article[y]))
                .into_iter()
                .map(|p| known[p as usize])
                .collect();
        let n = order.len();
        let mut days = Vec::with_capacity(n);
        let mut actor_of = Vec::with_capacity(n);
        let mut facet = Vec::with_capacity(n);
        let mut article_ranks = vec![(0u32, 0u32); articles.len()];
        let mut stance_bits = std::array::from_fn(|_| Bitset::empty(n));
        let mut speculative = Bitset::empty(n);
        let mut asylum_not_regime = Bitset::empty(n);
        let mut asylum_not_opposition = Bitset::empty(n);
        let mut ties_not_venezuela = Bitset::empty(n);
        let mut ties_not_other = Bitset::empty(n);
        for (rank, &id) in order.iter().enumerate() {
            let c = &claims[id as usize];
            let a = c.article as usize;
            if article_ranks[a] == (0, 0) {
                article_ranks[a] = (rank as u32, rank as u32);
            }
            article_ranks[a].1 = rank as u32 + 1;
            days.push(articles[a].date.days_since_epoch());
            actor_of.push(intern(c.actor, &mut actors));
            let spec = c.certainty == Certainty::Speculative;
            facet.push(c.stance.index() as u8 | if spec { SPECULATIVE_BIT } else { 0 });
            stance_bits[c.stance.index()].set(rank);
            if spec {
                speculative.set(rank);
            }
            match c.stance {
                Stance::OfferAsylum => {
                    if c.beneficiary != Some(Beneficiary::Regime) {
                        asylum_not_regime.set(rank);
                    }
                    if c.beneficiary != Some(Beneficiary::Opposition) {
                        asylum_not_opposition.set(rank);
                    }
                }
                Stance::BreakTies => {
                    if c.initiator != Some("VEN") {
                        ties_not_venezuela.set(rank);
                    }
                    if c.initiator.is_none_or(|i| i == "VEN") {
                        ties_not_other.set(rank);
                    }
                }
                Stance::Recognize | Stance::Reject => {}
            }
        }
        let mut actor_ranks = vec![Vec::new(); actors.len()];
        for (rank, &a) in actor_of.iter().enumerate() {
            actor_ranks[usize::from(a)].push(rank as u32);
        }
        let mut member_of = vec![Vec::new(); actors.len()];
        for (bloc, actor) in actors.iter().enumerate() {
            for &m in &actor.members {
                member_of[usize::from(m)].push(bloc as u16);
            }
        }
        let mut files: Vec<(&'static str, u32)> =
            articles.iter().enumerate().map(|(i, a)| (a.file, i as u32)).collect();
        sort::sort(&mut files);
        let mut outlets: Vec<(&'static str, Vec<u32>)> = Vec::new();
        let mut by_outlet: Vec<(&'static str, u32)> =
            articles.iter().enumerate().map(|(i, a)| (a.outlet, i as u32)).collect();
        sort::sort(&mut by_outlet);
        for (outlet, a) in by_outlet {
            match outlets.last_mut() {
                Some((o, list)) if *o == outlet => list.push(a),
                _ => outlets.push((outlet, vec![a])),
            }
        }
        let undated = days.partition_point(|&d| d == i32::MIN);
        ClaimIndex {
            undated,
            gazetteer,
            search: SearchIndex::new(gazetteer),
            articles: articles.to_vec(),
            claims: claims.to_vec(),
            skipped,
            order,
            days,
            actor_of,
            facet,
            article_ranks,
            files,
            outlets,
            stance_bits,
            speculative,
            asylum_not_regime,
            asylum_not_opposition,
            ties_not_venezuela,
            ties_not_other,
            actors,
            actor_codes,
            actor_ranks,
            member_of,
            sorted: std::array::from_fn(|_| OnceLock::new()),
        }
    }

    pub fn gazetteer(&self) -> Gazetteer {
        self.gazetteer
    }

    pub fn articles(&self) -> &[ArticleRecord] {
        &self.articles
    }

    /// All claims, by id.
    pub fn claims(&self) -> &[Claim] {
        &self.claims
    }

    pub fn claim(&self, id: u32) -> Option<&Claim> {
        self.claims.get(id as usize)
    }

    /// The article a claim was read from.
    pub fn article_of(&self, id: u32) -> Option<&ArticleRecord> {
        self.claim(id).and_then(|c| self.articles.get(c.article as usize))
    }

    /// Number of claims left out because their article index was out of range.
    pub fn skipped_claims(&self) -> usize {
        self.skipped
    }

    /// The index of the article with this file name.
    pub fn article_by_file(&self, file: &str) -> Option<u32> {
        self.files.binary_search_by_key(&file, |&(f, _)| f).ok().map(|i| self.files[i].1)
    }

    /// The articles `view` chooses that this index does not hold: a reader's own article
    /// (`local:…`) named in a link opened in a browser that does not keep it. Its filter then keeps
    /// nothing, and the page says why.
    pub fn absent_articles<'v>(&self, view: &'v ViewState) -> Vec<&'v str> {
        view.articles.iter().map(String::as_str).filter(|file| self.article_by_file(file).is_none()).collect()
    }

    /// Outlets with their number of articles, sorted by name, for the outlet filter.
    pub fn outlets(&self) -> Vec<(&'static str, usize)> {
        self.outlets.iter().map(|(o, list)| (*o, list.len())).collect()
    }

    pub fn has_outlet(&self, outlet: &str) -> bool {
        self.outlets.binary_search_by_key(&outlet, |(o, _)| o).is_ok()
    }

    /// The first and last days of dated articles (a month or a year counted whole), for the
    /// range control.
    pub fn date_bounds(&self) -> Option<(Date, Date)> {
        let dated = || self.articles.iter().map(|a| a.date).filter(|d| !d.is_undated());
        Some((dated().map(Date::first_day).min()?, dated().map(Date::last_day).max()?))
    }

    /// What the view's filters leave out that the reader may want back: for each of the
    /// speculative, date-range and stance filters, how many more claims the view would keep
    /// without it (the other filters kept). The app offers to lift each when a view is empty.
    pub fn hidden(&self, view: &ViewState) -> Hidden {
        let pass = self.actor_pass(view);
        let kept = self.mask(view, true, pass.as_deref()).count();
        let more = |v: &ViewState| self.mask(v, true, pass.as_deref()).count().saturating_sub(kept);
        let speculative = match view.certainty {
            CertaintyFilter::AssertedOnly => {
                more(&ViewState { certainty: CertaintyFilter::IncludeSpeculative, ..view.clone() })
            }
            CertaintyFilter::IncludeSpeculative => 0,
        };
        let (outside_range, undated) = if view.has_time() {
            let all = self.mask(view, false, pass.as_deref());
            let undated = (0..self.undated).filter(|&r| all.get(r)).count();
            (all.count().saturating_sub(kept + undated), undated)
        } else {
            (0, 0)
        };
        let other_stances = if view.stances == StanceSet::ALL {
            0
        } else {
            more(&ViewState { stances: StanceSet::ALL, ..view.clone() })
        };
        Hidden { speculative, outside_range, undated, other_stances }
    }

    /// What changed between two days: each country and bloc whose stances as of `earlier` differ
    /// from its stances as of `later`, under the view's other filters, by name.
    pub fn changes(&self, view: &ViewState, earlier: Date, later: Date) -> Vec<Change> {
        let at = |day: Date| self.filter(&ViewState { as_of: Some(day), ..view.clone() }).aggregate();
        let (before, after) = (at(earlier), at(later));
        let mut changes: Vec<Change> = Vec::new();
        for v in before.actors.iter().chain(&after.actors) {
            if changes.iter().any(|c| c.code == v.code) {
                continue;
            }
            let stances = |a: &Aggregate| a.get(v.code).map_or(StanceSet::NONE, ActorView::stances);
            let (old, new) = (stances(&before), stances(&after));
            let gained = new.iter().filter(|&s| !old.contains(s)).fold(StanceSet::NONE, StanceSet::with);
            let lost = old.iter().filter(|&s| !new.contains(s)).fold(StanceSet::NONE, StanceSet::with);
            if !(gained.is_empty() && lost.is_empty()) {
                changes.push(Change { code: v.code, name: v.name, is_bloc: v.is_bloc, gained, lost });
            }
        }
        sort::sort_by_key(&mut changes, |c| (c.is_bloc, c.name));
        changes
    }

    /// Country and bloc codes matching a search; see [`SearchIndex::search`].
    pub fn search(&self, query: &str) -> Vec<&'static str> {
        self.search.search(query)
    }

    fn actor_id(&self, code: &str) -> Option<u16> {
        self.actor_codes.binary_search_by_key(&code, |&(c, _)| c).ok().map(|i| self.actor_codes[i].1)
    }

    /// The claims the view keeps.
    pub fn filter(&self, view: &ViewState) -> Filtered<'_> {
        let pass = self.actor_pass(view);
        let mask = self.mask(view, true, pass.as_deref());
        Filtered { index: self, mask, paint_blocs: view.paint_blocs, pass }
    }

    /// For each actor id, whether it passes the region, subregion and search filters; `None` when
    /// none of them is set. A bloc passes when a member does, or when the search names the bloc
    /// itself and a member lies in the chosen region.
    fn actor_pass(&self, view: &ViewState) -> Option<Vec<bool>> {
        let query = view.search.trim();
        if view.region.is_none() && view.subregion.is_none() && query.is_empty() {
            return None;
        }
        let in_place = |kind: ActorKind| match kind {
            ActorKind::Country(c) => {
                view.region.is_none_or(|r| c.region == r) && view.subregion.is_none_or(|s| c.subregion == s)
            }
            ActorKind::Bloc(_) => false,
            ActorKind::Unknown => view.region.is_none() && view.subregion.is_none(),
        };
        let named: Option<Vec<bool>> = (!query.is_empty()).then(|| {
            let mut named = vec![false; self.actors.len()];
            for code in self.search.search(query) {
                if let Some(id) = self.actor_id(code) {
                    named[usize::from(id)] = true;
                }
            }
            for (i, a) in self.actors.iter().enumerate() {
                if a.kind == ActorKind::Unknown && a.code.eq_ignore_ascii_case(query) {
                    named[i] = true;
                }
            }
            named
        });
        let is_named = |i: usize| named.as_ref().is_none_or(|n| n[i]);
        let mut pass: Vec<bool> =
            self.actors.iter().enumerate().map(|(i, a)| in_place(a.kind) && is_named(i)).collect();
        for (i, a) in self.actors.iter().enumerate() {
            if let ActorKind::Bloc(_) = a.kind {
                let member_passes = a.members.iter().any(|&m| pass[usize::from(m)]);
                let member_in_place = view.region.is_none() && view.subregion.is_none()
                    || a.members.iter().any(|&m| in_place(self.actors[usize::from(m)].kind));
                pass[i] = member_passes || (named.is_some() && is_named(i) && member_in_place);
            }
        }
        Some(pass)
    }

    fn mask(&self, view: &ViewState, with_range: bool, pass: Option<&[bool]>) -> Bitset {
        let n = self.order.len();
        let mut mask = Bitset::empty(n);
        let lo = match (with_range, view.from) {
            (true, Some(d)) => self.days.partition_point(|&day| day < d.days_since_epoch()),
            // An undated article is in no period: any range leaves it out.
            (true, None) if view.to.is_some() => self.undated,
            _ => 0,
        };
        let lo = match (with_range, view.as_of) {
            // As of a day, like any range, leaves undated articles out.
            (true, Some(_)) => lo.max(self.undated),
            _ => lo,
        };
        let last = match (view.to, view.as_of) {
            (Some(t), Some(a)) => Some(t.min(a)),
            (t, a) => t.or(a),
        };
        let hi = match (with_range, last) {
            (true, Some(d)) => self.days.partition_point(|&day| day <= d.days_since_epoch()),
            _ => n,
        };
        mask.set_range(lo, hi.max(lo));
        if with_range && view.as_of.is_some() {
            // Before the stance filter: a rejection hidden by it still ends an earlier recognition.
            let mut position = mask.clone();
            self.narrow(&mut position, &ViewState { stances: StanceSet::ALL, ..view.clone() }, pass);
            self.keep_latest_position(&mut position);
            mask.and(&position);
        }
        self.narrow(&mut mask, view, pass);
        mask
    }

    /// Of each actor's recognitions and rejections in `mask`, keeps only those dated on or after
    /// its latest claim of the other: a government that rejected Maduro's after recognizing it
    /// rejects it as of then (claims of one day stand together). Breaking ties and offering asylum
    /// are kept: they are acts, not positions that a later word undoes.
    fn keep_latest_position(&self, mask: &mut Bitset) {
        let slot = |rank: usize| match self.facet[rank] & !SPECULATIVE_BIT {
            f if usize::from(f) == Stance::Recognize.index() => Some(0),
            f if usize::from(f) == Stance::Reject.index() => Some(1),
            _ => None,
        };
        // Per actor: the day of its latest recognition and latest rejection (ranks are in date order).
        let mut latest = vec![[i32::MIN; 2]; self.actors.len()];
        for rank in mask.ones() {
            if let Some(s) = slot(rank) {
                latest[usize::from(self.actor_of[rank])][s] = self.days[rank];
            }
        }
        mask.retain(|rank| {
            slot(rank).is_none_or(|s| self.days[rank] >= latest[usize::from(self.actor_of[rank])][1 - s])
        });
    }

    /// `mask` narrowed by every filter of the view but the dates.
    fn narrow(&self, mask: &mut Bitset, view: &ViewState, pass: Option<&[bool]>) {
        let n = self.order.len();
        if view.stances != StanceSet::ALL {
            let mut shown = Bitset::empty(n);
            for s in view.stances.iter() {
                shown.or(&self.stance_bits[s.index()]);
            }
            mask.and(&shown);
        }
        if view.certainty == CertaintyFilter::AssertedOnly {
            mask.and_not(&self.speculative);
        }
        match view.asylum_for {
            AsylumFor::Both => {}
            AsylumFor::Only(Beneficiary::Regime) => mask.and_not(&self.asylum_not_regime),
            AsylumFor::Only(Beneficiary::Opposition) => mask.and_not(&self.asylum_not_opposition),
        }
        match view.ties_by {
            TiesBy::Both => {}
            TiesBy::Venezuela => mask.and_not(&self.ties_not_venezuela),
            TiesBy::OtherCountry => mask.and_not(&self.ties_not_other),
        }
        if !view.articles.is_empty() || !view.outlets.is_empty() {
            let mut chosen: Vec<u32> = if view.articles.is_empty() {
                view.outlets
                    .iter()
                    .filter_map(|o| self.outlets.binary_search_by_key(&o.as_str(), |(x, _)| x).ok())
                    .flat_map(|i| self.outlets[i].1.iter().copied())
                    .collect()
            } else {
                view.articles.iter().filter_map(|f| self.article_by_file(f)).collect()
            };
            if !view.articles.is_empty() && !view.outlets.is_empty() {
                chosen.retain(|&a| view.outlets.contains(self.articles[a as usize].outlet));
            }
            let mut sources = Bitset::empty(n);
            for a in chosen {
                let (lo, hi) = self.article_ranks[a as usize];
                sources.set_range(lo as usize, hi as usize);
            }
            mask.and(&sources);
        }
        if let Some(pass) = pass {
            mask.retain(|rank| pass[usize::from(self.actor_of[rank])]);
        }
    }

    /// A country's (or bloc's) claims over time under every filter of the view except its date
    /// range, oldest first, each marked with whether it falls inside the range. With bloc painting
    /// on, a country's timeline includes its blocs' claims, marked `via`.
    pub fn timeline(&self, code: &str, view: &ViewState) -> Vec<TimelineEntry> {
        let pass = self.actor_pass(view);
        let mask = self.mask(view, false, pass.as_deref());
        let from = view.from.map_or(i32::MIN, Date::days_since_epoch);
        let to = match (view.to, view.as_of) {
            (Some(t), Some(a)) => t.min(a),
            (t, a) => t.or(a).unwrap_or(Date::new(9999, 12, 31)),
        }
        .days_since_epoch();
        self.claims_in(&mask, pass.as_deref(), view.paint_blocs, code)
            .into_iter()
            .map(|(rank, via)| {
                let id = self.order[rank as usize];
                let claim = &self.claims[id as usize];
                let day = self.days[rank as usize];
                TimelineEntry {
                    id,
                    date: self.articles[claim.article as usize].date,
                    stance: claim.stance,
                    certainty: claim.certainty,
                    via,
                    in_range: (from..=to).contains(&day) && (day != i32::MIN || !view.has_time()),
                }
            })
            .collect()
    }

    /// Ranks, ascending, of the claims in `mask` made by `code`, or (when painting) by a bloc it
    /// belongs to.
    fn claims_in(
        &self,
        mask: &Bitset,
        pass: Option<&[bool]>,
        paint: bool,
        code: &str,
    ) -> Vec<(u32, Option<&'static str>)> {
        let Some(actor) = self.actor_id(code) else { return Vec::new() };
        let a = usize::from(actor);
        let mut out: Vec<(u32, Option<&'static str>)> =
            self.actor_ranks[a].iter().filter(|&&r| mask.get(r as usize)).map(|&r| (r, None)).collect();
        if paint && pass.is_none_or(|p| p[a]) {
            for &bloc in &self.member_of[a] {
                let via = Some(self.actors[usize::from(bloc)].code);
                out.extend(
                    self.actor_ranks[usize::from(bloc)]
                        .iter()
                        .filter(|&&r| mask.get(r as usize))
                        .map(|&r| (r, via)),
                );
            }
            sort::sort(&mut out);
        }
        out
    }

    /// All ranks in ascending order of a column, ties in date order.
    ///
    /// Every column is first turned into one number per rank (text through [`ordinals`]), so the
    /// sort compares numbers.
    fn sorted_by(&self, column: Column) -> &[u32] {
        self.sorted[column.index()].get_or_init(|| {
            let ranks = 0..self.order.len();
            let claim = |r: usize| &self.claims[self.order[r] as usize];
            let per_article = |field: fn(&ArticleRecord) -> &str| {
                let position = ordinals(self.articles.iter().map(|a| fold(field(a))).collect());
                ranks.clone().map(|r| position[claim(r).article as usize]).collect::<Vec<u32>>()
            };
            let key: Vec<u32> = match column {
                Column::Date => return (0..self.order.len() as u32).collect(),
                Column::Actor => {
                    let position = ordinals(self.actors.iter().map(|a| fold(a.name)).collect());
                    ranks.map(|r| position[usize::from(self.actor_of[r])]).collect()
                }
                Column::Stance => ranks.map(|r| u32::from(self.facet[r] & !SPECULATIVE_BIT)).collect(),
                Column::Certainty => ranks.map(|r| u32::from(self.facet[r] & SPECULATIVE_BIT)).collect(),
                Column::Party => {
                    // Claims without a party (neither asylum nor broken ties) come last.
                    let party: Vec<Option<String>> = ranks
                        .map(|r| {
                            let c = claim(r);
                            let name = c.beneficiary.map(|b| b.label());
                            name.or_else(|| c.initiator.map(|i| self.gazetteer.actor_name(i))).map(fold)
                        })
                        .collect();
                    let named = ordinals(party.iter().flatten().cloned().collect());
                    let mut next = named.iter();
                    party
                        .iter()
                        .map(|p| p.as_ref().and_then(|_| next.next().copied()).unwrap_or(u32::MAX))
                        .collect()
                }
                Column::Article => per_article(|a| a.title),
                Column::Outlet => per_article(|a| a.outlet),
                Column::Rule => ordinals(ranks.map(|r| claim(r).rule.to_string()).collect()),
            };
            sort::order_by(key.len(), &|a, b| key[a].cmp(&key[b]))
        })
    }
}

/// Each string's place in sorted order, equal strings sharing one: the numbers a column sorts by.
fn ordinals(keys: Vec<String>) -> Vec<u32> {
    let by_key = sort::order_by(keys.len(), &|a, b| keys[a].cmp(&keys[b]));
    let mut place = vec![0; keys.len()];
    let mut current = 0;
    for (i, pair) in by_key.iter().enumerate() {
        if i > 0 && keys[*pair as usize] != keys[by_key[i - 1] as usize] {
            current += 1;
        }
        place[*pair as usize] = current;
    }
    place
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

/// Claims a view leaves out, by the filter that does; see [`ClaimIndex::hidden`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Hidden {
    /// Speculative claims left out by "asserted only".
    pub speculative: usize,
    /// Claims of dated articles outside the date range.
    pub outside_range: usize,
    /// Claims of undated articles, which a date range always leaves out.
    pub undated: usize,
    /// Claims of the stances turned off.
    pub other_stances: usize,
}

impl Hidden {
    pub fn any(&self) -> bool {
        *self != Hidden::default()
    }
}

/// A country or bloc whose stances differ between two days; see [`ClaimIndex::changes`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change {
    pub code: &'static str,
    pub name: &'static str,
    pub is_bloc: bool,
    /// Stances it holds on the later day and did not on the earlier one.
    pub gained: StanceSet,
    /// Stances it held on the earlier day and no longer does.
    pub lost: StanceSet,
}

/// One claim on a country's timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimelineEntry {
    pub id: u32,
    pub date: Date,
    pub stance: Stance,
    pub certainty: Certainty,
    /// The bloc whose claim this is, when it paints a member country.
    pub via: Option<&'static str>,
    /// Inside the view's date range (an undated article is inside only when there is none).
    pub in_range: bool,
}

/// A claim shown for a country: its own, or its bloc's (`via`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClaimRef {
    pub id: u32,
    pub via: Option<&'static str>,
}

/// The claims a view keeps, and everything computed from them.
#[derive(Clone, Debug)]
pub struct Filtered<'i> {
    index: &'i ClaimIndex,
    mask: Bitset,
    paint_blocs: bool,
    pass: Option<Vec<bool>>,
}

impl Filtered<'_> {
    /// Number of claims kept.
    pub fn len(&self) -> usize {
        self.mask.count()
    }

    pub fn is_empty(&self) -> bool {
        self.mask.words.iter().all(|&w| w == 0)
    }

    /// Ids of the kept claims, oldest article first.
    pub fn claim_ids(&self) -> Vec<u32> {
        self.mask.ones().map(|r| self.index.order[r]).collect()
    }

    /// The claims shown in a country's (or bloc's) evidence panel, oldest first: its own and, with
    /// bloc painting on, its blocs' (`via`).
    pub fn claims_of(&self, code: &str) -> Vec<ClaimRef> {
        self.index
            .claims_in(&self.mask, self.pass.as_deref(), self.paint_blocs, code)
            .into_iter()
            .map(|(rank, via)| ClaimRef { id: self.index.order[rank as usize], via })
            .collect()
    }

    /// Ids of the kept claims in table order.
    pub fn rows(&self, sort: TableSort) -> Vec<u32> {
        let order = self.index.sorted_by(sort.column);
        let keep = |&&r: &&u32| self.mask.get(r as usize);
        let ids = |&r: &u32| self.index.order[r as usize];
        if sort.descending {
            order.iter().rev().filter(keep).map(ids).collect()
        } else {
            order.iter().filter(keep).map(ids).collect()
        }
    }

    /// Per actor, the stances shown with their counts: what the map, tooltips, legend and bloc list
    /// need.
    pub fn aggregate(&self) -> Aggregate {
        let index = self.index;
        // Per actor and stance: [claims, speculative claims].
        let mut counts = vec![[[0u32; 2]; 4]; index.actors.len()];
        for rank in self.mask.ones() {
            let f = index.facet[rank];
            let slot = &mut counts[usize::from(index.actor_of[rank])][usize::from(f & !SPECULATIVE_BIT)];
            slot[0] += 1;
            slot[1] += u32::from(f & SPECULATIVE_BIT != 0);
        }
        let mut views: Vec<Option<ActorView>> = vec![None; index.actors.len()];
        let new_view = |a: &Actor| ActorView {
            code: a.code,
            name: a.name,
            is_bloc: matches!(a.kind, ActorKind::Bloc(_)),
            tallies: Default::default(),
        };
        for (i, c) in counts.iter().enumerate() {
            if c.iter().any(|s| s[0] > 0) {
                let mut v = new_view(&index.actors[i]);
                for (tally, [claims, speculative]) in v.tallies.iter_mut().zip(c) {
                    tally.claims = *claims;
                    tally.speculative = *speculative;
                }
                views[i] = Some(v);
            }
        }
        if self.paint_blocs {
            for (b, actor) in index.actors.iter().enumerate() {
                if !matches!(actor.kind, ActorKind::Bloc(_)) || counts[b].iter().all(|s| s[0] == 0) {
                    continue;
                }
                for &m in &actor.members {
                    let m = usize::from(m);
                    if self.pass.as_ref().is_some_and(|p| !p[m]) {
                        continue;
                    }
                    let v = views[m].get_or_insert_with(|| new_view(&index.actors[m]));
                    for (tally, [claims, speculative]) in v.tallies.iter_mut().zip(&counts[b]) {
                        if *claims > 0 {
                            tally.via.push(Via {
                                bloc: actor.code,
                                claims: *claims,
                                speculative: *speculative,
                            });
                        }
                    }
                }
            }
        }
        let mut actors: Vec<ActorView> = views.into_iter().flatten().collect();
        sort::sort_by_key(&mut actors, |v| v.code);
        Aggregate { actors }
    }
}

/// A bloc's claims painting one of its member countries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Via {
    pub bloc: &'static str,
    pub claims: u32,
    pub speculative: u32,
}

/// One stance of one actor under the current filters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StanceTally {
    /// The actor's own claims of this stance.
    pub claims: u32,
    /// Of which speculative.
    pub speculative: u32,
    /// Blocs painting this stance on the actor (bloc painting on).
    pub via: Vec<Via>,
}

impl StanceTally {
    pub fn is_shown(&self) -> bool {
        self.claims > 0 || !self.via.is_empty()
    }

    /// Shown only because of speculative claims: the map should mark it as such.
    pub fn is_only_speculative(&self) -> bool {
        self.is_shown()
            && self.speculative == self.claims
            && self.via.iter().all(|v| v.speculative == v.claims)
    }

    /// Only painted through blocs: the actor itself has no claim of this stance.
    pub fn is_only_via_blocs(&self) -> bool {
        self.claims == 0 && !self.via.is_empty()
    }
}

/// What the map shows for one country or bloc.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActorView {
    pub code: &'static str,
    pub name: &'static str,
    pub is_bloc: bool,
    /// Indexed like [`Stance::ALL`].
    pub tallies: [StanceTally; 4],
}

impl ActorView {
    pub fn tally(&self, stance: Stance) -> &StanceTally {
        &self.tallies[stance.index()]
    }

    pub fn stances(&self) -> StanceSet {
        Stance::ALL.into_iter().filter(|&s| self.tally(s).is_shown()).fold(StanceSet::NONE, StanceSet::with)
    }

    /// Stances shown only because of speculative claims.
    pub fn speculative_only(&self) -> StanceSet {
        Stance::ALL
            .into_iter()
            .filter(|&s| self.tally(s).is_only_speculative())
            .fold(StanceSet::NONE, StanceSet::with)
    }

    /// The `data-stances` attribute: shown stance ids, space-separated, in [`Stance::ALL`] order.
    pub fn data_stances(&self) -> String {
        self.stances().ids()
    }
}

/// Every actor with something shown under the current filters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Aggregate {
    /// Sorted by code.
    actors: Vec<ActorView>,
}

impl Aggregate {
    /// What is shown for a code, if anything.
    pub fn get(&self, code: &str) -> Option<&ActorView> {
        self.actors.binary_search_by_key(&code, |v| v.code).ok().map(|i| &self.actors[i])
    }

    /// The `data-stances` attribute of a code: empty when nothing is shown.
    pub fn data_stances(&self, code: &str) -> String {
        self.get(code).map(ActorView::data_stances).unwrap_or_default()
    }

    /// Countries (and unknown non-bloc actors) with something shown, by code.
    pub fn countries(&self) -> impl Iterator<Item = &ActorView> {
        self.actors.iter().filter(|v| !v.is_bloc)
    }

    /// Blocs with claims of their own, by name.
    pub fn blocs(&self) -> Vec<&ActorView> {
        let mut blocs: Vec<&ActorView> = self.actors.iter().filter(|v| v.is_bloc).collect();
        sort::sort_by_key(&mut blocs, |v| v.name);
        blocs
    }

    /// Number of countries showing each stance, indexed like [`Stance::ALL`].
    pub fn legend(&self) -> [usize; 4] {
        Stance::ALL.map(|s| self.countries().filter(|v| v.tally(s).is_shown()).count())
    }

    /// Countries sorted by how many claims they have, most first, for "most active" lists.
    pub fn busiest(&self) -> Vec<&ActorView> {
        let mut v: Vec<&ActorView> = self.countries().collect();
        sort::sort_by_key(&mut v, |a| (Reverse(a.tallies.iter().map(|t| t.claims).sum::<u32>()), a.name));
        v
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::gazetteer::UnStatus;
    use crate::view::{Action, Episode, EPISODES};
    use Stance::*;

    const fn country(
        code: &'static str,
        name: &'static str,
        region: Region,
        subregion: &'static str,
        aliases: &'static str,
    ) -> Country {
        Country { code, name, un: UnStatus::Member, region, subregion, aliases }
    }

    #[rustfmt::skip]
    pub(crate) static COUNTRIES: &[Country] = &[
        country("ARG", "Argentina", Region::Americas, "South America", "Argentine Republic"),
        country("BRA", "Brazil", Region::Americas, "South America", "Brasil"),
        country("CIV", "Côte d'Ivoire", Region::Africa, "Western Africa", "Ivory Coast"),
        country("ESP", "Spain", Region::Europe, "Southern Europe", "España"),
        country("FRA", "France", Region::Europe, "Western Europe", ""),
        country("NER", "Niger", Region::Africa, "Western Africa", ""),
        country("NGA", "Nigeria", Region::Africa, "Western Africa", ""),
        country("MEX", "Mexico", Region::Americas, "Central America", "México"),
        country("RUS", "Russia", Region::Europe, "Eastern Europe", "Russian Federation"),
        country("USA", "United States", Region::Americas, "Northern America", "the U.S.|United States of America|America"),
        country("VEN", "Venezuela", Region::Americas, "South America", "Bolivarian Republic of Venezuela"),
    ];

    #[rustfmt::skip]
    pub(crate) static BLOCS: &[Bloc] = &[
        Bloc { code: "EU", name: "European Union", aliases: "the EU|the European Union", members: "ESP FRA" },
        Bloc { code: "LIMA", name: "Lima Group", aliases: "the Lima Group", members: "ARG BRA MEX" },
    ];

    pub(crate) fn gaz() -> Gazetteer {
        Gazetteer { countries: COUNTRIES, blocs: BLOCS }
    }

    fn article(file: &'static str, outlet: &'static str, date: Date, title: &'static str) -> ArticleRecord {
        ArticleRecord {
            file,
            title,
            title_editorial: false,
            outlet,
            author: None,
            date,
            date_approximate: false,
            url: None,
            body: "Argentina rejected it. Spain, too.",
        }
    }

    pub(crate) fn articles() -> Vec<ArticleRecord> {
        vec![
            article("a2017.txt", "PanAm Post", Date::new(2017, 11, 21), "Lima Group condemns assembly"),
            article("b2019.txt", "Breitbart News", Date::new(2019, 1, 23), "Guaidó recognised"),
            article("c2024.txt", "Breitbart News", Date::new(2024, 7, 30), "Venezuela breaks ties"),
            article("d2025.txt", "In Venezuela", Date::new(2025, 11, 27), "Asylum talk"),
        ]
    }

    /// A claim with the fields that matter here; the rest zero.
    pub(crate) fn claim(article: u32, actor: &'static str, stance: Stance, certainty: Certainty) -> Claim {
        Claim {
            article,
            actor,
            stance,
            certainty,
            beneficiary: None,
            initiator: None,
            start: 0,
            end: 22,
            mention_start: 0,
            mention_end: 9,
            rule: "test",
        }
    }

    const A: Certainty = Certainty::Asserted;
    const S: Certainty = Certainty::Speculative;

    pub(crate) fn claims() -> Vec<Claim> {
        let asylum = |article, actor, certainty, b| Claim {
            beneficiary: Some(b),
            rule: "asylum",
            ..claim(article, actor, OfferAsylum, certainty)
        };
        let ties = |article, actor, by| Claim {
            initiator: Some(by),
            rule: "ties",
            ..claim(article, actor, BreakTies, A)
        };
        vec![
            /* 0 */ claim(0, "LIMA", Reject, A),
            /* 1 */ claim(0, "RUS", Recognize, A),
            /* 2 */ claim(1, "USA", Reject, A),
            /* 3 */ claim(1, "EU", Reject, A),
            /* 4 */ claim(1, "ESP", Reject, S),
            /* 5 */ ties(2, "ARG", "VEN"),
            /* 6 */ claim(2, "ARG", Reject, A),
            /* 7 */ asylum(2, "ARG", A, Beneficiary::Opposition),
            /* 8 */ ties(2, "USA", "USA"),
            /* 9 */ asylum(3, "MEX", S, Beneficiary::Regime),
            /* 10 */ claim(3, "RUS", Recognize, A),
            /* 11 */ claim(3, "XXX", Reject, A),
            /* 12 */ claim(9, "BRA", Reject, A), // names an article that does not exist
        ]
    }

    pub(crate) fn index() -> ClaimIndex {
        ClaimIndex::new(&articles(), &claims(), gaz())
    }

    /// Mexico recognizes (2017), rejects (2019), recognizes again (2025); Argentina breaks ties
    /// (2024) and on that day both recognizes and rejects; the United States rejects (2019).
    fn turning_index() -> ClaimIndex {
        let claims = vec![
            claim(0, "MEX", Recognize, A),
            claim(1, "MEX", Reject, A),
            claim(1, "USA", Reject, A),
            claim(2, "ARG", BreakTies, A),
            claim(2, "ARG", Recognize, A),
            claim(2, "ARG", Reject, A),
            claim(3, "MEX", Recognize, A),
        ];
        ClaimIndex::new(&articles(), &claims, gaz())
    }

    fn stances_as_of(index: &ClaimIndex, view: &ViewState, code: &str) -> Vec<Stance> {
        index.filter(view).aggregate().get(code).map_or(StanceSet::NONE, ActorView::stances).iter().collect()
    }

    #[test]
    fn as_of_a_day_only_the_later_of_a_recognition_and_a_rejection_stands_and_acts_stay() {
        let index = turning_index();
        let as_of = |y, m, d| view(&[Action::SetAsOf(Some(Date::new(y, m, d)))]);
        assert_eq!(stances_as_of(&index, &as_of(2018, 1, 1), "MEX"), [Recognize]);
        assert_eq!(stances_as_of(&index, &as_of(2019, 12, 31), "MEX"), [Reject]);
        assert_eq!(stances_as_of(&index, &as_of(2025, 12, 31), "MEX"), [Recognize]);
        // Every date at once: everything ever said.
        assert_eq!(stances_as_of(&index, &ViewState::default(), "MEX"), [Recognize, Reject]);
        // One day's recognition and rejection stand together; broken ties are not undone by words.
        assert_eq!(stances_as_of(&index, &as_of(2025, 12, 31), "ARG"), [Recognize, Reject, BreakTies]);
        // Before anything was said, nothing.
        assert_eq!(stances_as_of(&index, &as_of(2017, 1, 1), "MEX"), []);
        // A date range that ends earlier wins over a later as-of day.
        let both = view(&[
            Action::SetAsOf(Some(Date::new(2025, 12, 31))),
            Action::SetTo(Some(Date::new(2018, 1, 1))),
        ]);
        assert_eq!(stances_as_of(&index, &both, "MEX"), [Recognize]);
    }

    #[test]
    fn a_rejection_hidden_by_the_stance_filter_still_ends_an_earlier_recognition() {
        let index = turning_index();
        let v = view(&[
            Action::SetAsOf(Some(Date::new(2019, 12, 31))),
            Action::SetStances(StanceSet::of(&[Recognize])),
        ]);
        assert_eq!(stances_as_of(&index, &v, "MEX"), []);
    }

    #[test]
    fn as_of_a_day_leaves_undated_articles_out_and_the_timeline_marks_later_claims_outside() {
        let index = index();
        let v = view(&[Action::SetAsOf(Some(Date::new(2030, 1, 1)))]);
        let kept: Vec<u32> = index.filter(&v).claim_ids();
        assert!(!kept.is_empty() && kept.iter().all(|&id| !index.article_of(id).unwrap().date.is_undated()));
        let v = view(&[Action::SetAsOf(Some(Date::new(2018, 1, 1)))]);
        let marks: Vec<(Date, bool)> =
            index.timeline("RUS", &v).iter().map(|e| (e.date, e.in_range)).collect();
        assert_eq!(marks, [(Date::new(2017, 11, 21), true), (Date::new(2025, 11, 27), false)]);
    }

    #[test]
    fn what_changed_lists_countries_that_gained_or_lost_a_stance_by_name() {
        let index = turning_index();
        let changes = index.changes(&ViewState::default(), Date::new(2018, 1, 1), Date::new(2019, 12, 31));
        let got: Vec<(&str, Vec<Stance>, Vec<Stance>)> =
            changes.iter().map(|c| (c.code, c.gained.iter().collect(), c.lost.iter().collect())).collect();
        assert_eq!(got, [("MEX", vec![Reject], vec![Recognize]), ("USA", vec![Reject], vec![])]);
        assert!(index
            .changes(&ViewState::default(), Date::new(2020, 1, 1), Date::new(2020, 6, 1))
            .is_empty());
        // The view's filters hold: with rejections hidden, Mexico only lost its recognition.
        let v = view(&[Action::SetStances(StanceSet::of(&[Recognize]))]);
        let got: Vec<&str> = index
            .changes(&v, Date::new(2018, 1, 1), Date::new(2019, 12, 31))
            .iter()
            .map(|c| c.code)
            .collect();
        assert_eq!(got, ["MEX"]);
    }

    fn view(actions: &[Action]) -> ViewState {
        actions.iter().fold(ViewState::default(), |v, a| v.reduce(a.clone()))
    }

    fn ids(index: &ClaimIndex, actions: &[Action]) -> Vec<u32> {
        let mut ids = index.filter(&view(actions)).claim_ids();
        ids.sort_unstable();
        ids
    }

    fn all() -> Action {
        Action::SetCertainty(CertaintyFilter::IncludeSpeculative)
    }

    #[test]
    fn each_filter_keeps_exactly_the_matching_claims() {
        let index = index();
        let cases: Vec<(&str, Vec<Action>, Vec<u32>)> = vec![
            ("default: asserted only", vec![], vec![0, 1, 2, 3, 5, 6, 7, 8, 10, 11]),
            ("include speculative", vec![all()], vec![0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]),
            ("break ties alone", vec![Action::SoloStance(BreakTies)], vec![5, 8]),
            ("no stance", vec![Action::SetStances(StanceSet::NONE)], vec![]),
            (
                "recognize and asylum",
                vec![all(), Action::SetStances(StanceSet::of(&[Recognize, OfferAsylum]))],
                vec![1, 7, 9, 10],
            ),
            (
                "asylum for the regime",
                vec![all(), Action::SetAsylumFor(AsylumFor::Only(Beneficiary::Regime))],
                vec![0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11],
            ),
            (
                "asylum for the opposition",
                vec![Action::SetAsylumFor(AsylumFor::Only(Beneficiary::Opposition))],
                vec![0, 1, 2, 3, 5, 6, 7, 8, 10, 11],
            ),
            (
                "ties broken by Venezuela",
                vec![Action::SetTiesBy(TiesBy::Venezuela)],
                vec![0, 1, 2, 3, 5, 6, 7, 10, 11],
            ),
            (
                "ties broken by the other country",
                vec![Action::SoloStance(BreakTies), Action::SetTiesBy(TiesBy::OtherCountry)],
                vec![8],
            ),
            (
                "2024 election",
                vec![Action::ApplyEpisode(Episode::from_id("2024-election").unwrap())],
                vec![5, 6, 7, 8],
            ),
            (
                "range is inclusive",
                vec![Action::SetRange(Some(Date::new(2019, 1, 23)), Some(Date::new(2024, 7, 30)))],
                vec![2, 3, 5, 6, 7, 8],
            ),
            ("open-ended range", vec![Action::SetFrom(Some(Date::new(2025, 1, 1)))], vec![10, 11]),
            ("one article", vec![Action::ToggleArticle("b2019.txt".into())], vec![2, 3]),
            ("unknown article keeps nothing", vec![Action::ToggleArticle("nope.txt".into())], vec![]),
            ("one outlet", vec![Action::ToggleOutlet("Breitbart News".into())], vec![2, 3, 5, 6, 7, 8]),
            (
                "article and outlet intersect",
                vec![
                    Action::ToggleArticle("a2017.txt".into()),
                    Action::ToggleOutlet("Breitbart News".into()),
                ],
                vec![],
            ),
            (
                "Europe, with blocs that have a European member",
                vec![Action::SetRegion(Some(Region::Europe))],
                vec![1, 3, 10],
            ),
            (
                "South America",
                vec![Action::SetRegion(Some(Region::Americas)), Action::SetSubregion(Some("South America"))],
                vec![0, 5, 6, 7],
            ),
            ("search by a name's start", vec![Action::SetSearch("argentin".into())], vec![0, 5, 6, 7]),
            ("search by alias, accents ignored", vec![all(), Action::SetSearch("MÈXICO".into())], vec![0, 9]),
            ("search by bloc name", vec![Action::SetSearch("lima".into())], vec![0]),
            ("search by unknown code", vec![Action::SetSearch("xxx".into())], vec![11]),
            (
                "search and region together",
                vec![Action::SetRegion(Some(Region::Europe)), Action::SetSearch("lima".into())],
                vec![],
            ),
        ];
        for (what, actions, expected) in cases {
            assert_eq!(ids(&index, &actions), expected, "{what}");
        }
    }

    #[test]
    fn claims_naming_a_missing_article_are_left_out_and_counted() {
        let index = index();
        assert_eq!(index.skipped_claims(), 1);
        assert!(!index.filter(&view(&[all()])).claim_ids().contains(&12));
    }

    #[test]
    fn a_country_shows_every_stance_it_holds_with_counts() {
        let index = index();
        let shown = index.filter(&view(&[all()])).aggregate();
        let arg = shown.get("ARG").unwrap();
        assert_eq!(arg.data_stances(), "reject break_ties offer_asylum");
        assert_eq!((arg.tally(Reject).claims, arg.tally(BreakTies).claims), (1, 1));
        assert_eq!(shown.data_stances("RUS"), "recognize");
        assert_eq!(shown.get("RUS").unwrap().tally(Recognize).claims, 2);
        assert_eq!(shown.data_stances("FRA"), "", "France has no claim and bloc painting is off");
        assert_eq!(shown.data_stances("VEN"), "");
    }

    #[test]
    fn speculative_only_stances_are_flagged() {
        let index = index();
        let shown = index.filter(&view(&[all()])).aggregate();
        let mex = shown.get("MEX").unwrap();
        assert_eq!(mex.speculative_only(), StanceSet::of(&[OfferAsylum]));
        assert_eq!(shown.get("ARG").unwrap().speculative_only(), StanceSet::NONE);
        let asserted = index.filter(&ViewState::default()).aggregate();
        assert!(asserted.get("MEX").is_none(), "a hedged asylum offer is not on the default map");
    }

    #[test]
    fn painting_blocs_marks_members_via_the_bloc() {
        let index = index();
        let shown = index.filter(&view(&[all(), Action::SetPaintBlocs(true)])).aggregate();
        let fra = shown.get("FRA").unwrap();
        assert_eq!(fra.data_stances(), "reject");
        assert!(fra.tally(Reject).is_only_via_blocs());
        assert_eq!(fra.tally(Reject).via, vec![Via { bloc: "EU", claims: 1, speculative: 0 }]);
        let esp = shown.get("ESP").unwrap();
        assert_eq!((esp.tally(Reject).claims, esp.tally(Reject).via.len()), (1, 1));
        assert!(
            !esp.tally(Reject).is_only_speculative(),
            "the EU's asserted claim outweighs Spain's hedged one"
        );
        let bra = shown.get("BRA").unwrap();
        assert_eq!(bra.tally(Reject).via[0].bloc, "LIMA");
    }

    #[test]
    fn painting_respects_the_region_filter() {
        let index = index();
        let v = view(&[
            Action::SetPaintBlocs(true),
            Action::SetRegion(Some(Region::Americas)),
            Action::SetSubregion(Some("Central America")),
        ]);
        let shown = index.filter(&v).aggregate();
        let codes: Vec<&str> = shown.countries().map(|c| c.code).collect();
        assert_eq!(codes, ["MEX"], "only the Lima Group's Central American member is painted");
    }

    #[test]
    fn the_legend_counts_countries_per_stance() {
        let index = index();
        let cases: Vec<(Vec<Action>, [usize; 4])> = vec![
            (vec![], [1, 3, 2, 1]),
            (vec![all()], [1, 4, 2, 2]),
            (vec![all(), Action::SetPaintBlocs(true)], [1, 7, 2, 2]),
            (vec![Action::SoloStance(Reject)], [0, 3, 0, 0]),
        ];
        for (actions, legend) in cases {
            assert_eq!(index.filter(&view(&actions)).aggregate().legend(), legend, "{actions:?}");
        }
    }

    #[test]
    fn blocs_are_listed_with_their_stances_by_name() {
        let index = index();
        let shown = index.filter(&ViewState::default()).aggregate();
        let blocs: Vec<(&str, String)> = shown.blocs().iter().map(|b| (b.name, b.data_stances())).collect();
        assert_eq!(blocs, [("European Union", "reject".to_string()), ("Lima Group", "reject".to_string())]);
    }

    #[test]
    fn table_rows_sort_by_every_column_both_ways() {
        let index = index();
        let f = index.filter(&view(&[all()]));
        let cases: Vec<(Column, Vec<u32>)> = vec![
            // Argentina, European Union, Lima Group, Mexico, Russia, Spain, United States, XXX; dates break ties.
            (Column::Actor, vec![5, 6, 7, 3, 0, 9, 1, 10, 4, 2, 8, 11]),
            (Column::Stance, vec![1, 10, 0, 2, 3, 4, 6, 11, 5, 8, 7, 9]),
            (Column::Certainty, vec![0, 1, 2, 3, 5, 6, 7, 8, 10, 11, 4, 9]),
            // Argentina (initiator USA sorts as "United States"), Opposition, Regime officials, Venezuela; then none.
            (Column::Party, vec![7, 9, 8, 5, 0, 1, 2, 3, 4, 6, 10, 11]),
            (Column::Article, vec![9, 10, 11, 2, 3, 4, 0, 1, 5, 6, 7, 8]),
            (Column::Outlet, vec![2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 0, 1]),
            (Column::Date, vec![0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]),
            (Column::Rule, vec![7, 9, 0, 1, 2, 3, 4, 6, 10, 11, 5, 8]),
        ];
        for (column, expected) in cases {
            assert_eq!(f.rows(TableSort { column, descending: false }), expected, "{column:?}");
            let mut reversed = expected.clone();
            reversed.reverse();
            assert_eq!(f.rows(TableSort { column, descending: true }), reversed, "{column:?} descending");
        }
    }

    #[test]
    fn table_rows_follow_the_filters() {
        let index = index();
        let f = index.filter(&view(&[Action::SoloStance(BreakTies)]));
        assert_eq!(f.rows(TableSort::default()), vec![5, 8]);
        assert_eq!(f.len(), 2);
    }

    #[test]
    fn the_panel_lists_a_countrys_claims_and_its_blocs_when_painting() {
        let index = index();
        let plain = index.filter(&view(&[all()]));
        assert_eq!(plain.claims_of("ESP"), vec![ClaimRef { id: 4, via: None }]);
        let painted = index.filter(&view(&[all(), Action::SetPaintBlocs(true)]));
        assert_eq!(
            painted.claims_of("ESP"),
            vec![ClaimRef { id: 3, via: Some("EU") }, ClaimRef { id: 4, via: None }]
        );
        assert_eq!(painted.claims_of("EU"), vec![ClaimRef { id: 3, via: None }]);
        assert!(painted.claims_of("NOPE").is_empty());
    }

    /// The fixture plus one undated article (index 4) with an asserted and a speculative claim.
    fn with_undated() -> ClaimIndex {
        let mut articles = articles();
        articles.push(article("e-undated.txt", "Pasted", Date::UNDATED, "No date given"));
        let mut claims = claims();
        claims.push(claim(4, "ARG", Reject, A)); // 13
        claims.push(claim(4, "MEX", OfferAsylum, S)); // 14
        ClaimIndex::new(&articles, &claims, gaz())
    }

    #[test]
    fn an_undated_article_is_shown_without_a_range_and_in_no_period() {
        let index = with_undated();
        let ids = |actions: &[Action]| ids(&index, actions);
        assert!(ids(&[]).contains(&13), "without a range every claim counts");
        let d = Date::new;
        for range in [
            Action::SetFrom(Some(d(2000, 1, 1))),
            Action::SetTo(Some(d(2030, 1, 1))),
            Action::SetRange(Some(d(2000, 1, 1)), Some(d(2030, 1, 1))),
            Action::ApplyEpisode(&EPISODES[0]),
        ] {
            let got = ids(std::slice::from_ref(&range));
            assert!(!got.contains(&13) && !got.contains(&14), "{range:?}: {got:?}");
        }
        // Its place among the dates is none: the bounds are the dated articles'.
        assert_eq!(index.date_bounds(), Some((d(2017, 11, 21), d(2025, 11, 27))));
        // Bounds are whole days, a month or a year counted whole.
        let mut articles = articles();
        articles[0].date = d(2017, 0, 0);
        articles[3].date = d(2025, 11, 0);
        let partial = ClaimIndex::new(&articles, &claims(), gaz());
        assert_eq!(partial.date_bounds(), Some((d(2017, 1, 1), d(2025, 11, 30))));
        // The timeline lists it, in range only when there is no range.
        let in_range = |v: &ViewState| {
            index.timeline("ARG", v).iter().find(|e| e.id == 13).map(|e| (e.date, e.in_range))
        };
        assert_eq!(in_range(&view(&[])), Some((Date::UNDATED, true)));
        assert_eq!(in_range(&view(&[Action::SetTo(Some(d(2030, 1, 1)))])), Some((Date::UNDATED, false)));
    }

    #[test]
    fn hidden_counts_say_what_each_filter_leaves_out() {
        let index = with_undated();
        let hidden = |actions: &[Action]| index.hidden(&view(actions));
        // Default: asserted only. Speculative claims: 4 (ESP), 9 (MEX), 14 (MEX, undated).
        assert_eq!(hidden(&[]), Hidden { speculative: 3, ..Hidden::default() });
        assert_eq!(hidden(&[all()]), Hidden::default());
        assert!(!hidden(&[all()]).any());
        // Asylum alone, in 2019–2024: nothing asserted; what is hidden, filter by filter.
        let d = Date::new;
        let empty = [
            Action::SoloStance(OfferAsylum),
            Action::SetRange(Some(d(2019, 1, 1)), Some(d(2024, 12, 31))),
            Action::SetSearch("Mexico".into()),
        ];
        assert!(index.filter(&view(&empty)).is_empty());
        // The search keeps Mexico and its bloc, the Lima Group: claims 0 (Lima, reject, 2017), 9
        // (Mexico, asylum, speculative, 2025), 14 (Mexico, asylum, speculative, undated). No one
        // filter alone hides an asserted asylum claim in range.
        assert_eq!(hidden(&empty), Hidden::default());
        let mut with_speculative = empty.to_vec();
        with_speculative.push(all());
        assert_eq!(
            hidden(&with_speculative),
            Hidden { speculative: 0, outside_range: 1, undated: 1, other_stances: 0 }
        );
        // Over all of time, asserted only: Mexico's asylum claims are all speculative.
        let all_time = [Action::SoloStance(OfferAsylum), Action::SetSearch("Mexico".into())];
        assert!(index.filter(&view(&all_time)).is_empty());
        // (and the one asserted claim, the Lima Group's, rejects).
        assert_eq!(hidden(&all_time), Hidden { speculative: 2, other_stances: 1, ..Hidden::default() });
        let mut all_time_speculative = all_time.to_vec();
        all_time_speculative.push(all());
        assert_eq!(index.filter(&view(&all_time_speculative)).len(), 2);
        assert_eq!(hidden(&all_time_speculative), Hidden { other_stances: 1, ..Hidden::default() });
    }

    #[test]
    fn a_timeline_ignores_the_date_range_but_marks_it() {
        let index = index();
        let v = view(&[Action::ApplyEpisode(&EPISODES[3])]);
        let timeline = index.timeline("RUS", &v);
        let got: Vec<(u32, Date, bool)> = timeline.iter().map(|e| (e.id, e.date, e.in_range)).collect();
        assert_eq!(got, [(1, Date::new(2017, 11, 21), false), (10, Date::new(2025, 11, 27), true)]);
        let timeline = index.timeline("BRA", &v.reduce(Action::SetPaintBlocs(true)));
        assert_eq!(timeline.iter().map(|e| (e.id, e.via)).collect::<Vec<_>>(), [(0, Some("LIMA"))]);
    }

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

    #[test]
    fn bitset_ranges_cover_exactly_the_positions_asked() {
        for len in [0, 1, 63, 64, 65, 130] {
            for lo in 0..=len.min(70) {
                for hi in [lo, lo + 1, lo + 63, lo + 64, lo + 65, len] {
                    let mut b = Bitset::empty(len);
                    b.set_range(lo, hi);
                    let expected: Vec<usize> = (lo..hi.min(len)).collect();
                    assert_eq!(b.ones().collect::<Vec<_>>(), expected, "len {len} {lo}..{hi}");
                }
            }
            assert_eq!(Bitset::full(len).count(), len);
        }
    }

    #[test]
    fn the_index_lists_outlets_and_date_bounds() {
        let index = index();
        assert_eq!(index.outlets(), [("Breitbart News", 2), ("In Venezuela", 1), ("PanAm Post", 1)]);
        assert_eq!(index.date_bounds(), Some((Date::new(2017, 11, 21), Date::new(2025, 11, 27))));
        assert_eq!(index.article_by_file("c2024.txt"), Some(2));
        assert!(ClaimIndex::new(&[], &[], gaz()).date_bounds().is_none());
    }

    #[test]
    fn a_chosen_article_this_index_lacks_is_named_and_keeps_nothing() {
        let index = index();
        let (view, notices) = crate::url::decode("a=c2024.txt,local:1f2e3d4c5b6a7980", &index);
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(index.absent_articles(&view), ["local:1f2e3d4c5b6a7980"]);
        assert!(index.absent_articles(&ViewState::default()).is_empty());
        let only_absent = crate::url::decode("a=local:1f2e3d4c5b6a7980", &index).0;
        assert_eq!(index.absent_articles(&only_absent).len(), 1);
        assert_eq!(index.filter(&only_absent).len(), 0, "an absent article's filter keeps nothing");
    }
}
