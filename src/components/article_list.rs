//! The list of corpus articles with title, outlet and date.

use crate::format;
use atlas_core::model::{ArticleRecord, Claim};
use yew::prelude::*;

/// Id of the list's heading, the target of the "skip the map" button.
pub const ARTICLES_HEADING: &str = "articles-heading";

#[derive(Properties, PartialEq)]
pub struct ArticleListProps {
    pub articles: &'static [ArticleRecord],
    pub claims: &'static [Claim],
}

#[function_component]
pub fn ArticleList(props: &ArticleListProps) -> Html {
    let items = props.articles.iter().enumerate().map(|(index, article)| {
        let claims = props.claims.iter().filter(|c| c.article as usize == index).count();
        let title = match article.url {
            Some(url) => html! {
                <a href={url} rel="noopener noreferrer" target="_blank">{ article.title }</a>
            },
            None => html! { article.title },
        };
        html! {
            <li class="article" key={article.file}>
                <h3 class="article-title">
                    { title }
                    // byo: the reader's own articles (pasted, imported or shared) are marked.
                    if atlas_core::local::is_local(article.file) {
                        <span class="badge">{ "local" }</span>
                    } else if article.title_editorial {
                        <span class="article-note">{ " (title by the editors)" }</span>
                    }
                </h3>
                <p class="article-meta">
                    <span class="article-outlet">{ article.outlet }</span>
                    if let Some(author) = article.author {
                        <span class="article-author">{ author }</span>
                    }
                    <time datetime={article.date.to_string()}
                        title={article.date_approximate.then_some("The publication date is estimated from the text")}>
                        { format::article_date(article.date, article.date_approximate) }
                    </time>
                    <span class="article-claims">{ format::count(claims, "claim", "claims") }</span>
                </p>
            </li>
        }
    });
    html! {
        <section class="articles" aria-labelledby={ARTICLES_HEADING}>
            <h2 id={ARTICLES_HEADING} tabindex="-1">
                { "Articles in the corpus " }
                <span class="count">{ format!("({})", props.articles.len()) }</span>
            </h2>
            <ol class="article-list">{ for items }</ol>
        </section>
    }
}
