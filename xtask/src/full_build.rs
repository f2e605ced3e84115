//! The second wasm build: the full guide, with the plan and the pain diary
//! (the default features). Trunk builds the guide's first build without
//! them, for a lighter first load; the loader starts this build for
//! `#/result` and `#/diary`, and the first build asks for it on the results
//! page (`browser::upgrade`). It is built in its own target folder so the
//! two feature sets never rebuild each other.

use std::fs;
use std::path::{Path, PathBuf};

use crate::run::{cmd, root, status};
use crate::tools::WASM_TARGET;

/// The stem of the full build's files in `dist/`.
pub const STEM: &str = "hamstring-guide-full";

/// The wasm-opt settings index.html gives Trunk (`data-wasm-opt-params`).
fn wasm_opt_params() -> Vec<String> {
    let index = fs::read_to_string(root().join("index.html")).expect("read index.html");
    index
        .split("data-wasm-opt-params=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("index.html sets data-wasm-opt-params")
        .split_whitespace()
        .map(str::to_owned)
        .collect()
}

/// Runs `wasm` through wasm-bindgen (as `name`, into `out`) and wasm-opt
/// as Trunk does for the guide; with `keep_names`, nothing is stripped and
/// the name section stays (for reading what the wasm is made of). Returns
/// the optimised wasm.
pub fn bindgen_and_optimise(wasm: &Path, out: &Path, name: &str, keep_names: bool) -> PathBuf {
    status(
        cmd("wasm-bindgen")
            .args([
                "--target",
                "web",
                "--no-typescript",
                "--out-name",
                name,
                "--out-dir",
            ])
            .arg(out)
            .arg(wasm),
    );
    let params = wasm_opt_params();
    let optimised = out.join(format!("{name}.optimised.wasm"));
    let mut opt = cmd("wasm-opt");
    opt.arg("-Oz");
    if keep_names {
        opt.args(params.iter().filter(|p| !p.starts_with("--strip")))
            .arg("-g");
    } else {
        opt.args(&params);
    }
    status(
        opt.arg(out.join(format!("{name}_bg.wasm")))
            .arg("-o")
            .arg(&optimised),
    );
    optimised
}

/// Builds the full guide into `dist/` as `<STEM>-<fingerprint>.js`
/// and `…_bg.wasm`, optimised as Trunk optimises the guide's own build.
/// Returns the two file names.
pub fn build(dist: &Path) -> (String, String) {
    let target = root().join("target/full");
    status(
        cmd("cargo")
            .args([
                "build",
                "--release",
                "--bin",
                "hamstring-guide",
                "--target",
                WASM_TARGET,
            ])
            .arg("--target-dir")
            .arg(&target),
    );
    let out = target.join("bindgen");
    let optimised = bindgen_and_optimise(
        &target
            .join(WASM_TARGET)
            .join("release/hamstring-guide.wasm"),
        &out,
        STEM,
        false,
    );
    let glue = fs::read(out.join(format!("{STEM}.js"))).expect("read the full build's glue");
    let wasm = fs::read(&optimised).expect("read the full build's wasm");
    let print = crate::dist::fingerprint(&[glue.as_slice(), wasm.as_slice()].concat());
    let names = (
        format!("{STEM}-{}.js", &print[..16]),
        format!("{STEM}-{}_bg.wasm", &print[..16]),
    );
    fs::write(dist.join(&names.0), glue).expect("write the full build's glue");
    fs::write(dist.join(&names.1), wasm).expect("write the full build's wasm");
    names
}
