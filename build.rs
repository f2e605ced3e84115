//! Turns the clinician's content file and the clinic's configuration into
//! Rust data at build time. A broken file stops the build with the file,
//! line and reason, so nothing unchecked can reach a patient.

use std::path::Path;
use std::{env, fs, process};

use guide_content::{clinic, codegen, parse};

fn main() {
    let root = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let guide = Path::new(&root).join("content/guide.toml");
    let clinic_file = Path::new(&root).join("content/clinic.toml");
    println!("cargo:rerun-if-changed={}", guide.display());
    println!("cargo:rerun-if-changed={}", clinic_file.display());
    println!(
        "cargo:rerun-if-changed={}",
        Path::new(&root).join("content/exercises").display()
    );

    let (content, library) = parse::load_library(&guide).unwrap_or_else(|errors| {
        // Each error with the line it points at, for the person editing.
        let source = fs::read_to_string(&guide).unwrap_or_default();
        let reports: Vec<String> = errors.iter().map(|e| e.report(&source)).collect();
        fail(&reports)
    });
    let clinic = clinic::load(&clinic_file).unwrap_or_else(|errors| {
        let reports: Vec<String> = errors.iter().map(|e| format!("error: {e}")).collect();
        fail(&reports)
    });
    // Whether the content has a pain diary, also for the first build, whose
    // content drops it (the start page offers it to a patient coming back).
    let has_diary = content.diary.is_some();
    // The guide's first build (no `full` feature, see `src/variant.rs`)
    // carries no plan text and no exercise.
    let (content, library) = match env::var_os("CARGO_FEATURE_FULL") {
        Some(_) => (content, codegen::library(&library)),
        None => (codegen::first_build(&content), codegen::no_library()),
    };
    let code = format!(
        "{}\n{library}\n{}\npub const HAS_DIARY: bool = {has_diary};\n",
        codegen::rust(&content),
        clinic::rust(&clinic)
    );
    fs::write(Path::new(&out).join("content.rs"), code).expect("write generated content");
}

fn fail<T>(reports: &[String]) -> T {
    eprintln!("The content does not pass its checks, so the guide was not built:\n");
    for report in reports {
        eprintln!("{report}\n");
    }
    process::exit(1)
}
