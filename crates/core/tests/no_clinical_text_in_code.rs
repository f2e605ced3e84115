//! Code holds no clinical sentences: every patient-facing sentence lives in
//! `content/guide.toml`, where it is reviewed, sourced and checked.
//!
//! Every `.rs` file under the app's `src/`, `crates/core/src/` and
//! `crates/content/src/` is scanned
//! for string literals (normal, byte and raw) of five or more words, outside
//! comments and outside items marked `#[cfg(test)]` (or any `cfg` that needs
//! `test`) or `#[test]`. Messages for developers and clinicians editing the
//! content are told apart by code markup: a `{}` placeholder, a backtick or
//! a `::` path. Patient text has none.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// A token of Rust source, as far as the scan needs one.
#[derive(Debug, Clone, PartialEq)]
enum Token {
    /// A string literal's contents (escapes resolved roughly) and its line.
    Str(usize, String),
    /// An identifier, keyword or number.
    Word(String),
    Punct(char),
}

/// The tokens of `source`, without comments, whitespace or char literals.
fn tokens(source: &str) -> Vec<Token> {
    let chars: Vec<char> = source.chars().collect();
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\n' => {
                line += 1;
                i += 1;
            }
            _ if c.is_whitespace() => i += 1,
            '/' if at(i + 1) == '/' => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            '/' if at(i + 1) == '*' => {
                let mut depth = 0;
                while i < chars.len() {
                    if chars[i] == '/' && at(i + 1) == '*' {
                        depth += 1;
                        i += 2;
                    } else if chars[i] == '*' && at(i + 1) == '/' {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        line += usize::from(chars[i] == '\n');
                        i += 1;
                    }
                }
            }
            '\'' => {
                if at(i + 1) == '\\' {
                    // An escaped char literal: '\'' '\\' '\n' '\u{1F600}'.
                    i += 3;
                    while i < chars.len() && chars[i] != '\'' {
                        i += 1;
                    }
                    i += 1;
                } else if at(i + 2) == '\'' {
                    i += 3; // 'x', including '"'
                } else {
                    i += 1; // a lifetime or label
                }
            }
            '"' => {
                let start = line;
                let mut text = String::new();
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' && at(i + 1) == '\n' {
                        // A line continuation: the newline and the indent vanish.
                        line += 1;
                        i += 2;
                        while i < chars.len() && chars[i].is_whitespace() {
                            line += usize::from(chars[i] == '\n');
                            i += 1;
                        }
                    } else if chars[i] == '\\' {
                        text.push(match at(i + 1) {
                            'n' | 't' => ' ',
                            other => other,
                        });
                        i += 2;
                    } else {
                        line += usize::from(chars[i] == '\n');
                        text.push(chars[i]);
                        i += 1;
                    }
                }
                i += 1;
                out.push(Token::Str(start, text));
            }
            _ if ident(c) => {
                let start = i;
                while i < chars.len() && ident(chars[i]) {
                    i += 1;
                }
                let word: String = chars[start..i].iter().collect();
                // A raw string: r"…", r#"…"#, br#"…"# (not the raw identifier r#name).
                let mut hashes = 0;
                while at(i + hashes) == '#' {
                    hashes += 1;
                }
                if (word == "r" || word == "br") && at(i + hashes) == '"' {
                    i += hashes + 1;
                    let begin = line;
                    let mut text = String::new();
                    while i < chars.len() {
                        if chars[i] == '"' && (1..=hashes).all(|h| at(i + h) == '#') {
                            i += hashes + 1;
                            break;
                        }
                        line += usize::from(chars[i] == '\n');
                        text.push(chars[i]);
                        i += 1;
                    }
                    out.push(Token::Str(begin, text));
                } else {
                    out.push(Token::Word(word));
                }
            }
            _ => {
                out.push(Token::Punct(c));
                i += 1;
            }
        }
    }
    out
}

/// Whether the attribute tokens (between `#[` and `]`) compile their item
/// only for tests: `test`, `cfg(test)`, `cfg(all(test, …))`, not `cfg(not(test))`.
fn test_only(attribute: &[Token]) -> bool {
    let words: Vec<&str> = attribute
        .iter()
        .filter_map(|t| match t {
            Token::Word(w) => Some(w.as_str()),
            _ => None,
        })
        .collect();
    words == ["test"]
        || (words.first() == Some(&"cfg")
            && words.contains(&"test")
            && !words.contains(&"not")
            && !words.contains(&"any"))
}

/// String literals in `source` with their lines, skipping comments and the
/// items that only exist in tests.
fn literals(source: &str) -> Vec<(usize, String)> {
    let tokens = tokens(source);
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match &tokens[i] {
            Token::Punct('#') if tokens.get(i + 1) == Some(&Token::Punct('[')) => {
                let end = matching(&tokens, i + 1);
                if test_only(&tokens[i + 2..end]) {
                    i = item_end(&tokens, end + 1);
                } else {
                    i = end + 1;
                }
            }
            Token::Str(line, text) => {
                out.push((*line, text.clone()));
                i += 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// The index of the bracket closing the one at `open`.
fn matching(tokens: &[Token], open: usize) -> usize {
    let mut depth = 0i32;
    for (i, token) in tokens.iter().enumerate().skip(open) {
        match token {
            Token::Punct('[' | '(' | '{') => depth += 1,
            Token::Punct(']' | ')' | '}') => {
                depth -= 1;
                if depth == 0 {
                    return i;
                }
            }
            _ => {}
        }
    }
    tokens.len()
}

/// The index just after the item starting at `start`: at its `;`, or after
/// the braces of its body (further attributes and a signature before them).
fn item_end(tokens: &[Token], start: usize) -> usize {
    let mut i = start;
    while i < tokens.len() {
        match tokens[i] {
            Token::Punct(';') => return i + 1,
            Token::Punct('{' | '[' | '(') => {
                let close = matching(tokens, i);
                if tokens[i] == Token::Punct('{') {
                    return close + 1;
                }
                i = close + 1;
            }
            _ => i += 1,
        }
    }
    i
}

/// Whether a literal reads as a sentence for a patient.
fn is_sentence(text: &str) -> bool {
    let markup = ['{', '`'];
    let developer = text.contains(markup) || text.contains("::");
    let words = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    words >= 5 && !developer
}

#[test]
fn no_sentences_in_rust_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    rust_files(&root.join("crates/core/src"), &mut files);
    rust_files(&root.join("crates/content/src"), &mut files);
    assert!(files.len() > 20, "found only {} files", files.len());
    let mut found = Vec::new();
    let mut scanned = 0;
    for file in &files {
        let source = std::fs::read_to_string(file).expect("readable source");
        for (line, text) in literals(&source) {
            scanned += 1;
            if is_sentence(&text) {
                found.push(format!(
                    "{}:{line}: {text:?}",
                    file.strip_prefix(&root).unwrap_or(file).display()
                ));
            }
        }
    }
    // Guards the scanner itself: skipping a test module must not eat the file.
    println!("{scanned} string literals scanned");
    assert!(scanned > 200, "only {scanned} string literals found");
    assert!(
        found.is_empty(),
        "move these sentences into content/guide.toml (or, for a developer message, mark it as code with `…` or {{}}):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scanner_finds_sentences() {
    let sample = r###"
fn f<'a>(x: &'a str) -> char {
    let a = "Sit on a firm cushion please"; // "not this one in a comment"
    /* "nor this one in a block comment" /* nested */ "still a comment here" */
    let b = r#"Stop stretching the hamstring for now"#;
    let c = br"Ice the sore spot for ten minutes";
    let q = '"'; let e = '\''; let s = '\\';
    let d = "Rest when it hurts \"and\" then";
    let r#type = 1;
    let m = "Walk a little further each day, \
             not faster";
    '"'
}
#[cfg(test)]
mod tests { const X: &str = "ignored in tests five words"; }
#[cfg(all(test, feature = "build"))]
mod more { fn g() { let _ = "also ignored in these tests here"; } }
#[test]
fn t() { let _ = "ignored in a test function too"; }
#[cfg(not(test))]
const Y: &str = "Kept because it is not a test";
const Z: &str = "Found after the test modules too";
"###;
    let found: Vec<(usize, String)> = literals(sample)
        .into_iter()
        .filter(|(_, t)| is_sentence(t))
        .collect();
    assert_eq!(
        found,
        vec![
            (3, "Sit on a firm cushion please".to_owned()),
            (5, "Stop stretching the hamstring for now".to_owned()),
            (6, "Ice the sore spot for ten minutes".to_owned()),
            (8, "Rest when it hurts \"and\" then".to_owned()),
            (10, "Walk a little further each day, not faster".to_owned()),
            (21, "Kept because it is not a test".to_owned()),
            (22, "Found after the test modules too".to_owned()),
        ]
    );
}

#[test]
fn developer_messages_are_told_apart() {
    assert!(!is_sentence("next {id} is not a question id at all"));
    assert!(!is_sentence("add `brings = [...]` to the option please"));
    assert!(!is_sentence("has no items; add `[[sections.items]]` here"));
    assert!(!is_sentence("see guide_core::validate for the whole list"));
    assert!(is_sentence("Sit with your hips a little higher"));
}
