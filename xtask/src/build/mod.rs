//! `cargo xtask dist`: the release build, one pipeline for both variants.
//!
//! 1. The questionnaire (FHIR) and the prerendered start and no-JavaScript
//!    pages, from the content (native builds).
//! 2. Each [`variant::Variant`] through the same steps ([`wasm::build`]):
//!    cargo → wasm-bindgen → wasm-opt → short names → esbuild.
//! 3. The stylesheet minified; every file named by its content.
//! 4. `index.html`, the loader, `embed.js` and `sw.js` written from the
//!    templates in `xtask/page/` ([`page`]), with every integrity and CSP
//!    hash computed once from the final bytes ([`hash`]).
//!
//! Trunk is only the development server (`cargo xtask serve`).

mod hash;
mod minify;
mod page;
mod template;
pub mod variant;
pub mod wasm;

use std::fs;

use crate::run::{cmd, output_of, root, status};
use minify::{minify, Loader};
use page::{Files, Named, Site};
use variant::Variant;

/// Files copied into `dist/` as they are.
const STATIC: [&str; 3] = ["manifest.webmanifest", "icon-192.png", "icon-512.png"];

/// Builds the site into `dist/`, and with `single_file` also
/// `dist-single/hamstring-guide.html`.
pub fn dist(single_file: bool) {
    crate::tools::ensure_build_tools();
    let dist = root().join("dist");
    if dist.exists() {
        fs::remove_dir_all(&dist).expect("remove the old dist/");
    }
    fs::create_dir_all(&dist).expect("create dist/");
    for name in STATIC {
        fs::copy(root().join("assets").join(name), dist.join(name))
            .unwrap_or_else(|e| panic!("copy assets/{name}: {e}"));
    }
    let questionnaire = output_of(cmd("cargo").args([
        "run",
        "--quiet",
        "-p",
        "guide-content",
        "--example",
        "questionnaire",
    ]));
    assert!(
        questionnaire.starts_with('{'),
        "the Questionnaire could not be generated"
    );
    fs::write(dist.join("questionnaire.fhir.json"), questionnaire)
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
    let read = |name: &str| {
        fs::read_to_string(prerendered.join(name))
            .unwrap_or_else(|e| panic!("read the prerendered {name}: {e}"))
    };

    let [first, full] = Variant::ALL.map(wasm::build);
    let style = minify(
        &fs::read_to_string(root().join("assets/style.css")).expect("read assets/style.css"),
        Loader::Css,
    );
    let style_file = Named::new("style", ".css", style.clone().into_bytes());
    page::write_site(
        &dist,
        &Site {
            first: &Files::new(Variant::First.stem(), &first),
            full: &Files::new(Variant::Full.stem(), &full),
            style: &style_file,
            start: &read("start.html"),
            noscript: &read("noscript.html"),
        },
    );
    page::write_service_worker(&dist);
    if single_file {
        page::write_single_file(
            &root().join("dist-single/hamstring-guide.html"),
            &full,
            style.trim_end(),
        );
    }
}
