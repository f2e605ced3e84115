//! Writes the site's page and scripts from the templates in `xtask/page/`:
//! `index.html` (with the prerendered start page and the no-JavaScript
//! page), the loader `boot-*.js`, `embed.js`, `sw.js`, and the single-file
//! edition. Every hash is computed here, once, from the final bytes; no
//! step reads back a page an earlier step wrote.

use std::fs;
use std::path::Path;

use super::hash::{csp_source, file_id, integrity};
use super::minify::{minify, Loader};
use super::template::fill;
use super::wasm::Built;
use crate::run::root;

/// The policy the guide runs under; `wasm-unsafe-eval` is what compiling
/// WebAssembly needs, nothing else is loosened. `{{gate}}` allows the inline
/// gate script by its hash.
const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {{gate}}; \
style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; \
base-uri 'self'; form-action 'self'";

/// A file written into `dist/` under a name made from its content.
pub struct Named {
    pub name: String,
    pub bytes: Vec<u8>,
}

impl Named {
    pub fn new(stem: &str, suffix: &str, bytes: Vec<u8>) -> Self {
        Named {
            name: format!("{stem}-{}{suffix}", file_id(&bytes)),
            bytes,
        }
    }

    fn write(&self, dist: &Path) {
        fs::write(dist.join(&self.name), &self.bytes)
            .unwrap_or_else(|e| panic!("write dist/{}: {e}", self.name));
    }
}

/// A wasm build's two files in `dist/`.
pub struct Files {
    pub glue: Named,
    pub wasm: Named,
}

impl Files {
    pub fn new(stem: &str, built: &Built) -> Self {
        // Both names come from both files, so a new glue never meets an old wasm.
        let id = file_id(&[built.glue.as_bytes(), built.wasm.as_slice()].concat());
        Files {
            glue: Named {
                name: format!("{stem}-{id}.js"),
                bytes: built.glue.clone().into_bytes(),
            },
            wasm: Named {
                name: format!("{stem}-{id}_bg.wasm"),
                bytes: built.wasm.clone(),
            },
        }
    }
}

fn template(name: &str) -> String {
    let path = root().join("xtask/page").join(name);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("read xtask/page/{name}: {e}"))
}

/// Everything the site's page is made of.
pub struct Site<'a> {
    pub first: &'a Files,
    pub full: &'a Files,
    /// The stylesheet, minified.
    pub style: &'a Named,
    /// The prerendered start page and no-JavaScript page (`src/prerender.rs`).
    pub start: &'a str,
    pub noscript: &'a str,
}

/// Writes the builds, the stylesheet, the loader, `embed.js` and
/// `index.html` into `dist`.
pub fn write_site(dist: &Path, site: &Site) {
    for file in [
        &site.first.glue,
        &site.first.wasm,
        &site.full.glue,
        &site.full.wasm,
        site.style,
    ] {
        file.write(dist);
    }
    let boot = fill(
        "boot.js",
        &template("boot.js"),
        &[
            ("first_glue", &site.first.glue.name),
            ("first_wasm", &site.first.wasm.name),
            ("full_glue", &site.full.glue.name),
            ("full_wasm", &site.full.wasm.name),
        ],
    );
    let boot = Named::new("boot", ".js", minify(&boot, Loader::Module).into_bytes());
    boot.write(dist);
    let embed = fill(
        "embed.js",
        &template("embed.js"),
        &[("style", &site.style.name), ("boot", &boot.name)],
    );
    fs::write(dist.join("embed.js"), embed).expect("write dist/embed.js");

    // The gate runs in <head> before the first paint: inline, so it costs no
    // round trip, and allowed by its hash.
    let gate = minify(
        &fs::read_to_string(root().join("assets/gate.js")).expect("read assets/gate.js"),
        Loader::Script,
    );
    let gate = gate.trim_end();
    let stylesheet = format!(
        "<link rel=\"stylesheet\" href=\"./{}\" integrity=\"{}\">",
        site.style.name,
        integrity(&site.style.bytes)
    );
    let head = format!(
        "  <link rel=\"manifest\" href=\"manifest.webmanifest\">\n\
         \x20 <link rel=\"icon\" href=\"icon-192.png\" type=\"image/png\">\n\
         \x20 <script id=\"hg-gate\">{gate}</script>\n\
         \x20 {stylesheet}\n\
         \x20 <link rel=\"modulepreload\" href=\"./{glue}\" crossorigin=\"anonymous\" integrity=\"{glue_sri}\">\n\
         \x20 <link rel=\"preload\" href=\"./{wasm}\" crossorigin=\"anonymous\" integrity=\"{wasm_sri}\" as=\"fetch\" type=\"application/wasm\">\n\
         \x20 <script type=\"module\" src=\"./{boot}\"></script>",
        glue = site.first.glue.name,
        glue_sri = integrity(&site.first.glue.bytes),
        wasm = site.first.wasm.name,
        wasm_sri = integrity(&site.first.wasm.bytes),
        boot = boot.name,
    );
    // The start page, as a declarative shadow root with the guide's
    // stylesheet: it paints before any script runs.
    let body = format!(
        "  <div id=\"hamstring-guide\" data-standalone><template shadowrootmode=\"open\">\
         {stylesheet}<div data-prerendered>{}</div></template></div>\n  <noscript>{}</noscript>",
        site.start, site.noscript
    );
    let csp = fill("CSP", CSP, &[("gate", &csp_source(gate))]);
    let page = fill(
        "index.html",
        &template("index.html"),
        &[("csp", &csp), ("head", &head), ("body", &body)],
    );
    fs::write(dist.join("index.html"), page).expect("write dist/index.html");
}

/// `sw.js` with the exact list of the files in `dist`, each with its
/// Subresource Integrity (the worker checks every file it precaches against
/// it), and a cache named after their bytes, so a new deploy never mixes
/// with an old one. Written last, when every other file is there.
pub fn write_service_worker(dist: &Path) {
    let mut names: Vec<String> = fs::read_dir(dist)
        .expect("read dist")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name != "sw.js" && !name.starts_with('.'))
        .collect();
    names.sort();
    let files: Vec<(String, Vec<u8>)> = names
        .into_iter()
        .map(|name| {
            let bytes = fs::read(dist.join(&name)).expect("read a built file");
            (name, bytes)
        })
        .collect();
    let all: Vec<u8> = files.iter().flat_map(|(_, bytes)| bytes.clone()).collect();
    let list = files
        .iter()
        .map(|(name, bytes)| format!("['./{name}', '{}']", integrity(bytes)))
        .collect::<Vec<_>>()
        .join(", ");
    let sw = fill(
        "sw.js",
        &template("sw.js"),
        &[("version", &file_id(&all)[..12]), ("files", &list)],
    );
    fs::write(dist.join("sw.js"), sw).expect("write dist/sw.js");
}

/// One self-contained HTML file, for opening from disk (`file://`): the
/// full build's glue and wasm (base64) and the stylesheet inline, allowed
/// by their hashes. It starts from the empty host and renders at once.
pub fn write_single_file(out: &Path, full: &Built, style: &str) {
    use base64::engine::general_purpose::STANDARD;
    use base64::Engine;
    // The glue is an ES module whose default export starts the wasm; the
    // lines after it, in the same module, call it with the inlined bytes.
    let script = minify(
        &format!(
            "{}\nconst bytes = Uint8Array.from(atob({:?}), (c) => c.charCodeAt(0));\n\
             await __wbg_init({{ module_or_path: bytes }});\n",
            full.glue_source,
            STANDARD.encode(&full.wasm)
        ),
        Loader::Module,
    );
    let script = script.trim_end();
    let csp = format!(
        "default-src 'none'; script-src {} 'wasm-unsafe-eval'; style-src {}; img-src data:; \
         base-uri 'none'; form-action 'none'",
        csp_source(script),
        csp_source(style)
    );
    let head = format!("  <style id=\"hamstring-guide-style\">{style}</style>");
    let body = format!(
        "  <div id=\"hamstring-guide\" data-standalone></div>\n  <script type=\"module\">{script}</script>"
    );
    let page = fill(
        "index.html",
        &template("index.html"),
        &[("csp", &csp), ("head", &head), ("body", &body)],
    );
    fs::create_dir_all(out.parent().expect("a folder")).expect("create the single file's folder");
    fs::write(out, &page).expect("write the single file");
    println!("single file: {} ({} bytes)", out.display(), page.len());
}
