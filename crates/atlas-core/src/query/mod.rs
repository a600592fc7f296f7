//! Filtering claims by a [`ViewState`] and computing what the map, legend, bloc list, table, panel
//! and timeline show.
//!
//! [`ClaimIndex::new`] builds, once, one bitset per facet over the claims ordered by article date, so
//! a filter change is a handful of word-wide bit operations plus one pass over the surviving claims:
//! its cost depends on the number of claims, never on the length of the articles.
//!
//! ```
//! use atlas_core::query::{ClaimIndex, Gazetteer};
//! use atlas_core::view::ViewState;
//! let index = ClaimIndex::new(&[], &[], Gazetteer::global());
//! let shown = index.filter(&ViewState::default()).aggregate();
//! assert_eq!(shown.legend(), [0, 0, 0, 0]);
//! ```
//!
//! By job: [`index`](ClaimIndex) builds the index and filters it, `bitset` holds its sets of
//! claims, `aggregate` turns a filtered view into what the page shows, `timeline` answers "as of"
//! and "what changed", and `search` finds countries and blocs by name.

mod aggregate;
mod bitset;
mod index;
mod search;
#[cfg(test)]
pub(crate) mod tests;
mod timeline;

pub use aggregate::{ActorView, Aggregate, ClaimRef, Filtered, StanceTally, Via};
pub use index::{ClaimIndex, Hidden};
pub use search::{evidence_parts, fold, is_separator, latin_lowercase, split_span, Gazetteer, SearchIndex};
pub use timeline::{Change, TimelineEntry};
