//! Each exercise's drawing, read from `exercises/<id>.svg` beside the
//! content file, checked (`crate::drawing`) and kept, compacted, in the
//! library; a missing or refused drawing is a problem at the exercise.

use std::path::Path;

use guide_core::exercise::{Exercise, Library};

use crate::drawing;
use crate::errors::{Locator, Problem};

/// The library with every drawing that passes its checks; `problems`
/// receives the others.
pub(super) fn read(library: Library, folder: &Path, problems: &mut Vec<Problem>) -> Library {
    let exercises = library.exercises.iter().map(|exercise| {
        let file = format!("exercises/{}.svg", exercise.id);
        let mut problem = |reason: String| {
            problems.push(Problem {
                at: Locator::Exercise(exercise.id.to_owned()),
                field: None,
                occurrence: 0,
                reason: format!("drawing {file}: {reason}"),
            })
        };
        let drawing = match std::fs::read_to_string(folder.join(&file)) {
            Err(e) => {
                problem(format!(
                    "cannot be read ({e}); each exercise needs one, named by its id"
                ));
                ""
            }
            Ok(svg) => {
                let found = drawing::check(&svg);
                let ok = found.is_empty();
                found.into_iter().for_each(&mut problem);
                if ok {
                    Box::leak(drawing::compact(&svg).into_boxed_str())
                } else {
                    ""
                }
            }
        };
        Exercise {
            drawing,
            ..exercise.clone()
        }
    });
    Library {
        exercises: Vec::leak(exercises.collect()),
        ..library
    }
}
