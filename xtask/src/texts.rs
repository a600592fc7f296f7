//! `cargo xtask stage-texts`: the rest of the articles' texts, one file beside the page, loaded
//! when a reader first opens an article (`src/texts.rs`). The page itself carries each article's
//! evidence sentences (`build.rs`, `atlas_core::pack::evidence_only`); the file carries everything
//! else, the evidence cut out (`pack::without_evidence`), so no sentence is shipped twice; the
//! claims' spans say where it goes back.
//!
//! The file is every body of the corpus `build.rs` bakes (`corpus/`, or `$ATLAS_CORPUS_DIR`), in
//! the same order, read and extracted with the same code (`atlas_core::corpus`, `extract`); the
//! app checks it against the evidence it carries before putting the two together. Named by its
//! content's hash; the loader `<script>`'s `data-texts` names it.

use crate::{cmd, extractor};
use atlas_core::extract::Extractor;
use atlas_core::{corpus, pack};
use std::path::Path;

/// The name the loader script carries before staging (Trunk.toml's pattern_script).
pub const PLACEHOLDER: &str = "atlas-texts.txt";
/// Every staged texts file's name starts with this (and `cargo xtask size` recognises it so).
pub const FILE_PREFIX: &str = "atlas-texts-";

/// Writes the texts file into `$TRUNK_STAGING_DIR` (or the folder given) and names it in the page.
pub fn stage(args: &[String]) -> Result<(), String> {
    let staging = cmd::staging(args, "stage-texts")?;
    let name = stage_file(&staging)?;
    if staging.join("index.html").exists() {
        crate::stage::rewrite_page(
            &staging,
            &crate::stage::Edits { texts: Some(name), ..Default::default() },
        )?;
    }
    Ok(())
}

/// Writes the texts file into `staging` under its hashed name, which it returns.
pub fn stage_file(staging: &Path) -> Result<String, String> {
    let texts = texts_of(&cmd::corpus_dir())?;
    let name = extractor::hashed(FILE_PREFIX, texts.as_bytes(), ".txt");
    let target = staging.join(&name);
    std::fs::write(&target, &texts).map_err(|e| format!("{}: {e}", target.display()))?;
    println!("xtask: staged {} ({} bytes), loaded when an article is opened", target.display(), texts.len());
    Ok(name)
}

/// The rest of each body, its claims' evidence cut out (the page carries that already): the
/// claims are read as `build.rs` reads them, with the same extractor and date.
fn texts_of(dir: &Path) -> Result<String, String> {
    let files = corpus::read_dir(dir)?;
    let articles = corpus::parse_files(&dir.display().to_string(), &files)?;
    let extractor = Extractor::global();
    Ok(articles
        .iter()
        .map(|article| {
            let claims = extractor.extract(article.body, Some(article.meta.date));
            pack::without_evidence(article.body, claims.iter().map(|c| (c.start, c.end)))
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_texts_are_the_bodies_in_file_order_without_headers_or_evidence() {
        let dir = std::env::temp_dir().join(format!("atlas-texts-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let header = "title: T\noutlet: O\ndate: 2024-07-30\n---\n";
        std::fs::write(dir.join("b.txt"), format!("{header}Second body. Chile rejected the results.\n"))
            .unwrap();
        std::fs::write(dir.join("a.txt"), format!("{header}First body.\n")).unwrap();
        std::fs::write(dir.join("notes.md"), "not an article").unwrap();
        let texts = texts_of(&dir);
        std::fs::write(dir.join("c.txt"), "no header").unwrap();
        let broken = texts_of(&dir);
        std::fs::remove_dir_all(&dir).unwrap();
        // Chile's sentence is a claim's evidence: the page carries it, the texts file does not.
        assert_eq!(texts.unwrap(), "First body.\nSecond body. \n");
        assert!(broken.unwrap_err().contains("c.txt:1"), "a file without a header is named");
    }
}
