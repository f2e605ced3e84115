//! The content model: every question, option, red flag, care level, rule and
//! piece of advice the guide can show.
//!
//! Values of these types are only ever built from a content file that has
//! passed the checks of `guide-content` (`validate`): by the app's build script, which turns the file
//! into `static` Rust data, and by native tests, which parse it at run time.
//! All text is `&'static str` so the same types serve both.

/// An identifier from the content file (question, option, section, …).
pub type Id = &'static str;

/// The whole validated content file.
#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    pub meta: Meta,
    /// Reference list; every statement's `sources` resolves here.
    pub sources: &'static [Source],
    /// Care levels ordered from the least to the most urgent.
    pub care_levels: &'static [CareLevel],
    pub red_flags: &'static [RedFlag],
    /// Questions; the first one is where every path starts.
    pub questions: &'static [Question],
    /// Rules that raise the care level from a combination of answers.
    pub rules: &'static [Rule],
    /// Plan sections, in the order the results page shows them.
    pub sections: &'static [Section],
    /// Patient-facing page texts (start page, results headings, …) by key.
    pub texts: &'static [Text],
    /// The pain diary's thresholds and advice (`[diary]`), when the content has one.
    pub diary: Option<Diary>,
    /// The clinician's terms for the summary for the physio (`[summary]`),
    /// when the content has them.
    pub summary: Option<Summary>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Meta {
    pub title: &'static str,
    /// Content version shown to clinicians and stored with saved answers.
    pub version: &'static str,
    /// Care level given when no rule or red flag raises it.
    pub default_care: Id,
    /// Plan sections shown, with the clinic's details, when the guide cannot
    /// run (no JavaScript): the essentials of looking after the pain.
    pub essentials: &'static [Id],
}

#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub key: Id,
    pub citation: &'static str,
}

/// How a care card looks, from calm to alarming.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CardStyle {
    SelfCare,
    NonUrgent,
    Urgent,
    Emergency,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CareLevel {
    pub id: Id,
    pub style: CardStyle,
    /// Card heading, e.g. "Book a physio appointment".
    pub title: &'static str,
    /// What to do and by when.
    pub action: &'static str,
    pub sources: &'static [Id],
}

/// A finding that needs care the guide cannot give. Choosing an option that
/// names a red flag stops the questions and shows this card.
#[derive(Debug, Clone, PartialEq)]
pub struct RedFlag {
    pub id: Id,
    /// The care level this red flag gives at least.
    pub care: Id,
    pub title: &'static str,
    /// What it may mean, in plain words (never a diagnosis).
    pub meaning: &'static str,
    /// What to do now.
    pub action: &'static str,
    pub sources: &'static [Id],
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Radio buttons: exactly one option.
    Single,
    /// Checkboxes: one or more options; an `exclusive` option ("None of
    /// these") cannot be combined with others.
    Multi,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Next {
    Question(Id),
    /// No more questions: the outcome.
    End,
}

/// The group of the questions that screen for red flags, asked first.
pub const SAFETY_GROUP: &str = "safety";
/// The group of the questions asked after the result, to help the physio:
/// optional, and nothing the guide decides may depend on them (checked at
/// build).
pub const FOR_PHYSIO_GROUP: &str = "for_physio";

#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub id: Id,
    /// The group it belongs to ("safety", "where", "triggers", "history").
    pub group: Id,
    /// The question, shown as the page heading.
    pub text: &'static str,
    pub hint: Option<&'static str>,
    pub kind: Kind,
    pub options: &'static [AnswerOption],
    /// Where to go after this question unless the chosen option says otherwise.
    pub next: Next,
    /// What an answer to it means, as a short digest made at build time
    /// (`fingerprint::of`): saved answers keep it, so a question that has
    /// changed since is asked again.
    pub fingerprint: &'static str,
}

/// One answer option of a question (`[[questions.options]]`); the options a
/// patient picks are their choices.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerOption {
    pub id: Id,
    pub label: &'static str,
    pub hint: Option<&'static str>,
    /// "None of these": clears and is cleared by the other options.
    pub exclusive: bool,
    /// Choosing this stops the questions with this red flag's card.
    pub red_flag: Option<Id>,
    /// Branch: go here instead of the question's `next` (single choice only).
    pub next: Option<Next>,
    /// Plan sections this answer brings into the plan.
    pub brings: &'static [Id],
    /// Shown under "Why we suggest this", completing "because …".
    pub reason: Option<&'static str>,
}

/// A reference to one option of one question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct AnswerRef {
    pub question: Id,
    pub choice: Id,
}

/// Holds when every `all` answer was given, at least one `any` answer was
/// given (or `any` is empty), and no `none` answer was given.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Condition {
    pub all: &'static [AnswerRef],
    pub any: &'static [AnswerRef],
    pub none: &'static [AnswerRef],
}

/// Raises the care level when its condition holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    pub id: Id,
    pub when: Condition,
    pub care: Id,
    /// Completes "because …" on the results page.
    pub reason: &'static str,
    pub sources: &'static [Id],
}

/// A part of the personal plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub id: Id,
    pub title: &'static str,
    /// Shown on every completed outcome.
    pub always: bool,
    /// Shown when this holds (besides options that bring it).
    pub when: Option<Condition>,
    /// Marked as "with your physio" (exercise stages).
    pub guided: bool,
    pub items: &'static [Advice],
}

/// One piece of advice and where it comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct Advice {
    pub text: &'static str,
    pub sources: &'static [Id],
    /// Set on the plan's key actions: what to do, or what not to do.
    pub action: Option<KeyAction>,
    /// The key action in the clinician's words, for the physio's summary.
    pub summary: Option<&'static str>,
    /// Set on the items of the safety net (the section the results page
    /// shows as care cards): the card it is on, `Emergency` ("Call
    /// {emergency} if:") or `Urgent` ("See a doctor or physio today if:").
    pub card: Option<CardStyle>,
    /// With `card`: the sign in the words that complete the card's heading
    /// ("you get numbness between your legs"); `text` stays the whole
    /// sentence for where the item stands alone (the diary, no JavaScript).
    pub sign: Option<&'static str>,
}

/// Which list a key action of the plan is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyAction {
    Do,
    Dont,
}

/// The summary for the physio in the clinician's terms: a name for each
/// care level, red flag and rule, and how each question is reported.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub care_levels: &'static [Term],
    pub red_flags: &'static [Term],
    pub rules: &'static [Term],
    /// Every question, each in one part of the summary.
    pub questions: &'static [SummaryQuestion],
}

/// The clinician's word for the item `id`.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    pub id: Id,
    pub name: &'static str,
}

/// How one question is reported in the summary.
#[derive(Debug, Clone, PartialEq)]
pub struct SummaryQuestion {
    /// The question's id.
    pub id: Id,
    pub part: Part,
    /// The question in the clinician's terms ("Emergency signs").
    pub name: &'static str,
    /// Options in the clinician's terms; an option without one is reported
    /// by its label.
    pub options: &'static [Term],
}

/// The parts of the summary a question can be reported in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    /// The safety screen: "none of 4", or the signs given.
    Screen,
    /// What brings the pain on, and what does not.
    Factors,
    Irritability,
    History,
    /// What the patient has tried.
    Tried,
}

/// A patient-facing text that is not tied to a question (start page, headings).
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    pub key: Id,
    pub text: &'static str,
}

/// The pain diary: the numbers its rules use and what it says. Every number
/// and every message names its sources, like the rest of the content.
#[derive(Debug, Clone, PartialEq)]
pub struct Diary {
    /// Highest pain during an activity that is within the pain rule (0–10).
    pub limit: Threshold,
    /// Days in a row within the rule before the diary suggests one step more.
    pub steady_days: Threshold,
    /// The look-back for "no better": its first week is compared with the last.
    pub review_days: Threshold,
    /// Entries a week needs before its average is compared.
    pub review_entries: Threshold,
    /// How much a weekly average must fall (out of 10) to count as better.
    pub better_by: Threshold,
    /// How much a weekly average must rise (out of 10) to count as worse.
    pub worse_by: Threshold,
    /// The "new or worrying symptoms" box and the card it brings.
    pub alarm: Alarm,
    /// No entry in the last `steady_days` days.
    pub no_recent: Message,
    /// Within the limit and back to usual by the next morning.
    pub keep_going: Message,
    /// Within the limit; the next morning is not rated yet.
    pub check_morning: Message,
    /// Within the rule for each full `steady_days` days in a row.
    pub progress: Message,
    /// Over the limit, or worse the next morning.
    pub ease_off: Message,
    /// Nudge: the last week is not clearly better than the first of `review_days`.
    pub no_better: Message,
    /// Nudge: the last week is clearly worse than an earlier one.
    pub getting_worse: Message,
    /// The return-to-running ladder, when the content has one.
    pub ladder: Option<Ladder>,
}

/// The return-to-running ladder (`[diary.ladder]`): kinds of run from easy
/// and flat to sprints, one rung at a time, each only after `steady_days`
/// within the pain rule with no flare the next morning. The plan shows it
/// in `section`; the diary follows it (`crate::diary::ladder`).
#[derive(Debug, Clone, PartialEq)]
pub struct Ladder {
    /// The plan section that shows the ladder (the running advice).
    pub section: Id,
    /// Settled runs on a rung, within `steady_days`, before the next rung.
    pub runs: Threshold,
    /// What the ladder is and its rule, in a sentence or two.
    pub intro: &'static str,
    /// From the first rung to the last; each names a kind of run the diary
    /// records (`easy`, `strides`, `tempo`, `hills`, `sprints`).
    pub rungs: &'static [Rung],
    /// No run in the diary yet: start on the first rung.
    pub start: Message,
    /// On a rung, its week not yet done.
    pub stay: Message,
    /// The week on this rung is done: the next rung may come.
    pub ready: Message,
    /// A run over the limit or a worse next morning: one rung down.
    pub back: Message,
    /// A run of a later rung than earned: one rung at a time.
    pub ahead: Message,
    /// The week on the last rung is done.
    pub top: Message,
    pub sources: &'static [Id],
}

/// One rung of the ladder: the kind of run it is, and how to do it.
#[derive(Debug, Clone, PartialEq)]
pub struct Rung {
    /// The diary's kind of run (`easy`, `strides`, …).
    pub run: Id,
    pub text: &'static str,
    pub sources: &'static [Id],
}

/// A number the diary's rules use, and where it comes from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Threshold {
    pub value: u32,
    pub sources: &'static [Id],
}

/// The "new or worrying symptoms" box on each diary entry. Ticked, it shows
/// the card of `care` with the items of `section`, over any other advice,
/// for `days` days.
#[derive(Debug, Clone, PartialEq)]
pub struct Alarm {
    /// The checkbox label.
    pub label: &'static str,
    /// Examples under the label.
    pub hint: &'static str,
    /// Shown on the card, before the care level's action.
    pub text: &'static str,
    pub care: Id,
    pub section: Id,
    pub days: u32,
    pub sources: &'static [Id],
}

/// A piece of diary advice: a heading and what to do.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub title: &'static str,
    pub text: &'static str,
    pub sources: &'static [Id],
}

impl Content {
    pub fn question(&self, id: &str) -> Option<&'static Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn red_flag(&self, id: &str) -> Option<&'static RedFlag> {
        self.red_flags.iter().find(|r| r.id == id)
    }

    pub fn section(&self, id: &str) -> Option<&'static Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    pub fn source(&self, key: &str) -> Option<&'static Source> {
        self.sources.iter().find(|s| s.key == key)
    }

    pub fn rule(&self, id: &str) -> Option<&'static Rule> {
        self.rules.iter().find(|r| r.id == id)
    }

    /// The care level with this id and its rank (0 = least urgent).
    pub fn care(&self, id: &str) -> Option<(usize, &'static CareLevel)> {
        self.care_levels
            .iter()
            .enumerate()
            .find(|(_, c)| c.id == id)
    }

    /// A page text by its key (see [`crate::texts`]: the content checks
    /// require every key, and each build's content holds its own).
    pub fn text(&self, key: impl crate::texts::Key) -> &'static str {
        let key = key.name();
        self.texts
            .iter()
            .find(|t| t.key == key)
            .map_or("", |t| t.text)
    }
}

impl Summary {
    /// How the question `id` is reported.
    pub fn question(&self, id: &str) -> Option<&'static SummaryQuestion> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// The clinician's name for a care level, red flag or rule.
    pub fn name(terms: &'static [Term], id: &str) -> Option<&'static str> {
        terms.iter().find(|t| t.id == id).map(|t| t.name)
    }
}

impl SummaryQuestion {
    /// The clinician's term for the option `id`, if the content gives one.
    pub fn option(&self, id: &str) -> Option<&'static str> {
        Summary::name(self.options, id)
    }
}

impl Section {
    /// Whether this is the safety net: its items are on the urgent and
    /// emergency care cards (`Advice::card`), not in a plain list.
    pub fn is_safety_net(&self) -> bool {
        self.items.iter().any(|i| i.card.is_some())
    }
}

impl Question {
    /// The option `id` of this question.
    pub fn option(&self, id: &str) -> Option<&'static AnswerOption> {
        self.options.iter().find(|c| c.id == id)
    }

    /// The caption of its part of the guide, by its group: the progress a
    /// patient sees instead of a count that changes as they answer.
    pub fn part(&self) -> crate::texts::TextKey {
        use crate::texts::TextKey;
        match self.group {
            SAFETY_GROUP => TextKey::PartSafety,
            FOR_PHYSIO_GROUP => TextKey::PartForPhysio,
            "history" => TextKey::PartHistory,
            _ => TextKey::PartPain,
        }
    }
}
