//! Every browser API the app uses, each behind a small module, so components
//! only render state and send actions.

pub mod answers;
pub mod clock;
pub mod config;
#[cfg(feature = "full")]
pub mod details;
pub mod diary;
pub mod focus;
pub mod frame;
#[cfg(feature = "full")]
pub mod full_styles;
pub mod handover;
pub mod input;
#[cfg(feature = "full")]
pub mod persist;
#[cfg(feature = "full")]
pub mod programme;
pub mod route;
pub mod share;
pub mod store;
mod text_size;
pub mod upgrade;

pub use gloo::events::EventListener;
use wasm_bindgen::{JsCast, UnwrapThrowExt};
use web_sys::{Element, HtmlElement, ShadowRootInit, ShadowRootMode};

/// The id of the element the guide mounts into.
pub const ROOT_ID: &str = "hamstring-guide";

fn document() -> web_sys::Document {
    gloo::utils::document()
}

/// The host element `#hamstring-guide`, created at the end of `<body>` if
/// the page has none.
fn host() -> Element {
    let document = document();
    if let Some(host) = document.get_element_by_id(ROOT_ID) {
        return host;
    }
    let host = document
        .create_element("div")
        .expect_throw("create root element");
    host.set_id(ROOT_ID);
    gloo::utils::body()
        .append_child(&host)
        .expect_throw("attach root element");
    host
}

/// The element to mount into: a container inside an open shadow root of
/// `#hamstring-guide`, so the guide's styles and the host page's styles
/// cannot reach each other. On the guide's own page, its stylesheet (a
/// `<link>` to its `style-*.css`, or the single-file build's `<style
/// id="hamstring-guide-style">`) is copied into the shadow root, unless a
/// prerendered page brought it; in a clinic's page `embed.js` has put it
/// there, and no stylesheet of the host's is ever taken.
pub fn mount_point() -> Element {
    let host = host();
    let shadow = host.shadow_root().unwrap_or_else(|| {
        host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .expect_throw("attach shadow root")
    });
    let container = document()
        .create_element("div")
        .expect_throw("create container");
    let showing = handover::showing(&shadow);
    handover::prepare(&container, showing);
    if !standalone() {
        text_size::anchor(&host, &shadow);
    }
    if !showing && standalone() {
        let styles = document()
            .query_selector_all("link[rel=stylesheet][href*='style-'], style#hamstring-guide-style")
            .expect_throw("valid selector");
        for i in 0..styles.length() {
            if let Some(style) = styles.item(i) {
                if let Ok(copy) = style.clone_node_with_deep(true) {
                    let _ = shadow.append_child(&copy);
                }
            }
        }
    }
    shadow
        .append_child(&container)
        .expect_throw("attach container");
    container
}

/// Whether the guide is the page (our own `index.html` marks its host
/// `data-standalone`) rather than a part of a clinic's page. Only then does
/// it use the page-level landmark `<main>`.
pub fn standalone() -> bool {
    document()
        .get_element_by_id(ROOT_ID)
        .is_some_and(|host| host.has_attribute("data-standalone"))
}

/// Marks the guide as ready for input (tests and the benchmark wait for it).
pub fn mark_ready() {
    if let Some(root) = document().get_element_by_id(ROOT_ID) {
        if let Some(shadow) = root.shadow_root() {
            handover::finish(&shadow);
        }
        let _ = root.set_attribute("data-ready", "true");
    }
    if let Some(performance) = gloo::utils::window().performance() {
        let _ = performance.mark("hg-ready");
    }
}

/// Whether the address asks for the clinician view (`?clinician`), which
/// shows the source beside every piece of advice. The loader starts the full
/// build straight away for it (see `crate::variant::clinician_view`).
pub fn clinician_view() -> bool {
    let search = gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default();
    search
        .trim_start_matches('?')
        .split('&')
        .any(|p| p == "clinician" || p.starts_with("clinician="))
}

/// The guide's shadow root, once mounted.
pub fn shadow_root() -> Option<web_sys::ShadowRoot> {
    document().get_element_by_id(ROOT_ID)?.shadow_root()
}

/// The first element matching `selector` inside the guide (in its shadow
/// root when it has one), as an HTML element.
pub fn find(selector: &str) -> Option<HtmlElement> {
    let host = document().get_element_by_id(ROOT_ID)?;
    let found = match host.shadow_root() {
        Some(shadow) => shadow.query_selector(selector),
        None => host.query_selector(selector),
    };
    found.ok()??.dyn_into().ok()
}
