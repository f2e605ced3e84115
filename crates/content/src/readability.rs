//! Reading grade of the patient-facing text (Flesch–Kincaid grade level),
//! so the content stays readable for people with low literacy.

use guide_core::model::Content;
use guide_core::template::Clinic;

/// Counts behind a reading grade.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    pub sentences: usize,
    pub words: usize,
    pub syllables: usize,
}

impl Counts {
    /// Flesch–Kincaid grade: 0.39 (words/sentence) + 11.8 (syllables/word) − 15.59.
    pub fn grade(&self) -> f64 {
        if self.words == 0 {
            return 0.0;
        }
        let words = self.words as f64;
        0.39 * words / self.sentences.max(1) as f64 + 11.8 * self.syllables as f64 / words - 15.59
    }

    fn add(&mut self, other: Counts) {
        self.sentences += other.sentences;
        self.words += other.words;
        self.syllables += other.syllables;
    }
}

/// Syllables in an English word, by vowel groups with the usual corrections.
pub fn syllables(word: &str) -> usize {
    let w: Vec<char> = word
        .to_lowercase()
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .collect();
    if w.is_empty() {
        return 0;
    }
    if w.len() <= 3 {
        return 1;
    }
    let vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut previous = false;
    for &c in &w {
        let v = vowel(c);
        if v && !previous {
            count += 1;
        }
        previous = v;
    }
    let n = w.len();
    // Two vowels that are said apart ("physio", "diagnosis"), except in
    // endings such as "-tion", "-sion" and "-cial".
    for i in 1..n.saturating_sub(1) {
        let pair = (w[i], w[i + 1]);
        let hiatus = matches!(pair, ('i', 'a') | ('i', 'o') | ('e', 'o') | ('u', 'a'));
        let ending = matches!(w[i - 1], 't' | 's' | 'c' | 'x' | 'g' | 'q') && i + 2 < n;
        if hiatus && !ending {
            count += 1;
        }
    }
    // A silent final "e" ("here", "bone"), but not "-le" after a consonant ("table").
    let consonant_le = w[n - 2] == 'l' && !vowel(w[n - 3]);
    if w[n - 1] == 'e' && !consonant_le && count > 1 {
        count -= 1;
    }
    // "-ed" is usually silent unless after t or d ("walked" vs "started").
    if n > 3 && w[n - 2] == 'e' && w[n - 1] == 'd' && !matches!(w[n - 3], 't' | 'd') && count > 1 {
        count -= 1;
    }
    count.max(1)
}

/// Counts for one piece of text; a piece without end punctuation (a label
/// or heading) is one sentence.
pub fn counts(text: &str) -> Counts {
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().any(|c| c.is_alphanumeric()))
        .collect();
    let ends = text.matches(['.', '!', '?']).count();
    let sentences = if text.trim_end().ends_with(['.', '!', '?']) {
        ends
    } else {
        ends + 1
    };
    Counts {
        sentences: sentences.max(1),
        words: words.len(),
        syllables: words.iter().map(|w| syllables(w)).sum(),
    }
}

/// Every piece of text a patient can see, placeholders filled.
pub fn patient_text(content: &Content, clinic: &Clinic) -> Vec<String> {
    let mut all: Vec<&str> = Vec::new();
    for level in content.care_levels {
        all.extend([level.title, level.action]);
    }
    for flag in content.red_flags {
        all.extend([flag.title, flag.meaning, flag.action]);
    }
    for question in content.questions {
        all.push(question.text);
        all.extend(question.hint);
        for option in question.options {
            all.push(option.label);
            all.extend(option.hint);
            all.extend(option.reason);
        }
    }
    all.extend(content.rules.iter().map(|r| r.reason));
    for section in content.sections {
        all.push(section.title);
        all.extend(section.items.iter().map(|i| i.text));
    }
    all.extend(content.texts.iter().map(|t| t.text));
    let mut out: Vec<String> = Vec::new();
    if let Some(diary) = &content.diary {
        let alarm = &diary.alarm;
        all.extend([alarm.label, alarm.hint, alarm.text]);
        for message in [
            &diary.no_recent,
            &diary.keep_going,
            &diary.check_morning,
            &diary.progress,
            &diary.ease_off,
            &diary.no_better,
            &diary.getting_worse,
        ] {
            all.extend([message.title, message.text]);
        }
        if let Some(ladder) = &diary.ladder {
            all.push(ladder.intro);
            all.extend(ladder.rungs.iter().map(|r| r.text));
            for (_, m) in crate::diary::ladder_messages(ladder) {
                all.extend([m.title, m.text]);
            }
        }
        // The diary's numbers, and typical values in the trend sentences.
        let sample = [
            ("days", 7),
            ("sitting", 2),
            ("activity", 3),
            ("within", 6),
            ("logged", 7),
            ("pain", 4),
            ("first", 2),
            ("last", 5),
            ("runs", 3),
        ];
        out.extend(all.drain(..).map(|t| {
            let t = guide_core::diary::fill(diary, t);
            let t = guide_core::template::fill_words(&t, &[("run", "Hills")]);
            clinic.fill(&guide_core::template::fill_values(&t, &sample))
        }));
    }
    out.extend(all.into_iter().map(|t| clinic.fill(t)));
    out
}

/// The reading grade of all patient-facing text together. Short labels
/// ("Yes", "Not sure") are left out: as one-word "sentences" they would make
/// the grade look easier than the prose is.
pub fn grade(content: &Content, clinic: &Clinic) -> (f64, Counts) {
    let mut total = Counts::default();
    for text in patient_text(content, clinic) {
        let c = counts(&text);
        if c.words >= 4 {
            total.add(c);
        }
    }
    (total.grade(), total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_syllables_of_common_words() {
        for (word, n) in [
            ("sit", 1),
            ("bone", 1),
            ("table", 2),
            ("hamstring", 2),
            ("physio", 3),
            ("tendon", 2),
            ("started", 2),
            ("walked", 1),
            ("diagnosis", 4),
        ] {
            assert_eq!(syllables(word), n, "{word}");
        }
    }

    #[test]
    fn grades_plain_and_hard_text_apart() {
        let plain = counts("Sit on a firm chair. Get up and move every half hour.");
        let hard = counts("Proximal hamstring tendinopathy is characterised by localised ischial tuberosity pain exacerbated by compressive loading.");
        assert!(plain.grade() < 4.0, "{}", plain.grade());
        assert!(hard.grade() > 14.0, "{}", hard.grade());
    }
}
