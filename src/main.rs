//! Entry point of the wasm binary that Trunk builds.

fn main() {
    hamstring_guide::start();
}

// Talc instead of the standard library's dlmalloc: about 3 KB less wasm
// (gzip) and quicker (see `cargo xtask bench`). The guide is single-threaded.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
