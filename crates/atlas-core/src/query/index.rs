//! [`ClaimIndex`]: the claims with their facets indexed once, and the filters a view applies to them.

use super::bitset::Bitset;
use super::search::{fold, Gazetteer, SearchIndex};
use super::Filtered;
use crate::date::Date;
use crate::gazetteer::{Bloc, Country};
use crate::model::{ArticleRecord, Beneficiary, Certainty, Claim, Stance};
use crate::sort;
use crate::view::{AsylumFor, CertaintyFilter, Column, StanceSet, TiesBy, ViewState};
use std::sync::OnceLock;

/// What an actor code stands for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum ActorKind {
    Country(&'static Country),
    Bloc(&'static Bloc),
    Unknown,
}

#[derive(Clone, Debug)]
pub(super) struct Actor {
    pub(super) code: &'static str,
    pub(super) name: &'static str,
    pub(super) kind: ActorKind,
    /// Actor ids of a bloc's members (known to the gazetteer or not).
    pub(super) members: Vec<u16>,
}

pub(super) const SPECULATIVE_BIT: u8 = 0x80;

/// The claims of a corpus with their facets indexed for fast filtering.
///
/// Internally claims are kept in *rank* order (article date, then article, then claim id), so a date
/// range and an article are each one contiguous run of bits. Claim ids in and out of the API are
/// positions in the slice given to [`ClaimIndex::new`].
#[derive(Debug)]
pub struct ClaimIndex {
    pub(super) gazetteer: Gazetteer,
    pub(super) search: SearchIndex,
    pub(super) articles: Vec<ArticleRecord>,
    pub(super) claims: Vec<Claim>,
    /// Claims that named an article outside `articles`: left out, counted so the edge can tell.
    pub(super) skipped: usize,
    /// Rank → claim id.
    pub(super) order: Vec<u32>,
    /// Rank → day number of the article date (ascending); `i32::MIN` for undated articles, which
    /// therefore come first.
    pub(super) days: Vec<i32>,
    /// Ranks of undated articles' claims: `0..undated`. No date range keeps them.
    pub(super) undated: usize,
    /// Rank → actor id.
    pub(super) actor_of: Vec<u16>,
    /// Rank → stance index, with [`SPECULATIVE_BIT`] set for speculative claims.
    pub(super) facet: Vec<u8>,
    /// Article index → its rank range.
    pub(super) article_ranks: Vec<(u32, u32)>,
    /// Article files, sorted, with their article index.
    pub(super) files: Vec<(&'static str, u32)>,
    /// Outlets, sorted, with their article indexes.
    pub(super) outlets: Vec<(&'static str, Vec<u32>)>,
    pub(super) stance_bits: [Bitset; 4],
    pub(super) speculative: Bitset,
    /// Asylum claims whose beneficiary is not the regime (opposition or unknown), and vice versa.
    pub(super) asylum_not_regime: Bitset,
    pub(super) asylum_not_opposition: Bitset,
    /// Broken-ties claims not broken by Venezuela (other or unknown initiator), and vice versa.
    pub(super) ties_not_venezuela: Bitset,
    pub(super) ties_not_other: Bitset,
    /// Countries (gazetteer order), then blocs, then unknown actor codes met in claims.
    pub(super) actors: Vec<Actor>,
    /// Actor codes, sorted, with their actor id.
    pub(super) actor_codes: Vec<(&'static str, u16)>,
    /// Actor id → its ranks, ascending.
    pub(super) actor_ranks: Vec<Vec<u32>>,
    /// Actor id → the blocs (actor ids) it belongs to.
    pub(super) member_of: Vec<Vec<u16>>,
    /// Per [`Column`], all ranks in ascending table order; built on first use.
    pub(super) sorted: [OnceLock<Vec<u32>>; 8],
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

    pub(super) fn actor_id(&self, code: &str) -> Option<u16> {
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
    pub(super) fn actor_pass(&self, view: &ViewState) -> Option<Vec<bool>> {
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

    pub(super) fn mask(&self, view: &ViewState, with_range: bool, pass: Option<&[bool]>) -> Bitset {
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

    /// `mask` narrowed by every filter of the view but the dates.
    pub(super) fn narrow(&self, mask: &mut Bitset, view: &ViewState, pass: Option<&[bool]>) {
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

    /// Ranks, ascending, of the claims in `mask` made by `code`, or (when painting) by a bloc it
    /// belongs to.
    pub(super) fn claims_in(
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
    pub(super) fn sorted_by(&self, column: Column) -> &[u32] {
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

#[cfg(test)]
mod tests {
    use crate::query::tests::*;

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
