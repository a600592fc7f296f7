//! The whole article in a modal reader, the evidence sentence marked and scrolled into view;
//! closing it returns focus to where the reader was. A baked article's text is loaded the first
//! time one is opened ([`crate::texts`]); meanwhile, or if it cannot be loaded, the reader shows
//! the evidence sentence and says so.

use super::claim_parts::{article_time, editorial_mark, evidence, source_link};
use crate::texts::{use_whole_text, WholeText};
use crate::{focus, reading};
use atlas_core::model::{ArticleRecord, Claim};
use yew::prelude::*;

/// Id of the reader's title, which names the dialog.
pub const READER_TITLE: &str = "reader-title";

#[derive(Properties, PartialEq)]
pub struct ArticleReaderProps {
    /// The claim whose sentence is marked; none when the article is opened from its card.
    pub claim: Option<Claim>,
    pub article: ArticleRecord,
    /// The article's index in the corpus.
    pub index: u32,
    pub on_close: Callback<()>,
}

#[function_component]
pub fn ArticleReader(props: &ArticleReaderProps) -> Html {
    let dialog = use_node_ref();
    let text = use_whole_text(props.article, props.index);
    {
        let dialog = dialog.clone();
        use_effect_with((props.index, props.claim), move |_| {
            let returns_to = focus::active();
            let dialog = dialog.cast::<web_sys::HtmlDialogElement>();
            if let Some(dialog) = dialog.as_ref().filter(|d| !d.open()) {
                let _ = dialog.show_modal();
            }
            move || {
                // While the modal is open the rest of the page is inert and cannot take focus.
                if let Some(dialog) = dialog.filter(|d| d.open()) {
                    dialog.close();
                }
                if let Some(element) = returns_to {
                    focus::restore(&element);
                }
            }
        });
    }
    {
        // The sentence is scrolled into view once the text holding it is there.
        let dialog = dialog.clone();
        let ready = matches!(text, WholeText::Ready(_));
        use_effect_with((props.claim, ready), move |_| {
            let dialog = dialog.cast::<web_sys::HtmlDialogElement>();
            if let Some(Ok(Some(mark))) = dialog.map(|d| d.query_selector("mark.reader-sentence")) {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Center);
                mark.scroll_into_view_with_scroll_into_view_options(&options);
            }
        });
    }
    let close = props.on_close.reform(|_: MouseEvent| ());
    // Escape: the browser's own close is replaced by ours so the page's state stays in step.
    let cancel = props.on_close.reform(|e: Event| e.prevent_default());
    let closed = props.on_close.reform(|_: Event| ());
    let keydown = Callback::from(|e: KeyboardEvent| {
        if e.key() == "Escape" {
            // Only the reader closes, not the evidence panel behind it.
            e.stop_propagation();
        }
    });
    let article = &props.article;
    let body = match &text {
        WholeText::Ready(text) => {
            let (start, end) = props.claim.map_or((0, 0), |c| (c.start, c.end));
            let paragraphs = reading::paragraphs(text, start, end);
            let paragraphs = paragraphs.into_iter().map(|pieces| {
                let pieces = pieces.into_iter().map(|p| {
                    if p.marked {
                        html! { <mark class="reader-sentence">{ p.text }</mark> }
                    } else {
                        html! { p.text }
                    }
                });
                html! { <p>{ for pieces }</p> }
            });
            html! { <div class="reader-body">{ for paragraphs }</div> }
        }
        waiting => {
            let status = match waiting {
                WholeText::Failed(why) => format!("The whole article could not be loaded: {why}."),
                _ => "Loading the whole article…".to_string(),
            };
            html! {
                <div class="reader-body">
                    if let Some(claim) = &props.claim {
                        <p><mark class="reader-sentence">{ evidence(claim, article, None) }</mark></p>
                    }
                    <p class="reader-status" role="status">{ status }</p>
                </div>
            }
        }
    };
    html! {
        <dialog class="reader" ref={dialog} aria-labelledby={READER_TITLE} oncancel={cancel} onclose={closed} onkeydown={keydown}>
            <header class="reader-head">
                <div>
                    <p class="reader-meta">
                        <span class="reader-outlet">{ article.outlet }</span>
                        if let Some(author) = article.author {
                            <span>{ author }</span>
                        }
                        { article_time(article) }
                    </p>
                    <h2 id={READER_TITLE}>{ article.title }{ " " }{ editorial_mark(article) }</h2>
                </div>
                <button type="button" class="reader-close" onclick={close}>{ "Close" }</button>
            </header>
            { body }
            if article.url.is_some() {
                <p class="reader-source">{ source_link(article, &format!("The original at {}", article.outlet)) }</p>
            }
        </dialog>
    }
}
