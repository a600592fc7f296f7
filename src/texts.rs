//! The whole texts of the baked articles, loaded when a reader first opens one (issue 5: the
//! page carries each article's evidence sentences, not its body; a first visit never downloads
//! the texts). A reader's own articles are whole already.
//!
//! The texts are one file, the rest of every body (its evidence cut out) in article order (`cargo
//! xtask stage-texts` writes it next to the page), or a data block in the single-file build
//! ([`crate::on_demand`]). The claims' spans say where the page's evidence goes back in; a file
//! that does not fit them exactly (another build's) is refused with a message instead of quoting
//! the wrong sentences.

use crate::baked;
use crate::on_demand::OnDemand;
use atlas_core::model::ArticleRecord;
use atlas_core::pack;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Where the texts are found.
pub const TEXTS: OnDemand =
    OnDemand { block_id: "atlas-texts", url_attribute: "data-texts", what: "the articles' texts" };

thread_local! {
    /// Each baked article's whole text, once loaded and checked.
    static LOADED: RefCell<Option<Rc<[&'static str]>>> = const { RefCell::new(None) };
}

/// An article's whole text as far as it is known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WholeText {
    Loading,
    Ready(&'static str),
    /// Why it could not be loaded.
    Failed(String),
}

/// The whole text of every baked article, loading it the first time.
pub async fn whole_texts() -> Result<Rc<[&'static str]>, String> {
    if let Some(texts) = LOADED.with(|l| l.borrow().clone()) {
        return Ok(texts);
    }
    let texts: Rc<[&'static str]> = load().await?.into();
    LOADED.with(|l| *l.borrow_mut() = Some(texts.clone()));
    Ok(texts)
}

#[cfg(feature = "embedded-data")]
async fn load() -> Result<Vec<&'static str>, String> {
    embedded()
}

/// The compiled-in texts, checked (component tests).
#[cfg(feature = "embedded-data")]
pub fn embedded() -> Result<Vec<&'static str>, String> {
    check(baked::WHOLE_TEXTS)
}

#[cfg(not(feature = "embedded-data"))]
async fn load() -> Result<Vec<&'static str>, String> {
    let bytes = TEXTS.bytes().await?;
    let text = String::from_utf8(bytes).map_err(|_| "the articles' texts are not UTF-8 text".to_string())?;
    check(&text)
}

/// Each article's whole text: its evidence, which the page carries, with the rest from `text`.
/// Kept for the life of the page: the reader borrows from it, as from the baked data.
fn check(text: &str) -> Result<Vec<&'static str>, String> {
    let wholes = pack::whole_texts(baked::articles(), baked::claims(), text).map_err(|e| {
        format!(
            "the articles' texts do not belong to this page ({}, at byte {}); reload the page",
            e.what, e.at
        )
    })?;
    Ok(wholes.into_iter().map(|whole| &*Box::leak(whole.into_boxed_str())).collect())
}

/// The whole text of `article`, number `index` among the page's articles ([`Claim::article`]):
/// at once for a reader's own article or when the texts are loaded, else after loading them.
///
/// [`Claim::article`]: atlas_core::model::Claim::article
#[hook]
pub fn use_whole_text(article: ArticleRecord, index: u32) -> WholeText {
    let baked = baked::articles().get(index as usize).is_some_and(|b| b.file == article.file);
    let now = move || match LOADED.with(|l| l.borrow().clone()) {
        _ if !baked => WholeText::Ready(article.body),
        Some(texts) => text_of(&texts, index),
        None => WholeText::Loading,
    };
    let state = use_state(now);
    {
        let state = state.clone();
        use_effect_with(index, move |_| {
            let current = now();
            let loading = current == WholeText::Loading;
            state.set(current);
            if loading {
                wasm_bindgen_futures::spawn_local(async move {
                    state.set(match whole_texts().await {
                        Ok(texts) => text_of(&texts, index),
                        Err(why) => WholeText::Failed(why),
                    });
                });
            }
        });
    }
    (*state).clone()
}

fn text_of(texts: &[&'static str], index: u32) -> WholeText {
    match texts.get(index as usize) {
        Some(text) => WholeText::Ready(text),
        None => WholeText::Failed(format!("the articles' texts have no article {index}")),
    }
}
