//! Finishes a Trunk build for strict hosting: puts the prerendered start
//! page and the no-JavaScript page into `index.html`, moves Trunk's inline
//! loader into a file so the page runs under a Content-Security-Policy
//! without `unsafe-inline`, adds that policy, and writes a service worker
//! that precaches exactly this build's files.

use std::fs;
use std::path::Path;

/// The policy the guide runs under; `wasm-unsafe-eval` is what compiling
/// WebAssembly needs, nothing else is loosened.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; \
base-uri 'self'; form-action 'self'";

/// FNV-1a, enough to name a file by its content.
pub fn fingerprint(bytes: &[u8]) -> String {
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x100_0000_01b3)
    });
    format!("{hash:016x}")
}

/// `full`: the glue and wasm file names of the full build.
pub fn finish(dist: &Path, prerendered: &Path, full: &(String, String)) {
    let index_path = dist.join("index.html");
    let mut html = fs::read_to_string(&index_path).expect("read dist/index.html");
    insert_prerendered(&mut html, prerendered);
    let open = "<script type=\"module\">";
    if let Some(start) = html.find(open) {
        let end = start
            + html[start..].find("</script>").expect("inline script ends")
            + "</script>".len();
        let script = boot_script(&html[start + open.len()..end - "</script>".len()], full);
        let name = format!("boot-{}.js", &fingerprint(script.as_bytes())[..12]);
        fs::write(dist.join(&name), format!("{script}\n")).expect("write boot script");
        html.replace_range(
            start..end,
            &format!("<script type=\"module\" src=\"./{name}\"></script>"),
        );
        write_embed_loader(dist, &html, &name);
    }
    let policy = match inline_gate(dist, &mut html) {
        Some(hash) => CSP.replacen(
            "'wasm-unsafe-eval'",
            &format!("'wasm-unsafe-eval' {hash}"),
            1,
        ),
        None => CSP.to_owned(),
    };
    let meta = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">");
    if !html.contains("Content-Security-Policy") {
        html = html.replacen(
            "<meta charset=\"utf-8\">",
            &format!("<meta charset=\"utf-8\">\n  {meta}"),
            1,
        );
    }
    fs::write(&index_path, html).expect("write dist/index.html");
    write_service_worker(dist);
}

/// The loader: Trunk's, but it starts the full build for `#/result`,
/// `#/diary` and the clinician view (`?clinician`), and the guide's lighter
/// first build otherwise; the first build
/// calls `hgFull()` on the results page to load the full build, which then
/// takes over in place (`browser::upgrade`). Files are found next to the
/// loader, not next to the page, so the guide also works when a host page
/// on another path embeds it.
fn boot_script(trunk: &str, (full_glue, full_wasm): &(String, String)) -> String {
    let quoted = |end: &str| {
        trunk
            .split('\'')
            .find(|s| s.starts_with("./") && s.ends_with(end))
            .unwrap_or_else(|| panic!("Trunk's loader names a {end} file"))
            .to_owned()
    };
    let (glue, wasm) = (quoted(".js"), quoted("_bg.wasm"));
    // The script starts the full build for #/result, #/diary and
    // ?clinician, else the
    // first build, which leaves the plan and the diary out for a lighter
    // first load and calls hgFull() on the results page. hgFull makes one
    // load at a time and keeps it once it worked. A module that failed to
    // load stays failed under its address, so a second try ("Try again")
    // asks under a fresh one. (The comments are here, not in the shipped
    // script: it is part of the first load.)
    format!(
        "const full = ['./{full_glue}', './{full_wasm}'];\n\
         const start = async (glue, wasm) => {{ const b = await import(glue); \
         return [b, await b.default({{ module_or_path: new URL(wasm, import.meta.url) }})]; }};\n\
         const direct = location.hash === '#/result' || location.hash === '#/diary' || /[?&]clinician([=&]|$)/.test(location.search);\n\
         let tries = 0, loading = null;\n\
         if (!direct) window.hgFull = () => loading ??= start(full[0] + (tries++ ? `?try=${{tries}}` : ''), full[1])\
         .catch((error) => {{ loading = null; throw error; }});\n\
         const [bindings, wasm] = await start(...(direct ? full : ['{glue}', '{wasm}']));\n\
         window.wasmBindings = bindings;\n\
         dispatchEvent(new CustomEvent('TrunkApplicationStarted', {{ detail: {{ wasm }} }}));"
    )
}

/// Puts `gate.js` inline in the head: it must run before the first paint,
/// and as a file of its own it would cost a round trip first. The policy
/// allows it by its hash. Returns that CSP source.
fn inline_gate(dist: &Path, html: &mut String) -> Option<String> {
    let tag = "<script src=\"gate.js\"></script>";
    if !html.contains(tag) {
        return None;
    }
    let path = dist.join("gate.js");
    let script = fs::read_to_string(&path).expect("read dist/gate.js");
    fs::remove_file(&path).expect("remove dist/gate.js once inline");
    *html = html.replacen(tag, &format!("<script id=\"hg-gate\">{script}</script>"), 1);
    Some(crate::sha256::csp_hash(&script))
}

/// The host element as `index.html` has it, before the prerendered pages.
const HOST: &str = "<div id=\"hamstring-guide\" data-standalone></div>";

/// Fills the host with the prerendered start page, as a declarative shadow
/// root with the guide's stylesheet (it paints before any script runs), and
/// adds the `<noscript>` page after it.
fn insert_prerendered(html: &mut String, prerendered: &Path) {
    let read = |name: &str| {
        fs::read_to_string(prerendered.join(name))
            .unwrap_or_else(|e| panic!("read the prerendered {name}: {e}"))
    };
    let start = html
        .find("<link rel=\"stylesheet\"")
        .expect("the build links a stylesheet");
    let end = start + html[start..].find('>').expect("the link tag ends") + 1;
    let stylesheet = html[start..end].to_owned();
    let filled = format!(
        "<div id=\"hamstring-guide\" data-standalone><template shadowrootmode=\"open\">\
         {stylesheet}<div data-prerendered>{}</div></template></div>\n  <noscript>{}</noscript>",
        read("start.html"),
        read("noscript.html"),
    );
    assert!(
        html.contains(HOST),
        "index.html must hold {HOST} for the prerendered page"
    );
    *html = html.replacen(HOST, &filled, 1);
}

/// `embed.js`, a loader with a stable name for host pages: it adds the
/// guide's stylesheet and starts the guide in `#hamstring-guide`.
fn write_embed_loader(dist: &Path, html: &str, boot: &str) {
    let css = html
        .split("href=\"./")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .find(|href| href.starts_with("style-") && href.ends_with(".css"))
        .expect("the build has a stylesheet");
    let loader = format!(
        "// Adds the hamstring guide to a page that has <div id=\"hamstring-guide\"></div>.\n\
         const style = document.createElement('link');\n\
         style.rel = 'stylesheet';\n\
         style.href = new URL('./{css}', import.meta.url).href;\n\
         document.head.append(style);\n\
         await new Promise((resolve) => {{ style.onload = resolve; style.onerror = resolve; }});\n\
         await import('./{boot}');\n"
    );
    fs::write(dist.join("embed.js"), loader).expect("write embed.js");
}

/// `sw.js` with the exact list of this build's files and a cache named
/// after them, so a new deploy never mixes with an old one.
fn write_service_worker(dist: &Path) {
    let mut files: Vec<String> = fs::read_dir(dist)
        .expect("read dist")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name != "sw.js" && !name.starts_with('.'))
        .collect();
    files.sort();
    let version = fingerprint(
        files
            .iter()
            .flat_map(|f| fs::read(dist.join(f)).unwrap_or_default())
            .collect::<Vec<u8>>()
            .as_slice(),
    );
    let list = files
        .iter()
        .map(|f| format!("'./{f}'"))
        .collect::<Vec<_>>()
        .join(", ");
    let template =
        fs::read_to_string(crate::run::root().join("assets/sw.js")).expect("read assets/sw.js");
    let sw = template
        .replace("'__VERSION__'", &format!("'{}'", &version[..12]))
        .replace("'__FILES__'", &format!("[{list}]"));
    fs::write(dist.join("sw.js"), sw).expect("write sw.js");
}
