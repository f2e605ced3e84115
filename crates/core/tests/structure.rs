//! The code's structure, checked. No two files of the app (`src/`), the
//! core (`crates/core/src/`) or the content crate (`crates/content/src/`)
//! need each other, directly or round
//! a longer loop: each file's `crate::` and `super::` paths are followed to
//! the file that defines the module they name, and the graph of files must
//! have no cycle. (Test code is left out:
//! a file's `#[cfg(test)] mod tests` may use anything. A parent module's
//! relative paths to its own children, `handover::finish` in
//! `browser/mod.rs`, are not followed: a folder's `mod.rs` and its files
//! are one module family.) And only the app's `browser/` folder names a
//! browser-API crate (`web_sys`, `js_sys`, `wasm_bindgen`, `gloo`), and
//! only `variant.rs` and the folders that pick modules name the `full` build.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, by its module path (`["browser", "storage"]`
/// for `browser/storage.rs` or `browser/storage/mod.rs`; `[]` for the root).
fn modules(root: &Path) -> BTreeMap<Vec<String>, PathBuf> {
    fn walk(dir: &Path, root: &Path, out: &mut BTreeMap<Vec<String>, PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("read a source folder") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                walk(&path, root, out);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let relative = path.strip_prefix(root).expect("under the root");
            let mut segments: Vec<String> = relative
                .with_extension("")
                .iter()
                .map(|s| s.to_string_lossy().into_owned())
                .collect();
            if matches!(
                segments.last().map(String::as_str),
                Some("mod" | "lib" | "main")
            ) {
                segments.pop();
            }
            // A binary's own root (`main.rs` beside `lib.rs`) is its own crate.
            if relative == Path::new("main.rs") && root.join("lib.rs").exists() {
                continue;
            }
            out.insert(segments, path);
        }
    }
    let mut out = BTreeMap::new();
    walk(root, root, &mut out);
    out
}

/// `source` without comments and without what follows `#[cfg(test)]`.
fn code(source: &str) -> String {
    let source = source.split("#[cfg(test)]").next().unwrap_or("");
    source
        .lines()
        .map(|line| line.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Each path written in `code` that starts with `crate::` or `super::`, as
/// its segments after the start, with `{a, b::c}` groups spread out (one
/// level of braces, which is all the code uses).
fn paths(code: &str) -> Vec<(bool, Vec<String>)> {
    let mut out = Vec::new();
    for (start, is_super) in [("crate::", false), ("super::", true)] {
        let mut rest = code;
        while let Some(at) = rest.find(start) {
            let before = rest[..at].chars().last();
            rest = &rest[at + start.len()..];
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            let end = rest
                .find(|c: char| !(c.is_alphanumeric() || "_:{}, \n".contains(c)))
                .unwrap_or(rest.len());
            let written = &rest[..end];
            let (head, group) = match written.find('{') {
                Some(open) => {
                    let close = written[open..]
                        .find('}')
                        .map_or(written.len(), |c| open + c);
                    (&written[..open], Some(&written[open + 1..close]))
                }
                None => (
                    written.split([' ', ',', '\n', '}']).next().unwrap_or(""),
                    None,
                ),
            };
            let head: Vec<String> = head
                .split("::")
                .filter(|s| !s.trim().is_empty())
                .map(|s| s.trim().to_owned())
                .collect();
            match group {
                Some(group) => {
                    for item in group.split(',') {
                        let mut path = head.clone();
                        path.extend(
                            item.split("::")
                                .map(|s| s.trim().to_owned())
                                .filter(|s| !s.is_empty()),
                        );
                        out.push((is_super, path));
                    }
                }
                None => out.push((is_super, head)),
            }
        }
    }
    out
}

/// The module a path names: its longest prefix that is a module.
fn target(
    modules: &BTreeMap<Vec<String>, PathBuf>,
    base: &[String],
    path: &[String],
) -> Option<Vec<String>> {
    let mut full = base.to_vec();
    full.extend(path.iter().cloned());
    (1..=full.len())
        .rev()
        .map(|n| full[..n].to_vec())
        .find(|candidate| modules.contains_key(candidate))
}

/// A cycle in the graph of files, if there is one, as its modules.
fn cycle(edges: &BTreeMap<Vec<String>, Vec<Vec<String>>>) -> Option<Vec<Vec<String>>> {
    fn visit(
        node: &Vec<String>,
        edges: &BTreeMap<Vec<String>, Vec<Vec<String>>>,
        state: &mut BTreeMap<Vec<String>, u8>,
        stack: &mut Vec<Vec<String>>,
    ) -> Option<Vec<Vec<String>>> {
        match state.get(node) {
            Some(2) => return None,
            Some(1) => {
                let from = stack.iter().position(|n| n == node).unwrap_or(0);
                return Some(stack[from..].to_vec());
            }
            _ => {}
        }
        state.insert(node.clone(), 1);
        stack.push(node.clone());
        for next in edges.get(node).into_iter().flatten() {
            if let Some(found) = visit(next, edges, state, stack) {
                return Some(found);
            }
        }
        stack.pop();
        state.insert(node.clone(), 2);
        None
    }
    let mut state = BTreeMap::new();
    edges
        .keys()
        .find_map(|node| visit(node, edges, &mut state, &mut Vec::new()))
}

/// The edges between files of the crate whose sources are in `root`.
fn graph(root: &Path) -> BTreeMap<Vec<String>, Vec<Vec<String>>> {
    let modules = modules(root);
    let mut edges = BTreeMap::new();
    for (module, file) in &modules {
        let source = std::fs::read_to_string(file).expect("read a source file");
        // `super::` in `a/b.rs` and in `a/b/mod.rs` alike names `a`.
        let parent = &module[..module.len().saturating_sub(1)];
        let mut to: Vec<Vec<String>> = paths(&code(&source))
            .into_iter()
            .filter_map(|(is_super, path)| {
                let base: &[String] = if is_super { parent } else { &[] };
                target(&modules, base, &path)
            })
            .filter(|t| t != module && !t.is_empty())
            .collect();
        to.sort();
        to.dedup();
        edges.insert(module.clone(), to);
    }
    edges
}

fn check(label: &str, root: &Path) -> usize {
    let edges = graph(root);
    if let Some(found) = cycle(&edges) {
        let names: Vec<String> = found.iter().map(|m| m.join("::")).collect();
        panic!(
            "{label}: these files need each other: {}",
            names.join(" -> ")
        );
    }
    edges.values().map(Vec::len).sum()
}

#[test]
fn no_file_of_the_app_or_the_core_imports_one_that_imports_it_back() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let app = check("src/", &here.join("../../src"));
    let core = check("crates/core/src/", &here.join("src"));
    let content = check("crates/content/src/", &here.join("../content/src"));
    println!(
        "import graph: {app} edges in src/, {core} in crates/core/src/, {content} in crates/content/src/, no cycle"
    );
    assert!(
        app > 20 && core > 20 && content > 20,
        "too few imports found: {app}, {core}, {content}"
    );
}

#[test]
fn the_check_finds_a_cycle() {
    let dir = std::env::temp_dir().join(format!("hg-cycle-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("pages")).unwrap();
    std::fs::write(dir.join("lib.rs"), "pub mod app;\npub mod pages;\n").unwrap();
    std::fs::write(dir.join("app.rs"), "use crate::pages::{start::page};\n").unwrap();
    std::fs::write(dir.join("pages/mod.rs"), "pub mod start;\n").unwrap();
    std::fs::write(
        dir.join("pages/start.rs"),
        "use crate::app::Props;\n#[cfg(test)]\nmod tests {}\n",
    )
    .unwrap();
    let found = cycle(&graph(&dir));
    std::fs::remove_dir_all(&dir).unwrap();
    let found: Vec<String> = found
        .expect("a cycle")
        .iter()
        .map(|m| m.join("::"))
        .collect();
    assert!(found.contains(&"app".to_owned()) && found.contains(&"pages::start".to_owned()));
}

/// The app's files outside `browser/` that name a browser-API crate.
fn browser_api_users(root: &Path) -> Vec<String> {
    const APIS: [&str; 4] = ["web_sys", "js_sys", "wasm_bindgen", "gloo"];
    modules(root)
        .into_iter()
        .filter(|(module, _)| module.first().is_none_or(|m| m != "browser"))
        .filter(|(_, path)| {
            let code = code(&std::fs::read_to_string(path).expect("read a source file"));
            APIS.iter().any(|api| code.contains(&format!("{api}::")))
        })
        .map(|(module, _)| module.join("::"))
        .collect()
}

#[test]
fn only_the_browser_folder_touches_browser_apis() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    assert_eq!(
        browser_api_users(&here.join("../../src")),
        Vec::<String>::new()
    );
    // And the check sees one.
    let dir = std::env::temp_dir().join(format!("hg-apis-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("browser")).unwrap();
    std::fs::write(dir.join("lib.rs"), "pub mod page;\npub mod browser;\n").unwrap();
    std::fs::write(dir.join("browser/mod.rs"), "use web_sys::Window;\n").unwrap();
    std::fs::write(dir.join("page.rs"), "use wasm_bindgen::JsCast;\n").unwrap();
    let found = browser_api_users(&dir);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(found, ["page"]);
}

#[test]
fn only_the_variant_seam_names_the_full_build() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let naming: Vec<String> = modules(&here.join("../../src"))
        .into_iter()
        .filter(|(_, path)| {
            code(&std::fs::read_to_string(path).expect("read a source file"))
                .contains("feature = \"full\"")
        })
        .map(|(module, _)| module.join("::"))
        .collect();
    // `variant` holds every difference; the folders' `mod.rs` pick which
    // modules each build compiles.
    assert_eq!(naming, ["browser", "components", "pages", "variant"]);
}
