//! The filters: stances, certainty, who asylum is for, who broke ties, dates and episodes, article
//! and outlet, region and subregion, country search and bloc painting. Every control dispatches one
//! [`Action`]; the core decides what they mean. Collapsible on phones.

use crate::state;
use atlas_core::date::Date;
use atlas_core::gazetteer::Region;
use atlas_core::model::{ArticleRecord, Beneficiary, Stance};
use atlas_core::query::ClaimIndex;
use atlas_core::view::{Action, AsylumFor, CertaintyFilter, TiesBy, ViewState, EPISODES};
use wasm_bindgen::JsCast;
use yew::prelude::*;

fn input_value(e: &Event) -> String {
    let target = e.target();
    if let Some(input) = target.clone().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
        return input.value();
    }
    target
        .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
        .map(|s| s.value())
        .unwrap_or_default()
}

fn checked(e: &Event) -> bool {
    e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()).is_some_and(|i| i.checked())
}

/// A group of radio buttons: legend, name, and (label, value, action) per option.
fn radios(
    legend: &str,
    name: &'static str,
    options: Vec<(&'static str, bool, Action)>,
    on_action: &Callback<Action>,
) -> Html {
    let items = options.into_iter().map(|(label, on, action)| {
        let onchange = super::send::<Event>(on_action, action);
        html! {
            <label class="choice">
                <input type="radio" {name} checked={on} {onchange} />
                { label }
            </label>
        }
    });
    html! {
        <fieldset class="filter-group">
            <legend>{ legend.to_string() }</legend>
            { for items }
        </fieldset>
    }
}

/// A list filter: its label, "All …" first (chosen when `none` is), a line saying so when a link
/// chose several (`many`), then `options`. One function for the four lists, so their markup is
/// built by one piece of code in the wasm, not four.
fn select_field(
    label: &'static str,
    id: &'static str,
    all: &'static str,
    none: bool,
    many: Option<String>,
    options: Html,
    onchange: Callback<Event>,
) -> Html {
    html! {
        <label class="field" for={id}>
            <span>{ label }</span>
            <select {id} {onchange}>
                <option value="" selected={none}>{ all }</option>
                if let Some(many) = many {
                    <option value="" selected=true disabled=true>{ many }</option>
                }
                { options }
            </select>
        </label>
    }
}

/// One `<option>` of a list filter.
fn option(value: &'static str, selected: bool, label: AttrValue) -> Html {
    html! { <option {value} {selected}>{ label }</option> }
}

#[derive(Properties)]
struct ArticleOptionsProps {
    articles: &'static [ArticleRecord],
    chosen: Option<String>,
}

/// The same baked slice (address and length) and choice: not a comparison of every article.
impl PartialEq for ArticleOptionsProps {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.articles, other.articles) && self.chosen == other.chosen
    }
}

/// One `<option>` per article, a component of its own so that a filter change which keeps the
/// chosen article does not rebuild and diff them (10,000 options with `synth 10000`).
#[function_component]
fn ArticleOptions(props: &ArticleOptionsProps) -> Html {
    let chosen = props.chosen.as_deref();
    let options = props.articles.iter().map(|a| {
        option(a.file, chosen == Some(a.file), format!("{} ({}, {})", a.title, a.outlet, a.date).into())
    });
    html! { for options }
}

/// Whether the panel is unfolded (phones only: CSS shows it whole on wide screens), held by the
/// page. It is kept with the index it was unfolded over, so a rebuilt index (the reader's articles
/// changed) folds it again, as the panel is drawn afresh then.
pub type Unfolded = UseStateHandle<Option<&'static ClaimIndex>>;

/// A date the reader typed that is not one, held by the page: which field, the message, and the
/// range it was typed over (once the range changes otherwise, e.g. by an episode, it no longer
/// applies).
#[derive(Clone, PartialEq)]
pub struct DateProblem {
    field: &'static str,
    /// What was typed, kept in the field so that it can be corrected.
    typed: String,
    message: String,
    range: (Option<Date>, Option<Date>),
}

pub type DateError = UseStateHandle<Option<DateProblem>>;

/// Id of the line that says what is wrong with a typed date.
const DATE_ERROR_ID: &str = "filter-date-error";

/// What a typed date means: `Ok(None)` for an empty field (that end open), `Ok(Some)` for a date,
/// or the message naming the field, what was typed and what is wrong with it.
pub fn read_date(label: &str, typed: &str) -> Result<Option<Date>, String> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(None);
    }
    let shaped = typed.len() == 10
        && typed
            .bytes()
            .enumerate()
            .all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
    if !shaped {
        let shown: String = typed.chars().take(24).collect();
        return Err(format!("{label} date: “{shown}” is not written YYYY-MM-DD (for example 2024-07-28)."));
    }
    // Shaped right, so the reason is the month or the day: "`…`: day 30 does not exist…".
    Date::parse(typed).map(Some).map_err(|why| {
        let reason = why.find("`: ").map_or(why.as_str(), |at| &why[at + 3..]);
        format!("{label} date: “{typed}”: {reason}.")
    })
}

/// The panel for `view`. `settled`: every article this browser holds is read, so an article the
/// view chooses and the index lacks is not in this browser (rather than not read yet). A
/// function, not a component: a component costs its own copy of Yew's mounting code in the wasm.
pub fn filter_panel(
    view: &ViewState,
    on_action: &Callback<Action>,
    unfolded: &Unfolded,
    settled: bool,
    date_error: &DateError,
) -> Html {
    let index = state::index();
    let open = unfolded.is_some_and(|i| std::ptr::eq(i, index));
    let toggle_open = {
        let unfolded = unfolded.clone();
        Callback::from(move |_: MouseEvent| unfolded.set((!open).then_some(index)))
    };

    let stance_boxes = Stance::ALL.into_iter().map(|stance| {
        let onchange = super::send::<Event>(on_action, Action::ToggleStance(stance));
        html! {
            <label class={format!("choice stance-{}", stance.id())}>
                <input type="checkbox" data-stance={stance.id()} checked={view.stances.contains(stance)} {onchange} />
                { super::map_legend::swatch(stance) }
                { stance.label() }
            </label>
        }
    });

    let certainty = radios(
        "Certainty",
        "certainty",
        vec![
            (
                "Asserted only",
                view.certainty == CertaintyFilter::AssertedOnly,
                Action::SetCertainty(CertaintyFilter::AssertedOnly),
            ),
            (
                "Include speculative",
                view.certainty == CertaintyFilter::IncludeSpeculative,
                Action::SetCertainty(CertaintyFilter::IncludeSpeculative),
            ),
        ],
        on_action,
    );
    let asylum = radios(
        "Asylum for",
        "asylum-for",
        vec![
            ("Both", view.asylum_for == AsylumFor::Both, Action::SetAsylumFor(AsylumFor::Both)),
            (
                "Regime officials",
                view.asylum_for == AsylumFor::Only(Beneficiary::Regime),
                Action::SetAsylumFor(AsylumFor::Only(Beneficiary::Regime)),
            ),
            (
                "Opposition",
                view.asylum_for == AsylumFor::Only(Beneficiary::Opposition),
                Action::SetAsylumFor(AsylumFor::Only(Beneficiary::Opposition)),
            ),
        ],
        on_action,
    );
    let ties = radios(
        "Ties broken by",
        "ties-by",
        vec![
            ("Both", view.ties_by == TiesBy::Both, Action::SetTiesBy(TiesBy::Both)),
            ("Venezuela", view.ties_by == TiesBy::Venezuela, Action::SetTiesBy(TiesBy::Venezuela)),
            (
                "The other country",
                view.ties_by == TiesBy::OtherCountry,
                Action::SetTiesBy(TiesBy::OtherCountry),
            ),
        ],
        on_action,
    );

    // Text fields, not `type=date`: a date picker writes the reader's locale (mm/dd/yyyy) where
    // the app, its links and exports write YYYY-MM-DD. No `inputmode=numeric`: a phone's number
    // pad may have no hyphen.
    let error = date_error.as_ref().filter(|p| p.range == (view.from, view.to));
    let date_input = |label: &'static str,
                      id: &'static str,
                      value: Option<Date>,
                      to_action: fn(Option<Date>) -> Action| {
        let (on_action, date_error, range) = (on_action.clone(), date_error.clone(), (view.from, view.to));
        let onchange = Callback::from(move |e: Event| {
            let typed = input_value(&e);
            match read_date(label, &typed) {
                Ok(date) => {
                    date_error.set(None);
                    on_action.emit(to_action(date));
                }
                Err(message) => date_error.set(Some(DateProblem { field: id, typed, message, range })),
            }
        });
        let refused = error.filter(|p| p.field == id);
        let invalid = refused.is_some();
        let value = match refused {
            Some(p) => p.typed.clone(),
            None => value.map(|d| d.to_string()).unwrap_or_default(),
        };
        html! {
            <label class="field" for={id}>
                <span>{ label }</span>
                <input type="text" {id} autocomplete="off" placeholder="YYYY-MM-DD" {value}
                    aria-invalid={invalid.then_some("true")} aria-describedby={invalid.then_some(DATE_ERROR_ID)} {onchange} />
            </label>
        }
    };
    let episodes = EPISODES.iter().map(|episode| {
        let pressed = view.episode() == Some(episode);
        let action = if pressed { Action::SetRange(None, None) } else { Action::ApplyEpisode(episode) };
        let onclick = super::send::<MouseEvent>(on_action, action);
        html! {
            <button type="button" class="chip" aria-pressed={pressed.to_string()} {onclick}>{ episode.label }</button>
        }
    });

    // One article or outlet at a time from a list; a link may hold several, which the list says.
    let article_select = {
        let on_action = on_action.clone();
        let current = view.clone();
        // One step in history, not a clear then a choice.
        let onchange = Callback::from(move |e: Event| {
            let mut next = current.clone();
            next.articles = Some(input_value(&e)).filter(|f| !f.is_empty()).into_iter().collect();
            on_action.emit(Action::Replace(Box::new(next)));
        });
        let chosen = (view.articles.len() == 1).then(|| view.articles.iter().next().cloned()).flatten();
        let articles = index.articles();
        // A chosen article the index lacks is said as such, never shown as "All articles".
        let absent = index.absent_articles(view).len();
        let many = match (view.articles.len(), absent) {
            (0, _) => None,
            (_, 1..) if !settled => Some("Your article (being read…)".to_string()),
            (1, 0) => None,
            (1, _) => Some("An article not in this browser".to_string()),
            (n, 0) => Some(format!("{n} articles chosen")),
            (n, a) => Some(format!("{n} articles chosen, {a} not in this browser")),
        };
        let options = html! { <ArticleOptions {articles} {chosen} /> };
        select_field(
            "Source article",
            "filter-article",
            "All articles",
            view.articles.is_empty(),
            many,
            options,
            onchange,
        )
    };
    let outlet_select = {
        let on_action = on_action.clone();
        let current = view.clone();
        let onchange = Callback::from(move |e: Event| {
            let mut next = current.clone();
            next.outlets = Some(input_value(&e)).filter(|o| !o.is_empty()).into_iter().collect();
            on_action.emit(Action::Replace(Box::new(next)));
        });
        let chosen = (view.outlets.len() == 1).then(|| view.outlets.iter().next().cloned()).flatten();
        let options = index.outlets().into_iter().map(|(outlet, n)| {
            option(outlet, chosen.as_deref() == Some(outlet), format!("{outlet} ({n})").into())
        });
        let many = (view.outlets.len() > 1).then(|| format!("{} outlets chosen", view.outlets.len()));
        let options = options.collect::<Html>();
        select_field(
            "Outlet",
            "filter-outlet",
            "All outlets",
            view.outlets.is_empty(),
            many,
            options,
            onchange,
        )
    };

    let region_select = {
        let on_action = on_action.clone();
        let onchange = Callback::from(move |e: Event| {
            let id = input_value(&e);
            on_action.emit(Action::SetRegion(Region::ALL.into_iter().find(|r| r.id() == id)));
        });
        let options = Region::ALL
            .into_iter()
            .filter(|r| *r != Region::Antarctica)
            .map(|r| option(r.id(), view.region == Some(r), r.label().into()))
            .collect::<Html>();
        select_field("Region", "filter-region", "All regions", view.region.is_none(), None, options, onchange)
    };
    let subregion_select = {
        let on_action = on_action.clone();
        let subregions = index.gazetteer().subregions(view.region);
        let known = subregions.clone();
        let onchange = Callback::from(move |e: Event| {
            let name = input_value(&e);
            on_action.emit(Action::SetSubregion(known.iter().copied().find(|s| *s == name)));
        });
        let options =
            subregions.into_iter().map(|s| option(s, view.subregion == Some(s), s.into())).collect::<Html>();
        let none = view.subregion.is_none();
        select_field("UN subregion", "filter-subregion", "All subregions", none, None, options, onchange)
    };

    let search = {
        let on_action = on_action.clone();
        let oninput = Callback::from(move |e: InputEvent| {
            let value =
                e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()).map(|i| i.value());
            on_action.emit(Action::SetSearch(value.unwrap_or_default()));
        });
        let matches = if view.search.trim().is_empty() { Vec::new() } else { index.search(&view.search) };
        let g = index.gazetteer();
        let names: Vec<&str> = matches.iter().take(5).map(|code| g.actor_name(code)).collect();
        let status = match (view.search.trim().is_empty(), matches.len()) {
            (true, _) => String::new(),
            (false, 0) => "No country or bloc by that name.".to_string(),
            (false, n) if n > names.len() => format!("{} and {} more", names.join(", "), n - names.len()),
            (false, _) => names.join(", "),
        };
        html! {
            <div class="field">
                <label for="filter-search">{ "Country or bloc" }</label>
                <input type="search" id="filter-search" placeholder="any name, e.g. Brasil" autocomplete="off"
                    value={view.search.clone()} {oninput} aria-describedby="filter-search-matches" />
                <p id="filter-search-matches" class="field-note" aria-live="polite">{ status }</p>
            </div>
        }
    };
    let paint_blocs = {
        let on_action = on_action.clone();
        let onchange = Callback::from(move |e: Event| on_action.emit(Action::SetPaintBlocs(checked(&e))));
        html! {
            <label class="choice">
                <input type="checkbox" id="filter-blocs" checked={view.paint_blocs} {onchange} />
                { "Paint bloc members (EU, Lima Group…) with their bloc's stances" }
            </label>
        }
    };

    html! {
        // Keyed by the index: a rebuilt index draws the panel afresh (the article list changed).
        <section key={format!("{:p}", index)} class={if open { "filters is-open" } else { "filters" }} aria-labelledby="filters-title">
            <div class="filters-head">
                <h2 id="filters-title">{ "Filters" }</h2>
                <button type="button" class="filters-toggle" aria-expanded={open.to_string()} aria-controls="filters-body" onclick={toggle_open}>
                    { if open { "Hide filters" } else { "Show filters" } }
                </button>
            </div>
            <div class="filters-body" id="filters-body">
                <fieldset class="filter-group">
                    <legend>{ "Stances" }</legend>
                    { for stance_boxes }
                </fieldset>
                { certainty }
                { asylum }
                { ties }
                <fieldset class="filter-group">
                    <legend>{ "Time (article date)" }</legend>
                    <div class="date-range">
                        { date_input("From", "filter-from", view.from, Action::SetFrom) }
                        { date_input("To", "filter-to", view.to, Action::SetTo) }
                    </div>
                    if let Some(problem) = error {
                        <p class="field-error" id={DATE_ERROR_ID}>{ problem.message.clone() }</p>
                    }
                    <div class="chips" role="group" aria-label="Episodes">{ for episodes }</div>
                </fieldset>
                <fieldset class="filter-group">
                    <legend>{ "Sources" }</legend>
                    { article_select }
                    { outlet_select }
                </fieldset>
                <fieldset class="filter-group">
                    <legend>{ "Where" }</legend>
                    { region_select }
                    { subregion_select }
                    { search }
                    { paint_blocs }
                </fieldset>
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typed_date_is_read_as_yyyy_mm_dd_or_refused_naming_the_field_and_why() {
        assert_eq!(read_date("From", " 2024-07-28 "), Ok(Some(Date::new(2024, 7, 28))));
        assert_eq!(read_date("From", ""), Ok(None));
        assert_eq!(
            read_date("To", "07/28/2024"),
            Err("To date: “07/28/2024” is not written YYYY-MM-DD (for example 2024-07-28).".into())
        );
        assert_eq!(
            read_date("To", "2024-7-28"),
            Err("To date: “2024-7-28” is not written YYYY-MM-DD (for example 2024-07-28).".into())
        );
        assert_eq!(
            read_date("From", "2024-02-30"),
            Err("From date: “2024-02-30”: day 30 does not exist in that month.".into())
        );
        assert_eq!(
            read_date("From", "2024-13-01"),
            Err("From date: “2024-13-01”: month 13 is not between 01 and 12.".into())
        );
        // Never a panic on odd text: multi-byte characters, long pastes.
        let long = "é".repeat(40);
        assert!(read_date("From", &long).is_err_and(|m| m.chars().count() < 100));
    }
}
