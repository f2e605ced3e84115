//! Every tool version the project pins, in one place, and the steps that
//! install a tool only when it is missing or at the wrong version.

use std::path::Path;

use crate::run::{cmd, output_of, root, status};

/// Trunk for the development server (`cargo xtask serve`); 0.22 needs a
/// newer rustc than the project's `rust-version`.
pub const TRUNK: &str = "0.21.14";
/// npm tools; `package.json` must pin the same versions (checked below).
pub const NPM_TOOLS: [(&str, &str); 7] = [
    ("binaryen", "132.0.0"),
    ("esbuild", "0.28.2"),
    ("playwright-core", "1.65.1"),
    ("@axe-core/playwright", "4.14.0"),
    ("lighthouse", "12.2.3"),
    // The programme test reads the QR code back (tests/e2e/programme.test.mjs).
    ("jsqr", "1.4.0"),
    ("pngjs", "7.0.0"),
];
pub const WASM_TARGET: &str = "wasm32-unknown-unknown";
/// wasm-opt's settings for every release wasm: for size, with the wasm
/// features Rust 1.95 emits for this target, stripped. Rust places the
/// stack first, below its data at 1 MiB, so the lowest 1 KiB of memory is
/// reached only by a stack already overflowed: `--low-memory-unused` lets
/// wasm-opt fold constant offsets into addresses (about 360 B gzip of the
/// first build); `--flatten --rereloop` first rebuild the control flow,
/// which two rounds of `-Oz` then shrink further (about 330 B more).
pub const WASM_OPT: &[&str] = &[
    "--low-memory-unused",
    "--flatten",
    "--rereloop",
    "-Oz",
    "-Oz",
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
    "--strip-debug",
    "--strip-producers",
    "--converge",
];
/// Debian packages for the browser tests, and the web server the deploy
/// and offline tests run against (`deploy/nginx.conf`; started by the test
/// command itself, never as the system's service).
pub const APT_PACKAGES: [&str; 3] = ["chromium", "chromium-driver", "nginx"];
pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
pub const NGINX: &str = "/usr/sbin/nginx";

/// wasm-bindgen-cli must equal the `wasm-bindgen` crate in Cargo.lock.
pub fn wasm_bindgen_version() -> String {
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).expect("read Cargo.lock");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return v.trim_end_matches('"').to_owned();
            }
        }
    }
    panic!("Cargo.lock has no wasm-bindgen package");
}

fn say(what: &str) {
    eprintln!("xtask: {what}");
}

/// Installs what the development server needs: the build tools and Trunk.
pub fn ensure_serve_tools() {
    ensure_build_tools();
    let trunk = output_of(cmd("trunk").arg("--version"));
    if trunk.trim() != format!("trunk {TRUNK}") {
        say(&format!(
            "installing trunk {TRUNK} (found: {:?}); this takes a few minutes",
            trunk.trim()
        ));
        status(cmd("cargo").args(["install", "trunk", "--locked", "--version", TRUNK]));
    }
}

/// Installs what the release build needs: the wasm target,
/// wasm-bindgen-cli and the npm tools (wasm-opt, esbuild).
pub fn ensure_build_tools() {
    check_package_json();
    let targets = output_of(cmd("rustup").args(["target", "list", "--installed"]));
    if !targets.lines().any(|t| t.trim() == WASM_TARGET) {
        say(&format!("installing the {WASM_TARGET} target"));
        status(cmd("rustup").args(["target", "add", WASM_TARGET]));
    }
    let wanted = wasm_bindgen_version();
    let found = output_of(cmd("wasm-bindgen").arg("--version"));
    if found.trim() != format!("wasm-bindgen {wanted}") {
        say(&format!(
            "installing wasm-bindgen-cli {wanted} (found: {:?})",
            found.trim()
        ));
        // `--locked` fails on a dependency version the registry no longer serves.
        status(cmd("cargo").args(["install", "wasm-bindgen-cli", "--version", &wanted]));
    }
    ensure_npm_tools();
}

fn ensure_npm_tools() {
    let stamp = root().join("node_modules/.package-lock.json");
    let lock = root().join("package-lock.json");
    let fresh = modified(&stamp)
        .zip(modified(&lock))
        .is_some_and(|(s, l)| s >= l);
    let tools_present = NPM_TOOLS
        .iter()
        .all(|(name, _)| root().join("node_modules").join(name).exists());
    if !(fresh && tools_present) {
        say("installing the npm tools from package-lock.json (npm ci)");
        status(cmd("npm").args(["ci", "--no-audit", "--no-fund"]));
    }
}

fn modified(path: &Path) -> Option<std::time::SystemTime> {
    path.metadata().and_then(|m| m.modified()).ok()
}

/// Installs what the browser tests need: Debian's Chromium, ChromeDriver
/// and nginx.
pub fn ensure_test_tools() {
    ensure_build_tools();
    if ![CHROMIUM, CHROMEDRIVER, NGINX]
        .iter()
        .all(|tool| Path::new(tool).exists())
    {
        say(&format!(
            "installing {} with apt-get",
            APT_PACKAGES.join(" ")
        ));
        let root_user = output_of(cmd("id").arg("-u")).trim() == "0";
        let apt = |args: &[&str]| {
            let mut c = if root_user {
                cmd("apt-get")
            } else {
                let mut sudo = cmd("sudo");
                sudo.arg("apt-get");
                sudo
            };
            c.args(args).env("DEBIAN_FRONTEND", "noninteractive");
            status(&mut c);
        };
        apt(&["update"]);
        let mut install = vec!["install", "-y", "--no-install-recommends"];
        install.extend(APT_PACKAGES);
        apt(&install);
    }
}

/// `package.json` must pin exactly the versions in [`NPM_TOOLS`].
fn check_package_json() {
    let text = std::fs::read_to_string(root().join("package.json")).expect("read package.json");
    for (name, version) in NPM_TOOLS {
        let pinned = format!("\"{name}\": \"{version}\"");
        if !text.contains(&pinned) {
            eprintln!("xtask: package.json must pin {pinned} as xtask/src/tools.rs does");
            std::process::exit(1);
        }
    }
}
