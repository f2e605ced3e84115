//! Minifies JavaScript and CSS with esbuild (pinned in `package.json`).

use std::io::Write;
use std::process::Stdio;

use crate::run::cmd;

pub enum Loader {
    /// An ES module (the wasm-bindgen glue, the loader).
    Module,
    /// A classic script (the inline gate).
    Script,
    Css,
}

/// `source` minified.
pub fn minify(source: &str, loader: Loader) -> String {
    let args: &[&str] = match loader {
        Loader::Module => &["--loader=js", "--format=esm"],
        Loader::Script => &["--loader=js"],
        Loader::Css => &["--loader=css"],
    };
    let mut child = cmd("esbuild")
        .args(["--minify", "--log-level=warning"])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("start esbuild (installed by npm ci)");
    child
        .stdin
        .take()
        .expect("piped stdin")
        .write_all(source.as_bytes())
        .expect("write to esbuild");
    let out = child.wait_with_output().expect("run esbuild");
    assert!(out.status.success(), "esbuild could not minify its input");
    String::from_utf8(out.stdout).expect("esbuild writes UTF-8")
}
