//! The small pieces that describe one claim, shared by the evidence panel and the claims table:
//! stance badge, certainty, who the asylum is for or who broke the ties, and the quoted evidence.

use crate::{format, reading, stances};
use atlas_core::model::{ArticleRecord, Certainty, Claim, Stance};
use atlas_core::query::{evidence_parts, Gazetteer};
use yew::prelude::*;

/// A stance's colour as a square: an SVG fill, not a style attribute, which the page's CSP forbids.
pub fn swatch(stance: Stance) -> Html {
    html! {
        <svg class="swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
            <rect width="10" height="10" rx="2" fill={stances::colour(stance)} />
        </svg>
    }
}

/// The stance with its colour and its label.
pub fn stance_badge(stance: Stance) -> Html {
    html! {
        <span class={format!("stance-badge stance-{}", stance.id())}>
            { swatch(stance) }{ stance.label() }
        </span>
    }
}

/// "Asserted", or "Speculative" marked so it cannot be mistaken for a fact.
pub fn certainty_badge(certainty: Certainty) -> Html {
    match certainty {
        Certainty::Asserted => html! { <span class="certainty certainty-asserted">{ "Asserted" }</span> },
        Certainty::Speculative => html! {
            <span class="certainty certainty-speculative" title="The article hedges this: could, may, allegedly, a request not yet granted">
                <span aria-hidden="true">{ "? " }</span>{ "Speculative" }
            </span>
        },
    }
}

/// Who an offer of asylum is for, or who broke the ties: `("Asylum for", "Opposition")`.
pub fn party(claim: &Claim, gazetteer: Gazetteer) -> Option<(&'static str, &'static str)> {
    if let Some(b) = claim.beneficiary {
        return Some(("Asylum for", b.label()));
    }
    claim.initiator.map(|code| ("Broken by", gazetteer.actor_name(code)))
}

/// The article's date as readers write it, marked "about" when estimated, or "undated".
pub fn article_time(article: &ArticleRecord) -> Html {
    date_mark(article, format::article_date(article.date, article.date_approximate))
}

/// `text` in a `<time>`, or, for an undated article, in a mark that says why it has no date.
pub fn date_mark(article: &ArticleRecord, text: String) -> Html {
    if article.date.is_undated() {
        return html! { <span class="undated" title={format::UNDATED_TITLE}>{ text }</span> };
    }
    html! {
        <time datetime={article.date.to_string()}
            title={article.date_approximate.then_some("The publication date is estimated")}>
            { text }
        </time>
    }
}

/// A link to the original article, opened in a new tab without telling it where the reader came
/// from; nothing when its address is not known.
pub fn source_link(article: &ArticleRecord, label: &str) -> Html {
    match article.url {
        Some(url) => html! {
            <a class="source-link" href={url} rel="noopener noreferrer" target="_blank"
                title={format!("The original at {} (opens in a new tab)", article.outlet)}>{ label }</a>
        },
        None => html! {},
    }
}

/// The mark beside a title the editors wrote because the article has none.
pub fn editorial_mark(article: &ArticleRecord) -> Html {
    if article.title_editorial {
        html! { <span class="editorial-mark" title="The article has no title; the editors wrote this one">{ "editorial title" }</span> }
    } else {
        html! {}
    }
}

/// The evidence sentence with the words naming the country in `<mark>`; `context` cuts it to that
/// many characters each side of the mention. Always text, never markup.
pub fn evidence(claim: &Claim, article: &ArticleRecord, context: Option<usize>) -> Html {
    let (before, mention, after) = evidence_parts(claim, article.body);
    let (before, after) = match context {
        Some(n) => {
            let (head, _, tail) = reading::excerpt(before, mention, after, n);
            (head, tail)
        }
        None => (before.trim_start().to_string(), after.trim_end().to_string()),
    };
    html! {
        <>
            { before }
            if !mention.is_empty() {
                <mark class="mention">{ mention }</mark>
            }
            { after }
        </>
    }
}
