//! Prints the reading grade of the content's patient-facing text
//! (`cargo xtask bench` shows it).

use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let content = guide_core::parse::load(&root.join("content/guide.toml"))
        .expect("content passes its checks");
    let config = guide_core::clinic::load(&root.join("content/clinic.toml"))
        .expect("clinic config passes its checks");
    let (grade, counts) = guide_core::readability::grade(&content, &config.clinic);
    println!(
        "reading grade (Flesch-Kincaid): {grade:.1} over {} words in {} sentences",
        counts.words, counts.sentences
    );
}
