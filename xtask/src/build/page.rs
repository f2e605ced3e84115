//! Writes the site's page and scripts from the templates in `xtask/page/`:
//! `index.html` (with the prerendered start page and the no-JavaScript
//! page), the loader `boot-*.js`, `embed.js`, `build.json` (the build's
//! files and their hashes, for `embed.js` and the loader), `sw.js`, the
//! static hosts' `_headers`, and the single-file edition. Every hash is
//! computed here, once, from the final bytes; no step reads back a page an
//! earlier step wrote.

use std::fs;
use std::path::Path;

use super::hash::{csp_source, file_id, integrity};
use super::minify::{minify, Loader};
use super::template::fill;
use super::wasm::Built;
use crate::run::root;

/// The policy the guide runs under; `wasm-unsafe-eval` is what compiling
/// WebAssembly needs, nothing else is loosened. `{{gate}}` allows the inline
/// gate script by its hash. Styles and requests (`style-src`,
/// `connect-src`) fall back to `default-src 'self'`: the guide's origin only.
const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {{gate}}; \
img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'";

/// Which pages may frame the guide, in the headers the build writes for
/// static hosts (`_headers`): the guide's own origin, unless
/// `HAMSTRING_GUIDE_FRAME_ANCESTORS` names others (e.g. `'self'
/// https://www.clinic.example`).
const FRAME_ANCESTORS: &str = "HAMSTRING_GUIDE_FRAME_ANCESTORS";

/// The nginx configuration the clinic includes (`deploy/nginx.conf`).
const NGINX_CONF: &str = "deploy/nginx.conf";

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

/// `[name, integrity]` as JSON.
fn json_entry(file: &Named) -> String {
    format!("[\"{}\", \"{}\"]", file.name, integrity(&file.bytes))
}

/// Writes the builds, the stylesheet, the loader, `embed.js`, `build.json`,
/// `index.html` and `_headers` into `dist`.
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
            ("first_glue_sri", &integrity(&site.first.glue.bytes)),
            ("first_wasm", &site.first.wasm.name),
            ("first_wasm_sri", &integrity(&site.first.wasm.bytes)),
        ],
    );
    let boot = Named::new("boot", ".js", minify(&boot, Loader::Module).into_bytes());
    boot.write(dist);
    // The same bytes from one deploy to the next: it finds the build's files
    // in build.json, so a copy kept in a cache still starts the guide.
    let embed = minify(
        &fill("embed.js", &template("embed.js"), &[]),
        Loader::Module,
    );
    fs::write(dist.join("embed.js"), embed).expect("write dist/embed.js");
    let build = format!(
        "{{\"boot\": {}, \"style\": {}, \"full\": [{}, {}]}}\n",
        json_entry(&boot),
        json_entry(site.style),
        json_entry(&site.full.glue),
        json_entry(&site.full.wasm),
    );
    fs::write(dist.join("build.json"), build).expect("write dist/build.json");

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
    // Chromium ignores `integrity` on a preload of a fetch (and says so):
    // the loader fetches the wasm with its hash, which checks the preloaded
    // bytes.
    let head = format!(
        "  <link rel=\"manifest\" href=\"manifest.webmanifest\">\n\
         \x20 <link rel=\"icon\" href=\"icon-192.png\" type=\"image/png\">\n\
         \x20 <script id=\"hg-gate\">{gate}</script>\n\
         \x20 {stylesheet}\n\
         \x20 <link rel=\"modulepreload\" href=\"./{glue}\" crossorigin=\"anonymous\" integrity=\"{glue_sri}\">\n\
         \x20 <link rel=\"preload\" href=\"./{wasm}\" crossorigin=\"anonymous\" as=\"fetch\" type=\"application/wasm\">\n\
         \x20 <script type=\"module\" src=\"./{boot}\" integrity=\"{boot_sri}\"></script>",
        glue = site.first.glue.name,
        glue_sri = integrity(&site.first.glue.bytes),
        wasm = site.first.wasm.name,
        boot = boot.name,
        boot_sri = integrity(&boot.bytes),
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
    check_nginx_conf(&csp);
    write_headers(
        dist,
        &csp,
        &[
            &boot,
            site.style,
            &site.first.glue,
            &site.first.wasm,
            &site.full.glue,
            &site.full.wasm,
        ],
    );
}

/// The start of the line of `deploy/nginx.conf` that sends `csp`.
fn nginx_policy_line(csp: &str) -> String {
    format!("add_header Content-Security-Policy \"{csp}; frame-ancestors ")
}

/// Whether `conf` sends exactly the page's policy `csp`, with any
/// `frame-ancestors` sources (the clinic's to choose).
fn nginx_sends(conf: &str, csp: &str) -> bool {
    let start = nginx_policy_line(csp);
    conf.lines().map(str::trim).any(|line| {
        line.strip_prefix(&start)
            .and_then(|rest| rest.strip_suffix("\" always;"))
            .is_some_and(|sources| !sources.trim().is_empty() && !sources.contains([';', '"']))
    })
}

/// Stops the build if `deploy/nginx.conf` does not send the page's policy
/// (a changed gate script changes its hash), saying what to write.
fn check_nginx_conf(csp: &str) {
    let conf = fs::read_to_string(root().join(NGINX_CONF))
        .unwrap_or_else(|e| panic!("read {NGINX_CONF}: {e}"));
    if !nginx_sends(&conf, csp) {
        eprintln!(
            "xtask: {NGINX_CONF} must send the page's Content-Security-Policy; \
             its add_header line must read:\n{}'self'\" always;",
            nginx_policy_line(csp)
        );
        std::process::exit(1);
    }
}

/// `_headers` for static hosts that read one (Netlify, Cloudflare Pages),
/// with the guide at the site's root: the policy as a header with
/// frame-ancestors, `no-cache` for every file whose name has no hash, a
/// year for the `hashed` ones. No path gets two `Cache-Control`s: such
/// hosts join them.
fn write_headers(dist: &Path, csp: &str, hashed: &[&Named]) {
    let ancestors = std::env::var(FRAME_ANCESTORS).unwrap_or_else(|_| "'self'".to_owned());
    assert!(
        !ancestors.trim().is_empty() && !ancestors.contains([';', ',', '\n', '\r']),
        "{FRAME_ANCESTORS} must be a list of sources such as 'self' https://clinic.example"
    );
    let mut out = format!(
        "# Written by cargo xtask dist for hosts that read _headers (Netlify,\n\
         # Cloudflare Pages), for the guide at the site's root.\n\
         /*\n  Content-Security-Policy: {csp}; frame-ancestors {ancestors}\n\
         \x20 X-Content-Type-Options: nosniff\n"
    );
    let mut plain: Vec<String> = ["/".to_owned()]
        .into_iter()
        .chain(
            fs::read_dir(dist)
                .expect("read dist")
                .filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|name| !hashed.iter().any(|h| h.name == *name))
                .map(|name| format!("/{name}")),
        )
        .chain(["/sw.js".to_owned()])
        .collect();
    plain.sort();
    plain.dedup();
    for path in plain {
        out.push_str(&format!("{path}\n  Cache-Control: no-cache\n"));
    }
    for file in hashed {
        out.push_str(&format!(
            "/{}\n  Cache-Control: public, max-age=31536000, immutable\n",
            file.name
        ));
    }
    fs::write(dist.join("_headers"), out).expect("write dist/_headers");
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
        .filter(|name| name != "sw.js" && name != "_headers" && !name.starts_with('.'))
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

#[cfg(test)]
mod tests {
    use super::nginx_sends;

    #[test]
    fn the_nginx_policy_must_be_the_pages_with_any_frame_ancestors() {
        let csp = "default-src 'self'; script-src 'self' 'sha256-abc'";
        let line = |sources: &str| {
            format!("  add_header Content-Security-Policy \"{csp}; frame-ancestors {sources}\" always;\n")
        };
        assert!(nginx_sends(&line("'self'"), csp));
        assert!(nginx_sends(&line("'self' https://www.clinic.example"), csp));
        assert!(!nginx_sends(&line(""), csp), "no frame-ancestors source");
        assert!(
            !nginx_sends(&line("'self'; script-src *"), csp),
            "a directive after it"
        );
        let old = line("'self'").replace("'sha256-abc'", "'sha256-old'");
        assert!(!nginx_sends(&old, csp), "an old gate hash");
    }
}
