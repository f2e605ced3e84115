//! The pieces every review page is made of: escaping, the page around the
//! body (its stylesheet inline, no outside resource), and answers in words.

use guide_core::model::Content;

/// `text` safe inside HTML text and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// A whole page: `title`, the review stylesheet, `body`.
pub fn page(title: &str, body: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n\
         <title>{}</title>\n<style>\n{}</style>\n</head>\n<body>\n<main>\n{body}</main>\n</body>\n</html>\n",
        escape(title),
        include_str!("review.css")
    )
}

/// A patient's answers in words, in one paragraph: each question, then the
/// options chosen in quotes. (Plain text: the sheet holds over a thousand of
/// these, and every element costs the browser and the accessibility check.)
pub fn patient(content: &Content, answers: &[(&str, Vec<&str>)]) -> String {
    let words: Vec<String> = answers
        .iter()
        .map(|(q, c)| {
            let question = content.question(q);
            let labels: Vec<String> = c
                .iter()
                .map(|id| {
                    let label = question.and_then(|q| q.option(id)).map_or(*id, |o| o.label);
                    format!("“{}”", escape(label))
                })
                .collect();
            format!(
                "{} {}",
                escape(question.map_or(*q, |q| q.text)),
                labels.join(" and ")
            )
        })
        .collect();
    format!(
        "<p class=\"answers\">Shortest patient: {}.</p>",
        words.join(" · ")
    )
}

/// The build's commit, and whether the work tree had changes.
pub fn commit() -> String {
    let git = |args: &[&str]| {
        std::process::Command::new("git")
            .args(args)
            .current_dir(crate::run::root())
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
    };
    let hash = git(&["rev-parse", "--short=12", "HEAD"]).unwrap_or_else(|| "unknown".into());
    let dirty = git(&["status", "--porcelain", "--", "content"]).is_some_and(|s| !s.is_empty());
    if dirty {
        format!("{hash} (content/ has uncommitted changes)")
    } else {
        hash
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape("<a href=\"x\">&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn a_page_names_no_outside_resource() {
        let html = page("T", "<p>x</p>");
        assert!(html.contains("<title>T</title>"));
        assert!(
            !html.contains("http://") && !html.contains("https://"),
            "no link out: {html}"
        );
        assert!(!html.contains("<link") && !html.contains("<script"));
    }
}
