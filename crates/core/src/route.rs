//! Where the patient is, and its address: a page of the guide, the pain
//! diary beside it, or (the full build) the exercise library and a physio's
//! programme. The address is
//! the part after `#/`, so it works under any sub-path and from one file.

/// A page of the guide.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Page {
    Start,
    Question(String),
    /// The care card and plan, or the red-flag card when the questions stopped.
    Result,
}

/// What is on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// A page of the guide's questions and results.
    Guide(Page),
    /// The pain diary; the guide stays where the patient left it.
    Diary,
    /// The exercise library (`None`) or one exercise's page, beside the guide.
    #[cfg(feature = "exercises")]
    Exercises(Option<String>),
    /// A physio's programme, beside the guide.
    #[cfg(feature = "exercises")]
    Programme(ProgrammeAt),
}

/// Which programme page (the full build).
#[cfg(feature = "exercises")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProgrammeAt {
    /// The programme kept on this device (`programme`).
    Kept,
    /// The physio's builder (`programme/new`, in the clinician view).
    Build,
    /// A link's programme, unchecked, to show and keep (`programme/<text>`;
    /// `exercise::programme::decode` checks it).
    Link(String),
}

const DIARY: &str = "diary";
#[cfg(feature = "exercises")]
const EXERCISES: &str = "exercises";
#[cfg(feature = "exercises")]
const PROGRAMME: &str = "programme";
#[cfg(feature = "exercises")]
const BUILD: &str = "new";

impl Route {
    /// The route as the last part of an address (`q/sitting`, `diary`).
    pub fn to_path(&self) -> String {
        match self {
            Route::Guide(page) => page_to_path(page),
            Route::Diary => DIARY.to_owned(),
            #[cfg(feature = "exercises")]
            Route::Exercises(None) => EXERCISES.to_owned(),
            #[cfg(feature = "exercises")]
            Route::Exercises(Some(id)) => format!("{EXERCISES}/{id}"),
            #[cfg(feature = "exercises")]
            Route::Programme(ProgrammeAt::Kept) => PROGRAMME.to_owned(),
            #[cfg(feature = "exercises")]
            Route::Programme(ProgrammeAt::Build) => format!("{PROGRAMME}/{BUILD}"),
            #[cfg(feature = "exercises")]
            Route::Programme(ProgrammeAt::Link(text)) => format!("{PROGRAMME}/{text}"),
        }
    }

    /// The route an address names, if any.
    pub fn from_path(path: &str) -> Option<Route> {
        match page_from_path(path) {
            Some(page) => Some(Route::Guide(page)),
            None if path.strip_prefix('/').unwrap_or(path) == DIARY => Some(Route::Diary),
            #[cfg(feature = "exercises")]
            None => beside(path.trim_matches('/')),
            #[cfg(not(feature = "exercises"))]
            None => None,
        }
    }
}

/// The exercise library's and the programme's routes.
#[cfg(feature = "exercises")]
fn beside(path: &str) -> Option<Route> {
    if let Some(rest) = path.strip_prefix(PROGRAMME) {
        return match rest {
            "" => Some(Route::Programme(ProgrammeAt::Kept)),
            "/new" => Some(Route::Programme(ProgrammeAt::Build)),
            text => Some(Route::Programme(ProgrammeAt::Link(
                text.strip_prefix('/')?.to_owned(),
            ))),
        };
    }
    match path.strip_prefix(EXERCISES)? {
        "" => Some(Route::Exercises(None)),
        id => valid_id(id.strip_prefix('/')?).then(|| Route::Exercises(Some(id[1..].to_owned()))),
    }
}

/// A page as the last part of an address: `start`, `q/<id>`, `result`.
pub fn page_to_path(page: &Page) -> String {
    match page {
        Page::Start => "start".into(),
        Page::Question(id) => format!("q/{id}"),
        Page::Result => "result".into(),
    }
}

/// The page an address names, if any.
pub fn page_from_path(path: &str) -> Option<Page> {
    match path.trim_matches('/') {
        "" | "start" => Some(Page::Start),
        // The page "Check your answers" had; its answers are on the result now.
        "check" => Some(Page::Result),
        "result" => Some(Page::Result),
        other => {
            let id = other.strip_prefix("q/")?;
            valid_id(id).then(|| Page::Question(id.to_owned()))
        }
    }
}

/// An id as content and saved data write it: letters, digits, `_` and `-`.
pub(crate) fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_and_paths_agree() {
        for page in [Page::Start, Page::Result, Page::Question("a_b".into())] {
            assert_eq!(page_from_path(&page_to_path(&page)), Some(page));
        }
        assert_eq!(page_from_path("q/<script>"), None);
    }

    #[test]
    fn routes_and_paths_agree() {
        for route in [
            Route::Diary,
            Route::Guide(Page::Start),
            Route::Guide(Page::Result),
            Route::Guide(Page::Question("sitting".into())),
        ] {
            assert_eq!(Route::from_path(&route.to_path()), Some(route));
        }
        assert_eq!(Route::from_path("/diary"), Some(Route::Diary));
        assert_eq!(Route::from_path("diary/x"), None);
        assert_eq!(Route::from_path(""), Some(Route::Guide(Page::Start)));
    }

    #[test]
    fn the_exercise_pages_have_addresses() {
        for route in [
            Route::Exercises(None),
            Route::Exercises(Some("bridge_hold".into())),
        ] {
            assert_eq!(Route::from_path(&route.to_path()), Some(route));
        }
        assert_eq!(Route::Exercises(None).to_path(), "exercises");
        assert_eq!(Route::from_path("/exercises"), Some(Route::Exercises(None)));
        assert_eq!(
            Route::from_path("exercises/skips"),
            Some(Route::Exercises(Some("skips".into())))
        );
        for wrong in ["exercises/<b>", "exercisesx", "exercises/a/b"] {
            assert_eq!(Route::from_path(wrong), None, "{wrong}");
        }
    }

    #[test]
    fn the_programme_pages_have_addresses_and_a_link_keeps_its_text_whole() {
        for route in [
            Route::Programme(ProgrammeAt::Kept),
            Route::Programme(ProgrammeAt::Build),
            Route::Programme(ProgrammeAt::Link("1~a.1.r1.1.1~0badf00d".into())),
        ] {
            assert_eq!(Route::from_path(&route.to_path()), Some(route));
        }
        assert_eq!(
            Route::from_path("/programme/new"),
            Some(Route::Programme(ProgrammeAt::Build))
        );
        // Whatever follows is the link's, checked by its decoder, not here.
        assert_eq!(
            Route::from_path("programme/x<y"),
            Some(Route::Programme(ProgrammeAt::Link("x<y".into())))
        );
        for wrong in ["programmex", "programme_new"] {
            assert_eq!(Route::from_path(wrong), None, "{wrong}");
        }
    }
}
