//! `dist/stance-atlas.html`: the built site as one self-contained file that works from disk
//! (`file://`) with the network off, for e-mailing a demo or a classroom (issue 5).
//!
//! It is made from trunk's output, not from a second build: the stylesheets become `<style>`,
//! the favicon a `data:` URI, the wasm a base64 data block, and the wasm-bindgen glue an inline
//! module that instantiates from those bytes instead of fetching. The files the hosted page
//! fetches on demand (the extractor module, the articles' whole texts) become data blocks the app
//! reads when it needs them. The Content-Security-Policy stays strict: every inline script and style is allowed by its sha256 hash, never by
//! `'unsafe-inline'`.

use crate::html::{self, ContentType};
use base64::{engine::general_purpose::STANDARD as BASE64, Engine as _};
use lol_html::{element, text};
use std::cell::RefCell;
use std::path::Path;
use std::rc::Rc;

/// The file `cargo xtask dist` writes next to `index.html`.
pub const FILE_NAME: &str = "stance-atlas.html";

/// Id of the data block that holds the wasm as base64 (a `<script>` of a non-JavaScript type,
/// which browsers never run, so the CSP does not apply to it).
const WASM_BLOCK_ID: &str = "atlas-wasm";
/// The files the hosted page loads on demand, each named by an attribute of the loader script,
/// and the id of the data block that carries it here (`src/extractor.rs`, `src/texts.rs`).
const ON_DEMAND_BLOCKS: [(&str, &str); 2] =
    [("data-extractor", "atlas-extractor"), ("data-texts", "atlas-texts")];

/// Writes `dist/stance-atlas.html` from the other files of `dist/`.
pub fn write(dist: &Path) -> Result<(), String> {
    let index = dist.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let single = inline(&html, &|name| {
        let path = dist.join(name.trim_start_matches("./"));
        std::fs::read(&path).map_err(|e| format!("{}: {e} (named by {})", path.display(), index.display()))
    })?;
    let out = dist.join(FILE_NAME);
    std::fs::write(&out, single).map_err(|e| format!("{}: {e}", out.display()))?;
    println!("xtask: wrote {} (opens from disk, no network)", out.display());
    Ok(())
}

/// Reads a file of the site by the relative URL the page names it with.
type ReadAsset<'a> = dyn Fn(&str) -> Result<Vec<u8>, String> + 'a;

/// The page with every local resource inlined, in one lol_html pass, then the CSP rewritten to
/// the hashes of the final page's inline scripts and styles.
fn inline(html: &str, read: &ReadAsset) -> Result<String, String> {
    // Filled by the loader, written before </body> by its end tag handler (which lol_html wants
    // 'static).
    let blocks = Rc::new(RefCell::new(None::<String>));
    let placed = Rc::new(RefCell::new(false));
    let loaders = RefCell::new(0);
    let noscript = RefCell::new(String::new());
    let page = html::rewrite(
        html,
        vec![
            element!("link[rel]", |el| inline_link(el, read)),
            // The policy <meta> written anew (its content is set last, from the final page).
            element!("meta[http-equiv]", |el| {
                let policy = el.get_attribute("http-equiv").unwrap_or_default();
                if policy.eq_ignore_ascii_case("content-security-policy") {
                    el.replace(
                        "<meta http-equiv=\"Content-Security-Policy\" content=\"\">",
                        ContentType::Html,
                    );
                }
                Ok(())
            }),
            // What a browser without scripting shows: its stylesheet inlined too. lol_html reads
            // `<noscript>` as text (as a browser with scripting does), so it is rewritten whole.
            text!("noscript", |chunk| {
                noscript.borrow_mut().push_str(chunk.as_str());
                if chunk.last_in_text_node() {
                    let inner = std::mem::take(&mut *noscript.borrow_mut());
                    let inner =
                        html::rewrite(&inner, vec![element!("link[rel]", |el| inline_link(el, read))])?;
                    chunk.replace(&inner, ContentType::Html);
                } else {
                    chunk.remove();
                }
                Ok(())
            }),
            element!("script[data-wasm]", |el| {
                *loaders.borrow_mut() += 1;
                let glue_name = el.get_attribute("data-js").ok_or("the loader <script> has no data-js")?;
                let wasm_name = el.get_attribute("data-wasm").unwrap_or_default();
                let glue = text(read(&glue_name)?, &glue_name)?;
                let loader = loader(&glue)?;
                refuse_closing(&loader, "</script", &glue_name)?;
                el.replace(&format!("<script type=\"module\">{loader}</script>"), ContentType::Html);
                let block = |id: &str, bytes: Vec<u8>| {
                    format!(
                        "<script type=\"application/octet-stream\" id=\"{id}\">{}</script>",
                        BASE64.encode(bytes)
                    )
                };
                let mut data = block(WASM_BLOCK_ID, read(&wasm_name)?);
                for (attribute, id) in ON_DEMAND_BLOCKS {
                    if let Some(name) = el.get_attribute(attribute) {
                        data.push_str(&block(id, read(&name)?));
                    }
                }
                *blocks.borrow_mut() = Some(data);
                Ok(())
            }),
            element!("body", |el| {
                let (blocks, placed) = (Rc::clone(&blocks), Rc::clone(&placed));
                let at_end: lol_html::EndTagHandler<'static> = Box::new(move |end| {
                    if let Some(blocks) = blocks.borrow_mut().take() {
                        end.before(&blocks, ContentType::Html);
                        *placed.borrow_mut() = true;
                    }
                    Ok(())
                });
                el.on_end_tag(at_end)?;
                Ok(())
            }),
        ],
    )?;
    match loaders.into_inner() {
        0 => return Err("index.html has no loader <script data-wasm=…> (was it built by trunk?)".into()),
        1 => {}
        n => return Err(format!("index.html has {n} loader <script data-wasm=…>s")),
    }
    if !*placed.borrow() {
        return Err("index.html has no </body> to put the data blocks before".into());
    }
    html::with_policy(&page, |_, scripts, styles| Ok(csp(scripts, styles)))
        .map_err(|e| format!("index.html: {e} to carry over"))
}

/// A `<link>` of the page inlined: a stylesheet as a `<style>`, the icon as a `data:` URI; the
/// preloads of the wasm and the glue go (both are inlined).
fn inline_link(el: &mut lol_html::html_content::Element, read: &ReadAsset) -> Result<(), html::HandlerError> {
    match el.get_attribute("rel").unwrap_or_default().to_ascii_lowercase().as_str() {
        "stylesheet" | "css" => {
            let href = el.get_attribute("href").ok_or("a stylesheet <link> has no href")?;
            let css = text(read(&href)?, &href)?;
            refuse_closing(&css, "</style", &href)?;
            el.replace(&format!("<style>{css}</style>"), ContentType::Html);
        }
        "icon" => {
            let href = el.get_attribute("href").ok_or("an icon <link> has no href")?;
            let kind = el.get_attribute("type").unwrap_or_else(|| {
                if href.ends_with(".png") { "image/png" } else { "image/svg+xml" }.to_string()
            });
            let data = BASE64.encode(read(&href)?);
            el.replace(
                &format!("<link rel=\"icon\" type=\"{kind}\" href=\"data:{kind};base64,{data}\">"),
                ContentType::Html,
            );
        }
        "preload" | "modulepreload" => el.remove(),
        _ => {}
    }
    Ok(())
}

/// The policy of the single file: nothing from anywhere, except the inline parts by hash (their
/// `'sha256-…'` sources), wasm compilation, and images as `data:` URIs (the favicon).
fn csp(scripts: &[String], styles: &[String]) -> String {
    format!(
        "default-src 'none'; script-src {} 'wasm-unsafe-eval'; style-src {}; img-src data:; \
         object-src 'none'; base-uri 'none'; form-action 'none'",
        scripts.join(" "),
        styles.join(" ")
    )
}

/// The glue turned into the page's loader: its default export (the async initialiser) is
/// called with the inlined bytes; a failure shows the same message as `assets/boot.js`.
fn loader(glue: &str) -> Result<String, String> {
    let init =
        default_export(glue).ok_or("the wasm-bindgen glue has no default export to start the app with")?;
    Ok(format!(
        "{glue}\n\
         {{const block=document.getElementById('{WASM_BLOCK_ID}');\
         try{{const raw=atob(block.textContent.trim());const bytes=new Uint8Array(raw.length);\
         for(let i=0;i<raw.length;i++)bytes[i]=raw.charCodeAt(i);block.remove();\
         if(document.querySelector('.prerender')&&!document.documentElement.classList.contains('painted'))\
         await new Promise(r=>{{document.addEventListener('atlas:painted',r,{{once:true}});setTimeout(r,3000);}});\
         await {init}({{module_or_path:bytes}});}}\
         catch(error){{document.querySelector('.prerender')?.remove();const loading=document.getElementById('loading');\
         if(loading){{loading.textContent='The map could not be started in this browser. Please try a recent version of Firefox, Chrome, Safari or Edge.';\
         loading.classList.add('loading-failed');}}throw error;}}}}\n"
    ))
}

/// The local name of the module's default export: `export default NAME;` or
/// `export { NAME as default, … }` (how minifiers write it).
fn default_export(js: &str) -> Option<String> {
    let ident = |s: &str| {
        let s = s.trim_start();
        let end = s.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$')).unwrap_or(s.len());
        (end > 0).then(|| s[..end].to_string())
    };
    if let Some(at) = js.find("export default ") {
        return ident(&js[at + "export default ".len()..]);
    }
    let mut from = 0;
    while let Some(at) = js[from..].find("export") {
        let start = from + at + "export".len();
        let clause = js[start..].trim_start();
        if let Some(inner) = clause.strip_prefix('{') {
            let inner = &inner[..inner.find('}')?];
            for item in inner.split(',') {
                let mut words = item.split_whitespace();
                if let (Some(local), Some("as"), Some("default")) = (words.next(), words.next(), words.next())
                {
                    return Some(local.to_string());
                }
            }
        }
        from = start;
    }
    None
}

pub(crate) fn text(bytes: Vec<u8>, name: &str) -> Result<String, String> {
    String::from_utf8(bytes).map_err(|_| format!("{name} is not UTF-8"))
}

/// Inline text may not close its own element early.
pub(crate) fn refuse_closing(text: &str, closing: &str, name: &str) -> Result<(), String> {
    if text.to_ascii_lowercase().contains(closing) {
        Err(format!("{name} contains `{closing}` and cannot be inlined"))
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::sha256_base64;

    const GLUE: &str =
        "let wasm;async function __wbg_init(m){return m}export{initSync};export default __wbg_init;";

    fn page(head: &str) -> String {
        format!(
            "<!doctype html><html><head>{head}</head><body><div id=app></div>\
             <script type=module src=./boot.js data-js=./app.js data-wasm=./app_bg.wasm \
             data-extractor=./atlas-extractor-0123.wasm data-texts=./atlas-texts-4567.txt></script></body></html>"
        )
    }

    fn assets(name: &str) -> Result<Vec<u8>, String> {
        match name {
            "./app.js" => Ok(GLUE.into()),
            "./app_bg.wasm" => Ok(vec![0, 97, 115, 109, 1, 0, 0, 0]),
            "./atlas-extractor-0123.wasm" => Ok(vec![0, 97, 115, 109, 1, 0, 0, 1]),
            "./atlas-texts-4567.txt" => Ok("Señor".into()),
            "./app.css" => Ok(b"body{color:red}".to_vec()),
            "./favicon.svg" => Ok(b"<svg/>".to_vec()),
            "./noscript.css" => Ok(b".loading{display:none}".to_vec()),
            other => Err(format!("no {other}")),
        }
    }

    #[test]
    fn inline_scripts_and_styles_of_the_page_stay_and_are_allowed_by_their_hashes() {
        let html = page(
            "<meta http-equiv=Content-Security-Policy content=\"default-src 'self'\"><script>check()</script>\
             <style>p{margin:0}</style>",
        );
        let out = inline(&html, &assets).unwrap();
        assert!(out.contains("<script>check()</script>"), "{out}");
        assert!(out.contains("<style>p{margin:0}</style>"), "{out}");
        assert!(out.contains(&format!("'sha256-{}'", sha256_base64("check()"))), "{out}");
        assert!(out.contains(&format!("'sha256-{}'", sha256_base64("p{margin:0}"))), "{out}");
    }

    #[test]
    fn every_local_resource_is_inlined_and_allowed_by_its_hash() {
        let html = page(
            "<meta http-equiv=Content-Security-Policy content=\"default-src 'self'\">\
             <link rel=stylesheet href=./app.css><link rel=\"icon\" href=\"./favicon.svg\" type=\"image/svg+xml\">\
             <link rel=preload href=./app_bg.wasm as=fetch><link rel=modulepreload href=./app.js>\
             <noscript><link href=./noscript.css rel=stylesheet></noscript>",
        );
        let out = inline(&html, &assets).unwrap();
        for gone in [
            "./app.css",
            "./favicon.svg",
            "./noscript.css",
            "./app_bg.wasm",
            "./app.js",
            "boot.js",
            "atlas-extractor-0123",
            "atlas-texts-4567",
            "default-src 'self'",
        ] {
            assert!(!out.contains(gone), "{gone} is still referenced:\n{out}");
        }
        assert!(out.contains("<style>body{color:red}</style>"));
        assert!(out.contains("<noscript><style>.loading{display:none}</style></noscript>"), "{out}");
        assert!(out.contains(&format!("'sha256-{}'", sha256_base64(".loading{display:none}"))), "{out}");
        assert!(out.contains("href=\"data:image/svg+xml;base64,PHN2Zy8+\""));
        assert!(out.contains("id=\"atlas-wasm\">AGFzbQEAAAA=</script>"));
        assert!(
            out.contains("id=\"atlas-extractor\">AGFzbQEAAAE=</script>"),
            "the extractor is a data block"
        );
        assert!(out.contains("id=\"atlas-texts\">U2XDsW9y</script>"), "the texts are a data block");
        assert!(out.contains("await __wbg_init({module_or_path:bytes})"));
        assert!(out.contains(&format!("'sha256-{}'", sha256_base64("body{color:red}"))));
        assert!(!out.contains("unsafe-inline"));
        assert!(out.contains(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src"
        ));
        let script = out.split("<script type=\"module\">").nth(1).unwrap().split("</script>").next().unwrap();
        assert!(out.contains(&format!("script-src 'sha256-{}' 'wasm-unsafe-eval'", sha256_base64(script))));
    }

    #[test]
    fn the_default_export_is_found_however_the_glue_writes_it() {
        let cases = [
            ("export default __wbg_init;", Some("__wbg_init")),
            ("function a(){}export{b as initSync,a as default};", Some("a")),
            ("export { initSync, q as default }", Some("q")),
            ("export{initSync};", None),
        ];
        for (js, expected) in cases {
            assert_eq!(default_export(js).as_deref(), expected, "{js}");
        }
    }

    #[test]
    fn a_page_without_its_loader_or_policy_is_an_error_not_a_broken_file() {
        let no_loader =
            "<html><head><meta http-equiv=Content-Security-Policy content=x></head><body></body></html>";
        assert!(inline(no_loader, &assets).unwrap_err().contains("loader"));
        assert!(inline(&page(""), &assets).unwrap_err().contains("Content-Security-Policy"));
        let missing =
            page("<meta http-equiv=Content-Security-Policy content=x><link rel=stylesheet href=./gone.css>");
        assert!(inline(&missing, &assets).unwrap_err().contains("gone.css"));
    }
}
