//! A QR code of a link, made on the device (`qrcodegen`) and drawn as one
//! SVG path, dark on light whatever the page's colours, so a phone's
//! camera can read it (the full build only).

use std::fmt::Write;

use qrcodegen::{QrCode, QrCodeEcc};
use yew::prelude::*;

/// Modules of light margin round the code (the standard asks for 4).
const QUIET: i32 = 4;

/// `text` as a QR code named `label`; nothing if it is too long for one.
pub fn qr(text: &str, label: String) -> Html {
    let Ok(code) = QrCode::encode_text(text, QrCodeEcc::Medium) else {
        return Html::default();
    };
    let size = code.size();
    let mut d = String::new();
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                let _ = write!(d, "M{x} {y}h1v1h-1z");
            }
        }
    }
    let side = size + 2 * QUIET;
    let view_box = format!("{} {} {side} {side}", -QUIET, -QUIET);
    html! {
        <svg class="qr" viewBox={view_box} role="img" aria-label={label} shape-rendering="crispEdges">
            <rect x={(-QUIET).to_string()} y={(-QUIET).to_string()} width={side.to_string()} height={side.to_string()} fill="#ffffff" />
            <path {d} fill="#000000" />
        </svg>
    }
}
