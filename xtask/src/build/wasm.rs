//! One wasm build, from source to the bytes that ship: cargo → wasm-bindgen
//! → wasm-opt → short import and export names → esbuild. Both variants go
//! through exactly these steps.

use std::fs;
use std::path::{Path, PathBuf};

use super::minify::{minify, Loader};
use super::variant::Variant;
use crate::run::{cmd, root, status};
use crate::tools::{WASM_OPT, WASM_TARGET};

/// A finished build: its JavaScript glue and its wasm, as they ship.
pub struct Built {
    /// The glue, minified.
    pub glue: String,
    /// The glue before minifying (the single file adds to it first).
    pub glue_source: String,
    pub wasm: Vec<u8>,
}

/// Builds `variant` for release and returns its final bytes.
pub fn build(variant: Variant) -> Built {
    let target = root().join(variant.target_dir());
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
            .args(variant.cargo_features())
            .arg("--target-dir")
            .arg(&target),
    );
    let wasm = target
        .join(WASM_TARGET)
        .join("release/hamstring-guide.wasm");
    let out = target.join("bindgen");
    finish(&wasm, &out, variant.stem())
}

/// wasm-bindgen, wasm-opt, short names and minified glue for the wasm at
/// `wasm` (also used for the bench's smallest Yew app).
pub fn finish(wasm: &Path, out: &Path, name: &str) -> Built {
    let optimised = bindgen_and_optimise(wasm, out, name, false);
    let glue = out.join(format!("{name}.js"));
    let short = out.join(format!("{name}.short.js"));
    // Rewrites the wasm in place and writes the glue that matches it.
    status(
        cmd("node")
            .arg("xtask/wasm_names.mjs")
            .args([&optimised, &glue, &short])
            .args(WASM_OPT.iter().filter(|f| f.starts_with("--enable-"))),
    );
    let glue_source = fs::read_to_string(&short).expect("read the glue with short names");
    Built {
        glue: minify(&glue_source, Loader::Module),
        glue_source,
        wasm: fs::read(&optimised).expect("read the optimised wasm"),
    }
}

/// Runs `wasm` through wasm-bindgen (as `name`, into `out`) and wasm-opt;
/// with `keep_names`, nothing is stripped and the name section stays (for
/// reading what the wasm is made of). Returns the optimised wasm.
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
    let optimised = out.join(format!("{name}.optimised.wasm"));
    let mut opt = cmd("wasm-opt");
    if keep_names {
        opt.args(WASM_OPT.iter().filter(|p| !p.starts_with("--strip")))
            .arg("-g");
    } else {
        opt.args(WASM_OPT);
    }
    status(
        opt.arg(out.join(format!("{name}_bg.wasm")))
            .arg("-o")
            .arg(&optimised),
    );
    optimised
}
