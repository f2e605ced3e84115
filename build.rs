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

    let content = parse::load(&guide).unwrap_or_else(|errors| fail(&errors));
    let clinic = clinic::load(&clinic_file).unwrap_or_else(|errors| fail(&errors));
    // The guide's first build (no `full` feature, see `src/variant.rs`) carries no plan text.
    let content = match env::var_os("CARGO_FEATURE_FULL") {
        Some(_) => content,
        None => codegen::first_build(&content),
    };
    let code = format!("{}\n{}", codegen::rust(&content), clinic::rust(&clinic));
    fs::write(Path::new(&out).join("content.rs"), code).expect("write generated content");
}

fn fail<T, E: std::fmt::Display>(errors: &[E]) -> T {
    eprintln!("The content does not pass its checks, so the guide was not built:");
    for error in errors {
        eprintln!("  error: {error}");
    }
    process::exit(1)
}
