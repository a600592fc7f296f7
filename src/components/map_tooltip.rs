//! The tooltip over the map: the country's name and its stances.

use crate::stances::HeldStances;
use yew::prelude::*;

/// What the tooltip shows and where, in pixels from the map frame's top-left corner.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TooltipAt {
    pub code: &'static str,
    pub by_keyboard: bool,
    pub name: &'static str,
    pub stances: HeldStances,
    pub x: f64,
    pub y: f64,
    pub frame_width: f64,
}

#[derive(Properties, PartialEq)]
pub struct MapTooltipProps {
    pub at: Option<TooltipAt>,
}

#[function_component]
pub fn MapTooltip(props: &MapTooltipProps) -> Html {
    let node = use_node_ref();
    // Placed through the CSSOM: the page's CSP forbids inline `style` attributes.
    {
        let node = node.clone();
        use_effect_with(props.at, move |at| {
            if let (Some(at), Some(el)) = (at, node.cast::<web_sys::HtmlElement>()) {
                let style = el.style();
                // Keep the tooltip inside the frame near its edges.
                let half = f64::from(el.offset_width()) / 2.0;
                let x = at
                    .x
                    .clamp(half.min(at.frame_width / 2.0), (at.frame_width - half).max(at.frame_width / 2.0));
                let _ = style.set_property("left", &format!("{x:.0}px"));
                let _ = style.set_property("top", &format!("{:.0}px", at.y));
            }
        });
    }
    let Some(at) = props.at else {
        return html! { <div class="map-tooltip" ref={node} hidden=true></div> };
    };
    let stances = if at.stances.is_empty() {
        html! { <span class="tooltip-stances is-empty">{ "No stance in the corpus" }</span> }
    } else {
        html! { <span class="tooltip-stances">{ at.stances.labels() }</span> }
    };
    html! {
        <div class="map-tooltip" ref={node} role="tooltip">
            <strong class="tooltip-name">{ at.name }</strong>
            { stances }
        </div>
    }
}
