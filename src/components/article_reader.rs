//! The whole article in a modal reader, the evidence sentence marked and scrolled into view;
//! closing it returns focus to where the reader was.

use super::claim_parts::{article_time, editorial_mark};
use crate::{focus, reading};
use atlas_core::model::{ArticleRecord, Claim};
use yew::prelude::*;

/// Id of the reader's title, which names the dialog.
pub const READER_TITLE: &str = "reader-title";

#[derive(Properties, PartialEq)]
pub struct ArticleReaderProps {
    pub claim: Claim,
    pub article: ArticleRecord,
    pub on_close: Callback<()>,
}

#[function_component]
pub fn ArticleReader(props: &ArticleReaderProps) -> Html {
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with(props.claim, move |_| {
            let returns_to = focus::active();
            let dialog = dialog.cast::<web_sys::HtmlDialogElement>();
            if let Some(dialog) = &dialog {
                if !dialog.open() {
                    let _ = dialog.show_modal();
                }
                if let Ok(Some(mark)) = dialog.query_selector("mark.reader-sentence") {
                    let options = web_sys::ScrollIntoViewOptions::new();
                    options.set_block(web_sys::ScrollLogicalPosition::Center);
                    mark.scroll_into_view_with_scroll_into_view_options(&options);
                }
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
    let paragraphs = reading::paragraphs(article.body, props.claim.start, props.claim.end);
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
            <div class="reader-body">{ for paragraphs }</div>
            if let Some(url) = article.url {
                <p class="reader-source">
                    <a href={url} rel="noopener noreferrer" target="_blank">{ format!("The original at {}", article.outlet) }</a>
                </p>
            }
        </dialog>
    }
}
