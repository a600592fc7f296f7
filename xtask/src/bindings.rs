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
use wasm_encoder::reencode::{Reencode, RoundtripReencoder};
use wasmparser::{Parser, Payload};

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
    for name in module.imports.iter().map(|i| i.name).chain(module.exports.iter().map(|e| e.name)) {
        if generated(name) && in_glue.contains(name) && !names.contains_key(name) {
            names.insert(name.to_string(), short.next().ok_or("out of short names")?);
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
    Ok((out, module.encode(&names)?, names.len()))
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

/// A wasm module with its imports and exports read out (wasmparser).
struct Module<'w> {
    wasm: &'w [u8],
    imports: Vec<wasmparser::Import<'w>>,
    exports: Vec<wasmparser::Export<'w>>,
}

impl<'w> Module<'w> {
    fn parse(wasm: &'w [u8]) -> Result<Module<'w>, String> {
        let mut module = Module { wasm, imports: Vec::new(), exports: Vec::new() };
        for payload in Parser::new(0).parse_all(wasm) {
            match payload.map_err(|e| e.to_string())? {
                Payload::ImportSection(reader) => {
                    for import in reader.into_imports() {
                        module.imports.push(import.map_err(|e| e.to_string())?);
                    }
                }
                Payload::ExportSection(reader) => {
                    for export in reader {
                        module.exports.push(export.map_err(|e| e.to_string())?);
                    }
                }
                _ => {}
            }
        }
        Ok(module)
    }

    /// The module again (wasm-encoder), its import and export names renamed by `names`; every
    /// other section byte for byte.
    fn encode(&self, names: &HashMap<String, String>) -> Result<Vec<u8>, String> {
        let renamed = |name: &'w str| names.get(name).map_or(name, String::as_str);
        let mut out = wasm_encoder::Module::new();
        for payload in Parser::new(0).parse_all(self.wasm) {
            match payload.map_err(|e| e.to_string())? {
                Payload::ImportSection(_) => {
                    let mut section = wasm_encoder::ImportSection::new();
                    for import in &self.imports {
                        let ty = RoundtripReencoder.entity_type(import.ty).map_err(|e| e.to_string())?;
                        section.import(import.module, renamed(import.name), ty);
                    }
                    out.section(&section);
                }
                Payload::ExportSection(_) => {
                    let mut section = wasm_encoder::ExportSection::new();
                    for export in &self.exports {
                        let kind = RoundtripReencoder.export_kind(export.kind).map_err(|e| e.to_string())?;
                        section.export(renamed(export.name), kind, export.index);
                    }
                    out.section(&section);
                }
                // Every other section (the code section once, not its entries) as it is.
                payload => {
                    if let Some((id, range)) = payload.as_section() {
                        out.section(&wasm_encoder::RawSection { id, data: &self.wasm[range] });
                    }
                }
            }
        }
        Ok(out.finish())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use wasm_encoder::{
        EntityType, ExportKind, ExportSection, FunctionSection, GlobalSection, GlobalType, ImportSection,
        MemoryType, TypeSection, ValType,
    };

    /// A module importing a function `./g.js`.`__wbg_log_0123456789abcdef` and a memory, and
    /// exporting a function `__wbindgen_malloc`, a global `__keep` and a memory `memory`.
    fn module() -> Vec<u8> {
        let mut types = TypeSection::new();
        types.ty().function([], []);
        let mut imports = ImportSection::new();
        imports.import("./g.js", "__wbg_log_0123456789abcdef", EntityType::Function(0));
        let memory = MemoryType {
            minimum: 1,
            maximum: Some(256),
            memory64: false,
            shared: false,
            page_size_log2: None,
        };
        imports.import("./g.js", "__mem", memory);
        let mut functions = FunctionSection::new();
        functions.function(0);
        let mut globals = GlobalSection::new();
        let global = GlobalType { val_type: ValType::I32, mutable: false, shared: false };
        globals.global(global, &wasm_encoder::ConstExpr::i32_const(7));
        let mut exports = ExportSection::new();
        exports.export("__wbindgen_malloc", ExportKind::Func, 1);
        exports.export("__keep", ExportKind::Global, 0);
        exports.export("memory", ExportKind::Memory, 0);
        let mut code = wasm_encoder::CodeSection::new();
        let mut body = wasm_encoder::Function::new([]);
        body.instructions().end();
        code.function(&body);
        let mut module = wasm_encoder::Module::new();
        module.section(&types).section(&imports).section(&functions).section(&globals).section(&exports);
        module.section(&code);
        module.finish()
    }

    #[test]
    fn names_the_glue_spells_are_shortened_in_both_files() {
        let glue = "const i={__wbg_log_0123456789abcdef:function(a){console.log(a)}};\
            let w;const p=w.__wbindgen_malloc(8),q=w.memory;const s=\"__mem\";";
        let wasm = module();
        let (new_glue, new_wasm, renamed) = rename(glue, &wasm).unwrap();
        // `__mem` is spelled (if only in a string), `__keep` not at all, `memory` is not a name
        // wasm-bindgen made up: the last two keep their names.
        assert_eq!(renamed, 3);
        assert!(!new_glue.contains("__wbg_log") && !new_glue.contains("__wbindgen_malloc"), "{new_glue}");
        let again = Module::parse(&new_wasm).unwrap();
        let names: Vec<&str> =
            again.imports.iter().map(|i| i.name).chain(again.exports.iter().map(|e| e.name)).collect();
        assert_eq!(names[3..], ["__keep", "memory"]);
        assert!(new_glue.contains("q=w.memory;"), "{new_glue}");
        for name in &names[..3] {
            assert!(name.len() <= 2, "{name}");
            assert!(identifiers(&new_glue).any(|(_, id)| id == *name), "{name} not in {new_glue}");
            // Never a name the glue already used for something else.
            assert!(!identifiers(glue).any(|(_, id)| id == *name), "{name}");
        }
        // Kinds and types are copied: the memory's limits, the global's index; the module stays
        // valid.
        let before = Module::parse(&wasm).unwrap();
        assert_eq!(again.imports[1].ty, before.imports[1].ty);
        assert_eq!((again.exports[1].kind, again.exports[1].index), (wasmparser::ExternalKind::Global, 0));
        wasmparser::Validator::new().validate_all(&new_wasm).unwrap();
        // Renaming nothing gives the module back byte for byte.
        assert_eq!(before.encode(&HashMap::new()).unwrap(), wasm);
    }

    #[test]
    fn a_broken_module_is_refused() {
        assert!(Module::parse(b"\0asm\x02\0\0\0").is_err());
        let mut cut = module();
        cut.truncate(cut.len() - 3);
        assert!(Module::parse(&cut).is_err());
    }

    #[test]
    fn identifiers_skip_numbers_and_punctuation() {
        let ids: Vec<&str> = identifiers("a.b1=$c+2e3;_d(\"x y\")").map(|(_, id)| id).collect();
        assert_eq!(ids, ["a", "b1", "$c", "_d", "x", "y"]);
    }
}
