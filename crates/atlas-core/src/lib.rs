//! Stance Atlas core: turns news articles into country stances toward Maduro's government.
//!
//! Text → [`corpus::Article`] → [`extract`] → [`model::Claim`]s → filtered views. This crate knows
//! nothing about the web: the Yew app, the `extract` CLI and the build scripts are thin edges over it.
//!
//! ```
//! use atlas_core::{extract::Extractor, model::Stance};
//! let claims = Extractor::global().extract("Argentina has not recognized Maduro's victory.", None);
//! assert!(claims.iter().any(|c| c.actor == "ARG" && c.stance == Stance::Reject));
//! ```

pub mod corpus;
pub mod date;
pub mod dateline;
pub mod export;
pub mod extract;
pub mod fixed;
pub mod gazetteer;
#[cfg(feature = "bake")]
pub mod geo;
pub mod local;
pub mod model;
pub mod pack;
pub mod query;
pub mod serial;
pub mod set;
pub mod sort;
pub mod synth;
pub mod url;
pub mod view;
pub mod wire;
