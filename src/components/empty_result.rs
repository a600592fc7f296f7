//! What an empty view says: that nothing matches, what the filters hide (counted by
//! [`atlas_core::query::ClaimIndex::hidden`]), and a button that lifts each filter. With a date
//! range, it also says how many claims of undated articles the range leaves out, since they
//! belong to no period.

use crate::format;
use atlas_core::query::Hidden;
use atlas_core::view::{Action, CertaintyFilter, StanceSet};
use yew::prelude::*;

/// The note, given what the view's filters hide (`None` when not counted: claims shown and no
/// date range) and whether the view is `empty`. A function, not a component: it has no state.
pub fn empty_result(hidden: Option<Hidden>, empty: bool, on_action: &Callback<Action>) -> Html {
    let Some(hidden) = hidden else { return html! {} };
    let clear_dates = || super::send::<MouseEvent>(on_action, Action::ClearTime);
    if !empty {
        // Claims are shown; only say what the range leaves out because it has no date.
        if hidden.undated == 0 {
            return html! {};
        }
        return html! {
            <p class="undated-note" title={format::UNDATED_TITLE}>
                { format!("{} from undated articles {} in no period, so not counted here. ", format::count(hidden.undated, "claim", "claims"), if hidden.undated == 1 { "is" } else { "are" }) }
                <button type="button" class="chip" onclick={clear_dates()}>{ "Show all dates" }</button>
            </p>
        };
    }
    let mut offers: Vec<Html> = Vec::new();
    let are = |n: usize| if n == 1 { "is" } else { "are" };
    if hidden.speculative > 0 {
        let n = hidden.speculative;
        let include =
            super::send::<MouseEvent>(on_action, Action::SetCertainty(CertaintyFilter::IncludeSpeculative));
        offers.push(html! {
            <li data-hidden="speculative">
                { format!("{} {} hidden — include {}? ", format::count(n, "speculative claim", "speculative claims"), are(n), if n == 1 { "it" } else { "them" }) }
                <button type="button" class="chip" onclick={include}>{ "Include speculative claims" }</button>
            </li>
        });
    }
    if hidden.outside_range > 0 || hidden.undated > 0 {
        let mut parts = Vec::new();
        if hidden.outside_range > 0 {
            let n = hidden.outside_range;
            parts.push(format!(
                "{} {} outside the chosen dates",
                format::count(n, "claim", "claims"),
                are(n)
            ));
        }
        if hidden.undated > 0 {
            let n = hidden.undated;
            parts.push(format!(
                "{} from undated articles {} in no period",
                format::count(n, "claim", "claims"),
                are(n)
            ));
        }
        offers.push(html! {
            <li data-hidden="dates">
                { format!("{}. ", parts.join("; ")) }
                <button type="button" class="chip" onclick={clear_dates()}>{ "Show all dates" }</button>
            </li>
        });
    }
    if hidden.other_stances > 0 {
        let n = hidden.other_stances;
        let all = super::send::<MouseEvent>(on_action, Action::SetStances(StanceSet::ALL));
        offers.push(html! {
            <li data-hidden="stances">
                { format!("{} of the stances turned off {} hidden. ", format::count(n, "claim", "claims"), are(n)) }
                <button type="button" class="chip" onclick={all}>{ "Show all stances" }</button>
            </li>
        });
    }
    let reset = super::send::<MouseEvent>(on_action, Action::Reset);
    html! {
        <div class="empty-result" role="status">
            <p><strong>{ "Nothing matches these filters." }</strong></p>
            if offers.is_empty() {
                <p>
                    { "No one filter alone hides any claim: the search, region, sources or the combination leave nothing. " }
                    <button type="button" class="chip" onclick={reset}>{ "Clear all filters" }</button>
                </p>
            } else {
                <ul class="empty-offers">{ for offers }</ul>
            }
        </div>
    }
}
