//! `cargo xtask stage-texts`: the articles' whole texts, one file beside the page, loaded when a
//! reader first opens an article (`src/texts.rs`). The page itself carries only each article's
//! evidence sentences (`build.rs`, `atlas_core::pack::evidence_only`).
//!
//! The file is every body of the corpus `build.rs` bakes (`corpus/`, or `$ATLAS_CORPUS_DIR`), in
//! the same order, read with the same code (`atlas_core::corpus`); the app checks it against the
//! evidence it carries before showing it. Named by its content's hash; the loader `<script>`'s
//! `data-texts` names it.

use crate::{cmd, extractor};
use atlas_core::corpus;
use std::path::Path;

/// The name the loader script carries before staging (Trunk.toml's pattern_script).
const PLACEHOLDER: &str = "atlas-texts.txt";
/// Every staged texts file's name starts with this (and `cargo xtask size` recognises it so).
pub const FILE_PREFIX: &str = "atlas-texts-";

/// Writes the texts file into `$TRUNK_STAGING_DIR` (or the folder given) and names it in the page.
pub fn stage(args: &[String]) -> Result<(), String> {
    let staging = cmd::staging(args, "stage-texts")?;
    let texts = whole_texts()?;
    let name = extractor::hashed(FILE_PREFIX, texts.as_bytes(), ".txt");
    let target = staging.join(&name);
    std::fs::write(&target, &texts).map_err(|e| format!("{}: {e}", target.display()))?;
    let index = staging.join("index.html");
    if index.exists() {
        extractor::name_in_page(&index, PLACEHOLDER, &name)?;
    }
    println!("xtask: staged {} ({} bytes), loaded when an article is opened", target.display(), texts.len());
    Ok(())
}

/// Every article body of the corpus `build.rs` bakes, one after another.
fn whole_texts() -> Result<String, String> {
    let root = cmd::root();
    let dir = match std::env::var_os("ATLAS_CORPUS_DIR") {
        Some(dir) if !dir.is_empty() => root.join(dir),
        _ => root.join("corpus"),
    };
    texts_of(&dir)
}

fn texts_of(dir: &Path) -> Result<String, String> {
    let files = corpus::read_dir(dir)?;
    let articles = corpus::parse_files(&dir.display().to_string(), &files)?;
    Ok(articles.iter().map(|(_, _, body)| *body).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_texts_are_the_bodies_in_file_order_without_their_headers() {
        let dir = std::env::temp_dir().join(format!("atlas-texts-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let header = "title: T\noutlet: O\ndate: 2024-07-30\n---\n";
        std::fs::write(dir.join("b.txt"), format!("{header}Second body.\n")).unwrap();
        std::fs::write(dir.join("a.txt"), format!("{header}First body.\n")).unwrap();
        std::fs::write(dir.join("notes.md"), "not an article").unwrap();
        let texts = texts_of(&dir);
        std::fs::write(dir.join("c.txt"), "no header").unwrap();
        let broken = texts_of(&dir);
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(texts.unwrap(), "First body.\nSecond body.\n");
        assert!(broken.unwrap_err().contains("c.txt:1"), "a file without a header is named");
    }
}
