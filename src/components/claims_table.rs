//! Every claim under the current filters as a sortable table: the readable, accessible alternative
//! to the map. A row opens its country's evidence.

use super::claim_parts::{
    certainty_badge, date_mark, editorial_mark, evidence, party, source_link, stance_badge,
};
use crate::format;
use atlas_core::export;
use atlas_core::query::{ClaimIndex, Filtered};
use atlas_core::view::{Action, Column, ViewState};
use yew::prelude::*;

/// Id of the table's summary line, which names its scrolling region.
pub const TABLE_CAPTION: &str = "claims-caption";
/// Characters of evidence kept on each side of the mention.
const EVIDENCE_CONTEXT: usize = 60;

/// The table's columns in reading order; evidence is shown but not sortable.
const COLUMNS: [Option<Column>; 9] = [
    Some(Column::Actor),
    Some(Column::Stance),
    Some(Column::Certainty),
    Some(Column::Party),
    None,
    Some(Column::Article),
    Some(Column::Outlet),
    Some(Column::Date),
    Some(Column::Rule),
];

/// The table of `filtered` (the claims of `index` under the view `state`). A function, not a
/// component: it has no state, and a component costs its own copy of Yew's mounting code in the
/// wasm.
pub fn claims_table(
    state: &ViewState,
    index: &'static ClaimIndex,
    filtered: &Filtered<'static>,
    on_action: &Callback<Action>,
) -> Html {
    let sort = state.sort;
    let gazetteer = index.gazetteer();
    let rows = filtered.rows(sort);

    let headers = COLUMNS.iter().map(|column| match column {
        None => html! { <th scope="col" class="col-evidence">{ "Evidence" }</th> },
        Some(column) => {
            let column = *column;
            let sorted = sort.column == column;
            let aria_sort = sorted.then_some(if sort.descending { "descending" } else { "ascending" });
            let arrow = match (sorted, sort.descending) {
                (false, _) => "↕",
                (true, false) => "▲",
                (true, true) => "▼",
            };
            let onclick = super::send::<MouseEvent>(on_action, Action::SortBy(column));
            html! {
                <th scope="col" class={format!("col-{}", column.id())} aria-sort={aria_sort}>
                    <button type="button" class="sort-button" {onclick} data-column={column.id()}>
                        { column.label() }<span class="sort-arrow" aria-hidden="true">{ arrow }</span>
                    </button>
                </th>
            }
        }
    });

    let body = rows.iter().filter_map(|&id| {
        let claim = *index.claim(id)?;
        let article = *index.article_of(id)?;
        let actor = claim.actor;
        // The country's button gets Enter and Space; its click bubbles here with a mouse click anywhere on the row.
        let onclick = super::send::<MouseEvent>(on_action, Action::Select(Some(actor)));
        let selected = state.selected == Some(actor);
        Some(html! {
            <tr key={id} class={selected.then_some("is-selected")} {onclick} data-actor={actor}>
                <th scope="row" class="col-actor">
                    <button type="button" class="row-select" aria-label={format!("{}: show the evidence", gazetteer.actor_name(actor))}>
                        { gazetteer.actor_name(actor) }
                    </button>
                </th>
                <td class="col-stance">{ stance_badge(claim.stance) }</td>
                <td class="col-certainty">{ certainty_badge(claim.certainty) }</td>
                // Empty when nobody: a phone's card then shows nothing for it.
                <td class="col-party">{ party(&claim, gazetteer).map(|(role, who)| format!("{role}: {who}")).unwrap_or_default() }</td>
                <td class="col-evidence">{ evidence(&claim, &article, Some(EVIDENCE_CONTEXT)) }</td>
                <td class="col-article">
                    { article.title }{ " " }{ editorial_mark(&article) }
                    if article.url.is_some() {
                        { " " }{ source_link(&article, "original") }
                    }
                </td>
                <td class="col-outlet">{ article.outlet }</td>
                <td class="col-date">{ date_mark(&article, format::short_date(article.date, article.date_approximate)) }</td>
                <td class="col-rule"><code>{ claim.rule }</code></td>
            </tr>
        })
    });

    let caption = format!("{} · {}", format::count(rows.len(), "claim", "claims"), export::summary(state));
    // The caption is also shown above the scrolling region, where sideways scrolling cannot hide it.
    html! {
        <>
        <p class="claims-summary" id={TABLE_CAPTION}>{ caption.clone() }</p>
        <div class="claims-table-scroll" role="region" aria-labelledby={TABLE_CAPTION} tabindex="0">
            <table class="claims-table">
                <caption class="visually-hidden">{ caption }</caption>
                <thead><tr>{ for headers }</tr></thead>
                <tbody>
                    { for body }
                    if rows.is_empty() {
                        <tr><td colspan="9" class="claims-empty">{ "No claim matches the current filters." }</td></tr>
                    }
                </tbody>
            </table>
        </div>
        </>
    }
}
