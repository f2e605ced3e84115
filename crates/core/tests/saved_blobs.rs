//! Saved data read back from a device may be anything. Decoding never panics,
//! what it accepts round-trips, and valid saves survive byte-level damage
//! either intact or refused as a whole (never half-read).

use guide_core::engine::Answers;
use guide_core::saved::{decode, encode, Saved};
use guide_core::session::Page;
use proptest::prelude::*;

fn id() -> impl Strategy<Value = String> {
    "[a-z][a-z0-9_]{0,12}"
}

fn saved() -> impl Strategy<Value = Saved> {
    // Each answer with the fingerprint of its question, or none (older saves).
    let answer = (
        prop::collection::vec(id(), 1..4),
        prop::option::of("[0-9a-f]{8}"),
    );
    let answers = prop::collection::btree_map(id(), answer, 0..20);
    let page = prop_oneof![
        Just(Page::Start),
        Just(Page::Result),
        id().prop_map(Page::Question),
    ];
    let content_version = prop_oneof![Just(String::new()), "[0-9a-z.-]{1,12}"];
    (answers, page, content_version).prop_map(|(answers, page, content_version)| Saved {
        fingerprints: answers
            .iter()
            .filter_map(|(q, (_, f))| Some((q.clone(), f.clone()?)))
            .collect(),
        answers: answers
            .into_iter()
            .map(|(q, (choices, _))| (q, choices))
            .collect::<Answers>(),
        page,
        content_version,
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn any_text_decodes_without_panic(text in any::<String>()) {
        if let Ok(saved) = decode(&text) {
            prop_assert_eq!(decode(&encode(&saved)), Ok(saved));
        }
    }

    #[test]
    fn saves_round_trip(original in saved()) {
        prop_assert_eq!(decode(&encode(&original)), Ok(original));
    }

    #[test]
    fn damaged_saves_are_read_whole_or_refused(original in saved(), at in any::<usize>(), byte in any::<u8>()) {
        let mut bytes = encode(&original).into_bytes();
        let at = at % bytes.len();
        bytes[at] = byte;
        let text = String::from_utf8_lossy(&bytes);
        if let Ok(read) = decode(&text) {
            // Whatever was accepted is a complete, valid save of its own.
            prop_assert_eq!(decode(&encode(&read)), Ok(read));
        }
    }
}
