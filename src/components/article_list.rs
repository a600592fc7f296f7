//! The list of corpus articles with title, outlet and date, a page at a time: with 10,000
//! articles, rendering every one (and prerendering them into `index.html`) would dominate start-up
//! and the first visit (README, "Performance and scale").

use super::article_reader::ArticleReader;
use super::claim_parts::{article_time, source_link};
use crate::format;
use atlas_core::model::{ArticleRecord, Claim};
use yew::prelude::*;

/// Id of the list's heading, the target of the "skip the map" button.
pub const ARTICLES_HEADING: &str = "articles-heading";
/// Articles shown at first, and added by each "Show more".
pub const PAGE: usize = 60;

/// Claims per article, in one pass over the claims (those of articles past `articles` are left out).
fn claim_counts(articles: usize, claims: &[Claim]) -> Vec<usize> {
    let mut counts = vec![0; articles];
    for claim in claims {
        if let Some(n) = counts.get_mut(claim.article as usize) {
            *n += 1;
        }
    }
    counts
}

/// What the list remembers, held by the page: each article's claims, counted once per index, and
/// how many articles it shows.
pub struct ArticleListState {
    counts: std::rc::Rc<Vec<usize>>,
    shown: UseStateHandle<usize>,
    /// The article open in the reader.
    reading: UseStateHandle<Option<u32>>,
}

#[hook]
pub fn use_article_list(articles: &'static [ArticleRecord], claims: &'static [Claim]) -> ArticleListState {
    // The same baked slices (address and length): no pass over the claims on each render.
    let key = (articles.as_ptr() as usize, articles.len(), claims.as_ptr() as usize, claims.len());
    let counts = use_memo(key, move |_| claim_counts(articles.len(), claims));
    let shown = use_state(|| PAGE);
    let reading = use_state(|| None);
    ArticleListState { counts, shown, reading }
}

/// The list of the corpus's `articles` (the baked ones; the reader's own are listed under "Your
/// articles"). A function, not a component: a component costs its own copy of Yew's mounting code
/// in the wasm.
pub fn article_list(articles: &'static [ArticleRecord], state: &ArticleListState) -> Html {
    let ArticleListState { counts, shown, reading } = state;
    let visible = (**shown).min(articles.len());
    let items = articles[..visible].iter().zip(counts.iter()).enumerate().map(|(i, (article, &claims))| {
        // The card's title opens the article in the reader; its original, if known, is linked apart.
        let open = {
            let reading = reading.setter();
            Callback::from(move |_: MouseEvent| reading.set(Some(i as u32)))
        };
        let title = html! {
            <button type="button" class="article-open" onclick={open} title="Read the article">{ article.title }</button>
        };
        html! {
            <li class="article" key={article.file}>
                <h3 class="article-title">
                    { title }
                    if article.title_editorial {
                        <span class="article-note">{ " (title by the editors)" }</span>
                    }
                </h3>
                <p class="article-meta">
                    <span class="article-outlet">{ article.outlet }</span>
                    if let Some(author) = article.author {
                        <span class="article-author">{ author }</span>
                    }
                    { article_time(article) }
                    <span class="article-claims">{ format::count(claims, "claim", "claims") }</span>
                    { source_link(article, "Original") }
                </p>
            </li>
        }
    });
    let reader = reading.and_then(|i| {
        let article = *articles.get(i as usize)?;
        let on_close = {
            let reading = reading.setter();
            Callback::from(move |()| reading.set(None))
        };
        Some(html! { <ArticleReader claim={None} {article} index={i} {on_close} /> })
    });
    let rest = articles.len() - visible;
    let more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + PAGE))
    };
    let all = {
        let shown = shown.clone();
        let total = articles.len();
        Callback::from(move |_: MouseEvent| shown.set(total))
    };
    html! {
        <section class="articles" aria-labelledby={ARTICLES_HEADING}>
            <h2 id={ARTICLES_HEADING} tabindex="-1">
                { "Articles in the corpus " }
                <span class="count">{ format!("({})", articles.len()) }</span>
            </h2>
            <ol class="article-list">{ for items }</ol>
            <div class="reader-slot">{ for reader }</div>
            if rest > 0 {
                <p class="article-more">
                    { format!("Showing {visible} of {}. ", articles.len()) }
                    <button type="button" class="chip" onclick={more}>
                        { format!("Show {} more", rest.min(PAGE)) }
                    </button>
                    { " " }
                    <button type="button" class="chip" onclick={all}>
                        { format!("Show all {}", articles.len()) }
                    </button>
                </p>
            }
        </section>
    }
}
