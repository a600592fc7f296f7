//! `dist/stance-atlas.html`: the built site as one self-contained file that works from disk
//! (`file://`) with the network off, for e-mailing a demo or a classroom (issue 5).
//!
//! It is made from trunk's output, not from a second build: the stylesheets become `<style>`,
//! the favicon a `data:` URI, the wasm a base64 data block, and the wasm-bindgen glue an inline
//! module that instantiates from those bytes instead of fetching. The files the hosted page
//! fetches on demand (the extractor module, the articles' whole texts) become data blocks the app
//! reads when it needs them. The Content-Security-Policy stays strict: every inline script and style is allowed by its sha256 hash, never by
//! `'unsafe-inline'`.

use base64::{engine::general_purpose::STANDARD as BASE64, Engine as _};
use sha2::{Digest, Sha256};
use std::path::Path;

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

/// The page with every local resource inlined and the CSP rewritten to hashes.
fn inline(html: &str, read: &ReadAsset) -> Result<String, String> {
    let mut out = String::with_capacity(html.len());
    let mut scripts = Vec::new();
    let mut styles = Vec::new();
    let mut wasm_block = None;
    let mut on_demand_blocks = Vec::new();
    let mut csp_at = None;
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        rest = &rest[open..];
        let Some(tag) = Tag::parse(rest) else {
            out.push('<');
            rest = &rest[1..];
            continue;
        };
        rest = &rest[tag.len..];
        match tag.name.as_str() {
            "meta"
                if tag
                    .attr("http-equiv")
                    .is_some_and(|v| v.eq_ignore_ascii_case("content-security-policy")) =>
            {
                csp_at = Some(out.len());
            }
            "link" => match tag.attr("rel").unwrap_or("").to_ascii_lowercase().as_str() {
                "stylesheet" | "css" => {
                    let href = tag.attr("href").ok_or("a stylesheet <link> has no href")?;
                    let css = text(read(href)?, href)?;
                    refuse_closing(&css, "</style", href)?;
                    out.push_str(&format!("<style>{css}</style>"));
                    styles.push(css);
                }
                "icon" => {
                    let href = tag.attr("href").ok_or("an icon <link> has no href")?;
                    let kind = tag.attr("type").unwrap_or(if href.ends_with(".png") {
                        "image/png"
                    } else {
                        "image/svg+xml"
                    });
                    let data = BASE64.encode(read(href)?);
                    out.push_str(&format!(
                        "<link rel=\"icon\" type=\"{kind}\" href=\"data:{kind};base64,{data}\">"
                    ));
                }
                // Preloads of the wasm and the glue: both are inlined now.
                "preload" | "modulepreload" => {}
                _ => out.push_str(tag.source),
            },
            "script" if tag.attr("data-wasm").is_some() => {
                let close = rest.find("</script>").ok_or("the loader <script> is not closed")?;
                rest = &rest[close + "</script>".len()..];
                let glue_name = tag.attr("data-js").ok_or("the loader <script> has no data-js")?;
                let wasm_name = tag.attr("data-wasm").unwrap_or_default();
                let glue = text(read(glue_name)?, glue_name)?;
                let loader = loader(&glue)?;
                refuse_closing(&loader, "</script", glue_name)?;
                out.push_str(&format!("<script type=\"module\">{loader}</script>"));
                scripts.push(loader);
                wasm_block = Some(BASE64.encode(read(wasm_name)?));
                for (attribute, id) in ON_DEMAND_BLOCKS {
                    if let Some(name) = tag.attr(attribute) {
                        on_demand_blocks.push((id, BASE64.encode(read(name)?)));
                    }
                }
            }
            // Inline styles and scripts of the page itself (the prerender's CSS and view check):
            // kept as they are, and allowed by their hashes like the ones inlined here.
            "style" => {
                styles.push(keep_inline(&mut out, &mut rest, &tag, "</style>")?);
            }
            "script" if tag.attr("src").is_none() => {
                scripts.push(keep_inline(&mut out, &mut rest, &tag, "</script>")?);
            }
            _ => out.push_str(tag.source),
        }
    }
    out.push_str(rest);

    let wasm = wasm_block.ok_or("index.html has no loader <script data-wasm=…> (was it built by trunk?)")?;
    let mut blocks =
        format!("<script type=\"application/octet-stream\" id=\"{WASM_BLOCK_ID}\">{wasm}</script>");
    for (id, data) in on_demand_blocks {
        blocks.push_str(&format!("<script type=\"application/octet-stream\" id=\"{id}\">{data}</script>"));
    }
    let body_end = out.rfind("</body>").unwrap_or(out.len());
    out.insert_str(body_end, &blocks);
    let csp_at = csp_at.ok_or("index.html has no Content-Security-Policy <meta> to carry over")?;
    out.insert_str(
        csp_at,
        &format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">", csp(&scripts, &styles)),
    );
    Ok(out)
}

/// Copies an inline element (its start tag, text and `closing` tag) from `rest` to `out`, and
/// returns its text, for the policy to allow by hash.
fn keep_inline(out: &mut String, rest: &mut &str, tag: &Tag, closing: &str) -> Result<String, String> {
    let close = rest.find(closing).ok_or_else(|| format!("an inline <{}> is not closed", tag.name))?;
    let text = rest[..close].to_string();
    out.push_str(tag.source);
    out.push_str(&rest[..close + closing.len()]);
    *rest = &rest[close + closing.len()..];
    Ok(text)
}

/// The policy of the single file: nothing from anywhere, except the inline parts by hash, wasm
/// compilation, and images as `data:` URIs (the favicon).
fn csp(scripts: &[String], styles: &[String]) -> String {
    let hashes = |parts: &[String]| {
        parts.iter().map(|p| format!("'sha256-{}'", sha256_base64(p))).collect::<Vec<_>>().join(" ")
    };
    format!(
        "default-src 'none'; script-src {} 'wasm-unsafe-eval'; style-src {}; img-src data:; \
         object-src 'none'; base-uri 'none'; form-action 'none'",
        hashes(scripts),
        hashes(styles)
    )
}

/// The CSP source-expression hash of an inline element's text.
pub(crate) fn sha256_base64(text: &str) -> String {
    BASE64.encode(Sha256::digest(text.as_bytes()))
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

/// An HTML start tag: its lower-case name, attributes and source text.
pub(crate) struct Tag<'h> {
    pub(crate) name: String,
    attrs: Vec<(String, String)>,
    pub(crate) source: &'h str,
    pub(crate) len: usize,
}

impl<'h> Tag<'h> {
    /// Parses the start tag at the beginning of `html` (quoted, single-quoted and unquoted
    /// attribute values, as minified HTML has them); `None` for anything else.
    pub(crate) fn parse(html: &'h str) -> Option<Tag<'h>> {
        let bytes = html.as_bytes();
        let mut i = 1;
        let name_end = html[i..].find(|c: char| c.is_whitespace() || c == '>' || c == '/').map(|e| e + i)?;
        let name = html[i..name_end].to_ascii_lowercase();
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric()) {
            return None;
        }
        i = name_end;
        let mut attrs = Vec::new();
        loop {
            while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
                i += 1;
            }
            if i >= bytes.len() {
                return None;
            }
            if bytes[i] == b'>' {
                i += 1;
                break;
            }
            let key_end =
                html[i..].find(|c: char| c.is_whitespace() || c == '=' || c == '>').map(|e| e + i)?;
            let key = html[i..key_end].to_ascii_lowercase();
            i = key_end;
            let mut value = String::new();
            if bytes.get(i) == Some(&b'=') {
                i += 1;
                match bytes.get(i) {
                    Some(&q @ (b'"' | b'\'')) => {
                        let end = html[i + 1..].find(q as char)? + i + 1;
                        value = html[i + 1..end].to_string();
                        i = end + 1;
                    }
                    _ => {
                        let end = html[i..].find(|c: char| c.is_whitespace() || c == '>').map(|e| e + i)?;
                        value = html[i..end].to_string();
                        i = end;
                    }
                }
            }
            attrs.push((key, value.replace("&amp;", "&").replace("&quot;", "\"")));
        }
        Some(Tag { name, attrs, source: &html[..i], len: i })
    }

    pub(crate) fn attr(&self, key: &str) -> Option<&str> {
        self.attrs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
             <link rel=preload href=./app_bg.wasm as=fetch><link rel=modulepreload href=./app.js>",
        );
        let out = inline(&html, &assets).unwrap();
        for gone in [
            "./app.css",
            "./favicon.svg",
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

    #[test]
    fn tags_parse_with_any_quoting() {
        let tag = Tag::parse("<link rel=icon href='./a b.svg' data-x=\"1&amp;2\" defer>rest").unwrap();
        assert_eq!(
            (tag.name.as_str(), tag.attr("rel"), tag.attr("href")),
            ("link", Some("icon"), Some("./a b.svg"))
        );
        assert_eq!((tag.attr("data-x"), tag.attr("defer")), (Some("1&2"), Some("")));
        assert_eq!(&"<link rel=icon href='./a b.svg' data-x=\"1&amp;2\" defer>rest"[tag.len..], "rest");
        assert!(Tag::parse("<!doctype html>").is_none());
        assert!(Tag::parse("</head>").is_none());
        assert!(Tag::parse("<a href=\"unclosed").is_none());
    }
}
