//! Prints the FHIR R4 Questionnaire generated from the content file;
//! `cargo xtask dist` publishes it as `questionnaire.fhir.json` beside the
//! guide, so a clinic's records system can read the downloaded responses.

use std::path::Path;

fn main() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let (content, config) =
        guide_content::parse::load_folder(&folder).expect("content passes its checks");
    println!(
        "{}",
        guide_core::summary::questionnaire(&content, &config.clinic)
    );
}
