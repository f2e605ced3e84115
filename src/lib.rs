//! The hamstring guide in the browser: a thin Yew shell over `guide-core`.
//!
//! `content` holds the validated content compiled in at build time; `state`
//! wraps the core's session reducer; `pages/` and `components/` render it;
//! `browser/` holds every browser API the app touches.

pub mod app;
pub mod browser;
pub mod components;
pub mod content;
pub mod hooks;
pub mod pages;
#[cfg(feature = "prerender")]
pub mod prerender;
pub mod props;
pub mod state;
pub mod variant;

// Talc instead of the standard library's dlmalloc: about 3 KB less wasm
// (gzip) and quicker (see `cargo xtask bench`). The guide is single-threaded.
// In the library, so the browser tests run on the allocator the guide ships.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Mounts the guide into `#hamstring-guide` (created if the page has none).
pub fn start() {
    let root = browser::mount_point();
    browser::frame::report_height(&root);
    let app = yew::Renderer::<app::App>::with_root(root).render();
    variant::mounted(app);
}
