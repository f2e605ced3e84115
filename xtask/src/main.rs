//! Developer commands (the cargo-xtask convention):
//!
//! - `cargo xtask serve [--first] [trunk args]`: install what is missing, then
//!   serve the app with Trunk (the full build; `--first`: the first build).
//! - `cargo xtask test`: install what the tests need, run every layer, print a summary.
//! - `cargo xtask dist [--single-file]`: release build into `dist/` (wasm-opt -Oz,
//!   glue and stylesheet minified),
//!   and with `--single-file` one self-contained `dist-single/hamstring-guide.html`.
//! - `cargo xtask bench`: bytes of `dist/` and load timings in headless Chromium.
//! - `cargo xtask review [--against <git revision>]`: the clinician's review
//!   sheet in `review/` and what an edit changes (`review/mod.rs`);
//!   `cargo xtask dist --review` also puts the sheet in `dist/review/`.

mod build;
mod nginx;
mod review;
mod run;
mod summary;
mod tools;

use std::path::PathBuf;

use run::{cmd, root, status, tee};
use summary::Layer;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("serve") => serve(&args[1..]),
        Some("dist") => {
            build::dist(args.iter().any(|a| a == "--single-file"));
            if args.iter().any(|a| a == "--review") {
                review::into_dist();
            }
        }
        Some("test") => test(),
        Some("bench") => bench(),
        Some("review") => review::run(&args[1..]),
        _ => {
            eprintln!(
                "usage: cargo xtask <serve|test|dist [--single-file] [--review]|bench|review [--against <revision>]>"
            );
            std::process::exit(2);
        }
    }
}

fn serve(extra: &[String]) {
    tools::ensure_serve_tools();
    let (features, extra): (&[&str], &[String]) = match extra.first().map(String::as_str) {
        Some("--first") => (build::variant::Variant::First.cargo_features(), &extra[1..]),
        _ => (build::variant::Variant::Full.cargo_features(), extra),
    };
    status(
        cmd("trunk")
            .args(["serve", "--offline"])
            .args(features)
            .args(extra),
    );
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
    layers.push(review::layer(&out));

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

    build::dist(true);
    // The deploy and offline tests run against nginx with deploy/nginx.conf;
    // it stops when the tests are done.
    let server = nginx::Nginx::start();
    let (ok, out) = tee(cmd("node")
        .args([
            "--test",
            "--test-concurrency=1",
            "--test-timeout=180000",
            "--test-reporter=tap",
        ])
        .arg("tests/e2e/")
        .env("HG_NGINX_URL", &server.url)
        .env("HG_NGINX_ROOT", &server.site));
    drop(server);
    layers.push(Layer::from_tap("end-to-end (Playwright)", ok, &out));

    summary::print(&layers);
    if layers.iter().any(|l| !l.ok) {
        std::process::exit(1);
    }
}

fn bench() {
    build::dist(false);
    tools::ensure_test_tools();
    wasm_contributors();
    let (floor_wasm, floor_glue) = yew_floor();
    status(
        cmd("node")
            .arg("tests/e2e/bench.mjs")
            .env("BENCH_FLOOR_WASM", &floor_wasm)
            .env("BENCH_FLOOR_GLUE", &floor_glue),
    );
    status(cmd("cargo").args([
        "run",
        "--quiet",
        "-p",
        "guide-content",
        "--example",
        "readability",
    ]));
}

/// The smallest Yew app (`examples/yew_floor.rs`), built as the guide is:
/// what any Yew app costs. Returns its final wasm and glue.
fn yew_floor() -> (PathBuf, PathBuf) {
    status(cmd("cargo").args([
        "build",
        "--release",
        "--no-default-features",
        "--example",
        "yew_floor",
        "--target",
        tools::WASM_TARGET,
    ]));
    let out = root().join("target/bench");
    let built = build::wasm::finish(
        &root()
            .join("target")
            .join(tools::WASM_TARGET)
            .join("release/examples/yew_floor.wasm"),
        &out,
        "yew-floor",
    );
    let (wasm, glue) = (
        out.join("yew-floor.final.wasm"),
        out.join("yew-floor.final.js"),
    );
    std::fs::write(&wasm, &built.wasm).expect("write the Yew floor's wasm");
    std::fs::write(&glue, &built.glue).expect("write the Yew floor's glue");
    (wasm, glue)
}

/// The ten largest contributors to the first build's wasm: run through
/// wasm-bindgen and wasm-opt as the release build is, but keeping the name
/// section.
fn wasm_contributors() {
    let named = build::wasm::bindgen_and_optimise(
        &root().join("target/wasm32-unknown-unknown/release/hamstring-guide.wasm"),
        &root().join("target/bench"),
        "hamstring-guide",
        true,
    );
    status(cmd("node").arg("xtask/wasm_top.mjs").arg(&named).arg("10"));
}
