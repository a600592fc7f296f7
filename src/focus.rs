//! Moving keyboard focus back to where the reader was, whether that is an HTML control or a
//! country of the SVG map.

use wasm_bindgen::JsCast;
use web_sys::Element;

/// The element that has focus now.
pub fn active() -> Option<Element> {
    web_sys::window()?.document()?.active_element()
}

/// Focuses `element` if it is still on the page.
pub fn restore(element: &Element) {
    if !element.is_connected() {
        return;
    }
    if let Some(html) = element.dyn_ref::<web_sys::HtmlElement>() {
        let _ = html.focus();
    } else if let Some(svg) = element.dyn_ref::<web_sys::SvgElement>() {
        let _ = svg.focus();
    }
}
