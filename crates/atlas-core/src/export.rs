//! Downloads of the filtered claims (CSV, JSON) and the one-line summary of the active filters.
//!
//! Rows come in table order, each with the evidence sentence and its article's metadata, so a file
//! read on its own still says where every stance comes from.

use crate::query::ClaimIndex;
use crate::view::{AsylumFor, CertaintyFilter, StanceSet, TiesBy, ViewState};

/// One exported claim: a CSV row, or (feature `json`) an object of the JSON download with these
/// fields in this order (`null` for `None`).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "json", derive(serde::Serialize))]
pub struct ExportRow<'a> {
    pub actor: &'a str,
    pub actor_name: &'a str,
    pub stance: &'a str,
    pub certainty: &'a str,
    pub beneficiary: Option<&'a str>,
    pub initiator: Option<&'a str>,
    pub initiator_name: Option<&'a str>,
    pub evidence: &'a str,
    /// The words of the evidence that name the actor.
    pub mention: &'a str,
    pub rule: &'a str,
    pub article_file: &'a str,
    pub article_title: &'a str,
    pub outlet: &'a str,
    pub date: String,
    pub date_approximate: bool,
    pub url: Option<&'a str>,
}

/// CSV column names, in [`ExportRow`] field order.
pub const CSV_HEADER: [&str; 16] = [
    "actor",
    "actor_name",
    "stance",
    "certainty",
    "beneficiary",
    "initiator",
    "initiator_name",
    "evidence",
    "mention",
    "rule",
    "article_file",
    "article_title",
    "outlet",
    "date",
    "date_approximate",
    "url",
];

/// The rows for claim ids (unknown ids are skipped), in the order given.
pub fn rows<'i>(index: &'i ClaimIndex, ids: &[u32]) -> Vec<ExportRow<'i>> {
    let g = index.gazetteer();
    ids.iter()
        .filter_map(|&id| Some((index.claim(id)?, index.article_of(id)?)))
        .map(|(c, a)| ExportRow {
            actor: c.actor,
            actor_name: g.actor_name(c.actor),
            stance: c.stance.id(),
            certainty: c.certainty.id(),
            beneficiary: c.beneficiary.map(|b| b.id()),
            initiator: c.initiator,
            initiator_name: c.initiator.map(|i| g.actor_name(i)),
            evidence: c.evidence(a.body).trim(),
            mention: a.body.get(c.mention_start as usize..c.mention_end as usize).unwrap_or(""),
            rule: c.rule,
            article_file: a.file,
            article_title: a.title,
            outlet: a.outlet,
            date: a.date.to_string(),
            date_approximate: a.date_approximate,
            url: a.url,
        })
        .collect()
}

/// The view's claims in its table order.
fn view_rows<'i>(index: &'i ClaimIndex, view: &ViewState) -> Vec<ExportRow<'i>> {
    rows(index, &index.filter(view).rows(view.sort))
}

/// Starts the CSV file: a UTF-8 byte-order mark. Without it Excel reads the file in the system's
/// legacy code page and garbles every character beyond ASCII (curly quotes, accents).
pub const CSV_BOM: char = '\u{feff}';

/// The view's claims as a CSV file (RFC 4180: comma-separated, CRLF line ends, fields quoted when
/// needed): the [`CSV_BOM`], a header row, a row per claim.
pub fn csv(index: &ClaimIndex, view: &ViewState) -> String {
    csv_of(&view_rows(index, view))
}

/// Rows as a CSV file; see [`csv`].
pub fn csv_of(rows: &[ExportRow<'_>]) -> String {
    let mut out = String::from(CSV_BOM);
    write_record(&mut out, CSV_HEADER.iter().copied());
    for r in rows {
        let approximate = if r.date_approximate { "yes" } else { "no" };
        write_record(
            &mut out,
            [
                r.actor,
                r.actor_name,
                r.stance,
                r.certainty,
                r.beneficiary.unwrap_or(""),
                r.initiator.unwrap_or(""),
                r.initiator_name.unwrap_or(""),
                r.evidence,
                r.mention,
                r.rule,
                r.article_file,
                r.article_title,
                r.outlet,
                &r.date,
                approximate,
                r.url.unwrap_or(""),
            ],
        );
    }
    out
}

fn write_record<'f>(out: &mut String, fields: impl IntoIterator<Item = &'f str>) {
    for (i, field) in fields.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_field(out, field);
    }
    out.push_str("\r\n");
}

/// Quotes a field when it holds a comma, quote or line break. A field a spreadsheet would run as a
/// formula (starting with `=`, `+`, `-`, `@`, tab or CR) gets a leading `'`: article text, and
/// readers' pasted text above all, must never execute in the reader's spreadsheet.
fn write_field(out: &mut String, field: &str) {
    let formula = field.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quote = formula || field.contains([',', '"', '\n', '\r']);
    if quote {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    if quote {
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}

/// The claims download: `{"filters": "<summary>", "count": n, "claims": [...]}`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "json", derive(serde::Serialize))]
pub struct ClaimsExport<'a> {
    /// The filters the claims were selected by, in words ([`summary`]).
    pub filters: String,
    pub count: usize,
    pub claims: Vec<ExportRow<'a>>,
}

impl<'a> ClaimsExport<'a> {
    /// The claims of `view`, in its table order, with its filters in words.
    pub fn of(index: &'a ClaimIndex, view: &ViewState) -> ClaimsExport<'a> {
        let claims = view_rows(index, view);
        ClaimsExport { filters: summary(view), count: claims.len(), claims }
    }
}

/// The view's claims as JSON: [`ClaimsExport`] indented by two spaces.
#[cfg(feature = "json")]
pub fn json(index: &ClaimIndex, view: &ViewState) -> String {
    json_of(&ClaimsExport::of(index, view))
}

/// The claims download as JSON, indented by two spaces; see [`json`].
#[cfg(feature = "json")]
pub fn json_of(export: &ClaimsExport<'_>) -> String {
    // Text, integers and flags only: serde_json cannot fail on them.
    serde_json::to_string_pretty(export).expect("a claim is text, integers and flags")
}

/// The active filters in one line, for export headers and the title of a map image:
/// `Reject, Break ties · asserted only · 2024-01-01 – 2024-12-31 · Americas`.
pub fn summary(view: &ViewState) -> String {
    let mut parts: Vec<String> = Vec::new();
    parts.push(match view.stances {
        StanceSet::ALL => "All stances".into(),
        StanceSet::NONE => "No stance".into(),
        set => set.iter().map(|s| s.label()).collect::<Vec<_>>().join(", "),
    });
    parts.push(
        match view.certainty {
            CertaintyFilter::AssertedOnly => "asserted only",
            CertaintyFilter::IncludeSpeculative => "asserted and speculative",
        }
        .into(),
    );
    if let AsylumFor::Only(b) = view.asylum_for {
        // The labels are ASCII; `str::to_lowercase` would bring core's Unicode case tables into
        // the app's wasm (4.7 KiB brotli).
        parts.push(format!("asylum for {}", b.label().to_ascii_lowercase()));
    }
    match view.ties_by {
        TiesBy::Both => {}
        TiesBy::Venezuela => parts.push("ties broken by Venezuela".into()),
        TiesBy::OtherCountry => parts.push("ties broken by the other country".into()),
    }
    match (view.episode(), view.from, view.to) {
        (Some(e), _, _) => parts.push(format!("{} ({} – {})", e.label, e.from, e.to)),
        (None, Some(from), Some(to)) => parts.push(format!("{from} – {to}")),
        (None, Some(from), None) => parts.push(format!("from {from}")),
        (None, None, Some(to)) => parts.push(format!("until {to}")),
        (None, None, None) => {}
    }
    if let Some(d) = view.as_of {
        parts.push(format!("as of {d}, each country's latest recognition or rejection"));
    }
    match (view.subregion, view.region) {
        (Some(sub), _) => parts.push(sub.into()),
        (None, Some(region)) => parts.push(region.label().into()),
        (None, None) => {}
    }
    let search = view.search.trim();
    if !search.is_empty() {
        parts.push(format!("matching “{search}”"));
    }
    match view.articles.len() {
        0 => {}
        1 => parts.push("1 article".into()),
        n => parts.push(format!("{n} articles")),
    }
    if !view.outlets.is_empty() {
        const SHOWN: usize = 2;
        let mut names = view.outlets.iter().take(SHOWN).cloned().collect::<Vec<_>>().join(", ");
        if view.outlets.len() > SHOWN {
            names.push_str(&format!(" +{} more", view.outlets.len() - SHOWN));
        }
        parts.push(names);
    }
    if view.paint_blocs {
        parts.push("bloc members painted".into());
    }
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::gazetteer::Region;
    use crate::model::{ArticleRecord, Beneficiary, Certainty, Claim, Stance};
    use crate::query::tests::{articles, claim, claims, gaz, index};
    use crate::view::{Action, EPISODES};

    fn view(actions: &[Action]) -> ViewState {
        actions.iter().fold(ViewState::default(), |v, a| v.reduce(a.clone()))
    }

    /// Parses CSV with an independent reader (the `csv` crate) to check what spreadsheets will see.
    fn parse(text: &str) -> Vec<Vec<String>> {
        csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(String::from).collect())
            .collect()
    }

    #[test]
    fn fields_with_commas_quotes_and_line_breaks_survive_a_csv_reader() {
        let fields =
            ["plain", "a, b", "say \"no\"", "two\nlines", "cr\r\nlf", "", "\"", "ñandú ☂", " padded "];
        let mut out = String::new();
        write_record(&mut out, fields);
        assert!(out.ends_with("\r\n"));
        assert_eq!(parse(&out), [fields.map(String::from).to_vec()]);
    }

    #[test]
    fn fields_a_spreadsheet_would_run_are_defused() {
        let cases = [
            ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"),
            ("+1", "'+1"),
            ("-2", "'-2"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("a=b", "a=b"),
        ];
        for (field, read_back) in cases {
            let mut out = String::new();
            write_record(&mut out, [field]);
            assert_eq!(parse(&out), [[read_back.to_string()]], "{field:?}");
        }
    }

    #[test]
    fn the_csv_file_starts_with_one_utf8_byte_order_mark_then_the_header() {
        let text = csv(&index(), &ViewState::default());
        // Excel takes a file without it for the legacy code page: “ becomes â€œ.
        assert_eq!(&text.as_bytes()[..3], [0xef, 0xbb, 0xbf]);
        assert_eq!(text.matches(CSV_BOM).count(), 1, "one mark, at the start");
        let header = text[CSV_BOM.len_utf8()..].split("\r\n").next();
        assert_eq!(header, Some(CSV_HEADER.join(",").as_str()));
        let empty = csv_of(&[]);
        assert_eq!(
            empty,
            format!("{CSV_BOM}{}\r\n", CSV_HEADER.join(",")),
            "a file with no rows has them too"
        );
    }

    #[test]
    fn the_csv_has_a_header_and_one_row_per_claim_in_table_order() {
        let index = index();
        let v = view(&[Action::SoloStance(Stance::BreakTies)]);
        let table = parse(&csv(&index, &v));
        assert_eq!(table[0], CSV_HEADER);
        let actors: Vec<&str> = table[1..].iter().map(|r| r[0].as_str()).collect();
        assert_eq!(actors, ["ARG", "USA"]);
        let arg = &table[1];
        assert_eq!(
            &arg[1..8],
            ["Argentina", "break_ties", "asserted", "", "VEN", "Venezuela", "Argentina rejected it."]
        );
        assert_eq!(
            &arg[8..],
            [
                "Argentina",
                "ties",
                "c2024.txt",
                "Venezuela breaks ties",
                "Breitbart News",
                "2024-07-30",
                "no",
                ""
            ]
        );
    }

    #[test]
    fn the_csv_writes_undated_and_partial_dates_as_the_page_does_and_the_address_last() {
        let mut arts = articles();
        arts[2].date = crate::date::Date::UNDATED;
        arts[2].url = Some("https://example.org/ties?a=1,b=2");
        arts[3].date = crate::date::Date::new(2025, 11, 0);
        arts[3].date_approximate = true;
        let index = ClaimIndex::new(
            &arts,
            &[
                claim(2, "ARG", Stance::Reject, Certainty::Asserted),
                claim(3, "RUS", Stance::Recognize, Certainty::Asserted),
            ],
            gaz(),
        );
        let text = super::csv(&index, &ViewState::default());
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        assert_eq!(reader.headers().unwrap().iter().next_back(), Some("url"));
        let got: Vec<Vec<String>> =
            reader.records().map(|r| r.unwrap().iter().skip(13).map(str::to_string).collect()).collect();
        assert_eq!(
            got,
            [
                ["undated", "no", "https://example.org/ties?a=1,b=2"].map(String::from).to_vec(),
                ["2025-11", "yes", ""].map(String::from).to_vec(),
            ]
        );
    }

    #[test]
    fn the_json_carries_the_summary_evidence_and_article_metadata() {
        let mut arts = articles();
        arts[3].url = Some("https://example.org/asylum");
        arts[3].body = "Mexico could offer asylum to Maduro, officials said.";
        let asylum = Claim {
            beneficiary: Some(Beneficiary::Regime),
            end: 35,
            mention_end: 6,
            ..claim(3, "MEX", Stance::OfferAsylum, Certainty::Speculative)
        };
        let index = ClaimIndex::new(&arts, &[asylum], gaz());
        let v = view(&[Action::SetCertainty(CertaintyFilter::IncludeSpeculative)]);
        let parsed: serde_json::Value = serde_json::from_str(&json(&index, &v)).unwrap();
        assert_eq!(parsed["filters"], "All stances · asserted and speculative");
        assert_eq!(parsed["count"], 1);
        let row = &parsed["claims"][0];
        let expected = serde_json::json!({
            "actor": "MEX", "actor_name": "Mexico", "stance": "offer_asylum", "certainty": "speculative",
            "beneficiary": "regime", "initiator": null, "initiator_name": null,
            "evidence": "Mexico could offer asylum to Maduro", "mention": "Mexico", "rule": "test",
            "article_file": "d2025.txt", "article_title": "Asylum talk", "outlet": "In Venezuela",
            "date": "2025-11-27", "date_approximate": false, "url": "https://example.org/asylum"
        });
        assert_eq!(row, &expected);
    }

    /// The export as earlier releases wrote it (serde's derive on a struct of its own): what byte
    /// equality is checked against, so downloads keep their shape.
    fn serde_export(index: &ClaimIndex, view: &ViewState) -> String {
        #[derive(serde::Serialize)]
        struct Row<'a> {
            actor: &'a str,
            actor_name: &'a str,
            stance: &'a str,
            certainty: &'a str,
            beneficiary: Option<&'a str>,
            initiator: Option<&'a str>,
            initiator_name: Option<&'a str>,
            evidence: &'a str,
            mention: &'a str,
            rule: &'a str,
            article_file: &'a str,
            article_title: &'a str,
            outlet: &'a str,
            date: String,
            date_approximate: bool,
            url: Option<&'a str>,
        }
        #[derive(serde::Serialize)]
        struct Export<'a> {
            filters: String,
            count: usize,
            claims: Vec<Row<'a>>,
        }
        let claims: Vec<Row<'_>> = view_rows(index, view)
            .into_iter()
            .map(|r| Row {
                actor: r.actor,
                actor_name: r.actor_name,
                stance: r.stance,
                certainty: r.certainty,
                beneficiary: r.beneficiary,
                initiator: r.initiator,
                initiator_name: r.initiator_name,
                evidence: r.evidence,
                mention: r.mention,
                rule: r.rule,
                article_file: r.article_file,
                article_title: r.article_title,
                outlet: r.outlet,
                date: r.date,
                date_approximate: r.date_approximate,
                url: r.url,
            })
            .collect();
        serde_json::to_string_pretty(&Export { filters: summary(view), count: claims.len(), claims }).unwrap()
    }

    #[test]
    fn the_json_is_byte_for_byte_what_serde_wrote() {
        let mut arts = articles();
        arts[3].url = Some("https://example.org/asylum?a=1&b=\"2\"");
        arts[3].title = "Asylum \"talk\"\tand \\ «más» 😀";
        let index = ClaimIndex::new(&arts, &claims(), gaz());
        let views = [
            view(&[]),
            view(&[Action::SetCertainty(CertaintyFilter::IncludeSpeculative)]),
            view(&[Action::SetStances(StanceSet::NONE)]),
            view(&[Action::SetSearch("«arg» \"x\"".into())]),
        ];
        for v in views {
            assert_eq!(json(&index, &v), serde_export(&index, &v));
        }
    }

    #[test]
    fn exports_follow_the_filters() {
        let index = index();
        let none = view(&[Action::SetStances(StanceSet::NONE)]);
        assert_eq!(parse(&csv(&index, &none)).len(), 1, "header only");
        let parsed: serde_json::Value = serde_json::from_str(&json(&index, &none)).unwrap();
        assert_eq!(parsed["count"], 0);
        assert_eq!(rows(&index, &[999]).len(), 0, "unknown ids are skipped");
        assert_eq!(rows(&index, &index.filter(&ViewState::default()).claim_ids()).len(), claims().len() - 3);
    }

    #[test]
    fn the_summary_names_every_active_filter_in_one_line() {
        let cases: Vec<(Vec<Action>, &str)> = vec![
            (vec![], "All stances · asserted only"),
            (
                vec![
                    Action::SetStances(StanceSet::of(&[Stance::BreakTies, Stance::Reject])),
                    Action::SetRange(Some(Date::new(2024, 1, 1)), Some(Date::new(2024, 12, 31))),
                    Action::SetRegion(Some(Region::Americas)),
                ],
                "Reject, Break ties · asserted only · 2024-01-01 – 2024-12-31 · Americas",
            ),
            (vec![Action::SetStances(StanceSet::NONE)], "No stance · asserted only"),
            (
                vec![
                    Action::SetCertainty(CertaintyFilter::IncludeSpeculative),
                    Action::SetAsylumFor(AsylumFor::Only(Beneficiary::Opposition)),
                    Action::SetTiesBy(TiesBy::Venezuela),
                    Action::ApplyEpisode(&EPISODES[1]),
                ],
                "All stances · asserted and speculative · asylum for opposition · ties broken by Venezuela · 2018–19 recognition crisis (2018-05-20 – 2019-12-31)",
            ),
            (vec![Action::SetFrom(Some(Date::new(2025, 1, 1)))], "All stances · asserted only · from 2025-01-01"),
            (vec![Action::SetTo(Some(Date::new(2019, 1, 1)))], "All stances · asserted only · until 2019-01-01"),
            (
                vec![Action::SetAsOf(Some(Date::new(2019, 3, 31)))],
                "All stances · asserted only · as of 2019-03-31, each country's latest recognition or rejection",
            ),
            (
                vec![
                    Action::SetRegion(Some(Region::Americas)),
                    Action::SetSubregion(Some("South America")),
                    Action::SetSearch(" arg ".into()),
                    Action::ToggleArticle("a.txt".into()),
                    Action::ToggleArticle("b.txt".into()),
                    Action::ToggleOutlet("C".into()),
                    Action::ToggleOutlet("A".into()),
                    Action::ToggleOutlet("B".into()),
                    Action::SetPaintBlocs(true),
                ],
                "All stances · asserted only · South America · matching “arg” · 2 articles · A, B +1 more · bloc members painted",
            ),
        ];
        for (actions, expected) in cases {
            assert_eq!(summary(&view(&actions)), expected);
        }
    }

    #[test]
    fn a_claim_with_a_span_outside_its_article_exports_empty_evidence_rather_than_panicking() {
        let arts: Vec<ArticleRecord> = articles();
        let broken = Claim {
            start: 5,
            end: 10_000,
            mention_start: 9,
            mention_end: 2,
            ..claim(0, "ARG", Stance::Reject, Certainty::Asserted)
        };
        let index = ClaimIndex::new(&arts, &[broken], gaz());
        let r = &rows(&index, &[0])[0];
        assert_eq!((r.evidence, r.mention), ("", ""));
    }
}
