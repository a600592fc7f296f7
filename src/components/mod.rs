//! The app's components, one per file.

pub mod app;
pub mod article_list;
pub mod country_marker;
pub mod country_shape;
pub mod map_tooltip;
pub mod pointing;
pub mod site_header;
pub mod world_map;
