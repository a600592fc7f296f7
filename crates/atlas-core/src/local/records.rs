//! Records: local articles in the shape of the baked corpus, with their claims, to merge into the
//! claim index next to the baked ones.

use super::{LocalArticle, OUTLET_NOT_GIVEN};
use crate::date::Date;
use crate::model::{ArticleRecord, Claim};

/// A local article in the shape of the corpus, owning its strings until [`LocalRecord::leak`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocalRecord {
    /// The article id, `local:…`.
    pub file: String,
    pub title: String,
    /// True when the title was taken from the text because the reader gave none.
    pub title_editorial: bool,
    pub outlet: String,
    pub date: Date,
    pub date_approximate: bool,
    pub url: Option<String>,
    pub body: String,
}

impl LocalRecord {
    /// Leaks the strings into `'static`, as [`ArticleRecord`] needs. Call once per article and keep
    /// the result: each call leaks again.
    pub fn leak(self) -> ArticleRecord {
        let leak = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
        ArticleRecord {
            file: leak(self.file),
            title: leak(self.title),
            title_editorial: self.title_editorial,
            outlet: leak(self.outlet),
            author: None,
            date: self.date,
            date_approximate: self.date_approximate,
            url: self.url.map(leak),
            body: leak(self.body),
        }
    }
}

/// Local articles as corpus records plus their claims, for appending to the baked corpus: claim
/// `article` fields count from `first_index` (the number of baked articles), and claims the reader
/// rejected are left out. `extract` is the extractor: in the app,
/// `local_records(&mine, baked.len() as u32, |text, date| Extractor::global().extract(text, date))`;
/// the article's own date (not the day it was added) is passed, so leaders are matched to its time.
pub fn local_records(
    articles: &[LocalArticle],
    first_index: u32,
    mut extract: impl FnMut(&str, Option<Date>) -> Vec<Claim>,
) -> (Vec<LocalRecord>, Vec<Claim>) {
    let mut records = Vec::with_capacity(articles.len());
    let mut claims = Vec::new();
    for (i, a) in articles.iter().enumerate() {
        let article = first_index + i as u32;
        claims.extend(
            extract(&a.text, a.date)
                .into_iter()
                .filter(|c| !a.is_rejected(c))
                .map(|c| Claim { article, ..c }),
        );
        let (date, date_approximate) = a.effective_date();
        records.push(LocalRecord {
            file: a.id.clone(),
            title: a.display_title(),
            title_editorial: a.title.is_empty(),
            outlet: if a.outlet.is_empty() { OUTLET_NOT_GIVEN.to_string() } else { a.outlet.clone() },
            date,
            date_approximate,
            url: a.url.clone(),
            body: a.text.clone(),
        });
    }
    (records, claims)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::local::tests::{article, claim_on, extractor, NOW, TEXT};
    use crate::local::{content_id, is_local, validate, ArticleDraft};
    use crate::model::Stance;

    #[test]
    fn an_unticked_claim_stays_out_when_the_text_is_extracted_again() {
        let mut a = article(TEXT);
        let peru = claim_on(TEXT, "Peru", "PER", Stance::BreakTies);
        a.set_rejected(&peru, true);
        a.set_rejected(&peru, true);
        assert_eq!(a.rejected.len(), 1);
        assert!(a.is_rejected(&peru));
        // Another rule or a shifted span on the same sentence is still the same claim.
        let moved = Claim { rule: "other", mention_start: 0, ..peru };
        assert!(a.is_rejected(&moved));
        let other_stance = Claim { stance: Stance::Reject, ..peru };
        assert!(!a.is_rejected(&other_stance));

        let (records, claims) = local_records(std::slice::from_ref(&a), 5, extractor);
        let actors: Vec<&str> = claims.iter().map(|c| c.actor).collect();
        assert_eq!(actors, ["ARG", "RUS"]);
        assert!(claims.iter().all(|c| c.article == 5));
        assert_eq!(records[0].file, a.id);

        a.set_rejected(&peru, false);
        assert_eq!(local_records(std::slice::from_ref(&a), 5, extractor).1.len(), 3);
    }

    #[test]
    fn local_records_fill_in_what_the_reader_left_out_and_mark_it() {
        let given = article(TEXT);
        let bare = validate(
            &ArticleDraft { text: "\n  Breaking: Peru recalls envoy  \nBody.", ..Default::default() },
            NOW,
            &[],
        )
        .unwrap();
        let (records, claims) = local_records(&[given.clone(), bare.clone()], 10, extractor);
        let r: Vec<(&str, bool, &str, Date, bool)> = records
            .iter()
            .map(|r| (r.title.as_str(), r.title_editorial, r.outlet.as_str(), r.date, r.date_approximate))
            .collect();
        assert_eq!(
            r,
            [
                ("A title", false, "El Pitazo", Date::new(2024, 7, 29), false),
                // Undated: never the day it was added.
                ("Breaking: Peru recalls envoy", true, OUTLET_NOT_GIVEN, Date::UNDATED, false),
            ]
        );
        assert_eq!(
            claims.iter().map(|c| (c.actor, c.article)).collect::<Vec<_>>(),
            [("ARG", 10), ("PER", 10), ("RUS", 10), ("PER", 11)]
        );
        let leaked = records[1].clone().leak();
        assert!(is_local(leaked.file));
        assert_eq!((leaked.body, leaked.author, leaked.url), (bare.text.as_str(), None, None));
    }

    #[test]
    fn local_articles_merge_into_the_claim_index_next_to_baked_ones() {
        use crate::query::{tests::gaz, ClaimIndex};
        use crate::view::ViewState;
        let baked = ArticleRecord {
            file: "000_seed.txt",
            title: "Seed",
            title_editorial: false,
            outlet: "Seed outlet",
            author: None,
            date: Date::new(2019, 1, 23),
            date_approximate: false,
            url: None,
            body: "Peru recalled its ambassador.",
        };
        let baked_claims = extractor(baked.body, None);
        let mut local = article(TEXT);
        local.set_rejected(&claim_on(TEXT, "Russia", "RUS", Stance::Recognize), true);
        let (records, local_claims) = local_records(&[local], 1, extractor);
        let mut articles = vec![baked];
        articles.extend(records.into_iter().map(LocalRecord::leak));
        let claims: Vec<Claim> = baked_claims.into_iter().chain(local_claims).collect();
        let index = ClaimIndex::new(&articles, &claims, gaz());
        assert_eq!(index.skipped_claims(), 0);
        let filtered = index.filter(&ViewState::default());
        let local: Vec<bool> =
            filtered.claim_ids().iter().map(|&id| is_local(index.article_of(id).unwrap().file)).collect();
        assert_eq!(local, [false, true, true], "the baked PER, then ARG and PER of the local article");
        assert!(index.article_by_file(&content_id(TEXT)).is_some());
    }
}
