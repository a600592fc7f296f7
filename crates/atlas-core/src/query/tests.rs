//! Fixtures the query tests share (and `url` and `export` tests use).

pub(crate) use super::*;
pub(crate) use crate::date::Date;
pub(crate) use crate::gazetteer::{Bloc, Country, Region, UnStatus};
pub(crate) use crate::model::{ArticleRecord, Beneficiary, Certainty, Claim, Stance, Stance::*};
pub(crate) use crate::view::{
    Action, AsylumFor, CertaintyFilter, Column, Episode, StanceSet, TableSort, TiesBy, ViewState, EPISODES,
};

pub(crate) const fn country(
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

pub(crate) fn article(
    file: &'static str,
    outlet: &'static str,
    date: Date,
    title: &'static str,
) -> ArticleRecord {
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

pub(crate) const A: Certainty = Certainty::Asserted;
pub(crate) const S: Certainty = Certainty::Speculative;

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
pub(crate) fn turning_index() -> ClaimIndex {
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

pub(crate) fn stances_as_of(index: &ClaimIndex, view: &ViewState, code: &str) -> Vec<Stance> {
    index.filter(view).aggregate().get(code).map_or(StanceSet::NONE, ActorView::stances).iter().collect()
}

pub(crate) fn view(actions: &[Action]) -> ViewState {
    actions.iter().fold(ViewState::default(), |v, a| v.reduce(a.clone()))
}

pub(crate) fn ids(index: &ClaimIndex, actions: &[Action]) -> Vec<u32> {
    let mut ids = index.filter(&view(actions)).claim_ids();
    ids.sort_unstable();
    ids
}

pub(crate) fn all() -> Action {
    Action::SetCertainty(CertaintyFilter::IncludeSpeculative)
}

/// The fixture plus one undated article (index 4) with an asserted and a speculative claim.
pub(crate) fn with_undated() -> ClaimIndex {
    let mut articles = articles();
    articles.push(article("e-undated.txt", "Pasted", Date::UNDATED, "No date given"));
    let mut claims = claims();
    claims.push(claim(4, "ARG", Reject, A)); // 13
    claims.push(claim(4, "MEX", OfferAsylum, S)); // 14
    ClaimIndex::new(&articles, &claims, gaz())
}
