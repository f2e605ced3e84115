//! Loading the test fixtures and the real content file, shared by the
//! integration tests (each test file uses some of it).
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use guide_content::parse::load;
use guide_core::diary::{Activity, Day, Entry, Morning, RunKind};
use guide_core::engine::{Answers, Walk};
use guide_core::exercise::Library;
use guide_core::model::Content;

/// `tests/fixtures/<name>`.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// A fixture that leaves out `[texts]`, with valid.toml's page texts
/// appended: fixtures about the clinical content need not follow each new
/// page text.
pub fn with_valid_texts(name: &str) -> String {
    let clinical = std::fs::read_to_string(fixture(name)).unwrap();
    let valid = std::fs::read_to_string(fixture("valid.toml")).unwrap();
    let texts = &valid[valid.find("\n[texts]\n").expect("valid.toml has [texts]")..];
    format!("{clinical}{texts}")
}

/// The real content file, `content/guide.toml` at the workspace root.
pub fn real_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/guide.toml")
}

fn load_or_panic(path: &Path, what: &str) -> Content {
    if !path.exists() {
        panic!(
            "{what} does not exist yet at {}; the content checks need it",
            path.display()
        );
    }
    load(path).unwrap_or_else(|errors| {
        panic!(
            "{what} does not pass its checks:\n{}",
            errors
                .iter()
                .map(|e| format!("  {e}\n"))
                .collect::<String>()
        )
    })
}

/// The valid fixture, parsed once per test binary.
pub fn valid() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| load_or_panic(&fixture("valid.toml"), "tests/fixtures/valid.toml"))
}

/// The real content, parsed once per test binary; panics with a clear
/// message if the file is missing or does not pass its checks.
pub fn real() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| load_or_panic(&real_path(), "content/guide.toml"))
}

/// The real content with its exercise library, parsed once per test binary.
pub fn shipped() -> &'static (Content, Library) {
    static SHIPPED: OnceLock<(Content, Library)> = OnceLock::new();
    SHIPPED.get_or_init(|| {
        guide_content::parse::load_library(&real_path()).unwrap_or_else(|errors| {
            panic!(
                "content/guide.toml does not pass its checks:\n{}",
                errors
                    .iter()
                    .map(|e| format!("  {e}\n"))
                    .collect::<String>()
            )
        })
    })
}

/// The real content's safety screen answered with nothing worrying, by an
/// adult: what a patient who goes on to the plan answers first.
pub const CALM_SCREEN: &[(&str, &[&str])] = &[
    ("emergency_signs", &["none"]),
    ("general_health", &["none"]),
    ("bone_stress", &["none"]),
    ("age", &["age_25_plus"]),
    ("sudden_injury", &["no"]),
    ("nerve_signs", &["none"]),
    ("pain_where", &["sit_bone"]),
];

/// Answers from `question: [choices]` pairs.
pub fn answers(pairs: &[(&str, &[&str])]) -> Answers {
    pairs
        .iter()
        .map(|(q, c)| (q.to_string(), c.iter().map(|s| s.to_string()).collect()))
        .collect()
}

/// `question=choice+choice` for each answered question of a walk.
pub fn describe(walk: &Walk) -> Vec<String> {
    walk.path
        .iter()
        .map(|a| {
            format!(
                "{}={}",
                a.question.id,
                a.choices.iter().map(|c| c.id).collect::<Vec<_>>().join("+")
            )
        })
        .collect()
}

/// "Today" in the diary tests: Wed 25 Nov 2026.
pub const TODAY: Day = 20_782;

/// A diary entry: a 30-minute easy run with `pain` during it, or a rest
/// day without; the next morning the same.
pub fn diary_entry(day: Day, sitting: u8, pain: Option<u8>) -> Entry {
    Entry {
        day,
        sitting,
        activity: match pain {
            Some(_) => Activity::Run {
                minutes: 30,
                kind: RunKind::EasyFlat,
            },
            None => Activity::Rest,
        },
        activity_pain: pain,
        morning: Some(Morning::Same),
        alarm: false,
        exercises: Default::default(),
    }
}

/// A clinic for tests that fill in the clinic's details.
#[allow(dead_code)]
pub fn test_clinic() -> guide_core::template::Clinic {
    guide_core::template::Clinic {
        name: "Test Physio".into(),
        booking_url: "https://example.test/book".into(),
        phone: "03 5555 0000".into(),
        emergency_number: "000".into(),
    }
}
