//! Files the page loads only when a reader needs them: next to `index.html`, named by an
//! attribute of the loader `<script>` (content-hashed by `cargo xtask stage`), or, in the
//! single-file build that works from disk with no network, a base64 data block in the page.

use js_sys::Uint8Array;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Where a file loaded on demand is found.
pub struct OnDemand {
    /// Id of the data block that carries it in the single-file build.
    pub block_id: &'static str,
    /// Attribute of the loader `<script>` naming its file, relative to the page.
    pub url_attribute: &'static str,
    /// What it is, for messages: "the stance reader module".
    pub what: &'static str,
}

impl OnDemand {
    /// The file's bytes: the page's data block, else the file the loader script names.
    pub async fn bytes(&self) -> Result<Vec<u8>, String> {
        let what = self.what;
        let document = web_sys::window()
            .and_then(|w| w.document())
            .ok_or_else(|| format!("{what} needs a page document"))?;
        if let Some(block) = document.get_element_by_id(self.block_id) {
            return self.decode_block(&block.text_content().unwrap_or_default());
        }
        let attribute = self.url_attribute;
        let named = document
            .query_selector(&format!("script[{attribute}]"))
            .ok()
            .flatten()
            .and_then(|s| s.get_attribute(attribute))
            .ok_or_else(|| format!("this page does not name {what} (no <script {attribute}=…>)"))?;
        let base = document.base_uri().ok().flatten().unwrap_or_default();
        let url = web_sys::Url::new_with_base(&named, &base).map(|u| u.href()).unwrap_or(named);
        fetch_bytes(&url, what).await
    }

    /// The bytes of a base64 data block (standard alphabet, whitespace ignored).
    fn decode_block(&self, text: &str) -> Result<Vec<u8>, String> {
        let window = web_sys::window().ok_or_else(|| format!("{} needs a browser window", self.what))?;
        let compact: String = text.split_ascii_whitespace().collect();
        let damaged = || format!("the page's #{} block is damaged", self.block_id);
        let binary = window
            .atob(&compact)
            .map_err(|_| format!("the page's #{} block is not base64", self.block_id))?;
        binary.chars().map(|c| u8::try_from(u32::from(c)).map_err(|_| damaged())).collect()
    }
}

/// Downloads `url`, saying which file failed and how.
async fn fetch_bytes(url: &str, what: &str) -> Result<Vec<u8>, String> {
    let window = web_sys::window().ok_or_else(|| format!("{what} needs a browser window"))?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| format!("{url} could not be downloaded (is the network off?)"))?
        .unchecked_into();
    if !response.ok() {
        return Err(format!("{url} could not be downloaded: the server answered {}", response.status()));
    }
    let buffer = response.array_buffer().map_err(|e| format!("{url}: {}", describe(&e)))?;
    let buffer =
        JsFuture::from(buffer).await.map_err(|_| format!("{url} stopped downloading before its end"))?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// A JavaScript error as text.
pub fn describe(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".into())
}
