//! Files the reader downloads, made in the page (Blob, object URL, a temporary `<a download>`): no
//! request leaves it. Also the browser half of the map picture: clone the live map, carry its
//! computed colours over, and draw it into a canvas for PNG.

use crate::map_image::{self, Frame, Layout};
use atlas_core::date::Date;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, Document, Element, HtmlAnchorElement, HtmlCanvasElement, Url};

/// The styles that decide how a map element looks; copied onto the picture's elements because it
/// travels without the page's stylesheet.
const PAINT: [&str; 9] = [
    "fill",
    "fill-opacity",
    "stroke",
    "stroke-width",
    "stroke-opacity",
    "stroke-dasharray",
    "stroke-linejoin",
    "opacity",
    "display",
];

fn document() -> Result<Document, String> {
    web_sys::window().and_then(|w| w.document()).ok_or_else(|| "no document".to_string())
}

fn js_error(what: &str) -> impl Fn(JsValue) -> String + '_ {
    move |e| format!("{what}: {}", e.as_string().unwrap_or_else(|| format!("{e:?}")))
}

/// Today's date in the reader's time zone, for file names.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    let part = |v: u32, max: u32| v.clamp(1, max);
    Date::new(
        now.get_full_year().clamp(1, 9999) as u16,
        part(now.get_month() + 1, 12) as u8,
        part(now.get_date(), 31) as u8,
    )
}

/// Saves `text` as a file called `name`.
pub fn save_text(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).map_err(js_error("Blob"))?;
    save_blob(name, &blob)
}

/// Saves a blob as a file called `name` through a temporary link.
pub fn save_blob(name: &str, blob: &Blob) -> Result<(), String> {
    let document = document()?;
    let url = Url::create_object_url_with_blob(blob).map_err(js_error("object URL"))?;
    let link: HtmlAnchorElement =
        document.create_element("a").map_err(js_error("link"))?.dyn_into().map_err(|_| "not a link")?;
    link.set_href(&url);
    link.set_download(name);
    link.set_hidden(true);
    let body = document.body().ok_or("no body")?;
    body.append_child(&link).map_err(js_error("link"))?;
    link.click();
    link.remove();
    // The download has started reading the blob by now; the URL is released a moment later.
    let revoke = Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&url);
    });
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 1000);
    }
    Ok(())
}

/// The live map (`svg.map`) as a framed, self-contained SVG picture, and its layout.
pub fn map_picture(frame: &Frame<'_>) -> Result<(String, Layout), String> {
    let document = document()?;
    let window = web_sys::window().ok_or("no window")?;
    let map = document.query_selector("svg.map").ok().flatten().ok_or("the map is not on the page")?;
    let clone: Element = map
        .clone_node_with_deep(true)
        .map_err(js_error("clone"))?
        .dyn_into()
        .map_err(|_| "not an element")?;
    let grid = crate::baked::world_map().grid;
    let originals = map.query_selector_all("*").map_err(js_error("map"))?;
    let copies = clone.query_selector_all("*").map_err(js_error("map"))?;
    for i in 0..originals.length().min(copies.length()) {
        let (Some(original), Some(copy)) = (originals.item(i), copies.item(i)) else { continue };
        let (Ok(original), Ok(copy)) = (original.dyn_into::<Element>(), copy.dyn_into::<Element>()) else {
            continue;
        };
        let Ok(Some(computed)) = window.get_computed_style(&original) else { continue };
        // The picture has no `vector-effect`: a stroke is measured in the units of what it
        // outlines, so an outline's (drawn on the grid) is scaled back to map units.
        let on_grid = matches!(original.closest("g.countries"), Ok(Some(_)));
        // Presentation attributes, not a `style` attribute: the page's CSP refuses inline styles.
        for property in PAINT {
            if let Ok(value) = computed.get_property_value(property) {
                let value = match property {
                    "stroke-width" | "stroke-dasharray" if on_grid => {
                        map_image::scaled_lengths(&value, 1.0 / grid).unwrap_or(value)
                    }
                    _ => value,
                };
                if !value.is_empty() {
                    let _ = copy.set_attribute(property, &value);
                }
            }
        }
        for attribute in ["tabindex", "class", "role"] {
            let _ = copy.remove_attribute(attribute);
        }
    }
    // The pointed country's outline is a reading aid, not part of the picture.
    if let Ok(Some(highlight)) = clone.query_selector("g.highlight") {
        highlight.set_text_content(None);
    }
    let (width, height) = view_box_size(&map.get_attribute("viewBox").unwrap_or_default());
    let layout = map_image::layout(width, height, map_image::source_lines(frame.sources).len());
    for (name, value) in
        [("x", layout.map_x), ("y", layout.map_y), ("width", layout.map_width), ("height", layout.map_height)]
    {
        let _ = clone.set_attribute(name, &atlas_core::fixed::Fixed::short(value, 2).to_string());
    }
    let _ = clone.set_attribute("xmlns", "http://www.w3.org/2000/svg");
    let _ = clone.remove_attribute("class");
    let serializer = web_sys::XmlSerializer::new().map_err(js_error("serializer"))?;
    let map_svg = serializer.serialize_to_string(&clone).map_err(js_error("serialise"))?;
    Ok((map_image::compose(layout, &map_svg, frame), layout))
}

fn view_box_size(view_box: &str) -> (f32, f32) {
    let numbers: Vec<f32> =
        view_box.split([' ', ',']).filter_map(|n| atlas_core::fixed::parse(n.trim(), 2)).collect();
    match numbers[..] {
        [_, _, w, h] => (w, h),
        _ => (0.0, 0.0),
    }
}

/// Called once with how a PNG download went.
type Done = std::rc::Rc<std::cell::RefCell<Option<Box<dyn FnOnce(Result<(), String>)>>>>;

fn finish(done: &Done, result: Result<(), String>) {
    if let Some(done) = done.borrow_mut().take() {
        done(result);
    }
}

/// Draws an SVG picture into a canvas at twice its size and saves it as PNG; `done` hears how it went.
pub fn save_png(name: String, svg: &str, layout: Layout, done: impl FnOnce(Result<(), String>) + 'static) {
    let done: Done = std::rc::Rc::new(std::cell::RefCell::new(Some(Box::new(done))));
    if let Err(e) = start_png(name, svg, layout, &done) {
        finish(&done, Err(e));
    }
}

/// The picture as a `data:` URL. Not a `blob:` URL: the single file (opened from disk, origin
/// `null`) allows images from `data:` only (`img-src data:`, `xtask/src/single_file.rs`), and the
/// served page allows both.
fn svg_data_url(svg: &str) -> String {
    let encoded: String = js_sys::encode_uri_component(svg).into();
    format!("data:image/svg+xml;charset=utf-8,{encoded}")
}

fn start_png(name: String, svg: &str, layout: Layout, done: &Done) -> Result<(), String> {
    let document = document()?;
    let image = web_sys::HtmlImageElement::new().map_err(js_error("image"))?;
    let canvas: HtmlCanvasElement = document
        .create_element("canvas")
        .map_err(js_error("canvas"))?
        .dyn_into()
        .map_err(|_| "not a canvas")?;
    let (w, h) = (map_image::WIDTH * 2.0, layout.height * 2.0);
    canvas.set_width(w as u32);
    canvas.set_height(h as u32);
    let loaded = {
        let (image, done) = (image.clone(), done.clone());
        Closure::once_into_js(move || {
            let drawn = (|| -> Result<(), String> {
                let context: web_sys::CanvasRenderingContext2d = canvas
                    .get_context("2d")
                    .map_err(js_error("canvas"))?
                    .ok_or("no 2d canvas")?
                    .dyn_into()
                    .map_err(|_| "not a 2d canvas")?;
                context
                    .draw_image_with_html_image_element_and_dw_and_dh(
                        &image,
                        0.0,
                        0.0,
                        f64::from(w),
                        f64::from(h),
                    )
                    .map_err(js_error("draw"))?;
                let saved = {
                    let done = done.clone();
                    Closure::once_into_js(move |blob: Option<Blob>| {
                        let result = blob.ok_or_else(|| "the browser made no PNG".to_string());
                        finish(&done, result.and_then(|b| save_blob(&name, &b)));
                    })
                };
                canvas.to_blob(saved.unchecked_ref()).map_err(js_error("PNG"))
            })();
            if let Err(e) = drawn {
                finish(&done, Err(e));
            }
        })
    };
    let failed = {
        let done = done.clone();
        Closure::once_into_js(move || finish(&done, Err("the map picture could not be drawn".into())))
    };
    image.set_onload(Some(loaded.unchecked_ref()));
    image.set_onerror(Some(failed.unchecked_ref()));
    image.set_src(&svg_data_url(svg));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_view_box_gives_the_map_size_or_nothing() {
        let cases = [("0 0 960 480", (960.0, 480.0)), ("-10,5,100,50", (100.0, 50.0)), ("junk", (0.0, 0.0))];
        for (view_box, expected) in cases {
            assert_eq!(view_box_size(view_box), expected, "{view_box}");
        }
    }
}
