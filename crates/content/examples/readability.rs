//! Prints the reading grade of the content's patient-facing text
//! (`cargo xtask bench` shows it).

use std::path::Path;

fn main() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let (content, config) =
        guide_content::parse::load_folder(&folder).expect("content passes its checks");
    let (grade, counts) = guide_content::readability::grade(&content, &config.clinic);
    println!(
        "reading grade (Flesch-Kincaid): {grade:.1} over {} words in {} sentences",
        counts.words, counts.sentences
    );
}
