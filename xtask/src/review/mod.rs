//! `cargo xtask review`: the clinician's review sheet (`review/index.html`)
//! and, with `--against <git revision>`, what the edit since then changes
//! for which patients (`review/changes.html`, also printed). The clinical
//! work is `guide_content::review`; this module renders and writes files.
//!
//! Options: `--against <revision>` reads `content/guide.toml` at that
//! revision with `git show`; `--against-file <file>` reads an earlier copy
//! instead; `--content <file>` reviews another content file; `--out <dir>`
//! writes elsewhere than `review/`.

mod changes;
mod html;
mod map;
mod sheet;

use std::path::{Path, PathBuf};

use guide_content::errors::ContentError;
use guide_content::parse::{load, parse, parse_earlier};
use guide_content::review::changes::{changes as compare, Changes};
use guide_content::review::outcomes::{outcomes, Outcomes};
use guide_content::review::sentences::sentences;
use guide_core::model::Content;

use crate::run::root;
use crate::summary::Layer;

/// `cargo xtask review [options]`.
pub fn run(args: &[String]) {
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|at| args.get(at + 1))
            .cloned()
    };
    let content_path =
        value("--content").map_or_else(|| root().join("content/guide.toml"), PathBuf::from);
    let out = value("--out").map_or_else(|| root().join("review"), PathBuf::from);
    let content = read(&content_path);
    // The earlier content first, so that a wrong revision fails at once.
    let earlier = match (value("--against"), value("--against-file")) {
        (Some(revision), _) => Some((revision.clone(), at_revision(&revision))),
        (None, Some(file)) => {
            let text =
                std::fs::read_to_string(&file).unwrap_or_else(|e| fail(&format!("{file}: {e}")));
            Some((file.clone(), text))
        }
        (None, None) => None,
    };
    let earlier = earlier.map(|(label, text)| {
        let content = parse_earlier(&label, &text).unwrap_or_else(|errors| {
            fail(&format!(
                "the earlier content does not read:\n{}",
                errors
                    .iter()
                    .map(|e| format!("  {e}\n"))
                    .collect::<String>()
            ))
        });
        (label, content)
    });
    let (summary, _) = write_sheet(&content, &out);
    println!("{summary}");
    if let Some((label, earlier)) = earlier {
        let changes = comparison(&content, &earlier);
        for line in changes::lines([&content, &earlier], &changes) {
            println!("{line}");
        }
        let page = changes::html([&content, &earlier], &label, &changes, &html::commit());
        write(&out.join("changes.html"), &page);
        println!(
            "{} of {} answer paths changed, in {} classes; wrote {}",
            changes.changed,
            changes.paths,
            changes.classes.len(),
            out.join("changes.html").display()
        );
    }
}

/// `cargo xtask dist --review`: the sheet into `dist/review/`.
pub fn into_dist() {
    let content = read(&root().join("content/guide.toml"));
    let (summary, _) = write_sheet(&content, &root().join("dist/review"));
    println!("{summary}");
}

/// The review layer of `cargo xtask test`: the sheet of the real content,
/// whose outcome counts must add up to the path count the exhaustive test
/// printed (in `native_output`) and which must show every plan section and
/// red flag; and the comparison of the fixture pair, class by class. Writes
/// both pages to `target/review/` for the end-to-end test (axe, print).
pub fn layer(native_output: &str) -> Layer {
    let out = root().join("target/review");
    let content = read(&root().join("content/guide.toml"));
    let (_, sheet) = write_sheet(&content, &out);
    let mut problems = Vec::new();
    match printed_paths(native_output) {
        None => problems
            .push("the exhaustive test printed no path count for content/guide.toml".to_owned()),
        Some(n) if n != sheet.paths => problems.push(format!(
            "the outcomes add up to {} paths, the exhaustive test counted {n}",
            sheet.paths
        )),
        Some(_) => {}
    }
    let html = std::fs::read_to_string(out.join("index.html")).unwrap_or_default();
    problems.extend(missing(&content, &html));
    let (current, earlier, changes) = fixture_pair();
    let lines = changes::lines([&current, &earlier], &changes);
    let expected = expected_lines();
    if lines != expected {
        problems.push(format!(
            "the fixture pair's classes differ from expected-changes.txt:\n  found:\n    {}\n  expected:\n    {}",
            lines.join("\n    "),
            expected.join("\n    ")
        ));
    }
    let page = changes::html(
        [&current, &earlier],
        "earlier.toml",
        &changes,
        &html::commit(),
    );
    write(&out.join("changes.html"), &page);
    for problem in &problems {
        eprintln!("review: {problem}");
    }
    let detail = format!(
        "{} outcomes over {} paths; fixture pair: {} classes",
        sheet.outcomes.len(),
        sheet.paths,
        lines.len()
    );
    Layer::new("review sheet", problems.is_empty(), &detail)
}

/// The path count the exhaustive test printed for the real content.
fn printed_paths(native_output: &str) -> Option<u64> {
    native_output
        .lines()
        .filter_map(|l| l.strip_prefix("exhaustive: "))
        .find(|l| l.contains(" answer paths checked in content/guide.toml "))
        .and_then(|l| l.split_whitespace().next())
        .and_then(|n| n.parse().ok())
}

/// The comparison fixture pair: current, earlier, and their changes.
fn fixture_pair() -> (Content, Content, Changes) {
    let fixtures = root().join("crates/content/tests/fixtures/review");
    // Its page texts are those of valid.toml, appended (see its end).
    let texts = std::fs::read_to_string(fixtures.join("../valid.toml")).unwrap_or_default();
    let texts = texts.find("\n[texts]\n").map_or("", |at| &texts[at..]);
    let clinical = std::fs::read_to_string(fixtures.join("current.toml")).unwrap_or_default();
    let current = checked(
        "current.toml",
        parse("current.toml", &format!("{clinical}{texts}")),
    );
    let text = std::fs::read_to_string(fixtures.join("earlier.toml")).unwrap_or_default();
    let earlier =
        parse_earlier("earlier.toml", &text).unwrap_or_else(|_| fail("earlier.toml does not read"));
    let changes = comparison(&current, &earlier);
    (current, earlier, changes)
}

/// The fixture pair's classes as `expected-changes.txt` writes them.
fn expected_lines() -> Vec<String> {
    let path = root().join("crates/content/tests/fixtures/review/expected-changes.txt");
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// What the sheet must show and does not: every plan section on some
/// outcome, every red flag's card on some outcome.
fn missing(content: &Content, html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let plans: Vec<&str> = html
        .lines()
        .filter(|l| l.starts_with("<p>Plan sections: "))
        .collect();
    for section in content.sections {
        let id = format!("({})", section.id);
        if !plans.iter().any(|l| l.contains(&id)) {
            out.push(format!(
                "plan section {} is on no outcome of the sheet",
                section.id
            ));
        }
    }
    for flag in content.red_flags {
        if !html.contains(&format!("Red flag <a href=\"#flag-{}\">", flag.id)) {
            out.push(format!(
                "red flag {} is on no outcome of the sheet",
                flag.id
            ));
        }
    }
    out
}

/// Works out and writes the sheet into `out/index.html`; returns a line
/// for the terminal and the outcomes.
fn write_sheet(content: &Content, out: &Path) -> (String, Outcomes) {
    let sheet = outcomes(content);
    let all = sentences(content);
    let page = sheet::sheet(content, &sheet, &all, &html::commit());
    write(&out.join("index.html"), &page);
    let levels: Vec<String> = content
        .care_levels
        .iter()
        .rev()
        .map(|c| format!("{} {}", c.id, sheet.at(c.id).count()))
        .collect();
    let summary = format!(
        "review: {} answer paths, {} distinct outcomes ({}); {} sentences, {} over the aim; wrote {}",
        sheet.paths,
        sheet.outcomes.len(),
        levels.join(", "),
        all.len(),
        all.iter().filter(|s| s.over_aim()).count(),
        out.join("index.html").display()
    );
    (summary, sheet)
}

fn comparison(current: &Content, earlier: &Content) -> Changes {
    compare(current, earlier).unwrap_or_else(|too| {
        fail(&format!(
            "this edit changes too much to compare path by path (over {} groups of paths); \
             compare with a nearer revision",
            too.groups
        ))
    })
}

/// `content/guide.toml` at a git revision.
fn at_revision(revision: &str) -> String {
    let output = std::process::Command::new("git")
        .args(["show", &format!("{revision}:content/guide.toml")])
        .current_dir(root())
        .output()
        .unwrap_or_else(|e| fail(&format!("git: {e}")));
    if !output.status.success() {
        fail(&format!(
            "git show {revision}:content/guide.toml: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn read(path: &Path) -> Content {
    checked(&path.display().to_string(), load(path))
}

/// The content, or stop with its errors.
fn checked(name: &str, read: Result<Content, Vec<ContentError>>) -> Content {
    read.unwrap_or_else(|errors| {
        fail(&format!(
            "{name} does not pass its checks:\n{}",
            errors
                .iter()
                .map(|e| format!("  {e}\n"))
                .collect::<String>()
        ))
    })
}

fn write(path: &Path, text: &str) {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).unwrap_or_else(|e| fail(&format!("{}: {e}", dir.display())));
    }
    std::fs::write(path, text).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
}

fn fail(message: &str) -> ! {
    eprintln!("review: {message}");
    std::process::exit(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_exhaustive_count_of_the_real_content() {
        let out = "exhaustive: 60 answer paths checked in tests/fixtures/valid.toml (36 distinct walks visited, 12 stopped by a red flag)\n\
                   exhaustive: 5733089762 answer paths checked in content/guide.toml (373695 distinct walks visited, 447 stopped by a red flag)\n";
        assert_eq!(printed_paths(out), Some(5_733_089_762));
        assert_eq!(
            printed_paths("exhaustive: 60 answer paths checked in tests/fixtures/valid.toml (…)"),
            None
        );
    }

    #[test]
    fn finds_what_the_sheet_leaves_out() {
        let content = read(&root().join("crates/content/tests/fixtures/valid.toml"));
        let outcomes = outcomes(&content);
        let html = sheet::sheet(&content, &outcomes, &sentences(&content), "test");
        assert_eq!(missing(&content, &html), Vec::<String>::new());
        let without = html.replace("Running (running)", "Running");
        assert_eq!(
            missing(&content, &without),
            vec!["plan section running is on no outcome of the sheet"]
        );
    }

    #[test]
    fn the_fixture_pair_prints_the_expected_lines() {
        let (current, earlier, changes) = fixture_pair();
        assert_eq!(
            changes::lines([&current, &earlier], &changes),
            expected_lines()
        );
    }
}
