//! The JSON that crosses the page's edges: the reader's articles (the stored document, export
//! files, the article in a share link) and the claims download. The types derive
//! `serde::Serialize` ([`LocalArticle`], [`ClaimsExport`]) and serde_json writes them; reading is
//! serde_json's too ([`crate::local::store::load`], [`crate::local::share::read_shared`]).
//!
//! All of it is feature `json`. The web app leaves that feature out, so its wasm carries no JSON
//! code on a first visit: it asks the extractor module (`crates/atlas-extractor`, loaded on
//! demand) through [`WriteJson`], as it asks it to read the same JSON and to make a share link's
//! value whole. Natively, [`SerdeJson`] writes in this process.
//!
//! ```
//! use atlas_core::local::{store, validate, ArticleDraft};
//! use atlas_core::serial::{SerdeJson, WriteJson};
//! let draft = ArticleDraft { text: "Peru recalled its ambassador.", ..Default::default() };
//! let article = validate(&draft, 1_722_340_800_000, &[]).unwrap();
//! let document = SerdeJson.document(std::slice::from_ref(&article)).unwrap();
//! assert_eq!(store::load(&document).articles, [article]);
//! ```

use crate::export::ClaimsExport;
use crate::local::LocalArticle;

/// Writes the JSON the app hands out; `Err` says why the writer could not run (a module that
/// failed), never something about the data.
pub trait WriteJson {
    /// The reader's articles as the stored document, which is also the export file
    /// ([`crate::local::store::serialize`]).
    fn document(&self, articles: &[LocalArticle]) -> Result<String, String>;
    /// The claims download, indented ([`crate::export::json_of`]).
    fn claims(&self, export: &ClaimsExport<'_>) -> Result<String, String>;
}

/// [`WriteJson`] by serde_json, in this process.
#[cfg(feature = "json")]
#[derive(Clone, Copy, Debug, Default)]
pub struct SerdeJson;

#[cfg(feature = "json")]
impl WriteJson for SerdeJson {
    fn document(&self, articles: &[LocalArticle]) -> Result<String, String> {
        Ok(crate::local::store::serialize(articles))
    }

    fn claims(&self, export: &ClaimsExport<'_>) -> Result<String, String> {
        Ok(crate::export::json_of(export))
    }
}
