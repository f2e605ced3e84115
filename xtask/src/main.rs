//! Developer commands (the cargo-xtask convention):
//!
//! - `cargo xtask serve [trunk args]`: install what is missing, then serve the app.
//! - `cargo xtask test`: install what the tests need, run every layer, print a summary.
//! - `cargo xtask dist [--single-file]`: release build into `dist/` (wasm-opt -Oz,
//!   glue and stylesheet minified),
//!   and with `--single-file` one self-contained `dist-single/hamstring-guide.html`.
//! - `cargo xtask bench`: bytes of `dist/` and load timings in headless Chromium.

mod dist;
mod full_build;
mod run;
mod sha256;
mod summary;
mod tools;

use run::{cmd, root, status, tee};
use summary::Layer;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("serve") => serve(&args[1..]),
        Some("dist") if args.get(1).is_some_and(|a| a == "--single-file") => {
            dist();
            single_file();
        }
        Some("dist") => dist(),
        Some("test") => test(),
        Some("bench") => bench(),
        _ => {
            eprintln!("usage: cargo xtask <serve|test|dist [--single-file]|bench>");
            std::process::exit(2);
        }
    }
}

fn serve(extra: &[String]) {
    tools::ensure_build_tools();
    status(cmd("trunk").args(["serve", "--offline"]).args(extra));
}

fn dist() {
    tools::ensure_build_tools();
    // The guide's first build leaves the plan and the diary out (`serve`
    // keeps one build with everything); the full build is made beside it.
    status(cmd("trunk").args(["build", "--release", "--offline", "--no-default-features"]));
    let questionnaire = run::output_of(cmd("cargo").args([
        "run",
        "--quiet",
        "-p",
        "guide-core",
        "--example",
        "questionnaire",
    ]));
    assert!(
        questionnaire.starts_with('{'),
        "the Questionnaire could not be generated"
    );
    std::fs::write(root().join("dist/questionnaire.fhir.json"), questionnaire)
        .expect("write the Questionnaire");
    let prerendered = root().join("target/prerender");
    status(
        cmd("cargo")
            .args([
                "run",
                "--quiet",
                "--example",
                "prerender",
                "--features",
                "prerender",
                "--",
            ])
            .arg(&prerendered),
    );
    let full = full_build::build(&root().join("dist"));
    status(cmd("node").args(["xtask/minify.mjs", "dist"]));
    dist::finish(&root().join("dist"), &prerendered, &full);
}

/// One self-contained HTML file in `dist-single/`, for opening from disk.
fn single_file() {
    status(cmd("node").args([
        "xtask/single_file.mjs",
        "dist",
        "dist-single/hamstring-guide.html",
    ]));
}

fn test() {
    tools::ensure_test_tools();
    let mut layers = Vec::new();

    let (ok, _) = tee(cmd("cargo").args(["fmt", "--all", "--check"]));
    layers.push(Layer::new(
        "cargo fmt --check",
        ok,
        if ok {
            "formatted"
        } else {
            "needs cargo fmt --all"
        },
    ));
    let (ok, _) = tee(cmd("cargo").args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--all-features",
        "--",
        "-D",
        "warnings",
    ]));
    layers.push(Layer::new(
        "clippy (native)",
        ok,
        if ok { "no warnings" } else { "warnings" },
    ));
    // Both wasm builds: the first build (no plan, no diary) and the full one.
    let ok = [&["--all-targets"][..], &["--no-default-features"][..]]
        .iter()
        .all(|features| {
            tee(cmd("cargo")
                .args([
                    "clippy",
                    "-p",
                    "hamstring-guide",
                    "--target",
                    tools::WASM_TARGET,
                ])
                .args(*features)
                .args(["--", "-D", "warnings"]))
            .0
        });
    layers.push(Layer::new(
        "clippy (wasm32)",
        ok,
        if ok { "no warnings" } else { "warnings" },
    ));

    let (ok, out) = tee(cmd("cargo")
        .args(["test", "--workspace", "--exclude", "hamstring-guide"])
        .arg("--")
        .arg("--nocapture"));
    layers.push(Layer::from_cargo("native tests", ok, &out));

    let (ok, out) = tee(cmd("cargo")
        .args([
            "test",
            "-p",
            "hamstring-guide",
            "--target",
            tools::WASM_TARGET,
        ])
        .env(
            "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
            "wasm-bindgen-test-runner",
        )
        .env("CHROMEDRIVER", tools::CHROMEDRIVER)
        .env("WASM_BINDGEN_TEST_TIMEOUT", "120"));
    layers.push(Layer::from_cargo("wasm tests (Chromium)", ok, &out));

    dist();
    single_file();
    let (ok, out) = tee(cmd("node")
        .args([
            "--test",
            "--test-concurrency=1",
            "--test-timeout=180000",
            "--test-reporter=tap",
        ])
        .arg("tests/e2e/"));
    layers.push(Layer::from_tap("end-to-end (Playwright)", ok, &out));

    summary::print(&layers);
    if layers.iter().any(|l| !l.ok) {
        std::process::exit(1);
    }
}

fn bench() {
    dist();
    tools::ensure_test_tools();
    wasm_contributors();
    let floor = yew_floor();
    status(
        cmd("node")
            .arg("tests/e2e/bench.mjs")
            .env("BENCH_FLOOR_WASM", &floor)
            .env("BENCH_FLOOR_GLUE", floor.with_file_name("yew-floor.js")),
    );
    status(cmd("cargo").args([
        "run",
        "--quiet",
        "-p",
        "guide-core",
        "--example",
        "readability",
    ]));
}

/// The smallest Yew app (`examples/yew_floor.rs`), built as the guide is:
/// what any Yew app costs. Returns its optimised wasm.
fn yew_floor() -> std::path::PathBuf {
    status(cmd("cargo").args([
        "build",
        "--release",
        "--no-default-features",
        "--example",
        "yew_floor",
        "--target",
        tools::WASM_TARGET,
    ]));
    full_build::bindgen_and_optimise(
        &root()
            .join("target")
            .join(tools::WASM_TARGET)
            .join("release/examples/yew_floor.wasm"),
        &root().join("target/bench"),
        "yew-floor",
        false,
    )
}

/// The ten largest contributors to the wasm: the release build run through
/// wasm-bindgen and wasm-opt as Trunk does, but keeping the name section.
fn wasm_contributors() {
    let named = full_build::bindgen_and_optimise(
        &root().join("target/wasm32-unknown-unknown/release/hamstring-guide.wasm"),
        &root().join("target/bench"),
        "hamstring-guide",
        true,
    );
    status(cmd("node").arg("xtask/wasm_top.mjs").arg(&named).arg("10"));
}
