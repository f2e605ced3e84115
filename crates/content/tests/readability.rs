//! All patient-facing text reads at grade 7 or below, as the clinic asks.

use std::path::Path;

use guide_content::readability::{counts, grade, patient_text};

#[test]
fn patient_text_reads_at_grade_7_or_below() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let (content, config) = guide_content::parse::load_folder(&folder).expect("shipped content");
    let (overall, total) = grade(&content, &config.clinic);
    let mut hardest: Vec<(f64, String)> = patient_text(&content, &config.clinic)
        .into_iter()
        .map(|t| (counts(&t).grade(), t))
        .collect();
    hardest.sort_by(|a, b| b.0.total_cmp(&a.0));
    println!(
        "reading grade: {overall:.1} ({} words, {} sentences)",
        total.words, total.sentences
    );
    for (g, text) in hardest.iter().take(5) {
        println!("  {g:5.1}  {text}");
    }
    assert!(
        overall <= 7.0,
        "reading grade {overall:.1} is above 7; simplify the hardest texts above"
    );
}
