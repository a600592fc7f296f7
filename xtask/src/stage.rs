//! `cargo xtask stage`, trunk's post_build hook: the files beside the page, then the page itself
//! edited once.
//!
//! The steps write their files into trunk's staging folder (the extractor module, the articles'
//! texts; in a release build the glue, the loader and the no-script stylesheet minified, and the
//! bindings between glue and wasm renamed short), then one lol_html pass over `index.html` names
//! the hashed files in the loader, puts the map's outlines in `#app` and sets every `integrity`
//! from the final bytes of the file it names. One command, as trunk may run the hooks of a stage
//! side by side.

use crate::html::{self, ContentType};
use crate::{bindings, cmd, extractor, glue, map, steps, texts};
use lol_html::element;
use std::cell::RefCell;
use std::path::Path;

/// What the single pass over the staged page changes (`None`: left as it is).
#[derive(Default)]
pub struct Edits {
    /// The extractor module's hashed name, for the loader's `data-extractor`.
    pub extractor: Option<String>,
    /// The texts file's hashed name, for the loader's `data-texts`.
    pub texts: Option<String>,
    /// The block of the map's outlines, put first in `#app`.
    pub outlines: Option<String>,
}

/// The loader's attributes that name a file staged here, with the name trunk writes
/// (Trunk.toml's pattern_script) before the hashed one replaces it.
const NAMED: [(&str, &str); 2] =
    [("data-extractor", extractor::PLACEHOLDER), ("data-texts", texts::PLACEHOLDER)];

/// The hook: every step, then the page in one pass, each step timed for `dist`'s table.
pub fn run(args: &[String]) -> Result<(), String> {
    let staging = cmd::staging(args, "stage")?;
    let mut edits = Edits::default();
    steps::stage_step("stage: extractor module (cargo, wasm-opt)", || {
        edits.extractor = Some(extractor::stage_module(&staging)?);
        Ok(())
    })?;
    steps::stage_step("stage: articles' texts", || {
        edits.texts = Some(texts::stage_file(&staging)?);
        Ok(())
    })?;
    steps::stage_step("stage: map outlines", || {
        edits.outlines = Some(map::block()?);
        Ok(())
    })?;
    if std::env::var("TRUNK_PROFILE").is_ok_and(|profile| profile == "release") {
        steps::stage_step("stage: glue, loader and CSS minified", || glue::minify(&staging))?;
        steps::stage_step("stage: bindings renamed short (wasm-opt)", || bindings::shorten(&staging))?;
    }
    steps::stage_step("stage: index.html rewritten (lol_html)", || rewrite_page(&staging, &edits))
}

/// Applies `edits` to `staging/index.html` in one pass, integrities from the final files.
pub fn rewrite_page(staging: &Path, edits: &Edits) -> Result<(), String> {
    let index = staging.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let read = |name: &str| {
        let path = staging.join(name.trim_start_matches("./"));
        std::fs::read(&path).map_err(|e| format!("{}: {e} (named by {})", path.display(), index.display()))
    };
    let page = staged_page(&html, edits, &read).map_err(|e| format!("{}: {e}", index.display()))?;
    std::fs::write(&index, page).map_err(|e| format!("{}: {e}", index.display()))?;
    println!("xtask: rewrote {}", index.display());
    Ok(())
}

/// The staged page with `edits` applied and each `integrity` recomputed from the bytes of the
/// file its element names (read by `read`), set where it changed.
fn staged_page(
    html: &str,
    edits: &Edits,
    read: &dyn Fn(&str) -> Result<Vec<u8>, String>,
) -> Result<String, String> {
    let loaders = RefCell::new(0);
    let apps = RefCell::new(0);
    let page = html::rewrite(
        html,
        vec![
            element!("script[data-wasm]", |el| {
                *loaders.borrow_mut() += 1;
                let names = [&edits.extractor, &edits.texts];
                for ((attr, placeholder), name) in NAMED.iter().zip(names) {
                    let Some(name) = name else { continue };
                    let value = el.get_attribute(attr).unwrap_or_default();
                    if !value.ends_with(placeholder) {
                        return Err(format!(
                            "the loader's {attr} is `{value}`, not `{placeholder}` (Trunk.toml's pattern_script)"
                        )
                        .into());
                    }
                    let value = format!("{}{name}", &value[..value.len() - placeholder.len()]);
                    el.set_attribute(attr, &value)?;
                }
                Ok(())
            }),
            element!("#app", |el| {
                *apps.borrow_mut() += 1;
                if let Some(block) = &edits.outlines {
                    el.prepend(block, ContentType::Html);
                }
                Ok(())
            }),
            element!(format!("#{}", map::BLOCK_ID), |_| {
                match edits.outlines {
                    Some(_) => Err("the page already holds the map's outlines".into()),
                    None => Ok(()),
                }
            }),
            element!("[integrity]", |el| {
                let Some(name) = el.get_attribute("href").or_else(|| el.get_attribute("src")) else {
                    return Ok(());
                };
                let integrity = glue::integrity(&read(&name)?);
                if el.get_attribute("integrity").as_deref() != Some(integrity.as_str()) {
                    el.set_attribute("integrity", &integrity)?;
                }
                Ok(())
            }),
        ],
    )?;
    let (loaders, apps) = (loaders.into_inner(), apps.into_inner());
    if (edits.extractor.is_some() || edits.texts.is_some()) && loaders != 1 {
        return Err(format!("expected one loader <script data-wasm=…>, found {loaders}"));
    }
    if edits.outlines.is_some() && apps != 1 {
        return Err(format!("expected one <div id=app> to put the map's outlines in, found {apps}"));
    }
    Ok(page)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str =
        "<html><head><link crossorigin href=./app-1.js integrity=sha384-OLD rel=modulepreload>\
        <link href=./app.css integrity=CSS rel=stylesheet>\
        <script data-extractor=./atlas-extractor.wasm data-js=./app-1.js data-texts=./atlas-texts.txt \
        data-wasm=./app-1_bg.wasm src=./boot.js type=module></script></head><body><div id=app>\
        <div id=loading>Loading</div></div></body></html>";

    fn files(name: &str) -> Result<Vec<u8>, String> {
        match name {
            "./app-1.js" => Ok(b"new glue".to_vec()),
            "./app.css" => Ok(b"p{margin:0}".to_vec()),
            other => Err(format!("no {other}")),
        }
    }

    #[test]
    fn one_pass_names_the_files_puts_the_outlines_and_sets_integrities_from_the_final_bytes() {
        let edits = Edits {
            extractor: Some("atlas-extractor-0123.wasm".into()),
            texts: Some("atlas-texts-4567.txt".into()),
            outlines: Some("<div id=atlas-geometry hidden><svg><path d=\"M1 1z\"></path></svg></div>".into()),
        };
        let css = glue::integrity(b"p{margin:0}");
        let page =
            staged_page(&PAGE.replace("integrity=CSS", &format!("integrity={css}")), &edits, &files).unwrap();
        assert!(page.contains("data-extractor=\"./atlas-extractor-0123.wasm\""), "{page}");
        assert!(page.contains("data-texts=\"./atlas-texts-4567.txt\""), "{page}");
        assert!(page.contains(&format!("<div id=app>{}<div id=loading>", edits.outlines.as_ref().unwrap())));
        let glue = glue::integrity(b"new glue");
        assert!(page.contains(&format!("href=./app-1.js integrity=\"{glue}\" rel=modulepreload")), "{page}");
        assert!(
            page.contains(&format!("href=./app.css integrity={css} rel=stylesheet")),
            "unchanged: {page}"
        );
        let again = Edits { outlines: edits.outlines.clone(), ..Edits::default() };
        assert!(staged_page(&page, &again, &files).unwrap_err().contains("already holds the map's outlines"));
        assert!(staged_page(&page, &Edits::default(), &files).is_ok(), "integrities alone");
    }

    #[test]
    fn a_page_without_its_loader_or_app_root_or_a_file_it_names_is_an_error() {
        let named = Edits { extractor: Some("x.wasm".into()), ..Edits::default() };
        let no_loader = PAGE.replace("data-wasm", "data-other");
        assert!(staged_page(&no_loader, &named, &files).unwrap_err().contains("one loader"));
        let renamed = PAGE.replace("./atlas-extractor.wasm", "./other.wasm");
        assert!(staged_page(&renamed, &named, &files).unwrap_err().contains("pattern_script"));
        let outlines = Edits { outlines: Some("<div></div>".into()), ..Edits::default() };
        let no_app = PAGE.replace("id=app", "id=root");
        assert!(staged_page(&no_app, &outlines, &files).unwrap_err().contains("<div id=app>"));
        let missing = PAGE.replace("./app.css", "./gone.css");
        assert!(staged_page(&missing, &Edits::default(), &files).unwrap_err().contains("gone.css"));
    }
}
