//! The map's legend: one toggle per stance with the number of countries showing it under the
//! current filters, then the keys for striped, hatched, subject and marker.

use crate::stances;
use atlas_core::model::Stance;
use atlas_core::view::StanceSet;
use yew::prelude::*;

/// A small square in a stance's colour; the letter is the cue that does not need colour.
pub fn swatch(stance: Stance) -> Html {
    html! {
        <svg class="swatch" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true">
            <rect width="14" height="14" rx="2" fill={stances::colour(stance)} />
        </svg>
    }
}

/// What the stances mean, in one line under the legend: (term, what follows it). The header's
/// help says it at length.
const LEGEND_NOTE: [(&str, &str); 5] = [
    ("Recognize", " means recognising Maduro's government; "),
    ("Reject", " includes recognising a rival such as Guaidó; "),
    ("Break ties", ": relations cut, by either side; "),
    ("Offer asylum", ": to his officials or to opponents. "),
    ("Speculative", ": the article hedges it (could, may, reportedly)."),
];

/// The legend, given the countries per stance (indexed like [`Stance::ALL`]) and the stances the
/// filters show. A plain function, not a component: a component costs its own copy of Yew's
/// mounting code, and the legend's few nodes diff in no time.
pub fn map_legend(counts: [usize; 4], active: StanceSet, on_toggle: &Callback<Stance>) -> Html {
    let entries = Stance::ALL.into_iter().map(|stance| {
        let on = active.contains(stance);
        let count = counts[stance.index()];
        let onclick = on_toggle.reform(move |_: MouseEvent| stance);
        html! {
            <li>
                <button type="button" class={format!("legend-entry stance-{}", stance.id())}
                    aria-pressed={on.to_string()} data-stance={stance.id()} {onclick}
                    title={if on { "Hide this stance" } else { "Show this stance" }}>
                    { swatch(stance) }
                    <span class="badge" aria-hidden="true">{ stances::letter(stance) }</span>
                    <span class="legend-label">{ stance.label() }</span>
                    <span class="legend-count">{ count.to_string() }<span class="visually-hidden">{ " countries" }</span></span>
                </button>
            </li>
        }
    });
    let striped = Stance::ALL.into_iter().take(2).map(|s| {
        html! { <rect x={(s.index() * 7).to_string()} width="7" height="14" fill={stances::colour(s)} /> }
    });
    html! {
        <div class="map-legend">
            <ul class="legend-stances" aria-label="Stances: press to show or hide one on the map">{ for entries }</ul>
            <ul class="legend-keys">
                <li class="key-item">
                    <svg class="swatch" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true">{ for striped }</svg>
                    { "several stances: stripes" }
                </li>
                <li class="key-item">
                    <svg class="swatch" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true">
                        <rect width="14" height="14" fill="#ffffff" />
                        <rect width="3.5" height="14" fill={stances::colour(Stance::Reject)} />
                        <rect x="7" width="3.5" height="14" fill={stances::colour(Stance::Reject)} />
                    </svg>
                    { "only speculative: hatched" }
                </li>
                <li class="key-item"><span class="key key-subject" aria-hidden="true"></span>{ "Venezuela, the subject" }</li>
                <li class="key-item"><span class="key key-marker" aria-hidden="true"></span>{ "a state too small to draw" }</li>
            </ul>
            <p class="legend-note">
                { for LEGEND_NOTE.iter().map(|&(term, rest)| html! { <><strong>{ term }</strong>{ rest }</> }) }
            </p>
        </div>
    }
}
