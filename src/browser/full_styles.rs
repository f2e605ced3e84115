//! The full build's own stylesheet (`assets/full.css`: the plan, the
//! summary's panel, the pain diary), adopted into the guide's shadow root.
//!
//! The first build never shows these pages, so their rules stay out of the
//! first load: they travel inside the full build's wasm and are added as a
//! constructed stylesheet when the full build mounts. A constructed sheet
//! needs no file, no extra request and no Content-Security-Policy hash, and
//! it comes after the shared stylesheet in the cascade, as its rules did when
//! they were the end of one file.

use wasm_bindgen::JsValue;
use web_sys::{CssStyleSheet, ShadowRoot};

const RULES: &str = include_str!("../../assets/full.css");

/// Adds the full build's rules to `shadow`, once.
pub fn adopt(shadow: &ShadowRoot) {
    let sheets = shadow.adopted_style_sheets();
    if sheets.length() > 0 {
        return;
    }
    let Ok(sheet) = CssStyleSheet::new() else {
        return;
    };
    if sheet.replace_sync(RULES).is_ok() {
        sheets.push(&JsValue::from(sheet));
        shadow.set_adopted_style_sheets(&sheets);
    }
}
