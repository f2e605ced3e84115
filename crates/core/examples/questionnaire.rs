//! Prints the FHIR R4 Questionnaire generated from the content file;
//! `cargo xtask dist` publishes it as `questionnaire.fhir.json` beside the
//! guide, so a clinic's records system can read the downloaded responses.

use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let content = guide_core::parse::load(&root.join("content/guide.toml"))
        .expect("content passes its checks");
    let config = guide_core::clinic::load(&root.join("content/clinic.toml"))
        .expect("clinic config passes its checks");
    println!(
        "{}",
        guide_core::summary::questionnaire(&content, &config.clinic)
    );
}
