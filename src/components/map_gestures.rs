//! Pan and zoom of the world map by pointer and wheel: a drag pans, a pinch (two pointers) zooms
//! about its centre, the wheel zooms about the cursor. The frame a gesture shows is live until the
//! gesture ends, then committed to the view (and the URL) as one `SetZoom`.

use crate::baked::WorldMapData;
use crate::map_view::Frame;
use atlas_core::view::{Action, Zoom};
use gloo_events::{EventListener, EventListenerOptions};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Pointers down: pointer id and client position, by id. One or two, so a sorted `Vec` (a map type
/// would add its code to the wasm).
#[derive(Clone, Default)]
struct Pointers(Vec<(i32, (f64, f64))>);

impl Pointers {
    fn set(&mut self, id: i32, at: (f64, f64)) {
        match self.0.binary_search_by_key(&id, |p| p.0) {
            Ok(i) => self.0[i].1 = at,
            Err(i) => self.0.insert(i, (id, at)),
        }
    }

    fn remove(&mut self, id: i32) {
        self.0.retain(|p| p.0 != id);
    }

    fn contains(&self, id: i32) -> bool {
        self.0.iter().any(|p| p.0 == id)
    }

    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn len(&self) -> usize {
        self.0.len()
    }

    fn ids(&self) -> impl Iterator<Item = i32> + '_ {
        self.0.iter().map(|p| p.0)
    }

    fn positions(&self) -> impl Iterator<Item = &(f64, f64)> {
        self.0.iter().map(|p| &p.1)
    }
}

/// A drag or pinch in progress: the pointers down and the frame and pointers it began with.
#[derive(Default)]
struct Gesture {
    pointers: Pointers,
    start: Option<(Frame, Pointers)>,
    moved: bool,
    /// A click that ends a drag must not select the country under it.
    swallow_click: bool,
}

/// Movement in pixels below which a press is still a click.
const DRAG_SLOP: f64 = 4.0;

/// What the map's `<svg>` needs from a gesture: the frame to draw and its pointer listeners.
pub struct MapGestures {
    /// The frame shown: the gesture's while one runs, else the view's.
    pub frame: Frame,
    pub onpointerdown: Callback<PointerEvent>,
    pub onpointermove: Callback<PointerEvent>,
    /// For `pointerup` and `pointercancel` alike.
    pub onpointerup: Callback<PointerEvent>,
    gesture: Rc<RefCell<Gesture>>,
}

impl MapGestures {
    /// A click listener that calls `click`, except for the click that ends a drag: that one must
    /// not select the country under it.
    pub fn clicks(&self, click: impl Fn(MouseEvent) + 'static) -> Callback<MouseEvent> {
        let gesture = Rc::clone(&self.gesture);
        Callback::from(move |e: MouseEvent| {
            if !std::mem::take(&mut gesture.borrow_mut().swallow_click) {
                click(e);
            }
        })
    }
}

/// The gestures on the map drawn in `svg_ref` at the view's `zoom`; their end sends `on_action`.
#[hook]
pub fn use_map_gestures(
    map: &'static WorldMapData,
    zoom: Zoom,
    svg_ref: &NodeRef,
    on_action: &Callback<Action>,
) -> MapGestures {
    // The frame shown while a gesture runs; committed to the view (and the URL) when it ends.
    let live = use_state(|| None::<Frame>);
    let gesture = use_mut_ref(Gesture::default);
    let frame = live.unwrap_or_else(|| Frame::of(map, zoom));

    // The wheel zooms about the cursor. Registered by hand because it must be able to cancel the
    // page's scroll (a non-passive listener, which Yew's own listeners are not).
    {
        let svg_ref = svg_ref.clone();
        let on_action = on_action.clone();
        use_effect_with((zoom, on_action), move |(zoom, on_action)| {
            let (zoom, on_action) = (*zoom, on_action.clone());
            let listener = svg_ref.cast::<web_sys::Element>().map(|svg| {
                let options = EventListenerOptions::enable_prevent_default();
                EventListener::new_with_options(&svg.clone(), "wheel", options, move |e| {
                    let e = e.unchecked_ref::<web_sys::WheelEvent>();
                    e.prevent_default();
                    let rect = svg.get_bounding_client_rect();
                    let (fx, fy) = fractions(&rect, f64::from(e.client_x()), f64::from(e.client_y()));
                    let factor = (-e.delta_y() as f32 * 0.002).exp().clamp(0.5, 2.0);
                    let next = Frame::of(map, zoom).zoomed(map, factor, fx, fy);
                    on_action.emit(Action::SetZoom(next.to_zoom()));
                })
            });
            // Dropping the listener removes it.
            move || drop(listener)
        });
    }

    let onpointerdown = {
        let gesture = gesture.clone();
        Callback::from(move |e: PointerEvent| {
            let mut g = gesture.borrow_mut();
            g.pointers.set(e.pointer_id(), (f64::from(e.client_x()), f64::from(e.client_y())));
            g.start = Some((frame, g.pointers.clone()));
            g.moved = false;
        })
    };
    let onpointermove = {
        let gesture = gesture.clone();
        let live = live.clone();
        let svg_ref = svg_ref.clone();
        Callback::from(move |e: PointerEvent| {
            let mut g = gesture.borrow_mut();
            let id = e.pointer_id();
            if !g.pointers.contains(id) {
                return;
            }
            g.pointers.set(id, (f64::from(e.client_x()), f64::from(e.client_y())));
            let Some((start, at_start)) = g.start.clone() else { return };
            let Some(svg) = svg_ref.cast::<web_sys::Element>() else { return };
            let rect = svg.get_bounding_client_rect();
            if rect.width() <= 0.0 || rect.height() <= 0.0 {
                return;
            }
            let next = gesture_frame(map, start, &at_start, &g.pointers, &rect);
            let Some((next, distance)) = next else { return };
            if !g.moved && distance < DRAG_SLOP {
                return;
            }
            if !g.moved {
                g.moved = true;
                let _ = svg.set_pointer_capture(id);
            }
            live.set(Some(next));
        })
    };
    let onpointerup = {
        let gesture = gesture.clone();
        let live = live.clone();
        let on_action = on_action.clone();
        Callback::from(move |e: PointerEvent| {
            let mut g = gesture.borrow_mut();
            g.pointers.remove(e.pointer_id());
            if g.moved {
                if let Some(frame) = *live {
                    on_action.emit(Action::SetZoom(frame.to_zoom()));
                }
                g.swallow_click = e.type_() == "pointerup";
            }
            // A finger lifted from a pinch: the other carries on as a drag from here.
            g.start = (!g.pointers.is_empty()).then(|| ((*live).unwrap_or(frame), g.pointers.clone()));
            if g.pointers.is_empty() {
                g.moved = false;
                live.set(None);
            }
        })
    };

    MapGestures { frame, onpointerdown, onpointermove, onpointerup, gesture }
}

/// Where a client point lies in an element, as fractions of its width and height.
fn fractions(rect: &web_sys::DomRect, x: f64, y: f64) -> (f32, f32) {
    let fx = ((x - rect.left()) / rect.width().max(1.0)).clamp(0.0, 1.0);
    let fy = ((y - rect.top()) / rect.height().max(1.0)).clamp(0.0, 1.0);
    (fx as f32, fy as f32)
}

/// The frame after a drag (one pointer) or pinch (two), and how far the pointers moved in pixels.
fn gesture_frame(
    map: &WorldMapData,
    start: Frame,
    at_start: &Pointers,
    now: &Pointers,
    rect: &web_sys::DomRect,
) -> Option<(Frame, f64)> {
    let centre = |points: &Pointers| {
        let n = points.len().max(1) as f64;
        let (sx, sy) = points.positions().fold((0.0, 0.0), |(ax, ay), (x, y)| (ax + x, ay + y));
        (sx / n, sy / n)
    };
    let spread = |points: &Pointers| {
        let mut it = points.positions();
        match (it.next(), it.next()) {
            (Some(a), Some(b)) => ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt(),
            _ => 0.0,
        }
    };
    if !at_start.ids().eq(now.ids()) {
        return None;
    }
    let (c0, c1) = (centre(at_start), centre(now));
    let moved = ((c1.0 - c0.0).powi(2) + (c1.1 - c0.1).powi(2)).sqrt();
    let mut next =
        start.panned(map, ((c1.0 - c0.0) / rect.width()) as f32, ((c1.1 - c0.1) / rect.height()) as f32);
    let (s0, s1) = (spread(at_start), spread(now));
    if s0 > 10.0 && s1 > 0.0 {
        let (fx, fy) = fractions(rect, c1.0, c1.1);
        next = next.zoomed(map, (s1 / s0) as f32, fx, fy);
        return Some((next, moved.max((s1 - s0).abs())));
    }
    Some((next, moved))
}
