//! The world map: every country as one SVG element carrying `data-iso` and `data-stances`, the
//! subject outlined, small states as point markers, and a tooltip on hover and keyboard focus.

use super::{
    country_marker::CountryMarker,
    country_shape::CountryShape,
    map_tooltip::{MapTooltip, TooltipAt},
    pointing::PointedCountry,
};
use crate::baked::WorldMapData;
use crate::stances::HeldStances;
use std::{collections::BTreeMap, rc::Rc};
use yew::prelude::*;

#[derive(Properties)]
pub struct WorldMapProps {
    pub map: &'static WorldMapData,
    pub held: Rc<BTreeMap<&'static str, HeldStances>>,
    /// Code of the country the atlas is about, drawn outlined.
    pub subject: &'static str,
}

impl PartialEq for WorldMapProps {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.map, other.map)
            && Rc::ptr_eq(&self.held, &other.held)
            && self.subject == other.subject
    }
}

#[function_component]
pub fn WorldMap(props: &WorldMapProps) -> Html {
    let frame = use_node_ref();
    let tooltip = use_state(|| None::<TooltipAt>);

    // One stable callback for every country, so pointing at one does not re-render the others.
    let on_point = {
        let frame = frame.clone();
        let tooltip = tooltip.setter();
        let held = Rc::clone(&props.held);
        use_callback((), move |pointed: Option<PointedCountry>, _| {
            let at = pointed.and_then(|p| {
                let rect = frame.cast::<web_sys::Element>()?.get_bounding_client_rect();
                Some(TooltipAt {
                    code: p.code,
                    by_keyboard: p.by_keyboard,
                    name: p.name,
                    stances: held.get(p.code).copied().unwrap_or_default(),
                    x: p.client_x - rect.left(),
                    y: p.client_y - rect.top(),
                    frame_width: rect.width(),
                })
            });
            tooltip.set(at);
        })
    };

    let map = props.map;
    // The pointed country's outline again, on top of every neighbour, so its whole border shows.
    let highlight = tooltip.as_ref().map(|at| {
        let class = classes!("country-highlight", at.by_keyboard.then_some("is-keyboard"));
        if let Some(shape) = map.shapes.iter().find(|s| s.code == at.code) {
            html! { <path {class} d={shape.path} aria-hidden="true" /> }
        } else if let Some(marker) = map.markers.iter().find(|m| m.code == at.code) {
            let class = classes!(class, "marker");
            html! { <circle {class} cx={marker.x.to_string()} cy={marker.y.to_string()} aria-hidden="true" /> }
        } else {
            html! {}
        }
    });
    let held_of = |code: &str| props.held.get(code).copied().unwrap_or_default();
    // The subject is drawn last so its outline lies on top of its neighbours' borders.
    let shapes = map
        .shapes
        .iter()
        .filter(|s| s.code != props.subject)
        .chain(map.shapes.iter().filter(|s| s.code == props.subject));
    let shapes = shapes.map(|shape| {
        html! {
            <CountryShape
                key={shape.code}
                code={shape.code}
                name={shape.name}
                path={shape.path}
                stances={held_of(shape.code)}
                subject={shape.code == props.subject}
                on_point={on_point.clone()}
            />
        }
    });
    let markers = map.markers.iter().map(|marker| {
        html! {
            <CountryMarker
                key={marker.code}
                code={marker.code}
                name={marker.name}
                x={marker.x}
                y={marker.y}
                stances={held_of(marker.code)}
                subject={marker.code == props.subject}
                on_point={on_point.clone()}
            />
        }
    });

    html! {
        <figure class="world-map">
            // The frame scrolls sideways on narrow screens; the canvas inside it is what the tooltip
            // is positioned against, so scrolling moves both together.
            <div class="map-frame">
                <div class="map-canvas" ref={frame}>
                <svg
                    class="map"
                    viewBox={map.view_box}
                    preserveAspectRatio="xMidYMid meet"
                    role="group"
                    aria-label="World map. Each country is listed with its stances; Venezuela, the subject, is outlined."
                >
                    <defs>
                        <pattern id="subject-hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                            <rect class="subject-hatch-ground" width="4" height="4" />
                            <line class="subject-hatch-line" x1="0" y1="0" x2="0" y2="4" />
                        </pattern>
                    </defs>
                    <g class="countries">{ for shapes }</g>
                    <g class="markers">{ for markers }</g>
                    // Its own group: an optional child among the svg's children would shift the
                    // others (Yew matches unkeyed siblings from the end) and remount every country.
                    <g class="highlight">{ for highlight }</g>
                </svg>
                <MapTooltip at={*tooltip} />
                </div>
            </div>
            <figcaption class="map-caption">
                <span class="key-item"><span class="key key-subject" aria-hidden="true"></span>{ "Venezuela, the subject" }</span>
                <span class="key-item"><span class="key key-marker" aria-hidden="true"></span>{ "a state too small to draw" }</span>
                <span class="map-hint map-hint-pointer">{ "Point at or tab to a country to see its name." }</span>
                <span class="map-hint map-hint-touch">{ "Tap a country to see its name; swipe the map sideways." }</span>
            </figcaption>
        </figure>
    }
}
