//! The generated Rust holds every item of the content, escaped.

use guide_core::codegen::rust;
use guide_core::parse::parse;

#[test]
fn generated_code_holds_every_item() {
    let content = parse(
        "content/guide.toml",
        include_str!("../../../content/guide.toml"),
    )
    .expect("valid content");
    let code = rust(&content);
    assert!(code.starts_with("pub static CONTENT: guide_core::model::Content = "));
    assert_eq!(
        code.matches("guide_core::model::Question {").count(),
        content.questions.len()
    );
    assert_eq!(
        code.matches("guide_core::model::RedFlag {").count(),
        content.red_flags.len()
    );
    assert_eq!(
        code.matches("guide_core::model::Section {").count(),
        content.sections.len()
    );
    for question in content.questions {
        assert!(
            code.contains(&format!("{:?}", question.text)),
            "{} missing",
            question.id
        );
    }
}

#[test]
fn quotes_and_newlines_are_escaped() {
    let text = include_str!("../../../content/guide.toml").replacen(
        "start_time = \"",
        "start_time = \"He said \\\"sit\\\"\\n",
        1,
    );
    let content = parse("content/guide.toml", &text).expect("valid content");
    let code = rust(&content);
    assert!(code.contains(r#""He said \"sit\"\n"#), "escaping lost");
}
