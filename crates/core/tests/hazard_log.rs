//! Every test the hazard log (`docs/clinical-safety.md`) names exists, and
//! every hazard names at least one.

use std::path::Path;

#[test]
fn every_hazard_names_tests_that_exist() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let log = std::fs::read_to_string(root.join("docs/clinical-safety.md")).expect("hazard log");
    let rows: Vec<&str> = log.lines().filter(|l| l.starts_with("| H")).collect();
    assert!(rows.len() >= 10, "only {} hazards", rows.len());
    let mut missing = Vec::new();
    for row in &rows {
        let id = row.split('|').nth(1).unwrap_or("").trim();
        let guarded = row.trim_end_matches('|').rsplit('|').next().unwrap_or("");
        let refs: Vec<&str> = guarded.split('`').skip(1).step_by(2).collect();
        if refs.is_empty() {
            missing.push(format!("{id}: names no test"));
        }
        for reference in refs {
            let Some((file, name)) = reference.split_once("::") else {
                missing.push(format!("{id}: `{reference}` is not file::test"));
                continue;
            };
            let source = std::fs::read_to_string(root.join(file)).unwrap_or_default();
            let found = if file.ends_with(".rs") {
                source.contains(&format!("fn {name}("))
            } else {
                source.contains(&format!("test('{name}"))
                    || source.contains(&format!("test(`{name}"))
            };
            if !found {
                missing.push(format!("{id}: {file} has no test `{name}`"));
            }
        }
    }
    println!("hazard log: {} hazards, each with its tests", rows.len());
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}
