//! Downloads: the filtered claims as CSV or JSON, the current map as SVG or PNG, all made in the
//! page and named with the day they were taken. The JSON is written by the extractor module (the
//! app carries no JSON code), loaded for it if the page has not loaded it yet.

use crate::library::{ExtractorState, Library, LibraryAction};
use crate::map_image::{file_name, Frame};
use crate::{download, extractor, format};
use atlas_core::export::{self, ClaimsExport};
use atlas_core::query::{ClaimIndex, Filtered};
use atlas_core::view::ViewState;
use std::rc::Rc;
use yew::prelude::*;

/// Title of the map picture.
pub const MAP_TITLE: &str = "Where governments stand on Maduro's Venezuela";

/// The sources line under the map picture.
pub fn sources_line(index: &ClaimIndex) -> String {
    let outlets: Vec<&str> = index.outlets().into_iter().map(|(o, _)| o).collect();
    format!(
        "Sources: {} read automatically ({}). Map: Natural Earth via world-atlas. Stance Atlas.",
        format::count(index.articles().len(), "news article", "news articles"),
        outlets.join(", ")
    )
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Csv,
    Json,
    Svg,
    Png,
}

/// What the menu says a download did.
fn report(name: String, result: Result<(), String>) -> String {
    match result {
        Ok(()) => format!("Saved {name}"),
        Err(e) => format!("Could not save {name}: {e}"),
    }
}

/// The menu for the view `state` of `index` and its claims `filtered`; `status` (held by the
/// page) says what the last download did; `library` lends its extractor module, which writes the
/// JSON. A function, not a component: a component costs its own copy of Yew's mounting code in
/// the wasm.
pub fn export_menu(
    state: &Rc<ViewState>,
    index: &'static ClaimIndex,
    filtered: &Rc<Filtered<'static>>,
    status: &UseStateHandle<String>,
    library: &UseReducerHandle<Library>,
) -> Html {
    let save = |kind: Kind| {
        let state = Rc::clone(state);
        let filtered = Rc::clone(filtered);
        let status = status.clone();
        let library = library.clone();
        Callback::from(move |_: MouseEvent| {
            let day = download::today();
            match kind {
                Kind::Csv => {
                    let name = file_name("claims", day, "csv");
                    let result =
                        download::save_text(&name, "text/csv;charset=utf-8", &export::csv(index, &state));
                    status.set(report(name, result));
                }
                Kind::Json => {
                    let name = file_name("claims", day, "json");
                    let claims = ClaimsExport::of(index, &state);
                    let save = move |json: Result<String, String>| {
                        let result =
                            json.and_then(|json| download::save_text(&name, "application/json", &json));
                        report(name, result)
                    };
                    if let Some(writer) = library.extractor.ready() {
                        status.set(save(writer.claims(&claims)));
                        return;
                    }
                    status.set("Preparing the JSON…".into());
                    let (status, library) = (status.clone(), library.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        let loaded = extractor::load().await;
                        status.set(save(
                            loaded.as_ref().map_err(Clone::clone).and_then(|h| h.0.claims(&claims)),
                        ));
                        // The page may use the module it loaded now rather than load its own.
                        if matches!(library.extractor, ExtractorState::Idle | ExtractorState::Failed(_)) {
                            library.dispatch(LibraryAction::ExtractorLoaded(loaded));
                        }
                    });
                }
                Kind::Svg | Kind::Png => {
                    let summary = export::summary(&state);
                    let sources = sources_line(index);
                    let frame = Frame {
                        title: MAP_TITLE,
                        summary: &summary,
                        legend: filtered.aggregate().legend(),
                        sources: &sources,
                    };
                    let extension = if kind == Kind::Svg { "svg" } else { "png" };
                    let name = file_name("map", day, extension);
                    match download::map_picture(&frame) {
                        Err(e) => status.set(report(name, Err(e))),
                        Ok((svg, _)) if kind == Kind::Svg => {
                            status
                                .set(report(name.clone(), download::save_text(&name, "image/svg+xml", &svg)));
                        }
                        Ok((svg, layout)) => {
                            status.set(format!("Drawing {name}…"));
                            let status = status.clone();
                            download::save_png(name.clone(), &svg, layout, move |result| {
                                status.set(report(name, result))
                            });
                        }
                    }
                }
            }
        })
    };
    html! {
        <details class="export-menu">
            <summary>{ "Download" }</summary>
            <div class="export-options">
                <p class="export-group">{ "The claims shown, with evidence and sources" }</p>
                <button type="button" class="export-csv" onclick={save(Kind::Csv)}>{ "Claims as CSV" }</button>
                <button type="button" class="export-json" onclick={save(Kind::Json)}>{ "Claims as JSON" }</button>
                <p class="export-group">{ "The map, with legend and filters" }</p>
                <button type="button" class="export-svg" onclick={save(Kind::Svg)}>{ "Map as SVG" }</button>
                <button type="button" class="export-png" onclick={save(Kind::Png)}>{ "Map as PNG" }</button>
                <p class="export-status" role="status">{ (**status).clone() }</p>
            </div>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state;
    use atlas_core::view::{Action, Column};

    #[test]
    fn the_csv_download_has_the_header_and_a_row_per_claim_in_table_order() {
        let index = state::index();
        let view = ViewState::default().reduce(Action::SortBy(Column::Date));
        let csv = export::csv(index, &view);
        let csv = csv.strip_prefix(export::CSV_BOM).expect("the CSV starts with a byte-order mark");
        let mut lines = csv.split("\r\n");
        assert_eq!(lines.next(), Some(export::CSV_HEADER.join(",").as_str()));
        let rows: Vec<&str> = lines.filter(|l| !l.is_empty()).collect();
        assert_eq!(rows.len(), index.filter(&view).len());
        assert!(rows.iter().any(|r| r.starts_with("ARG,Argentina,")), "no row for Argentina");
    }

    #[test]
    fn the_sources_line_counts_the_articles_and_names_every_outlet() {
        let index = state::index();
        let line = sources_line(index);
        assert!(line.contains(&format::count(index.articles().len(), "news article", "news articles")));
        for (outlet, _) in index.outlets() {
            assert!(line.contains(outlet), "{outlet} missing from {line}");
        }
    }
}
