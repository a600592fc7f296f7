//! Short names for the bindings between the app's wasm and its wasm-bindgen glue.
//!
//! wasm-bindgen names each import after the JS it calls plus a 16-digit hash
//! (`__wbg_addEventListener_847fd86b8c33ec43`), and both files carry every name: about 200 of
//! them, whose hashes brotli cannot shrink. The `stage` hook of a release build renames every
//! import and export the glue mentions to a short name, in the wasm's import and export sections
//! and in the glue alike (the stage hook then sets both `integrity` values from the new bytes). Measured on the seed
//! build: 4.7 KiB brotli less (`cargo xtask size`).
//!
//! Then wasm-opt runs once more over the renamed wasm (`--converge -Oz`): after trunk's passes,
//! which end in `--reorder-functions-by-name`, another round still finds about 0.5 KiB brotli to
//! take off (measured on the seed build with `cargo xtask size`).
//!
//! The glue must already be minified (`crate::glue`): the rename is by identifier, and the
//! minifier leaves only property names (the imports object's keys, `wasm.name`) spelled as the
//! wasm's names.

use crate::glue::page_attr;
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// Renames the bindings of the page in `staging` (its loader's `data-js` and `data-wasm`).
pub fn shorten(staging: &Path) -> Result<(), String> {
    let index = staging.join("index.html");
    let read = |path: &Path| std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()));
    let html = String::from_utf8(read(&index)?).map_err(|e| format!("{}: {e}", index.display()))?;
    let file = |attr: &str| -> Result<std::path::PathBuf, String> {
        let name = page_attr(&html, attr)?.ok_or(format!("the page's loader names no {attr}"))?;
        Ok(staging.join(name.trim_start_matches("./")))
    };
    let (glue_path, wasm_path) = (file("data-js")?, file("data-wasm")?);
    let glue = String::from_utf8(read(&glue_path)?).map_err(|e| format!("{}: {e}", glue_path.display()))?;
    let wasm = read(&wasm_path)?;

    let (new_glue, new_wasm, renamed) =
        rename(&glue, &wasm).map_err(|e| format!("{}: {e}", wasm_path.display()))?;
    let new_wasm = optimised(&new_wasm, staging)?;
    let write = |path: &Path, bytes: &[u8]| {
        std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
    };
    write(&glue_path, new_glue.as_bytes())?;
    write(&wasm_path, &new_wasm)?;
    println!(
        "xtask: {renamed} bindings renamed ({} -> {} bytes of glue, {} -> {} bytes of wasm)",
        glue.len(),
        new_glue.len(),
        wasm.len(),
        new_wasm.len()
    );
    Ok(())
}

/// `wasm` after another round of wasm-opt `--converge -Oz`, with the features Rust's wasm32 target
/// emits (the module carries no target-features section to read them from).
fn optimised(wasm: &[u8], staging: &Path) -> Result<Vec<u8>, String> {
    let path = staging.join("atlas-optimising.wasm");
    std::fs::write(&path, wasm).map_err(|e| format!("{}: {e}", path.display()))?;
    let file = path.to_string_lossy();
    let features = [
        "--enable-bulk-memory",
        "--enable-nontrapping-float-to-int",
        "--enable-sign-ext",
        "--enable-mutable-globals",
        "--enable-reference-types",
        "--enable-multivalue",
    ];
    let mut args = vec!["--converge", "-Oz"];
    args.extend(features);
    args.extend([&*file, "-o", &*file]);
    let run = crate::cmd::new(&crate::cmd::local_tools_bin().join("wasm-opt").to_string_lossy(), &args).run();
    let out = run.and_then(|()| std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display())));
    let _ = std::fs::remove_file(&path);
    out
}

/// The glue and the wasm with every import and export name that the glue spells as an identifier
/// renamed, and how many were.
fn rename(glue: &str, wasm: &[u8]) -> Result<(String, Vec<u8>, usize), String> {
    let module = Module::parse(wasm)?;
    let in_glue: HashSet<&str> = identifiers(glue).map(|(_, id)| id).collect();
    let mut short = short_names(&in_glue);
    let mut names: HashMap<String, String> = HashMap::new();
    for name in module.imports.iter().map(|i| &i.name).chain(module.exports.iter().map(|e| &e.name)) {
        if generated(name) && in_glue.contains(name.as_str()) && !names.contains_key(name) {
            names.insert(name.clone(), short.next().ok_or("out of short names")?);
        }
    }
    let mut out = String::with_capacity(glue.len());
    let mut at = 0;
    for (start, id) in identifiers(glue) {
        if let Some(new) = names.get(id) {
            out.push_str(&glue[at..start]);
            out.push_str(new);
            at = start + id.len();
        }
    }
    out.push_str(&glue[at..]);
    Ok((out, module.encode(&names), names.len()))
}

/// Whether wasm-bindgen made up `name` (`__wbg_…`, `__wbindgen_…`, `__externref_…`,
/// `wasm_bindgen__convert__…`): plain words such as `memory` or `main` keep their names, as the
/// glue may spell them for something else too.
fn generated(name: &str) -> bool {
    name.starts_with("__") || name.starts_with("wasm_bindgen__")
}

/// Every identifier-like word of `js` (letters, digits, `_`, `$`, not starting with a digit), with
/// its byte offset. Strings and comments are not told apart: a name the wasm binds is renamed
/// wherever the glue spells it.
fn identifiers(js: &str) -> impl Iterator<Item = (usize, &str)> {
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b == b'$';
    let bytes = js.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            if word(bytes[i]) {
                let start = i;
                while i < bytes.len() && word(bytes[i]) {
                    i += 1;
                }
                if !bytes[start].is_ascii_digit() {
                    return Some((start, &js[start..i]));
                }
            } else {
                i += 1;
            }
        }
        None
    })
}

/// Identifiers of one, then two, then three letters, skipping any the glue already uses.
fn short_names<'a>(taken: &'a HashSet<&str>) -> impl Iterator<Item = String> + 'a {
    const FIRST: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const REST: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    let one = FIRST.iter().map(|&a| String::from(a as char));
    let two = FIRST.iter().flat_map(|&a| REST.iter().map(move |&b| format!("{}{}", a as char, b as char)));
    let three = FIRST.iter().flat_map(|&a| {
        REST.iter()
            .flat_map(move |&b| REST.iter().map(move |&c| format!("{}{}{}", a as char, b as char, c as char)))
    });
    one.chain(two).chain(three).filter(|name| !taken.contains(name.as_str()))
}

/// A wasm module as a list of sections, with its imports and exports read out.
struct Module<'w> {
    sections: Vec<(u8, &'w [u8])>,
    imports: Vec<Import<'w>>,
    exports: Vec<Export<'w>>,
}

struct Import<'w> {
    module: &'w [u8],
    name: String,
    /// The import's kind and type, as the module spells them.
    desc: &'w [u8],
}

struct Export<'w> {
    name: String,
    /// The export's kind and index.
    desc: &'w [u8],
}

const IMPORTS: u8 = 2;
const EXPORTS: u8 = 7;

impl<'w> Module<'w> {
    fn parse(wasm: &'w [u8]) -> Result<Module<'w>, String> {
        if wasm.get(..8) != Some(b"\0asm\x01\0\0\0".as_slice()) {
            return Err("not a wasm module (version 1)".into());
        }
        let mut r = Reader { bytes: wasm, at: 8 };
        let mut module = Module { sections: Vec::new(), imports: Vec::new(), exports: Vec::new() };
        while r.at < wasm.len() {
            let id = r.byte()?;
            let len = r.u32()? as usize;
            let body = r.take(len)?;
            let mut s = Reader { bytes: body, at: 0 };
            match id {
                IMPORTS => {
                    for _ in 0..s.u32()? {
                        let module_name = s.name()?;
                        let name = s.string()?;
                        let start = s.at;
                        s.import_desc()?;
                        module.imports.push(Import { module: module_name, name, desc: &body[start..s.at] });
                    }
                }
                EXPORTS => {
                    for _ in 0..s.u32()? {
                        let name = s.string()?;
                        let start = s.at;
                        s.byte()?;
                        s.u32()?;
                        module.exports.push(Export { name, desc: &body[start..s.at] });
                    }
                }
                _ => {}
            }
            if matches!(id, IMPORTS | EXPORTS) && s.at != body.len() {
                return Err(format!("section {id} has {} bytes after its entries", body.len() - s.at));
            }
            module.sections.push((id, body));
        }
        Ok(module)
    }

    /// The module again, its import and export names renamed by `names`; every other section
    /// byte for byte.
    fn encode(&self, names: &HashMap<String, String>) -> Vec<u8> {
        let renamed = |name: &String| names.get(name).unwrap_or(name).as_bytes().to_vec();
        let mut out = b"\0asm\x01\0\0\0".to_vec();
        for &(id, body) in &self.sections {
            let body = match id {
                IMPORTS => {
                    let mut s = leb(self.imports.len() as u32);
                    for i in &self.imports {
                        push_name(&mut s, i.module);
                        push_name(&mut s, &renamed(&i.name));
                        s.extend_from_slice(i.desc);
                    }
                    s
                }
                EXPORTS => {
                    let mut s = leb(self.exports.len() as u32);
                    for e in &self.exports {
                        push_name(&mut s, &renamed(&e.name));
                        s.extend_from_slice(e.desc);
                    }
                    s
                }
                _ => body.to_vec(),
            };
            out.push(id);
            out.extend(leb(body.len() as u32));
            out.extend(body);
        }
        out
    }
}

fn leb(mut v: u32) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return out;
        }
        out.push(byte | 0x80);
    }
}

fn push_name(out: &mut Vec<u8>, name: &[u8]) {
    out.extend(leb(name.len() as u32));
    out.extend_from_slice(name);
}

struct Reader<'w> {
    bytes: &'w [u8],
    at: usize,
}

impl<'w> Reader<'w> {
    fn byte(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?[0])
    }

    fn take(&mut self, n: usize) -> Result<&'w [u8], String> {
        let end = self.at.checked_add(n).filter(|&end| end <= self.bytes.len());
        let end = end.ok_or_else(|| format!("the module ends inside an entry at byte {}", self.at))?;
        let taken = &self.bytes[self.at..end];
        self.at = end;
        Ok(taken)
    }

    fn u32(&mut self) -> Result<u32, String> {
        let mut value: u64 = 0;
        for shift in (0..35).step_by(7) {
            let byte = self.byte()?;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return u32::try_from(value).map_err(|_| format!("a number past u32 at byte {}", self.at));
            }
        }
        Err(format!("a number longer than 5 bytes at byte {}", self.at))
    }

    fn name(&mut self) -> Result<&'w [u8], String> {
        let len = self.u32()? as usize;
        self.take(len)
    }

    fn string(&mut self) -> Result<String, String> {
        let at = self.at;
        String::from_utf8(self.name()?.to_vec()).map_err(|_| format!("a name that is not UTF-8 at byte {at}"))
    }

    /// Skips an import's kind and type: function, table, memory, global or tag.
    fn import_desc(&mut self) -> Result<(), String> {
        match self.byte()? {
            0 => self.u32().map(drop),
            1 => {
                self.value_type()?;
                self.limits()
            }
            2 => self.limits(),
            3 => {
                self.value_type()?;
                self.byte().map(drop)
            }
            4 => {
                self.byte()?;
                self.u32().map(drop)
            }
            kind => Err(format!("an import of unknown kind {kind} at byte {}", self.at - 1)),
        }
    }

    /// A number or reference type of one byte; the GC proposal's longer forms are refused.
    fn value_type(&mut self) -> Result<(), String> {
        match self.byte()? {
            0x6f | 0x70 | 0x7b..=0x7f => Ok(()),
            other => Err(format!("a value type {other:#x} this step does not know at byte {}", self.at - 1)),
        }
    }

    fn limits(&mut self) -> Result<(), String> {
        let flags = self.byte()?;
        if flags & !0b111 != 0 {
            return Err(format!("limits with flags {flags:#x} at byte {}", self.at - 1));
        }
        self.u64_leb()?;
        if flags & 1 == 1 {
            self.u64_leb()?;
        }
        Ok(())
    }

    fn u64_leb(&mut self) -> Result<(), String> {
        for _ in 0..10 {
            if self.byte()? & 0x80 == 0 {
                return Ok(());
            }
        }
        Err(format!("a number longer than 10 bytes at byte {}", self.at))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module importing a function `./g.js`.`__wbg_log_0123456789abcdef` and a memory, and
    /// exporting a function `__wbindgen_malloc`, a global `__keep` and a memory `memory`.
    fn module() -> Vec<u8> {
        let mut imports = leb(2);
        push_name(&mut imports, b"./g.js");
        push_name(&mut imports, b"__wbg_log_0123456789abcdef");
        imports.extend([0, 0]);
        push_name(&mut imports, b"./g.js");
        push_name(&mut imports, b"__mem");
        imports.extend([2, 1, 1, 0x80, 0x02]);
        let mut exports = leb(3);
        push_name(&mut exports, b"__wbindgen_malloc");
        exports.extend([0, 1]);
        push_name(&mut exports, b"__keep");
        exports.extend([3, 0]);
        push_name(&mut exports, b"memory");
        exports.extend([2, 0]);
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        for (id, body) in [(1u8, vec![1, 0x60, 0, 0]), (IMPORTS, imports), (EXPORTS, exports)] {
            wasm.push(id);
            wasm.extend(leb(body.len() as u32));
            wasm.extend(body);
        }
        wasm
    }

    #[test]
    fn names_the_glue_spells_are_shortened_in_both_files() {
        let glue = "const i={__wbg_log_0123456789abcdef:function(a){console.log(a)}};\
            let w;const p=w.__wbindgen_malloc(8),q=w.memory;const s=\"__mem\";";
        let (new_glue, new_wasm, renamed) = rename(glue, &module()).unwrap();
        // `__mem` is spelled (if only in a string), `__keep` not at all, `memory` is not a name
        // wasm-bindgen made up: the last two keep their names.
        assert_eq!(renamed, 3);
        assert!(!new_glue.contains("__wbg_log") && !new_glue.contains("__wbindgen_malloc"), "{new_glue}");
        let again = Module::parse(&new_wasm).unwrap();
        let names: Vec<&str> = again
            .imports
            .iter()
            .map(|i| i.name.as_str())
            .chain(again.exports.iter().map(|e| e.name.as_str()))
            .collect();
        assert_eq!(names[3..], ["__keep", "memory"]);
        assert!(new_glue.contains("q=w.memory;"), "{new_glue}");
        for name in &names[..3] {
            assert!(name.len() <= 2, "{name}");
            assert!(identifiers(&new_glue).any(|(_, id)| id == *name), "{name} not in {new_glue}");
            // Never a name the glue already used for something else.
            assert!(!identifiers(glue).any(|(_, id)| id == *name), "{name}");
        }
        // Kinds and types are copied: the memory's limits, the global's index.
        assert_eq!(again.imports[1].desc, [2, 1, 1, 0x80, 0x02]);
        assert_eq!(again.exports[1].desc, [3, 0]);
        assert_eq!(again.sections[0], (1, [1, 0x60, 0, 0].as_slice()));
    }

    #[test]
    fn a_broken_module_is_refused_with_where() {
        assert!(Module::parse(b"\0asm\x02\0\0\0").err().unwrap().contains("version 1"));
        let mut cut = module();
        cut.truncate(cut.len() - 3);
        assert!(Module::parse(&cut).err().unwrap().contains("ends inside"));
    }

    #[test]
    fn identifiers_skip_numbers_and_punctuation() {
        let ids: Vec<&str> = identifiers("a.b1=$c+2e3;_d(\"x y\")").map(|(_, id)| id).collect();
        assert_eq!(ids, ["a", "b1", "$c", "_d", "x", "y"]);
    }
}
