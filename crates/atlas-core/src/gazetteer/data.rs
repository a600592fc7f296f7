//! The gazetteer tables. (Being written.)

use super::*;

pub static COUNTRIES: &[Country] = &[];
pub static BLOCS: &[Bloc] = &[];
