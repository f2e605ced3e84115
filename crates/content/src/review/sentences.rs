//! Every sentence the guide can show a patient, where it stands, its sources
//! and its reading grade: the review sheet's wording part. Placeholders stay
//! as written (`{clinic}`), as the clinician edits them.

use guide_core::model::Content;

use crate::readability::counts;

/// The content's own aim for a sentence (`content/guide.toml`'s writing
/// rules: "aim for under 15 words"); longer ones are flagged.
pub const WORD_AIM: usize = 15;

/// One patient-facing sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    /// Where it stands, e.g. `red flag cauda_equina: meaning`.
    pub place: String,
    pub text: &'static str,
    /// The source keys of the statement it belongs to (none for questions,
    /// labels and page texts, which state nothing clinical).
    pub sources: &'static [&'static str],
    pub words: usize,
    /// Flesch–Kincaid grade of this sentence alone.
    pub grade: f64,
}

impl Sentence {
    /// Longer than the content's aim.
    pub fn over_aim(&self) -> bool {
        self.words > WORD_AIM
    }
}

/// Every sentence of every patient-facing text of `content`, in the order
/// of the file's parts: care levels, red flags, questions, rules, plan
/// sections, page texts, the diary.
pub fn sentences(content: &Content) -> Vec<Sentence> {
    let mut texts: Vec<(String, &'static str, &'static [&'static str])> = Vec::new();
    for level in content.care_levels {
        texts.push((
            format!("care level {}: title", level.id),
            level.title,
            level.sources,
        ));
        texts.push((
            format!("care level {}: action", level.id),
            level.action,
            level.sources,
        ));
    }
    for flag in content.red_flags {
        for (part, text) in [
            ("title", flag.title),
            ("meaning", flag.meaning),
            ("action", flag.action),
        ] {
            texts.push((format!("red flag {}: {part}", flag.id), text, flag.sources));
        }
    }
    for question in content.questions {
        texts.push((format!("question {}", question.id), question.text, &[]));
        if let Some(hint) = question.hint {
            texts.push((format!("question {}: hint", question.id), hint, &[]));
        }
        for option in question.options {
            let at = format!("question {}, answer {}", question.id, option.id);
            texts.push((at.clone(), option.label, &[]));
            if let Some(hint) = option.hint {
                texts.push((format!("{at}: hint"), hint, &[]));
            }
            if let Some(reason) = option.reason {
                texts.push((format!("{at}: reason"), reason, &[]));
            }
        }
    }
    for rule in content.rules {
        texts.push((
            format!("rule {}: reason", rule.id),
            rule.reason,
            rule.sources,
        ));
    }
    for section in content.sections {
        texts.push((format!("section {}: title", section.id), section.title, &[]));
        for (n, item) in section.items.iter().enumerate() {
            texts.push((
                format!("section {}: item {}", section.id, n + 1),
                item.text,
                item.sources,
            ));
        }
    }
    for text in content.texts {
        texts.push((format!("page text {}", text.key), text.text, &[]));
    }
    if let Some(diary) = &content.diary {
        let alarm = &diary.alarm;
        for (part, text) in [
            ("label", alarm.label),
            ("hint", alarm.hint),
            ("text", alarm.text),
        ] {
            texts.push((format!("diary alarm: {part}"), text, alarm.sources));
        }
        let ladder = diary.ladder.iter();
        let messages = crate::diary::messages(diary)
            .into_iter()
            .map(|note| (note.name.to_owned(), note.message))
            .chain(ladder.clone().flat_map(|l| {
                crate::diary::ladder_messages(l).map(|(name, m)| (format!("ladder {name}"), m))
            }));
        for (name, message) in messages {
            texts.push((
                format!("diary {name}: title"),
                message.title,
                message.sources,
            ));
            texts.push((format!("diary {name}: text"), message.text, message.sources));
        }
        for ladder in ladder {
            texts.push(("diary ladder: intro".into(), ladder.intro, ladder.sources));
            for rung in ladder.rungs {
                let place = format!("diary ladder rung {}", rung.run);
                texts.push((place, rung.text, rung.sources));
            }
        }
    }
    texts
        .into_iter()
        .flat_map(|(place, text, sources)| {
            split(text).into_iter().map(move |sentence| {
                let c = counts(sentence);
                Sentence {
                    place: place.clone(),
                    text: sentence,
                    sources,
                    words: c.words,
                    grade: c.grade(),
                }
            })
        })
        .collect()
}

/// The sentences of `text`: each ends at `.`, `!` or `?` followed by a
/// space or the end (so "3.5" and "e.g." inside a word stay whole), or at a
/// line break.
pub fn split(text: &'static str) -> Vec<&'static str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (i, &(at, c)) in chars.iter().enumerate() {
        let next = chars.get(i + 1).map(|&(_, n)| n);
        let end = match c {
            '.' | '!' | '?' => next.is_none_or(char::is_whitespace),
            '\n' => true,
            _ => false,
        };
        if end {
            let stop = if c == '\n' { at } else { at + c.len_utf8() };
            let sentence = text[start..stop].trim();
            if !sentence.is_empty() {
                out.push(sentence);
            }
            start = stop;
        }
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_at_sentence_ends_not_inside_numbers() {
        assert_eq!(
            split("Rest for 2.5 days. Then walk! Is it better?\nCall us"),
            vec![
                "Rest for 2.5 days.",
                "Then walk!",
                "Is it better?",
                "Call us"
            ]
        );
        assert_eq!(split("A label"), vec!["A label"]);
        assert!(split("  ").is_empty());
    }

    #[test]
    fn flags_sentences_over_the_aim() {
        let long: &'static str =
            "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen.";
        let [sentence] = split(long)[..] else {
            panic!("one sentence")
        };
        let c = counts(sentence);
        let s = Sentence {
            place: String::new(),
            text: sentence,
            sources: &[],
            words: c.words,
            grade: c.grade(),
        };
        assert_eq!(s.words, 16);
        assert!(s.over_aim());
    }
}
