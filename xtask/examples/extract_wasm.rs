//! The extractor compiled to a bare wasm module for `cargo xtask bench`, which times it in Node's
//! V8 (Chromium's engine) over the corpus: the cost the app pays to read a reader's own article.
//!
//! No wasm-bindgen: the host copies a corpus file into memory from `alloc` and calls `extract`.

use atlas_core::corpus::parse_article_or_plain;
use atlas_core::extract::Extractor;

/// Reserves `len` bytes the host writes a corpus file into.
#[no_mangle]
pub extern "C" fn alloc(len: usize) -> *mut u8 {
    let mut buffer = Vec::<u8>::with_capacity(len);
    let ptr = buffer.as_mut_ptr();
    std::mem::forget(buffer);
    ptr
}

/// Frees what [`alloc`] reserved.
///
/// # Safety
/// `ptr` and `len` must come from one call of [`alloc`].
#[no_mangle]
pub unsafe extern "C" fn dealloc(ptr: *mut u8, len: usize) {
    drop(Vec::from_raw_parts(ptr, 0, len));
}

/// Extracts the claims of the corpus file at `ptr..ptr + len`; returns how many, or -1 when the
/// text is not UTF-8 or its header is malformed.
///
/// # Safety
/// `ptr..ptr + len` must be memory from [`alloc`] that the host has filled.
#[no_mangle]
pub unsafe extern "C" fn extract(ptr: *const u8, len: usize) -> i32 {
    let bytes = std::slice::from_raw_parts(ptr, len);
    let Ok(text) = std::str::from_utf8(bytes) else { return -1 };
    let Ok(article) = parse_article_or_plain("wasm", text) else { return -1 };
    let date = article.meta.as_ref().map(|m| m.date);
    Extractor::global().extract(article.body, date).len() as i32
}
