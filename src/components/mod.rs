//! The app's components, one per file.

pub mod add_article;
pub mod app;
pub mod article_list;
pub mod article_reader;
pub mod bloc_list;
pub mod claim_parts;
pub mod claims_table;
pub mod country_marker;
pub mod country_shape;
pub mod evidence_panel;
pub mod export_menu;
pub mod filter_panel;
pub mod local_library;
pub mod map_legend;
pub mod map_tooltip;
pub mod notice_bar;
pub mod pointing;
pub mod selection_panel;
pub mod share_bar;
pub mod site_header;
pub mod stance_timeline;
pub mod view_tabs;
pub mod world_map;
