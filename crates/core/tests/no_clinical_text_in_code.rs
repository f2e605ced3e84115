//! Code holds no clinical sentences: every patient-facing sentence lives in
//! `content/guide.toml`. This fails on any string literal of five or more
//! words in the app and in the core modules whose output reaches patients,
//! outside tests. (Build-time checks and parsers speak to developers.)

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// String literals (normal and raw) in `source` with their line numbers,
/// skipping comments and everything from `#[cfg(test)]` on.
fn literals(source: &str) -> Vec<(usize, String)> {
    let code = source.split("#[cfg(test)]").next().unwrap_or("");
    let chars: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            line += 1;
        }
        if c == '/' && chars.get(i + 1) == Some(&'/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            continue;
        }
        if c == '\'' && chars.get(i + 2) == Some(&'\'') {
            i += 3; // a char literal such as '"'
            continue;
        }
        let raw = c == 'r' && matches!(chars.get(i + 1), Some('"') | Some('#'));
        if c == '"' || raw {
            let mut hashes = 0;
            if raw {
                i += 1;
                while chars.get(i) == Some(&'#') {
                    hashes += 1;
                    i += 1;
                }
            }
            let start_line = line;
            let mut text = String::new();
            i += 1;
            while i < chars.len() {
                let ch = chars[i];
                if ch == '\n' {
                    line += 1;
                }
                if !raw && ch == '\\' {
                    text.push(chars.get(i + 1).copied().unwrap_or(' '));
                    i += 2;
                    continue;
                }
                if ch == '"' && (0..hashes).all(|h| chars.get(i + 1 + h) == Some(&'#')) {
                    i += 1 + hashes;
                    break;
                }
                text.push(ch);
                i += 1;
            }
            out.push((start_line, text));
            continue;
        }
        i += 1;
    }
    out
}

#[test]
fn no_sentences_in_rust_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    for module in ["engine", "model", "session", "summary", "template"] {
        files.push(root.join(format!("crates/core/src/{module}.rs")));
    }
    assert!(files.len() > 10, "found only {} files", files.len());
    let mut found = Vec::new();
    for file in &files {
        let source = std::fs::read_to_string(file).unwrap();
        for (line, text) in literals(&source) {
            // Format strings and messages for developers use {}, `…` or ::; patient text does not.
            let developer = text.contains('{') || text.contains('`') || text.contains("::");
            let words = text
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphabetic))
                .count();
            if words >= 5 && !developer {
                found.push(format!(
                    "{}:{line}: {text:?}",
                    file.strip_prefix(&root).unwrap_or(file).display()
                ));
            }
        }
    }
    assert!(
        found.is_empty(),
        "move these sentences into content/guide.toml:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scanner_finds_sentences() {
    let sample = "fn f() { let a = \"Sit on a firm cushion please\"; // \"not this one at all ok\"\n let b = r#\"Stop stretching the hamstring for now\"#; }\n#[cfg(test)]\nmod t { const X: &str = \"ignored in tests five words\"; }";
    let found = literals(sample);
    assert_eq!(
        found,
        vec![
            (1, "Sit on a firm cushion please".to_owned()),
            (2, "Stop stretching the hamstring for now".to_owned())
        ]
    );
}
