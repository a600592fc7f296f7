//! HTML read and edited with a real HTML rewriter (`lol_html`), never by substring search.
//!
//! Every output page is edited in one rewriting pass ([`rewrite`]); its Content-Security-Policy
//! hashes are computed once, last, from the final bytes ([`with_policy`]).

use base64::{engine::general_purpose::STANDARD as BASE64, Engine as _};
use lol_html::html_content::Element;
use lol_html::{element, rewrite_str, text, ElementContentHandlers, RewriteStrSettings, Selector};
use sha2::{Digest, Sha256};
use std::borrow::Cow;
use std::cell::RefCell;

pub use lol_html::html_content::ContentType;

/// A handler's error, as lol_html takes it.
pub type HandlerError = Box<dyn std::error::Error + Send + Sync>;

/// The element handlers of one pass.
pub type Handlers<'h> = Vec<(Cow<'h, Selector>, ElementContentHandlers<'h>)>;

/// `html` rewritten by `handlers` in one pass; a handler's error is the pass's.
pub fn rewrite(html: &str, handlers: Handlers<'_>) -> Result<String, String> {
    rewrite_str(html, RewriteStrSettings { element_content_handlers: handlers, ..RewriteStrSettings::new() })
        .map_err(|e| match e {
            lol_html::errors::RewritingError::ContentHandlerError(e) => e.to_string(),
            e => format!("the HTML could not be rewritten: {e}"),
        })
}

/// The start tag of `el` as a minifier writes it: its attributes in their order, each unquoted
/// where HTML allows, bare when empty. For moving an element, which lol_html cannot copy.
pub fn start_tag(el: &Element) -> String {
    let mut tag = format!("<{}", el.tag_name());
    for attr in el.attributes() {
        let (name, value) = (attr.name(), attr.value());
        tag.push(' ');
        tag.push_str(&name);
        if value.is_empty() {
            continue;
        }
        let plain = !value.contains(|c: char| c.is_ascii_whitespace() || "\"'=<>`".contains(c));
        if plain {
            tag.push_str(&format!("={value}"));
        } else if value.contains('"') {
            tag.push_str(&format!("='{value}'"));
        } else {
            tag.push_str(&format!("=\"{value}\""));
        }
    }
    tag.push('>');
    tag
}

/// The attribute `attr` of the first element `selector` matches.
pub fn attr(html: &str, selector: &str, attr: &str) -> Result<Option<String>, String> {
    let found = RefCell::new(None);
    rewrite(
        html,
        vec![element!(selector, |el| {
            let mut found = found.borrow_mut();
            if found.is_none() {
                *found = el.get_attribute(attr);
            }
            Ok(())
        })],
    )?;
    Ok(found.into_inner())
}

/// Whether an inline `<script>` of this type runs as script (a data block does not, and the
/// policy does not apply to it).
fn runs(el: &Element) -> bool {
    el.get_attribute("src").is_none()
        && el.get_attribute("type").is_none_or(|t| {
            let t = t.trim().to_ascii_lowercase();
            t.is_empty() || t == "module" || t == "text/javascript"
        })
}

/// The text of each inline script that runs and of each `<style>`, in document order.
pub fn inline_code(html: &str) -> Result<(Vec<String>, Vec<String>), String> {
    let scripts = RefCell::new(Vec::new());
    let styles = RefCell::new(Vec::new());
    let running = RefCell::new(false);
    // lol_html reads `<noscript>` as a browser with scripting does, as text: the styles in it
    // (which apply where scripting is off) are read from that text.
    let noscript = RefCell::new(String::new());
    rewrite(
        html,
        vec![
            element!("script", |el| {
                *running.borrow_mut() = runs(el);
                if runs(el) {
                    scripts.borrow_mut().push(String::new());
                }
                Ok(())
            }),
            text!("script", |chunk| {
                if *running.borrow() {
                    scripts.borrow_mut().last_mut().expect("an open script").push_str(chunk.as_str());
                }
                Ok(())
            }),
            element!("style", |_| {
                styles.borrow_mut().push(String::new());
                Ok(())
            }),
            text!("style", |chunk| {
                styles.borrow_mut().last_mut().expect("an open style").push_str(chunk.as_str());
                Ok(())
            }),
            text!("noscript", |chunk| {
                noscript.borrow_mut().push_str(chunk.as_str());
                if chunk.last_in_text_node() {
                    let (inner_scripts, inner_styles) =
                        inline_code(&std::mem::take(&mut *noscript.borrow_mut()))?;
                    scripts.borrow_mut().extend(inner_scripts);
                    styles.borrow_mut().extend(inner_styles);
                }
                Ok(())
            }),
        ],
    )?;
    Ok((scripts.into_inner(), styles.into_inner()))
}

/// `html` with its Content-Security-Policy `<meta>` set to what `policy` makes of the present
/// policy and the `'sha256-…'` sources of every inline script that runs and every `<style>` in
/// `html` (read from the final bytes: call this last).
pub fn with_policy(
    html: &str,
    policy: impl FnOnce(&str, &[String], &[String]) -> Result<String, String>,
) -> Result<String, String> {
    let (scripts, styles) = inline_code(html)?;
    let sources =
        |parts: &[String]| parts.iter().map(|p| format!("'sha256-{}'", sha256_base64(p))).collect::<Vec<_>>();
    let present = RefCell::new(Vec::new());
    let is_policy = |el: &Element| {
        el.get_attribute("http-equiv").is_some_and(|v| v.eq_ignore_ascii_case("content-security-policy"))
    };
    rewrite(
        html,
        vec![element!("meta[http-equiv]", |el| {
            if is_policy(el) {
                present.borrow_mut().push(el.get_attribute("content").unwrap_or_default());
            }
            Ok(())
        })],
    )?;
    let present = match present.into_inner().as_slice() {
        [one] => one.clone(),
        [] => return Err("the page has no Content-Security-Policy <meta>".into()),
        more => return Err(format!("the page has {} Content-Security-Policy <meta>s", more.len())),
    };
    let content = policy(&present, &sources(&scripts), &sources(&styles))?;
    rewrite(
        html,
        vec![element!("meta[http-equiv]", |el| {
            if is_policy(el) {
                el.set_attribute("content", &content)?;
            }
            Ok(())
        })],
    )
}

/// `policy` with `sources` added first to its `directive` (which it must have).
pub fn add_sources(policy: &str, directive: &str, sources: &[String]) -> Result<String, String> {
    let mut found = false;
    let directives: Vec<String> = policy
        .split(';')
        .map(|part| {
            let mut words = part.split_whitespace();
            if words.next() == Some(directive) {
                found = true;
                let rest: Vec<&str> = words.collect();
                let all: Vec<&str> = sources.iter().map(String::as_str).chain(rest).collect();
                format!("{}{directive} {}", if part.starts_with(' ') { " " } else { "" }, all.join(" "))
            } else {
                part.to_string()
            }
        })
        .collect();
    if !found {
        return Err(format!("the Content-Security-Policy has no {directive}"));
    }
    Ok(directives.join(";"))
}

/// The CSP source-expression hash of an inline element's text.
pub fn sha256_base64(text: &str) -> String {
    BASE64.encode(Sha256::digest(text.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_moved_tag_is_written_as_a_minifier_writes_it() {
        let tags = RefCell::new(Vec::new());
        rewrite(
            "<link crossorigin href=./a.js integrity=\"sha384-x\" rel=modulepreload data-n='a \"b\"' title=\"a b\">",
            vec![element!("link", |el| {
                tags.borrow_mut().push(start_tag(el));
                Ok(())
            })],
        )
        .unwrap();
        assert_eq!(
            tags.into_inner(),
            ["<link crossorigin href=./a.js integrity=sha384-x rel=modulepreload data-n='a \"b\"' title=\"a b\">"]
        );
    }

    #[test]
    fn the_policy_allows_every_inline_script_and_style_of_the_final_page_by_hash() {
        let page = "<html><head><meta http-equiv=Content-Security-Policy content=\"default-src 'self'; \
            script-src 'self'; style-src 'self'\"><script>go()</script><style>p{margin:0}</style>\
            <script src=./x.js></script><noscript><style>.a{b:c}</style></noscript></head><body><script type=module>a<b</script>\
            <script type=application/octet-stream id=data>AAAA</script></body></html>";
        assert_eq!(
            inline_code(page).unwrap(),
            (
                vec!["go()".to_string(), "a<b".to_string()],
                vec!["p{margin:0}".to_string(), ".a{b:c}".to_string()]
            )
        );
        let out = with_policy(page, |present, scripts, styles| {
            let policy = add_sources(present, "script-src", scripts)?;
            add_sources(&policy, "style-src", styles)
        })
        .unwrap();
        let (go, lt, p) = (sha256_base64("go()"), sha256_base64("a<b"), sha256_base64("p{margin:0}"));
        let a = sha256_base64(".a{b:c}");
        assert!(
            out.contains(&format!(
                "content=\"default-src 'self'; script-src 'sha256-{go}' 'sha256-{lt}' 'self'; style-src \
                 'sha256-{p}' 'sha256-{a}' 'self'\""
            )),
            "{out}"
        );
        assert!(with_policy("<p>no policy</p>", |_, _, _| Ok(String::new())).is_err());
        assert!(add_sources("default-src 'self'", "script-src", &[]).unwrap_err().contains("script-src"));
    }
}
