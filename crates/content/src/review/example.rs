//! A patient's answers, kept as an example of a group of answer paths, and
//! which of two examples is the shorter one to show.
//!
//! The walks build examples from the end of a path up, one answer in front
//! at each question, and share the rest: an [`Example`] is a linked list, so
//! putting an answer in front copies nothing.

use std::rc::Rc;

/// Each question answered, in the order asked, with the options chosen.
pub type Patient = Vec<(&'static str, Vec<&'static str>)>;

/// A patient's answers from some question to the end of the path.
#[derive(Debug, Clone, Default)]
pub struct Example(Option<Rc<Link>>);

#[derive(Debug)]
struct Link {
    question: &'static str,
    choices: Vec<&'static str>,
    rest: Example,
    /// Questions answered, then options chosen, from here to the end.
    size: (usize, usize),
}

impl Example {
    /// No answers: the end of a path.
    pub fn end() -> Self {
        Example(None)
    }

    /// This example with the answer `choices` to `question` in front.
    pub fn after(&self, question: &'static str, choices: Vec<&'static str>) -> Self {
        let (questions, options) = self.size();
        let size = (questions + 1, options + choices.len());
        Example(Some(Rc::new(Link {
            question,
            choices,
            rest: self.clone(),
            size,
        })))
    }

    /// Questions answered, then options chosen.
    fn size(&self) -> (usize, usize) {
        self.0.as_ref().map_or((0, 0), |link| link.size)
    }

    /// Whether this example is strictly shorter than `kept`: fewer
    /// questions, or as many with fewer options ticked. A tie keeps the
    /// example found first.
    pub fn shorter_than(&self, kept: &Example) -> bool {
        self.size() < kept.size()
    }

    /// The answers, in the order asked.
    pub fn patient(&self) -> Patient {
        let mut out = Vec::new();
        let mut at = &self.0;
        while let Some(link) = at {
            out.push((link.question, link.choices.clone()));
            at = &link.rest.0;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_go_in_front_in_the_order_asked() {
        let example = Example::end().after("b", vec!["z"]).after("a", vec!["x"]);
        assert_eq!(example.patient(), vec![("a", vec!["x"]), ("b", vec!["z"])]);
    }

    #[test]
    fn fewer_questions_then_fewer_options_is_shorter() {
        let two_options = Example::end().after("a", vec!["x", "y"]);
        let two_questions = Example::end().after("b", vec!["z"]).after("a", vec!["x"]);
        let one = Example::end().after("a", vec!["x"]);
        assert!(two_options.shorter_than(&two_questions));
        assert!(!two_questions.shorter_than(&two_options));
        assert!(one.shorter_than(&two_options));
        assert!(!one.shorter_than(&one.clone()), "a tie keeps the first");
    }
}
