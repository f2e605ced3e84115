//! What an edit changes, in words: each class of paths as a line of text
//! (printed, and checked against the fixture pair's expected lines) and as
//! an HTML page to sign.

use guide_content::review::changes::{Cause, Change, Changes, Class, Level};
use guide_core::model::Content;

use super::html::{escape, page, patient};
use super::sheet::thousands;

/// A level in words: the care level, with the red flag card if one shows.
fn level(level: &Level) -> String {
    match level {
        Level::Plan { care } => (*care).to_owned(),
        Level::Card { care, flag } => format!("{care} (red flag {flag})"),
        Level::NotOffered { .. } => "not offered".to_owned(),
    }
}

/// A cause in words, from whichever version has the question.
fn cause(versions: [&Content; 2], changes: &Changes, cause: &Cause) -> String {
    let question = versions.iter().find_map(|c| c.question(cause.question));
    let text = question.map_or(cause.question, |q| q.text);
    let label = |id: &str| {
        versions
            .iter()
            .find_map(|c| c.question(cause.question).and_then(|q| q.option(id)))
            .map_or(id.to_owned(), |o| o.label.to_owned())
    };
    let multi = changes
        .multi_causes
        .iter()
        .find(|(q, _)| *q == cause.question);
    match (multi, cause.chosen.is_empty()) {
        (Some((_, options)), true) => {
            let unticked: Vec<String> = options
                .iter()
                .map(|o| format!("\"{}\"", label(o)))
                .collect();
            format!("\"{text}\": did not tick {}", unticked.join(" or "))
        }
        (Some(_), false) => {
            let ticked: Vec<String> = cause
                .chosen
                .iter()
                .map(|o| format!("\"{}\"", label(o)))
                .collect();
            format!("\"{text}\": ticked {}", ticked.join(" and "))
        }
        (None, _) => {
            let chosen: Vec<String> = cause
                .chosen
                .iter()
                .map(|o| format!("\"{}\"", label(o)))
                .collect();
            format!("\"{text}\": {}", chosen.join(", "))
        }
    }
}

/// The change in words, without the patients.
fn what(change: &Change, class: &Class) -> String {
    let mut parts = Vec::new();
    if change.before != change.after {
        parts.push(format!(
            "{} → {}",
            level(&change.before),
            level(&change.after)
        ));
    }
    if !change.sections_added.is_empty() {
        parts.push(format!(
            "sections added: {}",
            change.sections_added.join(", ")
        ));
    }
    if !change.sections_removed.is_empty() {
        parts.push(format!(
            "sections removed: {}",
            change.sections_removed.join(", ")
        ));
    }
    if change.reasons_changed {
        let reasons: Vec<String> = class
            .reasons
            .iter()
            .map(|(r, added, n)| {
                let sign = if *added { "+" } else { "−" };
                let n = if *n == class.paths {
                    String::new()
                } else {
                    format!(" ({})", thousands(*n))
                };
                format!("{sign} \"because {r}\"{n}")
            })
            .collect();
        parts.push(format!("reasons: {}", reasons.join(", ")));
    }
    parts.join("; ")
}

/// Each class as one line: sign-off mark, patients, change, paths.
pub fn lines(versions: [&Content; 2], changes: &Changes) -> Vec<String> {
    changes
        .classes
        .iter()
        .map(|class| {
            let who = if class.causes.is_empty() {
                "patients".to_owned()
            } else {
                let causes: Vec<String> = class
                    .causes
                    .iter()
                    .map(|c| cause(versions, changes, c))
                    .collect();
                format!("patients who answered {}", causes.join(" and "))
            };
            format!(
                "{}{who}: {} [{} paths]",
                if class.care_down {
                    "SIGN OFF, care down: "
                } else {
                    ""
                },
                what(&class.change, class),
                thousands(class.paths)
            )
        })
        .collect()
}

/// The comparison as a page to read and sign.
pub fn html(versions: [&Content; 2], against: &str, changes: &Changes, commit: &str) -> String {
    let [current, earlier] = versions;
    let mut body = format!(
        "<h1>What this edit changes: {}</h1>\n<dl class=\"meta\"><dt>Current content</dt><dd>version {} \
         (commit {})</dd><dt>Compared with</dt><dd>version {} ({})</dd><dt>Answer paths walked</dt>\
         <dd>{}</dd><dt>Paths whose result changed</dt><dd>{}</dd></dl>\n\
         <p>Each class below is a group of patients (answer paths) with the same change, named by \
         their answers to what the edit touched. Care that went down comes first and must be \
         signed off.</p>\n",
        escape(current.meta.title),
        escape(current.meta.version),
        escape(commit),
        escape(earlier.meta.version),
        escape(against),
        thousands(changes.paths),
        thousands(changes.changed),
    );
    let lines = lines(versions, changes);
    if changes.classes.is_empty() {
        body.push_str("<p>No answer path's result changed.</p>\n");
    }
    for (n, (class, line)) in changes.classes.iter().zip(&lines).enumerate() {
        body.push_str(&format!(
            "<article class=\"outcome{}\" id=\"class-{}\"><h2>{}. {}</h2>{}{}</article>\n",
            if class.care_down { " down" } else { "" },
            n + 1,
            n + 1,
            escape(line),
            patient(current, &class.example),
            if class.care_down {
                "<p><b>Care goes down for these patients.</b> Signed off by: ____________________ Date: __________</p>"
            } else {
                ""
            }
        ));
    }
    if !changes.gone.is_empty() {
        let gone: Vec<String> = changes
            .gone
            .iter()
            .map(|(q, o)| format!("<li>{q}: {o}</li>"))
            .collect();
        body.push_str(&format!(
            "<h2>Answers the earlier content offered and this one does not</h2><ul>{}</ul>\n",
            gone.join("")
        ));
    }
    body.push_str(
        "<section class=\"sign\" aria-labelledby=\"sign-title\"><h2 id=\"sign-title\">Sign-off</h2>\
         <table><tr><th scope=\"row\">Name</th><td></td></tr><tr><th scope=\"row\">Role</th><td></td></tr>\
         <tr><th scope=\"row\">Date</th><td></td></tr><tr><th scope=\"row\">Signature</th><td></td></tr></table></section>\n",
    );
    page(
        &format!("What this edit changes: {}", current.meta.title),
        &body,
    )
}
