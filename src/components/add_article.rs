//! "Add article": a modal dialog where the reader pastes or drops an article, sees the stances the
//! extractor finds in it, unticks wrong ones, and adds it to the map. Runs entirely in the page.
//! Opening the dialog asks for the extractor module, which loads on demand; until it is ready the
//! dialog says so, and if it cannot load, says why.

use crate::library::ExtractorState;
use atlas_core::dateline::TextDate;
use atlas_core::local::{
    check_file_size, draft_from_file, format_size, latest_day, validate, ArticleDraft, ArticleError,
    Encoding, Field, FileDraft, LocalArticle,
};
use atlas_core::model::Claim;
use atlas_core::query::{evidence_parts, Gazetteer};
use std::rc::Rc;
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlDialogElement, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AddArticleProps {
    /// The reader's articles, to refuse a text added twice.
    pub existing: Rc<Vec<LocalArticle>>,
    pub on_add: Callback<LocalArticle>,
    /// The extractor module, which reads the stances.
    pub extractor: ExtractorState,
    /// Asks for the extractor module (opening the dialog, or trying again after a failure).
    pub on_need_extractor: Callback<()>,
}

/// The form as typed.
#[derive(Clone, Default, PartialEq)]
struct Form {
    title: String,
    outlet: String,
    date: String,
    date_approximate: bool,
    url: String,
    text: String,
}

/// The article checked and extracted, waiting for the reader's review.
#[derive(Clone, PartialEq)]
struct Review {
    article: LocalArticle,
    claims: Rc<Vec<Claim>>,
    /// Where the article's date comes from, when the form gave none.
    date_note: Option<String>,
    /// The first claim listed: the list shows [`PAGE`] claims at a time, so a long text's
    /// thousands of claims never become thousands of rows.
    first: usize,
}

/// Claims listed at a time in the review.
const PAGE: usize = 50;

/// Everything the dialog holds, in one reducer: every change is applied to the state as it is
/// when the change arrives, so a field typed while a file is read or the extractor works is kept.
#[derive(Clone, Default, PartialEq)]
struct Dialog {
    form: Form,
    errors: Vec<ArticleError>,
    file_note: Option<String>,
    review: Option<Review>,
    /// The extractor's own failure on this text (not the form's), shown above the actions.
    extract_error: Option<String>,
    /// The bytes of text being read, while the extractor works on them.
    reading: Option<usize>,
    /// Edits of the form so far: stances found in a text edited since are dropped.
    edits: u32,
}

/// A change of the dialog.
enum Change {
    /// A field typed, by the function that stores it in the form. Any edit invalidates the
    /// review: the claims were found in the text as it was.
    Edit(fn(&mut Form, String), String),
    Approximate(bool),
    /// A file read into the form (its fields given win over those typed), or why it cannot be.
    FileRead(Result<(FileDraft, Option<String>), ArticleError>),
    /// The form refused, with the errors found.
    Refused(Vec<ArticleError>),
    /// The extractor starts on the form's text of this many bytes.
    Reading(usize),
    /// The extractor's review of the text as it was at this count of edits, or why it failed.
    Found(u32, Result<Review, String>),
    /// A claim ticked (kept) or unticked.
    Toggle(usize, bool),
    /// The review from this claim on.
    Page(usize),
    Reset,
}

impl Reducible for Dialog {
    type Action = Change;

    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        let mut d = Rc::unwrap_or_clone(self);
        match change {
            Change::Edit(apply, value) => {
                apply(&mut d.form, value);
                d.review = None;
                d.edits = d.edits.wrapping_add(1);
            }
            Change::Approximate(approximate) => d.form.date_approximate = approximate,
            Change::FileRead(Ok((draft, note))) => {
                let keep = |given: String, old: &mut String| {
                    if !given.is_empty() {
                        *old = given;
                    }
                };
                let form = &mut d.form;
                keep(draft.title, &mut form.title);
                keep(draft.outlet, &mut form.outlet);
                keep(draft.date, &mut form.date);
                keep(draft.url, &mut form.url);
                form.date_approximate = draft.date_approximate;
                form.text = draft.text;
                d.review = None;
                d.edits = d.edits.wrapping_add(1);
                d.errors = Vec::new();
                d.file_note = note;
            }
            Change::FileRead(Err(e)) => {
                d.errors = vec![e];
                d.file_note = None;
            }
            Change::Refused(errors) => {
                d.errors = errors;
                d.review = None;
            }
            Change::Reading(bytes) => {
                d.errors = Vec::new();
                d.review = None;
                d.reading = Some(bytes);
            }
            Change::Found(edits, found) => {
                d.reading = None;
                match found {
                    Ok(review) => {
                        d.extract_error = None;
                        d.review = (edits == d.edits).then_some(review);
                    }
                    Err(why) => d.extract_error = Some(why),
                }
            }
            Change::Toggle(i, keep) => {
                if let Some(r) = &mut d.review {
                    if let Some(claim) = r.claims.get(i) {
                        r.article.set_rejected(claim, !keep);
                    }
                }
            }
            Change::Page(first) => d.review.iter_mut().for_each(|r| r.first = first),
            Change::Reset => d = Dialog::default(),
        }
        Rc::new(d)
    }
}

const FIELDS: [(Field, &str); 5] = [
    (Field::Text, "add-text"),
    (Field::Title, "add-title"),
    (Field::Outlet, "add-outlet"),
    (Field::Date, "add-date"),
    (Field::Url, "add-url"),
];

/// What the review says of the date of an article whose form gave none: read from the text (as
/// `found`), and where, or undated.
fn date_note(article: &LocalArticle, found: Option<&TextDate>) -> String {
    match (article.date, found) {
        (Some(date), Some(found)) => {
            let how = match (found.how, found.date.precision()) {
                (atlas_core::dateline::How::Dateline, _) => "its dateline",
                (_, atlas_core::date::Precision::Day) => "the latest day it mentions",
                _ => "the latest month it mentions",
            };
            format!(
                "Dated {}, read from {how}: “{}”. Type a date above to change it.",
                crate::format::article_date(date, article.date_approximate),
                found.source(&article.text)
            )
        }
        _ => "No date was given and the text says none: the article will be listed as undated, counted over all of time and in no period.".to_string(),
    }
}

/// A click that shows the claims from `to` on.
fn go(page: &Callback<usize>, to: usize) -> Callback<MouseEvent> {
    page.reform(move |_| to)
}

fn field_id(field: Field) -> &'static str {
    FIELDS.iter().find(|(f, _)| *f == field).map_or("add-text", |(_, id)| id)
}

fn error_id(field: Field) -> String {
    format!("{}-error", field_id(field))
}

/// Reads a chosen or dropped file into the form, or says why it cannot.
async fn read_file(file: web_sys::File) -> Result<(FileDraft, Option<String>), ArticleError> {
    check_file_size(file.size() as u64)?;
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| ArticleError::NotText { reason: "the browser could not read the file".into() })?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    let draft = draft_from_file(&bytes)?;
    let note = (draft.encoding == Encoding::Windows1252).then(|| {
        "The file is not UTF-8; it was read as Windows-1252. Check that accented letters look right."
            .to_string()
    });
    Ok((draft, note))
}

/// Resolves once the next frame is on screen (a frame's callback, then a task after it), so what
/// was rendered before, such as "Reading…", is painted before long work blocks the page.
pub(crate) async fn after_paint() {
    let Some(window) = web_sys::window() else { return };
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window.request_animation_frame(&resolve);
    });
    let _ = JsFuture::from(frame).await;
    let task = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window.set_timeout_with_callback(&resolve);
    });
    let _ = JsFuture::from(task).await;
}

#[function_component]
pub fn AddArticle(props: &AddArticleProps) -> Html {
    let dialog = use_node_ref();
    let state = use_reducer(Dialog::default);
    let dispatch = state.dispatcher();

    let open = {
        let (dialog, need) = (dialog.clone(), props.on_need_extractor.clone());
        Callback::from(move |_: MouseEvent| {
            need.emit(());
            if let Some(d) = dialog.cast::<HtmlDialogElement>() {
                if d.show_modal().is_err() {
                    d.set_open(true);
                }
            }
        })
    };
    let close = {
        let (dialog, dispatch) = (dialog.clone(), dispatch.clone());
        move || {
            if let Some(d) = dialog.cast::<HtmlDialogElement>() {
                d.close();
            }
            dispatch.dispatch(Change::Reset);
        }
    };
    let cancel = {
        let close = close.clone();
        Callback::from(move |_: MouseEvent| close())
    };

    let edit = |apply: fn(&mut Form, String)| {
        let dispatch = dispatch.clone();
        Callback::from(move |value: String| dispatch.dispatch(Change::Edit(apply, value)))
    };
    let on_title = edit(|f, v| f.title = v);
    let on_outlet = edit(|f, v| f.outlet = v);
    let on_date = edit(|f, v| f.date = v);
    let on_url = edit(|f, v| f.url = v);
    let on_text = edit(|f, v| f.text = v);
    let input_value = |cb: Callback<String>| {
        Callback::from(move |e: InputEvent| cb.emit(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let text_value = {
        let cb = on_text.clone();
        Callback::from(move |e: InputEvent| cb.emit(e.target_unchecked_into::<HtmlTextAreaElement>().value()))
    };

    let load_file = {
        let dispatch = dispatch.clone();
        Callback::from(move |file: web_sys::File| {
            let dispatch = dispatch.clone();
            wasm_bindgen_futures::spawn_local(async move {
                dispatch.dispatch(Change::FileRead(read_file(file).await));
            });
        })
    };
    let on_choose = {
        let load_file = load_file.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                load_file.emit(file);
            }
            input.set_value("");
        })
    };
    let on_drop = Callback::from(move |e: DragEvent| {
        let file = e.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0));
        if let Some(file) = file {
            e.prevent_default();
            load_file.emit(file);
        }
    });
    let on_dragover = Callback::from(|e: DragEvent| e.prevent_default());

    let find = {
        let (state, existing, extractor) = (state.clone(), props.existing.clone(), props.extractor.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // The button is disabled until the extractor is ready and while it reads; Enter in a
            // field still submits.
            if extractor.ready().is_none() || state.reading.is_some() {
                return;
            }
            let form = &state.form;
            let draft = ArticleDraft {
                title: &form.title,
                outlet: &form.outlet,
                date: &form.date,
                date_approximate: form.date_approximate,
                url: &form.url,
                text: &form.text,
            };
            let mut article = match validate(&draft, crate::library::now_ms(), &existing) {
                Ok(article) => article,
                Err(found) => return state.dispatch(Change::Refused(found)),
            };
            // "Reading N kB…" is painted first: a long text takes a while.
            state.dispatch(Change::Reading(article.text.len()));
            let (dispatch, extractor, edits) = (state.dispatcher(), extractor.clone(), state.edits);
            wasm_bindgen_futures::spawn_local(async move {
                after_paint().await;
                let Some(reader) = extractor.ready() else { return };
                // No date typed: the text's own, read by the module (it stays out of a first visit).
                let text_date = if article.date.is_none() {
                    reader.read_date(&article.text, latest_day(article.added_at)).map(|found| {
                        article.take_text_date(found.as_ref());
                        Some(date_note(&article, found.as_ref()))
                    })
                } else {
                    Ok(None)
                };
                let found = text_date
                    .and_then(|note| Ok((note, reader.extract(&article.text, article.date)?)))
                    .map(|(date_note, claims)| Review {
                        article,
                        claims: Rc::new(claims),
                        date_note,
                        first: 0,
                    })
                    .map_err(|why| format!("The stances of this text could not be read: {why}."));
                dispatch.dispatch(Change::Found(edits, found));
            });
        })
    };
    let toggle = {
        let dispatch = dispatch.clone();
        Callback::from(move |(i, keep): (usize, bool)| dispatch.dispatch(Change::Toggle(i, keep)))
    };
    let page = {
        let dispatch = dispatch.clone();
        Callback::from(move |first: usize| dispatch.dispatch(Change::Page(first)))
    };
    let add = {
        let (state, on_add) = (state.clone(), props.on_add.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(r) = &state.review {
                on_add.emit(r.article.clone());
                close();
            }
        })
    };

    // The claims found appear below the form: take keyboard and screen-reader focus there.
    let (errors, file_note, review) = (&state.errors, &state.file_note, &state.review);
    use_effect_with(review.as_ref().map(|r| r.article.id.clone()), |found| {
        if found.is_some() {
            let heading = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id("found-heading"))
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok());
            if let Some(h) = heading {
                let _ = h.focus();
            }
        }
    });
    let message = |field: Field| {
        let found: Vec<String> =
            errors.iter().filter(|e| e.field() == field).map(ToString::to_string).collect();
        (!found.is_empty()).then(|| found.join(" "))
    };
    let described = |field: Field, extra: Option<&str>| {
        let ids: Vec<String> =
            message(field).map(|_| error_id(field)).into_iter().chain(extra.map(str::to_string)).collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    let error_line = |field: Field| match message(field) {
        Some(m) => html! { <p class="field-error" id={error_id(field)}>{ m }</p> },
        None => html! {},
    };
    let field = |f: Field,
                 label: &'static str,
                 value: &str,
                 kind: &'static str,
                 cb: &Callback<String>,
                 hint: Option<&'static str>| {
        html! {
            <div class="field">
                <label for={field_id(f)}>{ label }</label>
                <input id={field_id(f)} type={kind} value={value.to_string()} oninput={input_value(cb.clone())}
                    placeholder={hint} aria-invalid={message(f).map(|_| "true")} aria-describedby={described(f, None)} />
                { error_line(f) }
            </div>
        }
    };

    let review_html = match review {
        None => html! {},
        Some(r) => {
            let gazetteer = Gazetteer::global();
            let (first, total) = (r.first, r.claims.len());
            let last = total.min(first + PAGE);
            let items = r.claims.iter().enumerate().skip(first).take(PAGE).map(|(i, claim)| {
                let (before, mention, after) = evidence_parts(claim, &r.article.text);
                let kept = !r.article.is_rejected(claim);
                let id = format!("add-claim-{i}");
                let onchange = {
                    let toggle = toggle.clone();
                    Callback::from(move |e: Event| toggle.emit((i, e.target_unchecked_into::<HtmlInputElement>().checked())))
                };
                html! {
                    <li class={if kept { "found-claim" } else { "found-claim is-rejected" }} data-actor={claim.actor} data-stance={claim.stance.id()}>
                        <input type="checkbox" id={id.clone()} checked={kept} {onchange} />
                        <label for={id}>
                            <span class="found-head">
                                <strong>{ gazetteer.actor_name(claim.actor) }</strong>
                                { " · " }{ claim.stance.label() }{ " · " }{ claim.certainty.label() }
                            </span>
                            // Quotes as text, not `<q>`: Chromium lays out each `<q>` in time that
                            // grows with the quotes before it.
                            <span class="found-evidence">{ "“" }{ before }<mark>{ mention }</mark>{ after }{ "”" }</span>
                        </label>
                    </li>
                }
            });
            let kept = r.claims.iter().filter(|c| !r.article.is_rejected(c)).count();
            html! {
                <section class="found" aria-labelledby="found-heading">
                    <h3 id="found-heading" tabindex="-1">
                        { match r.claims.len() { 0 => "No stances found".to_string(), 1 => "1 stance found".to_string(), n => format!("{n} stances found") } }
                    </h3>
                    if let Some(note) = &r.date_note {
                        <p class="found-date" data-undated={r.article.date.is_none().then_some("true")}>{ note.clone() }</p>
                    }
                    if r.claims.is_empty() {
                        <p>{ "The extractor found no country taking a stance in this text. You can still add it to your articles." }</p>
                    } else {
                        <p>{ "Untick any that are wrong: they stay out of the map, and the choice is remembered." }</p>
                        if total > PAGE {
                            <div class="dialog-actions found-pages">
                                <button type="button" class="button button-quiet" disabled={first == 0}
                                    onclick={go(&page, first.saturating_sub(PAGE))}>{ "Previous" }</button>
                                <span>{ format!("{}–{last} of {total}", first + 1) }</span>
                                <button type="button" class="button button-quiet" disabled={last == total}
                                    onclick={go(&page, last)}>{ "Next" }</button>
                            </div>
                        }
                        <ul class="found-list">{ for items }</ul>
                    }
                    <div class="dialog-actions">
                        <button type="button" class="button" onclick={add}>
                            { format!("Add to map ({kept} of {})", r.claims.len()) }
                        </button>
                    </div>
                </section>
            }
        }
    };

    let f = &state.form;
    let on_approx = Callback::from(move |e: Event| {
        dispatch.dispatch(Change::Approximate(e.target_unchecked_into::<HtmlInputElement>().checked()))
    });
    html! {
        <>
            <button type="button" class="button add-article-open" onclick={open}>{ "Add article" }</button>
            <dialog ref={dialog} class="add-article" aria-labelledby="add-heading">
                <form class="add-form" onsubmit={find} novalidate=true>
                    <div class="dialog-head">
                        <h2 id="add-heading">{ "Add an article" }</h2>
                        <button type="button" class="button button-quiet" onclick={cancel.clone()}>{ "Close" }</button>
                    </div>
                    <p class="dialog-note">{ "The text is read in this page; nothing is sent anywhere." }</p>
                    <div class="field">
                        <label for="add-text">{ "Article text" }</label>
                        <textarea id="add-text" rows="8" value={f.text.clone()} oninput={text_value}
                            ondrop={on_drop} ondragover={on_dragover}
                            placeholder="Paste the article here, or drop a .txt file"
                            aria-invalid={message(Field::Text).map(|_| "true")}
                            aria-describedby={described(Field::Text, file_note.as_ref().map(|_| "add-file-note"))} />
                        { error_line(Field::Text) }
                        if let Some(note) = file_note {
                            <p class="field-note" id="add-file-note">{ note.clone() }</p>
                        }
                        <label class="file-choose">
                            <span>{ "Or choose a .txt file: " }</span>
                            <input type="file" accept=".txt,text/plain" onchange={on_choose} />
                        </label>
                    </div>
                    <div class="field-row">
                        { field(Field::Title, "Title (optional)", &f.title, "text", &on_title, None) }
                        { field(Field::Outlet, "Outlet (optional)", &f.outlet, "text", &on_outlet, None) }
                    </div>
                    <div class="field-row">
                        { field(Field::Date, "Date (optional: YYYY-MM-DD, YYYY-MM or YYYY; else read from the text)", &f.date, "text", &on_date, Some("YYYY-MM-DD")) }
                        <label class="check">
                            <input type="checkbox" checked={f.date_approximate} onchange={on_approx} />
                            { " The date is approximate" }
                        </label>
                    </div>
                    { field(Field::Url, "Address of the original (optional)", &f.url, "url", &on_url, Some("https://…")) }
                    { reader_status(&props.extractor, state.extract_error.clone(), &props.on_need_extractor) }
                    if let Some(bytes) = state.reading {
                        <p class="reader-status" role="status">{ format!("Reading {}…", format_size(bytes as u64)) }</p>
                    }
                    <div class="dialog-actions">
                        <button type="submit" class="button" disabled={props.extractor.ready().is_none() || state.reading.is_some()}>{ "Find stances" }</button>
                        <button type="button" class="button button-quiet" onclick={cancel}>{ "Cancel" }</button>
                    </div>
                </form>
                { review_html }
            </dialog>
        </>
    }
}

/// What the dialog says about the extractor: loading, failed (with why and a retry), or a
/// failure on this text. Nothing once it is ready and working.
fn reader_status(extractor: &ExtractorState, extract_error: Option<String>, retry: &Callback<()>) -> Html {
    match (extractor, extract_error) {
        (ExtractorState::Idle | ExtractorState::Loading, _) => html! {
            <p class="reader-status" role="status">{ "Loading the stance reader…" }</p>
        },
        (ExtractorState::Failed(why), _) => {
            let retry = retry.reform(|_: MouseEvent| ());
            html! {
                <div class="reader-status reader-failed" role="alert">
                    <p>{ format!("The stance reader could not be loaded: {why}. Articles you added before are kept in this browser.") }</p>
                    <button type="button" class="button button-quiet" onclick={retry}>{ "Try again" }</button>
                </div>
            }
        }
        (ExtractorState::Ready(_), Some(message)) => html! {
            <p class="reader-status reader-failed" role="alert">{ message }</p>
        },
        (ExtractorState::Ready(_), None) => html! {},
    }
}
