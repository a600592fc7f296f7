//! The wasm-bindgen glue of a release build, minified with terser.
//!
//! Trunk's own JS minifier cannot parse the glue wasm-bindgen writes (it logs "Failed to minify
//! JS" and ships it as is), so the `stage` hook minifies it in release builds; its pass over the
//! page then sets the page's `integrity` for it from the new bytes, which the browser checks. The loader (`boot.js`, which
//! trunk copies as written) is minified alike.

use crate::cmd;
use base64::Engine as _;
use sha2::{Digest, Sha384};
use std::path::Path;

/// Minifies the glue the page in `staging` loads (named by its loader's `data-js`) in place; the
/// stage hook's pass over the page then sets its `integrity` from the new bytes. Then the loader.
pub fn minify(staging: &Path) -> Result<(), String> {
    let index = staging.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let name = page_attr(&html, "data-js")?.ok_or("the page's loader names no glue (data-js)")?;
    let glue = staging.join(name.trim_start_matches("./"));
    terser_module(&glue)?;
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
pub(crate) fn page_attr(html: &str, attr: &str) -> Result<Option<String>, String> {
    crate::html::attr(html, &format!("script[{attr}]"), attr)
}

/// The subresource-integrity value of `bytes`, as trunk writes it.
pub(crate) fn integrity(bytes: &[u8]) -> String {
    format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_loader_names_the_glue() {
        let page = "<link crossorigin href=./app-1.js integrity=sha384-OLD rel=modulepreload>\
            <script data-js=./app-1.js data-wasm=./app-1_bg.wasm src=./boot.js type=module></script>";
        assert_eq!(page_attr(page, "data-js").unwrap().as_deref(), Some("./app-1.js"));
        assert_eq!(page_attr(page, "data-wasm").unwrap().as_deref(), Some("./app-1_bg.wasm"));
        assert_eq!(page_attr("<script src=./x.js></script>", "data-js").unwrap(), None);
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
