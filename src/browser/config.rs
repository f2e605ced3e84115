//! The clinic configuration in effect: the built-in one from
//! `content/clinic.toml`, overridden by `data-*` attributes on the element
//! the guide mounts into (`data-booking-url`, `data-phone`, …). Refused
//! values are reported on the console and the built-in value stays.

use guide_core::clinic::{Config, KEYS};

use super::document;

/// The built-in configuration with the embedding page's overrides applied.
pub fn effective(built_in: Config) -> Config {
    let mut config = built_in;
    let Some(root) = document().get_element_by_id(super::ROOT_ID) else {
        return config;
    };
    let names = root.get_attribute_names();
    for name in names.iter().filter_map(|n| n.as_string()) {
        let Some(key) = name.strip_prefix("data-").map(|k| k.replace('-', "_")) else {
            continue;
        };
        if key == "ready" || key == "standalone" {
            continue;
        }
        let value = root.get_attribute(&name).unwrap_or_default();
        if let Err(reason) = config.set(&key, &value) {
            let known = KEYS
                .map(|k| format!("data-{}", k.replace('_', "-")))
                .join(", ");
            web_sys::console::warn_1(
                &format!("Hamstring guide: {name} ignored: {reason}. Settings: {known}.").into(),
            );
        }
    }
    apply_brand(&root, &config);
    config
}

/// Brand colours as CSS custom properties, set through the CSS object model
/// so a Content-Security-Policy without `unsafe-inline` allows them.
fn apply_brand(root: &web_sys::Element, config: &Config) {
    use wasm_bindgen::JsCast;
    let Some(root) = root.dyn_ref::<web_sys::HtmlElement>() else {
        return;
    };
    let style = root.style();
    let _ = style.set_property("--hg-brand", &config.brand_color);
    let _ = style.set_property("--hg-brand-text", &config.brand_text_color);
}
