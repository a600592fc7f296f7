//! The tooltip over the map: the country's name and, per stance shown, its claims, how many are
//! speculative, and the blocs it comes through ("via EU").

use crate::{format, stances};
use atlas_core::fixed::Fixed;
use atlas_core::model::Stance;
use atlas_core::query::ActorView;
use yew::prelude::*;

/// Where the tooltip shows and for which country, in pixels from the map canvas's top-left corner.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TooltipAt {
    pub code: &'static str,
    pub by_keyboard: bool,
    pub name: &'static str,
    pub x: f64,
    pub y: f64,
    pub frame_width: f64,
}

/// `Reject: 3 claims (1 speculative), via EU (2)`.
pub fn stance_line(actor: &ActorView, stance: Stance) -> Option<String> {
    let tally = actor.tally(stance);
    if !tally.is_shown() {
        return None;
    }
    let mut parts = Vec::new();
    if tally.claims > 0 {
        let mut own = format::count(tally.claims as usize, "claim", "claims");
        if tally.speculative == tally.claims {
            own.push_str(if tally.claims == 1 { ", speculative" } else { ", all speculative" });
        } else if tally.speculative > 0 {
            own.push_str(&format!(" ({} speculative)", tally.speculative));
        }
        parts.push(own);
    }
    for via in &tally.via {
        let speculative = if via.speculative == via.claims { ", speculative" } else { "" };
        parts.push(format!("via {} ({}{speculative})", via.bloc, via.claims));
    }
    Some(format!("{}: {}", stance.label(), parts.join("; ")))
}

/// Places the tooltip `node` shows for `at` (after each render that changed it): through the CSSOM,
/// since the page's CSP forbids inline `style` attributes. A hook, so the map that owns the
/// tooltip's state calls it; the tooltip itself is a plain function ([`map_tooltip`]).
#[hook]
pub fn use_tooltip_place(node: NodeRef, at: Option<TooltipAt>, actor: Option<ActorView>) {
    use_effect_with((at, actor), move |(at, _)| {
        if let (Some(at), Some(el)) = (at, node.cast::<web_sys::HtmlElement>()) {
            let style = el.style();
            // Keep the tooltip inside the frame near its edges.
            let half = f64::from(el.offset_width()) / 2.0;
            let x =
                at.x.max(half.min(at.frame_width / 2.0))
                    .min((at.frame_width - half).max(at.frame_width / 2.0));
            let _ = style.set_property("left", &format!("{}px", Fixed::short(x, 0)));
            let _ = style.set_property("top", &format!("{}px", Fixed::short(at.y, 0)));
        }
    });
}

/// The tooltip for `at`, showing what `actor` (the country under the current filters; `None` when
/// nothing) has; `node` is where [`use_tooltip_place`] places it.
pub fn map_tooltip(node: &NodeRef, at: Option<TooltipAt>, actor: Option<&ActorView>) -> Html {
    let Some(at) = at else {
        return html! { <div class="map-tooltip" ref={node} hidden=true></div> };
    };
    let lines: Vec<(Stance, String)> = actor
        .map(|a| Stance::ALL.into_iter().filter_map(|s| Some((s, stance_line(a, s)?))).collect())
        .unwrap_or_default();
    let body = if lines.is_empty() {
        html! { <span class="tooltip-stances is-empty">{ "No stance under these filters" }</span> }
    } else {
        let items = lines.into_iter().map(|(stance, line)| {
            html! {
                <li class={format!("tooltip-stance stance-{}", stance.id())}>
                    <span class="badge" aria-hidden="true">{ stances::letter(stance) }</span>
                    { line }
                </li>
            }
        });
        html! { <ul class="tooltip-stances">{ for items }</ul> }
    };
    html! {
        <div class="map-tooltip" ref={node.clone()} role="tooltip">
            <strong class="tooltip-name">{ at.name }</strong>
            { body }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_core::query::{StanceTally, Via};

    fn actor(tallies: [StanceTally; 4]) -> ActorView {
        ActorView { code: "FRA", name: "France", is_bloc: false, tallies }
    }

    #[test]
    fn a_stance_line_gives_counts_certainty_and_blocs() {
        let t = |claims, speculative, via: Vec<Via>| StanceTally { claims, speculative, via };
        let eu = |claims, speculative| Via { bloc: "EU", claims, speculative };
        let a = actor([t(0, 0, vec![]), t(3, 1, vec![eu(2, 0)]), t(1, 1, vec![]), t(0, 0, vec![eu(1, 1)])]);
        let cases = [
            (Stance::Recognize, None),
            (Stance::Reject, Some("Reject: 3 claims (1 speculative); via EU (2)")),
            (Stance::BreakTies, Some("Break ties: 1 claim, speculative")),
            (Stance::OfferAsylum, Some("Offer asylum: via EU (1, speculative)")),
        ];
        for (stance, expected) in cases {
            assert_eq!(stance_line(&a, stance).as_deref(), expected, "{stance:?}");
        }
    }
}
