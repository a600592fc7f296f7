//! The world map: every country as one SVG element carrying `data-iso` and `data-stances` and
//! filled with its stances, the subject outlined, small states as point markers, a tooltip on hover
//! and keyboard focus, selection by click, Enter or Space, and zoom and pan by wheel, drag, pinch
//! and buttons.

use super::{
    country_marker::CountryMarker,
    country_shape::{CountryLook, CountryShape},
    map_gestures::use_map_gestures,
    map_legend::map_legend,
    map_tooltip::{map_tooltip, use_tooltip_place, TooltipAt},
    pointing::PointedCountry,
};
use crate::baked::WorldMapData;
use crate::map_view::Frame;
use crate::stances::{self, MARKER_PATTERN};
use atlas_core::fixed::Fixed;
use atlas_core::model::Stance;
use atlas_core::query::Aggregate;
use atlas_core::view::{Action, StanceSet, Zoom, ZoomPreset};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties)]
pub struct WorldMapProps {
    pub map: &'static WorldMapData,
    pub aggregate: Rc<Aggregate>,
    /// Code of the country the atlas is about, drawn outlined.
    pub subject: &'static str,
    pub selected: Option<&'static str>,
    pub zoom: Zoom,
    /// The stances the filters show, for the legend's toggles.
    pub stances: StanceSet,
    pub on_action: Callback<Action>,
}

impl PartialEq for WorldMapProps {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.map, other.map)
            && Rc::ptr_eq(&self.aggregate, &other.aggregate)
            && self.subject == other.subject
            && self.selected == other.selected
            && self.zoom == other.zoom
            && self.stances == other.stances
            && self.on_action == other.on_action
    }
}

/// Zoom factor of one press of + or −.
const STEP: f32 = 1.6;

fn look_of(props: &WorldMapProps, code: &'static str) -> CountryLook {
    let view = props.aggregate.get(code);
    let stances = view.map(|v| v.stances()).unwrap_or(StanceSet::NONE);
    CountryLook {
        stances,
        speculative: view.map(|v| v.speculative_only()).unwrap_or(StanceSet::NONE),
        via_bloc: view
            .is_some_and(|v| !stances.is_empty() && stances.iter().all(|s| v.tally(s).is_only_via_blocs())),
        subject: code == props.subject,
        selected: props.selected == Some(code),
    }
}

#[function_component]
pub fn WorldMap(props: &WorldMapProps) -> Html {
    let map = props.map;
    let frame_ref = use_node_ref();
    let svg_ref = use_node_ref();
    let tooltip = use_state(|| None::<TooltipAt>);
    let gestures = use_map_gestures(map, props.zoom, &svg_ref, &props.on_action);
    let frame = gestures.frame;

    // One stable callback for every country, so pointing at one does not re-render the others.
    let on_point = {
        let frame_ref = frame_ref.clone();
        let tooltip = tooltip.setter();
        use_callback((), move |pointed: Option<PointedCountry>, _| {
            let at = pointed.and_then(|p| {
                let rect = frame_ref.cast::<web_sys::Element>()?.get_bounding_client_rect();
                Some(TooltipAt {
                    code: p.code,
                    by_keyboard: p.by_keyboard,
                    name: p.name,
                    x: p.client_x - rect.left(),
                    y: p.client_y - rect.top(),
                    frame_width: rect.width(),
                })
            });
            tooltip.set(at);
        })
    };

    // Markers keep their size on screen at every zoom, and stripes their width.
    {
        let svg_ref = svg_ref.clone();
        use_effect_with(frame.k.to_bits(), move |_| {
            if let Some(svg) = svg_ref.cast::<web_sys::SvgElement>() {
                let _ = svg.style().set_property("--k", &Fixed::short(frame.k, 4).to_string());
            }
        });
    }

    let select = {
        let on_action = props.on_action.clone();
        move |target: Option<web_sys::EventTarget>| -> bool {
            let code = target
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.get_attribute("data-iso"))
                .and_then(|code| atlas_core::query::Gazetteer::global().country(&code).map(|c| c.code));
            match code {
                Some(code) => {
                    on_action.emit(Action::Select(Some(code)));
                    true
                }
                None => false,
            }
        }
    };
    let onclick = {
        let select = select.clone();
        gestures.clicks(move |e| {
            select(e.target());
        })
    };
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if (e.key() == "Enter" || e.key() == " ") && select(e.target()) {
            e.prevent_default();
        }
    });

    let zoom_by = |factor: f32| {
        let on_action = props.on_action.clone();
        let zoom = props.zoom;
        Callback::from(move |_: MouseEvent| {
            let next = Frame::of(map, zoom).zoomed(map, factor, 0.5, 0.5);
            on_action.emit(Action::SetZoom(next.to_zoom()));
        })
    };
    let presets = ZoomPreset::ALL.map(|p| {
        let on_action = props.on_action.clone();
        let onclick = Callback::from(move |_: MouseEvent| on_action.emit(Action::SetZoom(Zoom::Preset(p))));
        let pressed = props.zoom == Zoom::Preset(p);
        html! {
            <button type="button" class="map-button" aria-pressed={pressed.to_string()} {onclick}>{ p.label() }</button>
        }
    });

    // The pointed country's outline again, on top of every neighbour, so its whole border shows.
    let highlight = tooltip.as_ref().map(|at| {
        let class = classes!("country-highlight", at.by_keyboard.then_some("is-keyboard"));
        if let Some(shape) = map.shapes.iter().find(|s| s.code == at.code) {
            html! { <path {class} transform={map.on_grid} d={shape.path()} aria-hidden="true" /> }
        } else if let Some(marker) = map.markers.iter().find(|m| m.code == at.code) {
            let class = classes!(class, "marker");
            html! { <circle {class} cx={Fixed::short(marker.x(), 1).to_string()} cy={Fixed::short(marker.y(), 1).to_string()} aria-hidden="true" /> }
        } else {
            html! {}
        }
    });
    // The subject is drawn last so its outline lies on top of its neighbours' borders: the baked
    // order puts it there (`geo::bake_shapes`), the order the page carries the outlines in.
    // Each pattern with the zoom times the map units in a unit of what it fills: outlines are
    // drawn on the grid, markers in map units (`stances::MARKER_PATTERN`).
    let mut patterns = Vec::new();
    let shapes: Vec<Html> = map
        .shapes
        .iter()
        .map(|shape| {
            let look = look_of(props, shape.code);
            if let stances::Fill::Pattern(id) = stances::fill(look.stances, look.speculative) {
                patterns.push((id, look.stances, look.speculative, frame.k * map.grid));
            }
            html! {
                <CountryShape key={shape.code} code={shape.code} name={shape.name()} path={shape.path()} {look} on_point={on_point.clone()} />
            }
        })
        .collect();
    let markers: Vec<Html> = map
        .markers
        .iter()
        .map(|marker| {
            let look = look_of(props, marker.code);
            if let stances::Fill::Pattern(id) = stances::fill(look.stances, look.speculative) {
                patterns.push((id + MARKER_PATTERN, look.stances, look.speculative, frame.k));
            }
            html! {
                <CountryMarker key={marker.code} code={marker.code} name={marker.name()} x={marker.x()} y={marker.y()} {look} on_point={on_point.clone()} />
            }
        })
        .collect();
    // One pattern per id (the id names the stances and speculation it draws, and for whom), in
    // order of id.
    atlas_core::sort::sort_by(&mut patterns, |a, b| a.0.cmp(&b.0));
    patterns.dedup_by(|a, b| a.0 == b.0);
    let patterns = patterns
        .into_iter()
        .map(|(id, stances, speculative, k)| stance_pattern(&id, stances, speculative, k));
    let tooltip_actor = tooltip.as_ref().and_then(|at| props.aggregate.get(at.code).cloned());
    let tooltip_node = use_node_ref();
    use_tooltip_place(tooltip_node.clone(), *tooltip, tooltip_actor.clone());

    let on_toggle = {
        let on_action = props.on_action.clone();
        Callback::from(move |s: Stance| on_action.emit(Action::ToggleStance(s)))
    };
    html! {
        <figure class="world-map" aria-labelledby="map-title">
            <div class="map-toolbar" role="toolbar" aria-label="Zoom">
                <button type="button" class="map-button" aria-label="Zoom in" onclick={zoom_by(STEP)}>{ "+" }</button>
                <button type="button" class="map-button" aria-label="Zoom out" onclick={zoom_by(1.0 / STEP)}>{ "−" }</button>
                { for presets }
            </div>
            <div class="map-frame">
                <div class="map-canvas" ref={frame_ref}>
                <svg
                    ref={svg_ref}
                    class="map"
                    viewBox={frame.view_box(map)}
                    preserveAspectRatio="xMidYMid meet"
                    role="group"
                    aria-label="World map. Each country is listed with its stances; Venezuela, the subject, is outlined. Press Enter on a country to see its evidence."
                    onpointerdown={gestures.onpointerdown}
                    onpointermove={gestures.onpointermove}
                    onpointerup={gestures.onpointerup.clone()}
                    onpointercancel={gestures.onpointerup}
                    {onclick}
                    {onkeydown}
                >
                    <defs>
                        // Only outlines use it: its tile in map units, drawn on the grid.
                        <pattern id="subject-hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform={map.hatch_on_grid}>
                            <rect class="subject-hatch-ground" width="4" height="4" />
                            <line class="subject-hatch-line" x1="0" y1="0" x2="0" y2="4" />
                        </pattern>
                    </defs>
                    <defs class="stance-patterns">{ for patterns }</defs>
                    // Outlines are path data in grid steps, drawn scaled to map units; all else
                    // is in map units.
                    <g class="countries" transform={map.on_grid}>{ for shapes }</g>
                    <g class="markers">{ for markers }</g>
                    // Its own group: an optional child among the svg's children would shift the
                    // others (Yew matches unkeyed siblings from the end) and remount every country.
                    <g class="highlight">{ for highlight }</g>
                </svg>
                { map_tooltip(&tooltip_node, *tooltip, tooltip_actor.as_ref()) }
                </div>
            </div>
            <figcaption class="map-caption">
                <h2 id="map-title" class="visually-hidden">{ "Map of stances" }</h2>
                { map_legend(props.aggregate.legend(), props.stances, &on_toggle) }
                <span class="map-hint map-hint-pointer">{ "Point at or tab to a country for its stances; click or press Enter for the evidence. Scroll or drag to zoom and pan." }</span>
                <span class="map-hint map-hint-touch">{ "Tap a country for its evidence; pinch or drag to zoom and pan." }</span>
            </figcaption>
        </figure>
    }
}

/// A striped fill: one stripe per stance shown, a stance shown only through speculation drawn as
/// a hatched (half-white) stripe. Stripes keep their width on screen at every zoom: `k` is the
/// zoom times the map units in one unit of what the pattern fills (the grid's step for outlines).
fn stance_pattern(id: &str, shown: StanceSet, speculative: StanceSet, k: f32) -> Html {
    let w = stances::STRIPE;
    let size = w * shown.len() as f32;
    let stripes = shown.iter().enumerate().map(|(i, s)| {
        let x = w * i as f32;
        let width = if speculative.contains(s) { w / 2.0 } else { w };
        html! { <rect x={Fixed::short(x, 2).to_string()} width={Fixed::short(width, 2).to_string()} height={Fixed::short(size, 2).to_string()} fill={stances::colour(s)} /> }
    });
    let size = Fixed::short(size, 2).to_string();
    html! {
        <pattern id={id.to_string()} width={size.clone()} height={size.clone()} patternUnits="userSpaceOnUse"
            patternTransform={format!("rotate(45) scale({})", Fixed::short(1.0 / k, 5))}>
            <rect width={size.clone()} height={size} fill="#ffffff" />
            { for stripes }
        </pattern>
    }
}
