//! Running commands: the repository root, PATH with the project's tools on
//! it, and running a command while keeping its output for a summary.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// The workspace root (the parent of `xtask/`).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask sits in the workspace")
        .to_path_buf()
}

/// Cargo's home directory (`CARGO_HOME`, else `~/.cargo`).
fn cargo_home() -> Option<PathBuf> {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
}

/// PATH with `node_modules/.bin` and cargo's bin directory in front.
pub fn path_env() -> std::ffi::OsString {
    let mut dirs = vec![root().join("node_modules/.bin")];
    dirs.extend(cargo_home().map(|p| p.join("bin")));
    dirs.extend(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    ));
    std::env::join_paths(dirs).expect("PATH entries")
}

/// Flags for every wasm build: the source paths in panic locations are
/// written relative to the crate (`yew-0.23.0/src/…`, `src/app.rs`), so the
/// shipped wasm names no directory of the machine that built it, and is
/// smaller. The same for every command, so builds share one cache.
fn wasm_rustflags() -> String {
    let mut prefixes = vec![format!("{}/=", root().display())];
    if let Some(Ok(indexes)) = cargo_home().map(|h| std::fs::read_dir(h.join("registry/src"))) {
        let mut dirs: Vec<PathBuf> = indexes.filter_map(|e| e.ok().map(|e| e.path())).collect();
        dirs.sort();
        prefixes.extend(dirs.iter().map(|d| format!("{}/=", d.display())));
    }
    // The variable is split at spaces: a directory with one is left as it is.
    prefixes
        .iter()
        .filter(|p| !p.contains(' '))
        .map(|p| format!("--remap-path-prefix={p}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A command run from the root with the project's PATH (and the wasm
/// builds' flags).
pub fn cmd(program: &str) -> Command {
    let mut c = Command::new(program);
    c.current_dir(root()).env("PATH", path_env()).env(
        "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
        wasm_rustflags(),
    );
    c
}

/// Runs `c`, exiting with its status if it fails.
pub fn status(c: &mut Command) {
    let ok = c.status().map(|s| s.success()).unwrap_or(false);
    if !ok {
        eprintln!("xtask: failed: {c:?}");
        std::process::exit(1);
    }
}

/// Standard output of `c`, or empty if it cannot run.
pub fn output_of(c: &mut Command) -> String {
    c.stderr(Stdio::null())
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default()
}

/// Runs `c`, showing its standard output as it comes and keeping it.
pub fn tee(c: &mut Command) -> (bool, String) {
    let Ok(mut child) = c.stdout(Stdio::piped()).spawn() else {
        return (false, format!("could not start {c:?}"));
    };
    let mut kept = String::new();
    for line in BufReader::new(child.stdout.take().expect("piped stdout"))
        .lines()
        .map_while(Result::ok)
    {
        println!("{line}");
        kept.push_str(&line);
        kept.push('\n');
    }
    let ok = child.wait().map(|s| s.success()).unwrap_or(false);
    (ok, kept)
}
