//! The reader's own articles: added here, kept in this browser, exported and imported as one file,
//! shared one at a time in a link; plus the status bar that says what happened to them.

use crate::format;
use crate::library::{self, ExtractorState, Library, LibraryAction};
use crate::local_store::Damaged;
use atlas_core::local::share::ShareError;
use atlas_core::local::{store, LocalArticle};
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Id of the section heading.
pub const LOCAL_HEADING: &str = "local-heading";
/// An import file larger than this is refused before it is read.
const MAX_IMPORT_BYTES: f64 = 50_000_000.0;

/// What happened to the reader's articles (storage recovered, quota, link problems, imports), and
/// the way out of stored data that could not be read, which stays until it is discarded.
pub fn library_notices(library: &UseReducerHandle<Library>) -> Html {
    let dismiss = {
        let library = library.clone();
        Callback::from(move |_: MouseEvent| library.dispatch(LibraryAction::DismissNotices))
    };
    html! {
        <>
            { super::notice_bar::notice_bar("notice-region library-notices", "Your articles:", &library.notices, "Dismiss", dismiss) }
            if let Some(damaged) = &library.damaged {
                { rescue_bar(library, damaged) }
            }
        </>
    }
}

/// Stored data that could not be read, said with its size and key: "Download the backup" saves it
/// as a file exactly as stored; "Discard the damaged data…" asks in a modal `<dialog>` (focus on
/// "Keep it", Escape cancels) before deleting it, which frees the storage it took.
fn rescue_bar(library: &UseReducerHandle<Library>, damaged: &Damaged) -> Html {
    let download = {
        let library = library.clone();
        Callback::from(move |_: MouseEvent| {
            if let Err(message) = library.download_backup() {
                library.dispatch(LibraryAction::Notify(message));
            }
        })
    };
    // Opens the confirmation, or closes it ("Keep it").
    let toggle = Callback::from(|e: MouseEvent| super::site_header::toggle_dialog(&e, ".rescue"));
    let discard = {
        let library = library.clone();
        Callback::from(move |e: MouseEvent| {
            super::site_header::toggle_dialog(&e, ".rescue");
            library.dispatch(LibraryAction::DiscardDamaged);
        })
    };
    html! {
        <div class="notice-bar rescue" role="group" aria-labelledby="rescue-title">
            <p class="notice-title" id="rescue-title">{ "Damaged saved data" }</p>
            <p>{ damaged.describe() }</p>
            <div class="dialog-actions">
                <button type="button" class="button" onclick={download}>{ "Download the backup" }</button>
                <button type="button" class="button" onclick={toggle.clone()} aria-haspopup="dialog">{ "Discard the damaged data…" }</button>
            </div>
            <dialog class="confirm" aria-labelledby="discard-heading" aria-describedby="discard-text">
                <h2 id="discard-heading">{ "Discard the damaged data?" }</h2>
                <p id="discard-text">{ Damaged::CONFIRMATION }</p>
                <div class="dialog-actions">
                    <button type="button" class="button" onclick={toggle} autofocus=true>{ "Keep it" }</button>
                    <button type="button" class="button" onclick={discard}>{ "Discard" }</button>
                </div>
            </dialog>
        </div>
    }
}

/// What the section remembers, held by the page: its status line, and an article whose share
/// link waits for the extractor module.
pub struct LocalLibraryState {
    status: UseStateHandle<String>,
    waiting_share: UseStateHandle<Option<LocalArticle>>,
}

/// The section's state; `view_link` is the current view as encoded in the link, so a shared
/// article opens on the same map.
#[hook]
pub fn use_local_library(library: &UseReducerHandle<Library>, view_link: &str) -> LocalLibraryState {
    let status = use_state(String::new);
    // The link is packed by the extractor module: a share asked for before it is loaded waits here.
    let waiting_share = use_state(|| None::<LocalArticle>);
    {
        let (status, view_link, waiting) = (status.clone(), view_link.to_string(), waiting_share.clone());
        use_effect_with(
            (library.extractor.clone(), (*waiting_share).clone()),
            move |(extractor, article)| {
                let Some(article) = article else { return };
                match extractor {
                    ExtractorState::Ready(handle) => {
                        copy_link(library::share_link(&view_link, article, &*handle.0), status);
                        waiting.set(None);
                    }
                    ExtractorState::Failed(why) => {
                        status.set(format!("The link could not be made: {why}."));
                        waiting.set(None);
                    }
                    ExtractorState::Idle | ExtractorState::Loading => {}
                }
            },
        );
    }
    LocalLibraryState { status, waiting_share }
}

/// The section. A function, not a component: a component costs its own copy of Yew's mounting
/// code in the wasm.
pub fn local_library(
    library: &UseReducerHandle<Library>,
    view_link: &str,
    state: &LocalLibraryState,
) -> Html {
    let LocalLibraryState { status, waiting_share } = state;
    let index = library.index.0;

    let export = {
        let (library, status) = (library.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            let name = store::export_file_name(library::now_ms());
            // The module that read the articles writes the file (the app carries no JSON code).
            let written = match &library.extractor {
                ExtractorState::Ready(writer) => writer.0.document(&library.mine),
                ExtractorState::Failed(why) => Err(why.clone()),
                _ => Err("the stance reader module is still loading".into()),
            };
            match written.map(|json| crate::download::save_text(&name, "application/json", &json)) {
                Ok(Ok(())) => status.set(format!(
                    "Exported {} to {name}.",
                    format::count(library.mine.len(), "article", "articles")
                )),
                Ok(Err(e)) => status.set(format!("The browser refused to save the file ({e}).")),
                Err(why) => status.set(format!("Your articles could not be exported: {why}.")),
            }
        })
    };
    let import = {
        let library = library.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let file = input.files().and_then(|f| f.get(0));
            input.set_value("");
            let Some(file) = file else { return };
            let library = library.clone();
            if file.size() > MAX_IMPORT_BYTES {
                library.dispatch(LibraryAction::Notify(format!(
                    "This file cannot be imported: it is {}, larger than any export of articles.",
                    atlas_core::local::format_size(file.size() as u64)
                )));
                return;
            }
            wasm_bindgen_futures::spawn_local(async move {
                let raw = JsFuture::from(file.text()).await.ok().and_then(|t| t.as_string());
                let Some(raw) = raw else {
                    library.dispatch(LibraryAction::Notify("The browser could not read the file.".into()));
                    return;
                };
                library.dispatch(LibraryAction::Import(raw));
            });
        })
    };
    let share = {
        let (status, view_link, waiting_share) =
            (status.clone(), view_link.to_string(), waiting_share.clone());
        let library = library.clone();
        Callback::from(move |article: LocalArticle| match library.extractor.ready() {
            Some(reader) => copy_link(library::share_link(&view_link, &article, reader), status.clone()),
            None => {
                status.set("Preparing the link…".into());
                waiting_share.set(Some(article));
                library.dispatch(LibraryAction::NeedExtractor);
            }
        })
    };

    // `None` while the extractor has not read the article (loading, or failed).
    let claims_of = |article: &LocalArticle| {
        index.article_by_file(&article.id).map(|i| index.claims().iter().filter(|c| c.article == i).count())
    };
    let pending_label = match &library.extractor {
        ExtractorState::Failed(_) => "stances not available",
        _ => "reading stances…",
    };
    let item = |article: &LocalArticle, shared: bool| {
        let (date, approximate) = article.effective_date();
        let remove = {
            let (library, id) = (library.clone(), article.id.clone());
            Callback::from(move |_: MouseEvent| library.dispatch(LibraryAction::Remove(id.clone())))
        };
        let keep = {
            let library = library.clone();
            Callback::from(move |_: MouseEvent| library.dispatch(LibraryAction::KeepShared))
        };
        let on_share = {
            let (share, article) = (share.clone(), article.clone());
            Callback::from(move |_: MouseEvent| share.emit(article.clone()))
        };
        let title = article.display_title();
        html! {
            <li class={if shared { "article local-article is-shared" } else { "article local-article" }} key={article.id.clone()} data-file={article.id.clone()}>
                <h3 class="article-title">
                    { title.clone() }
                    <span class="badge">{ if shared { "shared, not saved" } else { "local" } }</span>
                </h3>
                <p class="article-meta">
                    <span class="article-outlet">{ if article.outlet.is_empty() { atlas_core::local::OUTLET_NOT_GIVEN } else { &article.outlet } }</span>
                    <time datetime={date.to_string()}>{ format::article_date(date, approximate) }</time>
                    <span class="article-claims">{ claims_of(article).map_or_else(|| pending_label.to_string(), |n| format::count(n, "claim", "claims")) }</span>
                    if !article.rejected.is_empty() {
                        <span>{ format!("{} unticked", article.rejected.len()) }</span>
                    }
                </p>
                <div class="local-actions">
                    if shared {
                        <button type="button" class="button" onclick={keep} aria-label={format!("Keep “{title}” in this browser")}>{ "Keep" }</button>
                    } else {
                        <button type="button" class="button button-quiet" onclick={on_share} aria-label={format!("Share “{title}” with the article in the link")}>{ "Share with article" }</button>
                        <button type="button" class="button button-quiet" onclick={remove} aria-label={format!("Remove “{title}”")}>{ "Remove" }</button>
                    }
                </div>
            </li>
        }
    };
    let count = library.mine.len();
    html! {
        <section class="articles local-library" aria-labelledby={LOCAL_HEADING}>
            <h2 id={LOCAL_HEADING} tabindex="-1">
                { "Your articles " }<span class="count">{ format!("({count})") }</span>
            </h2>
            <p class="local-intro">{ "“Add article”, above the map, puts an article's stances on the map. It is read and kept in this browser only." }</p>
            <div class="local-toolbar">
                <button type="button" class="button button-quiet" onclick={export} disabled={count == 0}>{ "Export all" }</button>
                <label class="button button-quiet file-button">
                    { "Import…" }
                    <input type="file" accept=".json,application/json" class="visually-hidden" onchange={import} />
                </label>
                <span class="local-status" aria-live="polite">{ (**status).clone() }</span>
            </div>
            if library.shared.is_some() || count > 0 {
                <ol class="article-list local-list">
                    { for library.shared.iter().map(|a| item(a, true)) }
                    { for library.mine.iter().map(|a| item(a, false)) }
                </ol>
            }
        </section>
    }
}

/// Copies a share link to the clipboard (or shows it to copy by hand), or says why there is none.
fn copy_link(link: Result<String, ShareError>, status: UseStateHandle<String>) {
    let link = match link {
        Ok(link) => link,
        Err(e) => return status.set(e.to_string()),
    };
    let clipboard = web_sys::window().map(|w| w.navigator().clipboard());
    wasm_bindgen_futures::spawn_local(async move {
        let done = match clipboard {
            Some(c) => JsFuture::from(c.write_text(&link)).await.is_ok(),
            None => false,
        };
        status.set(if done {
            "Link with the article copied.".to_string()
        } else {
            format!("Copy this link: {link}")
        });
    });
}
