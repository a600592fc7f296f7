//! The wasm-bindgen glue of a release build, minified with terser.
//!
//! Trunk's own JS minifier cannot parse the glue wasm-bindgen writes (it logs "Failed to minify
//! JS" and ships it as is), so the `stage` hook minifies it in release builds, then puts the new
//! hash into the page's `integrity` for it, which the browser checks. The loader (`boot.js`, which
//! trunk copies as written) is minified alike.

use crate::cmd;
use crate::single_file::Tag;
use base64::Engine as _;
use sha2::{Digest, Sha384};
use std::path::Path;

/// Minifies the glue the page in `staging` loads (named by its loader's `data-js`) in place and
/// updates the page's `integrity` for it; then the loader.
pub fn minify(staging: &Path) -> Result<(), String> {
    let index = staging.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let name = page_attr(&html, "data-js").ok_or("the page's loader names no glue (data-js)")?;
    let glue = staging.join(name.trim_start_matches("./"));
    let (before, after) = terser_module(&glue)?;
    let page = with_integrity(&html, &integrity(&before), &integrity(&after))
        .map_err(|e| format!("{}: {e}", index.display()))?;
    std::fs::write(&index, page).map_err(|e| format!("{}: {e}", index.display()))?;
    // The loader too: trunk copies it as written, comments and all (it has no integrity).
    terser_module(&staging.join("boot.js"))?;
    // And the no-script stylesheet, copied as written too (it has no integrity either).
    let css_path = staging.join("noscript.css");
    let css = std::fs::read_to_string(&css_path).map_err(|e| format!("{}: {e}", css_path.display()))?;
    std::fs::write(&css_path, minify_css(&css)).map_err(|e| format!("{}: {e}", css_path.display()))?;
    Ok(())
}

/// `css` without its comments and with each run of white space made one space, none around
/// `{};,>` nor after `:`. For stylesheets of our own, which quote no text holding those characters (a string or
/// `url()` with `/*` or a significant run of spaces would be changed).
fn minify_css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while !rest.is_empty() {
        let (text, after) = match rest.find("/*") {
            Some(at) => (&rest[..at], rest[at + 2..].find("*/").map_or("", |end| &rest[at + 2 + end + 2..])),
            None => (rest, ""),
        };
        for c in text.chars() {
            // Not before a colon: `.a :is(…)` is a descendant, `.a:is(…)` is not.
            let (tight_after, tight_before) = (|c: char| "{};:,>".contains(c), |c: char| "{};,>".contains(c));
            if c.is_whitespace() {
                if !out.is_empty() && !out.ends_with(' ') && !out.ends_with(tight_after) {
                    out.push(' ');
                }
            } else {
                if tight_before(c) && out.ends_with(' ') {
                    out.pop();
                }
                out.push(c);
            }
        }
        rest = after;
    }
    out.trim_end().to_string()
}

/// Minifies the JS module at `path` in place; its bytes before and after.
fn terser_module(path: &Path) -> Result<(Vec<u8>, Vec<u8>), String> {
    terser(path, path, true)
}

/// Minifies the script at `source` (a module or a classic script) into `out` (which may be
/// `source`); its bytes before and after.
pub(crate) fn terser(source: &Path, out: &Path, module: bool) -> Result<(Vec<u8>, Vec<u8>), String> {
    let before = std::fs::read(source).map_err(|e| format!("{}: {e}", source.display()))?;
    if let Some(dir) = out.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let terser = cmd::terser_bin();
    let (name, out_name) = (source.to_string_lossy(), out.to_string_lossy());
    let mut args = vec![&*name, "--compress", "--mangle", "--output", &*out_name];
    if module {
        args.insert(1, "--module");
    }
    cmd::new(&terser.to_string_lossy(), &args)
        .run()
        .map_err(|e| format!("{e}\ncould not minify {}", source.display()))?;
    let after = std::fs::read(out).map_err(|e| format!("{}: {e}", out.display()))?;
    println!("xtask: minified {} ({} -> {} bytes)", source.display(), before.len(), after.len());
    Ok((before, after))
}

/// The attribute `attr` (`data-js`, `data-wasm`) of the page's loader script.
pub(crate) fn page_attr(html: &str, attr: &str) -> Option<String> {
    html.match_indices("<script")
        .filter_map(|(at, _)| Tag::parse(&html[at..]))
        .find_map(|tag| tag.attr(attr).map(str::to_string))
}

/// The subresource-integrity value of `bytes`, as trunk writes it.
pub(crate) fn integrity(bytes: &[u8]) -> String {
    format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes)))
}

/// `html` with the integrity `old` replaced by `new`; an error unless `old` occurs exactly once.
pub(crate) fn with_integrity(html: &str, old: &str, new: &str) -> Result<String, String> {
    match html.matches(old).count() {
        1 => Ok(html.replacen(old, new, 1)),
        0 => Err(format!("the page holds no integrity {old}")),
        n => Err(format!("the page holds the integrity {old} {n} times")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_loader_names_the_glue_and_its_integrity_is_replaced_once() {
        let page = "<link crossorigin href=./app-1.js integrity=sha384-OLD rel=modulepreload>\
            <script data-js=./app-1.js data-wasm=./app-1_bg.wasm src=./boot.js type=module></script>";
        assert_eq!(page_attr(page, "data-js").as_deref(), Some("./app-1.js"));
        assert_eq!(page_attr(page, "data-wasm").as_deref(), Some("./app-1_bg.wasm"));
        assert_eq!(page_attr("<script src=./x.js></script>", "data-js"), None);
        let updated = with_integrity(page, "sha384-OLD", "sha384-NEW").unwrap();
        assert!(updated.contains("integrity=sha384-NEW rel=modulepreload"), "{updated}");
        assert!(with_integrity(page, "sha384-GONE", "sha384-NEW").is_err());
        assert!(with_integrity(&format!("{page}{page}"), "sha384-OLD", "sha384-NEW").is_err());
    }

    #[test]
    fn stylesheets_lose_comments_and_spacing_only() {
        let css = "/* a note\n over lines */\n.loading {\n  display: none !important;\n}\n\n/* x */\n\
                   .a :is(.b, .c) > p {\n  margin: 0 auto;\n}\n";
        assert_eq!(minify_css(css), ".loading{display:none !important;}.a :is(.b,.c)>p{margin:0 auto;}");
        assert_eq!(minify_css("p{margin:0}/* unclosed"), "p{margin:0}");
    }

    #[test]
    fn integrity_is_sha384_in_base64() {
        // `printf abc | openssl dgst -sha384 -binary | base64`
        assert_eq!(
            integrity(b"abc"),
            "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn"
        );
    }
}
