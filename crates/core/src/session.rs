//! The patient's journey through the guide as a reducer: a [`Session`] and
//! the [`Action`]s a patient can take. The Yew app only dispatches actions
//! and renders the session; every transition lives here and is tested natively.

use crate::engine::{walk, Answers, Step, Walk};
use crate::model::{Content, FOR_PHYSIO_GROUP};
pub use crate::route::Page;
#[cfg(feature = "exercises")]
use crate::route::ProgrammeAt;
use crate::route::Route;

/// Everything a patient can do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// "Start now" on the start page: go to the first unanswered question.
    Begin,
    /// Continue with these choices for this question.
    Answer {
        question: String,
        choices: Vec<String>,
    },
    /// The back link.
    Back,
    /// A "Change" link beside an answer on the results page: answer again,
    /// then return there.
    Change(String),
    /// Go to a page by address (browser back/forward, reload, a typed link).
    /// Pages not yet reachable with the current answers lead to the current step.
    Visit(Page),
    /// Start again with no answers (an open diary stays open).
    Restart,
    /// Open the pain diary beside the guide.
    OpenDiary,
    /// Back from the diary to the guide, where the patient left it.
    CloseDiary,
    /// The answers saved on the device changed in another tab (or were
    /// erased there): take them; this page stays if they still allow it.
    Adopt(Answers),
    /// Open the exercise library (`None`) or an exercise's page beside the
    /// guide (the diary closes; Back returns to the guide).
    #[cfg(feature = "exercises")]
    OpenExercises(Option<String>),
    /// Open a programme page beside the guide: the kept programme, the
    /// physio's builder or a link's programme (the library closes).
    #[cfg(feature = "exercises")]
    OpenProgramme(ProgrammeAt),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub answers: Answers,
    pub page: Page,
    /// Set while changing an answer from the results page.
    pub returning_to_result: bool,
    /// The pain diary is open beside the guide; `page` stays where the
    /// patient left the guide.
    pub diary: bool,
    /// The exercise library is open beside the guide: at an exercise's
    /// page (`Some(Some(id))`) or its list (`Some(None)`).
    #[cfg(feature = "exercises")]
    pub exercises: Option<Option<String>>,
    /// A programme page is open beside the guide.
    #[cfg(feature = "exercises")]
    pub programme: Option<ProgrammeAt>,
}

impl Default for Session {
    fn default() -> Self {
        Self::new(Answers::new())
    }
}

impl Action {
    /// The action that shows `route`, as an address names it.
    pub fn to(route: Route) -> Action {
        match route {
            Route::Guide(page) => Action::Visit(page),
            Route::Diary => Action::OpenDiary,
            #[cfg(feature = "exercises")]
            Route::Exercises(at) => Action::OpenExercises(at),
            #[cfg(feature = "exercises")]
            Route::Programme(at) => Action::OpenProgramme(at),
        }
    }
}

impl Session {
    pub fn new(answers: Answers) -> Self {
        Self {
            answers,
            page: Page::Start,
            returning_to_result: false,
            diary: false,
            #[cfg(feature = "exercises")]
            exercises: None,
            #[cfg(feature = "exercises")]
            programme: None,
        }
    }

    /// What is on screen.
    pub fn route(&self) -> Route {
        #[cfg(feature = "exercises")]
        if let Some(at) = &self.programme {
            return Route::Programme(at.clone());
        }
        #[cfg(feature = "exercises")]
        if let Some(at) = &self.exercises {
            return Route::Exercises(at.clone());
        }
        if self.diary {
            Route::Diary
        } else {
            Route::Guide(self.page.clone())
        }
    }

    /// The page the answers lead to: the next question, or the result once
    /// the questions are done or a red flag stopped them.
    pub fn current_step(&self, content: &Content) -> Page {
        step_page(&walk(content, &self.answers))
    }

    /// The next session after `action`.
    pub fn reduce(&self, content: &Content, action: Action) -> Session {
        let mut next = self.clone();
        // Any move but another exercise or programme page closes them.
        #[cfg(feature = "exercises")]
        if !matches!(
            action,
            Action::OpenExercises(_) | Action::OpenProgramme(_) | Action::Adopt(_)
        ) {
            next.exercises = None;
            next.programme = None;
        }
        match action {
            Action::Begin => {
                next.returning_to_result = false;
                next.page = next.current_step(content);
            }
            Action::Answer { question, choices } => {
                next.answers.set(&question, choices);
                let walk = walk(content, &next.answers);
                let following = walk
                    .path
                    .iter()
                    .position(|a| a.question.id == question)
                    .and_then(|i| walk.path.get(i + 1));
                let for_physio = content
                    .question(&question)
                    .is_some_and(|q| q.group == FOR_PHYSIO_GROUP);
                next.page = match (following, walk.more) {
                    // Going forward through answers already given: the next one, kept.
                    (Some(a), _) if !next.returning_to_result => {
                        Page::Question(a.question.id.to_owned())
                    }
                    // One question for the physio leads to the next.
                    (None, Some(more)) if for_physio && walk.step == Step::Complete => {
                        Page::Question(more.id.to_owned())
                    }
                    _ => step_page(&walk),
                };
            }
            #[cfg(feature = "exercises")]
            Action::Back if self.exercises.is_some() || self.programme.is_some() => {}
            Action::Back if self.diary => next.diary = false,
            Action::Back => {
                next.page = self.previous_page(content);
                next.returning_to_result = false;
            }
            Action::Change(question) => {
                let wanted = Page::Question(question);
                next.page = next.allowed(content, wanted.clone());
                // Only a question on the path can be changed and returned from.
                next.returning_to_result = next.page == wanted;
            }
            Action::Visit(page) => {
                next.page = next.allowed(content, page);
                next.diary = false;
            }
            Action::Restart => {
                next = Session {
                    diary: self.diary,
                    ..Session::default()
                }
            }
            Action::OpenDiary => next.diary = true,
            Action::CloseDiary => next.diary = false,
            Action::Adopt(answers) => {
                next.answers = answers;
                next.page = next.allowed(content, next.page.clone());
            }
            #[cfg(feature = "exercises")]
            Action::OpenExercises(at) => {
                next.exercises = Some(at);
                next.programme = None;
                next.diary = false;
            }
            #[cfg(feature = "exercises")]
            Action::OpenProgramme(at) => {
                next.programme = Some(at);
                next.exercises = None;
                next.diary = false;
            }
        }
        // On the result, no change is under way.
        if next.page == Page::Result {
            next.returning_to_result = false;
        }
        next
    }

    fn previous_page(&self, content: &Content) -> Page {
        let walk = walk(content, &self.answers);
        let last = || {
            walk.path
                .last()
                .map(|a| Page::Question(a.question.id.to_owned()))
        };
        match &self.page {
            Page::Start => Page::Start,
            Page::Question(id) => match walk.before(id) {
                // From the first question for the physio, back to the result.
                Some(q)
                    if q.group != FOR_PHYSIO_GROUP
                        && content
                            .question(id)
                            .is_some_and(|q| q.group == FOR_PHYSIO_GROUP) =>
                {
                    Page::Result
                }
                Some(q) => Page::Question(q.id.to_owned()),
                None if walk.visits(id) => Page::Start,
                // Not on the path (should not happen): back to the last answered.
                None => last().unwrap_or(Page::Start),
            },
            Page::Result => last().unwrap_or(Page::Start),
        }
    }

    /// `page` if the answers allow it, otherwise the current step.
    fn allowed(&self, content: &Content, page: Page) -> Page {
        let walk = walk(content, &self.answers);
        let ok = match &page {
            Page::Start => true,
            Page::Question(id) => walk.visits(id),
            Page::Result => !matches!(walk.step, Step::Ask(_)),
        };
        if ok {
            page
        } else {
            step_page(&walk)
        }
    }
}

/// The page a walk leads to.
fn step_page(walk: &Walk) -> Page {
    match walk.step {
        Step::Ask(q) => Page::Question(q.id.to_owned()),
        Step::Stopped { .. } => Page::Result,
        Step::Complete => Page::Result,
    }
}
