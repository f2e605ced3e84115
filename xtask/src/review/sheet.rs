//! The review sheet as HTML: what the guide tells whom (every distinct
//! outcome), the question map, every question and red flag, every sentence
//! with its sources and grade, and a place to sign.

use guide_content::review::outcomes::{Outcome, Outcomes};
use guide_content::review::sentences::{Sentence, WORD_AIM};
use guide_core::model::Content;

use super::html::{escape, page, patient};
use super::map::{style_class, svg};

/// The whole sheet for `content`.
pub fn sheet(
    content: &Content,
    outcomes: &Outcomes,
    sentences: &[Sentence],
    commit: &str,
) -> String {
    let mut body = String::new();
    body.push_str(&format!(
        "<h1>Clinical review: {}</h1>\n<dl class=\"meta\"><dt>Content version</dt><dd>{}</dd>\
         <dt>Built from commit</dt><dd>{}</dd><dt>Answer paths</dt><dd>{} (every one walked)</dd>\
         <dt>Distinct outcomes</dt><dd>{}</dd></dl>\n",
        escape(content.meta.title),
        escape(content.meta.version),
        escape(commit),
        thousands(outcomes.paths),
        thousands(outcomes.outcomes.len() as u64),
    ));
    body.push_str(
        "<p>This sheet lists what the guide can tell a patient and who gets it, made from \
         <code>content/guide.toml</code> by <code>cargo xtask review</code>. Read it, then sign \
         it at the end.</p>\n<nav aria-label=\"Parts of this sheet\"><ul>\
         <li><a href=\"#outcomes\">Outcomes, most urgent first</a></li>\
         <li><a href=\"#map\">Question map</a></li>\
         <li><a href=\"#questions\">Questions and red flags</a></li>\
         <li><a href=\"#sentences\">Every sentence, with sources and reading grade</a></li>\
         <li><a href=\"#sign\">Sign-off</a></li></ul></nav>\n",
    );
    body.push_str(&summary(content, outcomes));
    body.push_str(&outcome_list(content, outcomes));
    body.push_str(&format!(
        "<h2 id=\"map\">Question map</h2>\n<p>Every question (grey), where each answer leads \
         (arrows; a label names the answer that branches), and the red flags each can stop at, \
         coloured by care level. Each box links to its text below.</p>\n\
         <ul class=\"key\">{}</ul>\n<div class=\"map\">{}</div>\n",
        content
            .care_levels
            .iter()
            .map(|c| format!(
                "<li class=\"care-{}\">{}: {}</li>",
                style_class(c.style),
                escape(c.id),
                escape(c.title)
            ))
            .collect::<String>(),
        svg(content)
    ));
    body.push_str(&questions(content));
    body.push_str(&sentence_table(content, sentences));
    body.push_str(SIGN);
    page(&format!("Clinical review: {}", content.meta.title), &body)
}

const SIGN: &str = "<section class=\"sign\" id=\"sign\" aria-labelledby=\"sign-title\">\n\
<h2 id=\"sign-title\">Sign-off</h2>\n<p>I have read every outcome, the question map and every \
sentence above, and I approve this content for release.</p>\n<table>\n\
<tr><th scope=\"row\">Name</th><td></td></tr>\n<tr><th scope=\"row\">Role</th><td></td></tr>\n\
<tr><th scope=\"row\">Date</th><td></td></tr>\n<tr><th scope=\"row\">Signature</th><td></td></tr>\n\
</table>\n</section>\n";

/// `n` with thousands separators.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The count of outcomes and paths per care level.
fn summary(content: &Content, outcomes: &Outcomes) -> String {
    let rows: String = content
        .care_levels
        .iter()
        .rev()
        .map(|level| {
            let here: Vec<&Outcome> = outcomes.at(level.id).collect();
            let paths: u64 = here.iter().map(|o| o.paths).sum();
            format!(
                "<tr><th scope=\"row\"><a href=\"#care-{id}\">{id}</a>: {}</th>\
                 <td class=\"number\">{}</td><td class=\"number\">{}</td></tr>",
                escape(level.title),
                here.len(),
                thousands(paths),
                id = escape(level.id),
            )
        })
        .collect();
    format!(
        "<table><caption>Outcomes by care level</caption><thead><tr><th scope=\"col\">Care level</th>\
         <th scope=\"col\" class=\"number\">Outcomes</th><th scope=\"col\" class=\"number\">Answer paths</th></tr></thead>\
         <tbody>{rows}</tbody><tfoot><tr><th scope=\"row\">All</th><td class=\"number\">{}</td>\
         <td class=\"number\">{}</td></tr></tfoot></table>\n",
        outcomes.outcomes.len(),
        thousands(outcomes.paths)
    )
}

/// Every outcome, grouped by care level, most urgent first.
fn outcome_list(content: &Content, outcomes: &Outcomes) -> String {
    let mut out = String::from(
        "<h2 id=\"outcomes\">Outcomes, most urgent first</h2>\n<p>An outcome is a care level \
         with its red flag card, or with the rules that hold and the plan sections shown. \
         Each lists how many answer paths lead to it, the reasons patients may be shown \
         (\"Because …\", with how many of its paths show each) and the shortest patient who \
         gets it.</p>\n",
    );
    let mut number = 0;
    for level in content.care_levels.iter().rev() {
        let here: Vec<&Outcome> = outcomes.at(level.id).collect();
        let paths: u64 = here.iter().map(|o| o.paths).sum();
        let style = style_class(level.style);
        out.push_str(&format!(
            "<h3 id=\"care-{id}\" class=\"care-{style}\">{id}: {} ({} outcomes, {} paths)</h3>\n\
             <p class=\"muted\">{}</p>\n",
            escape(level.title),
            here.len(),
            thousands(paths),
            escape(level.action),
            id = escape(level.id),
        ));
        for outcome in here {
            number += 1;
            out.push_str(&one_outcome(content, outcome, number, style));
        }
    }
    out
}

fn one_outcome(content: &Content, outcome: &Outcome, number: usize, style: &str) -> String {
    let mut out = format!(
        "<article class=\"outcome style-{style}\" id=\"outcome-{number}\">\n<h4>{number}. {}: {} \
         answer paths</h4>\n",
        escape(outcome.care),
        thousands(outcome.paths)
    );
    if let Some(flag) = outcome.red_flag.and_then(|id| content.red_flag(id)) {
        out.push_str(&format!(
            "<p class=\"flag\">Red flag <a href=\"#flag-{id}\">{id}</a>: <b>{}</b> {} {}</p>\n",
            escape(flag.title),
            escape(flag.action),
            escape(flag.meaning),
            id = escape(flag.id),
        ));
    }
    let rules: Vec<String> = outcome
        .rules
        .iter()
        .filter_map(|id| content.rules.iter().find(|r| r.id == *id))
        .map(|r| format!("because {} (rule {})", escape(r.reason), escape(r.id)))
        .collect();
    if !rules.is_empty() {
        out.push_str(&format!("<p>Rules: {}.</p>\n", rules.join("; ")));
    }
    if outcome.red_flag.is_none() {
        let sections: Vec<String> = outcome
            .sections
            .iter()
            .filter_map(|id| content.section(id))
            .map(|s| format!("{} ({})", escape(s.title), escape(s.id)))
            .collect();
        out.push_str(&format!("<p>Plan sections: {}.</p>\n", sections.join(", ")));
        if !outcome.reasons.is_empty() {
            let reasons: Vec<String> = outcome
                .reasons
                .iter()
                .map(|(reason, n)| {
                    let share = if *n == outcome.paths {
                        "all".to_owned()
                    } else {
                        thousands(*n)
                    };
                    format!("because {} ({share})", escape(reason))
                })
                .collect();
            out.push_str(&format!("<p>Reasons shown: {}.</p>\n", reasons.join("; ")));
        }
    }
    out.push_str(&patient(content, &outcome.example));
    out.push_str("</article>\n");
    out
}

/// Every question with its answers and where they lead, and every red flag.
fn questions(content: &Content) -> String {
    let mut out = String::from("<h2 id=\"questions\">Questions and red flags</h2>\n");
    for q in content.questions {
        let next = |n: guide_core::model::Next| match n {
            guide_core::model::Next::End => "the results".to_owned(),
            guide_core::model::Next::Question(id) => format!("<a href=\"#q-{id}\">{id}</a>"),
        };
        out.push_str(&format!(
            "<h3 id=\"q-{id}\">{} <span class=\"muted\">({id}, {}, {:?})</span></h3>\n",
            escape(q.text),
            escape(q.group),
            q.kind,
            id = escape(q.id),
        ));
        if let Some(hint) = q.hint {
            out.push_str(&format!("<p class=\"muted\">{}</p>\n", escape(hint)));
        }
        out.push_str("<ul>");
        for o in q.options {
            let mut notes = Vec::new();
            if let Some(flag) = o.red_flag {
                notes.push(format!("red flag <a href=\"#flag-{flag}\">{flag}</a>"));
            }
            if let Some(n) = o.next {
                notes.push(format!("goes to {}", next(n)));
            }
            if !o.brings.is_empty() {
                notes.push(format!("brings {}", o.brings.join(", ")));
            }
            if let Some(reason) = o.reason {
                notes.push(format!("because {}", escape(reason)));
            }
            out.push_str(&format!(
                "<li>{}{}</li>",
                escape(o.label),
                if notes.is_empty() {
                    String::new()
                } else {
                    format!(" <span class=\"muted\">({})</span>", notes.join("; "))
                }
            ));
        }
        out.push_str(&format!("</ul><p>Then: {}.</p>\n", next(q.next)));
    }
    out.push_str("<h3>Red flags</h3>\n<ul>");
    for f in content.red_flags {
        out.push_str(&format!(
            "<li id=\"flag-{id}\"><b>{id}</b> ({care}): {} {} {}</li>",
            escape(f.title),
            escape(f.meaning),
            escape(f.action),
            id = escape(f.id),
            care = escape(f.care),
        ));
    }
    out.push_str("</ul>\n");
    out
}

/// Every patient-facing sentence, its sources in full, grade and length.
fn sentence_table(content: &Content, sentences: &[Sentence]) -> String {
    let over = sentences.iter().filter(|s| s.over_aim()).count();
    let mut out = format!(
        "<h2 id=\"sentences\">Every sentence, with sources and reading grade</h2>\n<p>{} sentences; \
         {over} over the content's aim of {WORD_AIM} words (marked). Grade: Flesch–Kincaid, of \
         the sentence alone. Placeholders such as {{clinic}} are shown as written.</p>\n\
         <table><thead><tr><th scope=\"col\">Where</th><th scope=\"col\">Sentence</th>\
         <th scope=\"col\">Sources</th><th scope=\"col\" class=\"number\">Words</th>\
         <th scope=\"col\" class=\"number\">Grade</th></tr></thead><tbody>\n",
        sentences.len()
    );
    for s in sentences {
        let sources: String = s
            .sources
            .iter()
            .map(|key| {
                let citation = content.source(key).map_or("", |c| c.citation);
                format!("<li>{}: {}</li>", escape(key), escape(citation))
            })
            .collect();
        let sources = if sources.is_empty() {
            "<span class=\"muted\">none</span>".to_owned()
        } else {
            format!("<ul class=\"sources\">{sources}</ul>")
        };
        out.push_str(&format!(
            "<tr><td>{}</td><td{}>{}</td><td>{sources}</td><td class=\"number\">{}</td>\
             <td class=\"number\">{:.1}</td></tr>\n",
            escape(&s.place),
            if s.over_aim() { " class=\"over\"" } else { "" },
            escape(s.text),
            s.words,
            s.grade
        ));
    }
    out.push_str("</tbody></table>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_separated() {
        assert_eq!(thousands(5_733_089_762), "5,733,089,762");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
    }
}
