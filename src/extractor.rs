//! The stance extractor and the share-link compressor, loaded on demand from the second wasm
//! module (`crates/atlas-extractor`) so a first visit does not download them (issue 5).
//!
//! Only a reader's own articles need them: adding one, the ones stored in this browser, one that a
//! link carries, and making a share link. The module also reads and writes all the page's JSON
//! (the stored document, an imported or exported file, a link's article, the claims download), so
//! the app carries no JSON code ([`WriteJson`]). The module is a file next to `index.html`, named by the
//! loader script's `data-extractor` attribute, or a base64 data block in the single-file build
//! ([`crate::on_demand`]). It has no imports and a small C ABI (see that crate); a trap inside it
//! (its panics abort) is caught here, reported, and the module restarted from its compiled code
//! for the next call.
//!
//! Tests and other hosts can provide an [`ExtractorService`] through a [`ExtractorHandle`] context
//! instead, e.g. one that calls `atlas_core`'s extractor directly.

use crate::on_demand::{describe, OnDemand};
use atlas_core::date::Date;
use atlas_core::dateline::TextDate;
use atlas_core::export::ClaimsExport;
use atlas_core::local::share::ShareError;
use atlas_core::local::store::{ImportReport, LoadOutcome};
use atlas_core::local::LocalArticle;
use atlas_core::model::Claim;
use atlas_core::serial::WriteJson;
use atlas_core::url::Notice;
use atlas_core::wire;
use js_sys::{Array, Function, Object, Reflect, Uint8Array, WebAssembly};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Id of the data block that carries the module in the single-file build.
pub const BLOCK_ID: &str = "atlas-extractor";
/// Where the module is found ([`crate::on_demand`]).
const MODULE: OnDemand =
    OnDemand { block_id: BLOCK_ID, url_attribute: "data-extractor", what: "the stance reader module" };
/// The interface version this app speaks (`atlas_extractor::ABI_VERSION`).
const ABI_VERSION: u32 = 4;
/// Status codes of the module (see `atlas_extractor`).
const OK: u32 = 0;
const TOO_LARGE: u32 = 2;
const REFUSED: u32 = 4;

/// Reads stances from a text, makes share links and reads and writes JSON: what the reader's own
/// articles (and the claims download) need.
pub trait ExtractorService: WriteJson {
    /// The claims of `text`, written on `date`; `Err` says why they could not be read.
    fn extract(&self, text: &str, date: Option<Date>) -> Result<Vec<Claim>, String>;
    /// What the stored document holds (`atlas_core::local::store::load`); `Err` says why it could
    /// not be read at all (the reader failed, not the document).
    fn read_store(&self, raw: &str) -> Result<LoadOutcome, String>;
    /// An export file merged with `existing` (`atlas_core::local::store::import`); `Err` is the
    /// message for the reader.
    fn import(&self, raw: &str, existing: &[LocalArticle]) -> Result<ImportReport, String>;
    /// The article a link carries and what could not be read of it
    /// (`atlas_core::local::share::read_shared`); `Err` says why the reader failed.
    fn read_shared(&self, link: &str) -> Result<(Option<LocalArticle>, Vec<Notice>), String>;
    /// The date `text` gives itself, none after `today` (`atlas_core::dateline::read`).
    fn read_date(&self, text: &str, today: Date) -> Result<Option<TextDate>, String>;
    /// The `art=` value of a link carrying `article` (`atlas_core::local::share::share_value`).
    fn share_value(&self, article: &LocalArticle) -> Result<String, ShareError>;
}

/// A loaded service, compared by identity (so state holding it can derive `PartialEq`).
#[derive(Clone)]
pub struct ExtractorHandle(pub Rc<dyn ExtractorService>);

impl PartialEq for ExtractorHandle {
    fn eq(&self, other: &ExtractorHandle) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Fetches (or reads from the page) and starts the extractor module.
pub async fn load() -> Result<ExtractorHandle, String> {
    let bytes = MODULE.bytes().await?;
    let compiled =
        JsFuture::from(WebAssembly::compile(&Uint8Array::from(&bytes[..]))).await.map_err(|e| {
            format!("the stance reader module is damaged and could not be compiled ({})", describe(&e))
        })?;
    let module: WebAssembly::Module = compiled.unchecked_into();
    let instance = Instance::start(&module)?;
    let version = instance.call("atlas_abi_version", &[])?;
    if version != ABI_VERSION {
        return Err(format!(
            "the stance reader module is from another release (interface {version}, this page needs \
             {ABI_VERSION}); reload the page"
        ));
    }
    Ok(ExtractorHandle(Rc::new(WasmExtractor { module, instance: RefCell::new(instance) })))
}

/// The module, compiled once, and its running instance (replaced after a trap, whose memory may
/// be left inconsistent).
struct WasmExtractor {
    module: WebAssembly::Module,
    instance: RefCell<Instance>,
}

impl WasmExtractor {
    /// Copies `input` into the module, runs `op` on it with `extra` arguments, and returns the
    /// status with the output bytes. A trap restarts the instance and becomes an `Err`.
    fn run(&self, op: &str, input: &[u8], extra: &[JsValue]) -> Result<(u32, Vec<u8>), String> {
        let result = self.instance.borrow().run(op, input, extra);
        if result.is_err() {
            // Whatever the trap left behind, the next call starts from a fresh instance.
            match Instance::start(&self.module) {
                Ok(fresh) => *self.instance.borrow_mut() = fresh,
                Err(e) => {
                    return Err(format!(
                        "{}; restarting it failed too: {e}",
                        result.err().unwrap_or_default()
                    ))
                }
            }
        }
        result
    }
}

impl WriteJson for WasmExtractor {
    fn document(&self, articles: &[LocalArticle]) -> Result<String, String> {
        let (status, bytes) = self.run("atlas_write_document", &wire::encode_articles(articles), &[])?;
        text(status, bytes)
    }

    fn claims(&self, export: &ClaimsExport<'_>) -> Result<String, String> {
        let (status, bytes) = self.run("atlas_write_claims", &wire::encode_export(export), &[])?;
        text(status, bytes)
    }
}

/// The module's text answer (JSON it wrote, a link's value), or its message when `status` is not
/// [`OK`].
fn text(status: u32, bytes: Vec<u8>) -> Result<String, String> {
    match (status, String::from_utf8(bytes)) {
        (OK, Ok(text)) => Ok(text),
        (OK, Err(_)) => Err("the stance reader's answer is not UTF-8".into()),
        (_, message) => Err(message.unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())),
    }
}

impl ExtractorService for WasmExtractor {
    fn extract(&self, text: &str, date: Option<Date>) -> Result<Vec<Claim>, String> {
        let date =
            date.map_or(0, |d| u32::from(d.year) * 10_000 + u32::from(d.month) * 100 + u32::from(d.day));
        self.answer("atlas_extract", text.as_bytes(), &[JsValue::from(date)], wire::decode_claims)
    }

    fn read_store(&self, raw: &str) -> Result<LoadOutcome, String> {
        self.answer("atlas_read_store", raw.as_bytes(), &[], wire::decode_load)
    }

    fn import(&self, raw: &str, existing: &[LocalArticle]) -> Result<ImportReport, String> {
        match self.run("atlas_import", raw.as_bytes(), &[]) {
            Ok((OK, encoded)) => wire::decode_import(&encoded)
                .map(|r| r.against(existing))
                .map_err(|e| cannot_import(&e.to_string())),
            Ok((REFUSED, message)) => Err(String::from_utf8_lossy(&message).into_owned()),
            Ok((_, message)) => Err(cannot_import(&String::from_utf8_lossy(&message))),
            Err(e) => Err(cannot_import(&e)),
        }
    }

    fn read_shared(&self, link: &str) -> Result<(Option<LocalArticle>, Vec<Notice>), String> {
        self.answer("atlas_read_shared", link.as_bytes(), &[], wire::decode_shared)
    }

    fn read_date(&self, text: &str, today: Date) -> Result<Option<TextDate>, String> {
        let today = u32::from(today.year) * 10_000 + u32::from(today.month) * 100 + u32::from(today.day);
        self.answer("atlas_read_date", text.as_bytes(), &[JsValue::from(today)], wire::decode_text_date)
    }

    fn share_value(&self, article: &LocalArticle) -> Result<String, ShareError> {
        let encoded = wire::encode_articles(std::slice::from_ref(article));
        match self.run("atlas_share_value", &encoded, &[]) {
            Ok((TOO_LARGE, bytes)) => match wire::decode_too_long(&bytes) {
                Ok(e) => Err(ShareError::TooLong(e)),
                Err(e) => Err(ShareError::Compressor(e.to_string())),
            },
            Ok((status, bytes)) => text(status, bytes).map_err(ShareError::Compressor),
            Err(e) => Err(ShareError::Compressor(e)),
        }
    }
}

impl WasmExtractor {
    /// The module's answer to `op`, decoded by `decode`; `Err` is the module's own message when it
    /// refused, or why the call or the decoding failed.
    fn answer<T>(
        &self,
        op: &str,
        input: &[u8],
        extra: &[JsValue],
        decode: fn(&[u8]) -> Result<T, wire::WireError>,
    ) -> Result<T, String> {
        match self.run(op, input, extra)? {
            (OK, encoded) => decode(&encoded).map_err(|e| e.to_string()),
            (_, message) => Err(String::from_utf8_lossy(&message).into_owned()),
        }
    }
}

/// Said when the module failed while reading a file (not the file's fault).
fn cannot_import(why: &str) -> String {
    format!("This file could not be imported: {why}.")
}

/// One running instance of the module: its exports and memory.
struct Instance {
    exports: Object,
    memory: WebAssembly::Memory,
}

impl Instance {
    fn start(module: &WebAssembly::Module) -> Result<Instance, String> {
        let instance = WebAssembly::Instance::new(module, &Object::new())
            .map_err(|e| format!("the stance reader module could not be started ({})", describe(&e)))?;
        let exports = instance.exports();
        let memory = Reflect::get(&exports, &"memory".into())
            .ok()
            .and_then(|m| m.dyn_into::<WebAssembly::Memory>().ok())
            .ok_or("the stance reader module exports no memory")?;
        Ok(Instance { exports, memory })
    }

    /// Calls export `name`; its `i32` result read as unsigned (pointers past 2 GiB are negative).
    fn call(&self, name: &str, args: &[JsValue]) -> Result<u32, String> {
        let function: Function = Reflect::get(&self.exports, &name.into())
            .ok()
            .and_then(|f| f.dyn_into().ok())
            .ok_or_else(|| format!("the stance reader module has no `{name}`"))?;
        let args: Array = args.iter().collect();
        let value = function
            .apply(&JsValue::NULL, &args)
            .map_err(|e| format!("the stance reader stopped in `{name}` ({})", describe(&e)))?;
        Ok(value.as_f64().map_or(0, |n| n as i64 as u32))
    }

    fn run(&self, op: &str, input: &[u8], extra: &[JsValue]) -> Result<(u32, Vec<u8>), String> {
        let len = input.len() as u32;
        let ptr = self.call("atlas_alloc", &[len.into()])?;
        if ptr == 0 {
            return Err(format!("the stance reader has no memory left for {len} bytes"));
        }
        self.bytes(ptr, len)?.copy_from(input);
        let mut args = vec![JsValue::from(ptr), JsValue::from(len)];
        args.extend_from_slice(extra);
        let status = self.call(op, &args);
        let output = status.and_then(|status| {
            let (at, n) = (self.call("atlas_output_ptr", &[])?, self.call("atlas_output_len", &[])?);
            Ok((status, self.bytes(at, n)?.to_vec()))
        });
        if output.is_ok() {
            self.call("atlas_free", &[ptr.into(), len.into()])?;
        }
        output
    }

    /// A view of `len` bytes of the module's memory at `ptr` (taken afresh: growth detaches it).
    fn bytes(&self, ptr: u32, len: u32) -> Result<Uint8Array, String> {
        let buffer: js_sys::ArrayBuffer = self.memory.buffer().unchecked_into();
        if u64::from(ptr) + u64::from(len) > u64::from(buffer.byte_length()) {
            return Err(format!("the stance reader pointed outside its memory ({len} bytes at {ptr})"));
        }
        Ok(Uint8Array::new_with_byte_offset_and_length(&buffer, ptr, len))
    }
}
