//! A physio's programme as the link and the device carry it, against the
//! shipped exercise library: every exercise at the ends of every range
//! comes back as it went, and every malformed, changed, cut or out-of-range
//! text is refused with its reason, never read as another dose.

mod common;

use std::sync::OnceLock;

use guide_core::exercise::programme::{
    decode, encode, model::amount_span, Amount, Prescription, Programme, ProgrammeError as E,
    MAX_ITEMS,
};
use guide_core::exercise::Library;
use proptest::prelude::*;

fn lib() -> &'static Library {
    static LIB: OnceLock<Library> = OnceLock::new();
    LIB.get_or_init(|| {
        guide_content::parse::load_library(&common::real_path())
            .expect("content/guide.toml passes its checks")
            .1
    })
}

fn at(id: &str) -> Prescription {
    Prescription::lowest(lib().exercise(id).expect("a shipped exercise"))
}

/// Bridge hold, prone curl and single-leg bridge at their lowest.
fn three() -> Programme {
    Programme {
        items: vec![at("bridge_hold"), at("prone_curl"), at("single_leg_bridge")],
    }
}

/// `body` with its checksum, as a forger who knows the format would write it.
fn signed(body: &str) -> String {
    let sum = guide_core::exercise::programme::checksum::crc32(body.as_bytes());
    format!("{body}~{sum:08x}")
}

#[test]
fn every_exercise_at_the_ends_of_every_range_comes_back_as_it_went() {
    assert_eq!(lib().exercises.len(), 10);
    for e in lib().exercises {
        let d = e.dose;
        let (amount, _) = amount_span(e);
        for pick in [
            |s: guide_core::exercise::Span| s.low,
            |s: guide_core::exercise::Span| s.high,
        ] {
            let base = Prescription::lowest(e);
            let p = Prescription {
                sets: pick(d.sets),
                amount: base.amount.with(pick(amount)),
                rest_seconds: pick(d.rest_seconds),
                per_week: pick(d.per_week),
                ..base
            };
            let programme = Programme { items: vec![p] };
            let text = encode(&programme);
            assert_eq!(decode(lib(), &text), Ok(programme), "{text}");
        }
    }
}

#[test]
fn the_whole_library_in_one_programme_is_refused_past_the_most_allowed() {
    let all: Vec<Prescription> = lib().exercises.iter().map(Prescription::lowest).collect();
    let most = Programme {
        items: all[..MAX_ITEMS].to_vec(),
    };
    assert_eq!(decode(lib(), &encode(&most)), Ok(most.clone()));
    let too_many = Programme {
        items: all[..MAX_ITEMS + 1].to_vec(),
    };
    assert_eq!(decode(lib(), &encode(&too_many)), Err(E::TooMany));
}

#[test]
fn the_text_is_short_and_holds_only_ids_numbers_and_link_safe_marks() {
    let text = encode(&three());
    assert_eq!(
        text,
        signed("1~bridge_hold.4.h30.60.4~prone_curl.3.r8.60.2~single_leg_bridge.3.r8.60.2")
    );
    assert!(text.len() < 100, "{text}");
    assert!(text
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"~._-".contains(&b)));
}

#[test]
fn every_malformed_form_is_refused_with_its_reason() {
    let huge = "1~".to_owned() + &"bridge_hold.4.h30.60.4~".repeat(100);
    let cases: &[(&str, String, E)] = &[
        ("empty", String::new(), E::Empty),
        ("no exercises", signed("1"), E::Empty),
        (
            "a newer version",
            signed("2~bridge_hold.4.h30.60.4"),
            E::NewerVersion,
        ),
        ("version 0", signed("0~bridge_hold.4.h30.60.4"), E::Damaged),
        ("no version", signed("~bridge_hold.4.h30.60.4"), E::Damaged),
        (
            "unknown id",
            signed("1~moonwalk.3.r8.60.2"),
            E::UnknownExercise,
        ),
        (
            "an id with a dot",
            signed("1~../bridge_hold.4.h30.60.4"),
            E::Damaged,
        ),
        (
            "a near id",
            signed("1~bridge-hold.4.h30.60.4"),
            E::UnknownExercise,
        ),
        (
            "sets too high",
            signed("1~bridge_hold.9.h30.60.4"),
            E::OutOfRange,
        ),
        (
            "sets zero",
            signed("1~bridge_hold.0.h30.60.4"),
            E::OutOfRange,
        ),
        (
            "hold too long",
            signed("1~bridge_hold.4.h90.60.4"),
            E::OutOfRange,
        ),
        (
            "rest too short",
            signed("1~bridge_hold.4.h30.5.4"),
            E::OutOfRange,
        ),
        ("too often", signed("1~prone_curl.3.r8.60.8"), E::OutOfRange),
        (
            "reps for a hold",
            signed("1~bridge_hold.4.r30.60.4"),
            E::WrongKind,
        ),
        (
            "a hold for reps",
            signed("1~prone_curl.3.h8.60.3"),
            E::WrongKind,
        ),
        ("no kind", signed("1~prone_curl.3.8.60.3"), E::Damaged),
        (
            "duplicate",
            signed("1~prone_curl.3.r8.60.3~prone_curl.3.r9.60.3"),
            E::Duplicate,
        ),
        ("a field short", signed("1~prone_curl.3.r8.60"), E::Damaged),
        (
            "a field more",
            signed("1~prone_curl.3.r8.60.3.1"),
            E::Damaged,
        ),
        (
            "an empty item",
            signed("1~prone_curl.3.r8.60.3~"),
            E::Damaged,
        ),
        (
            "a leading zero",
            signed("1~prone_curl.03.r8.60.3"),
            E::Damaged,
        ),
        ("a sign", signed("1~prone_curl.+3.r8.60.3"), E::Damaged),
        (
            "a huge number",
            signed("1~prone_curl.99999999999.r8.60.3"),
            E::Damaged,
        ),
        ("no checksum", "1~prone_curl.3.r8.60.3".into(), E::Damaged),
        (
            "a wrong checksum",
            "1~prone_curl.3.r8.60.3~00000000".into(),
            E::Damaged,
        ),
        (
            "an upper-case checksum",
            signed("1~prone_curl.3.r8.60.3").to_uppercase(),
            E::Damaged,
        ),
        ("non-ASCII", signed("1~prone_curl.3.r8.60.3é"), E::Damaged),
        (
            "non-ASCII digits",
            signed("1~prone_curl.٣.r8.60.3"),
            E::Damaged,
        ),
        ("huge input", huge, E::Damaged),
        ("not a programme", "hello".into(), E::Damaged),
    ];
    for (label, text, error) in cases {
        assert_eq!(
            decode(lib(), text).map(|_| ()),
            Err(*error),
            "{label}: {text}"
        );
    }
    // Too many is counted before any item is read.
    let nine = (0..=MAX_ITEMS).map(|_| "~x.1.r1.1.1").collect::<String>();
    assert_eq!(decode(lib(), &signed(&format!("1{nine}"))), Err(E::TooMany));
}

#[test]
fn a_link_cut_at_any_length_is_refused() {
    let text = encode(&three());
    for end in 0..text.len() {
        assert!(
            decode(lib(), &text[..end]).is_err(),
            "cut to {end}: {}",
            &text[..end]
        );
    }
}

#[test]
fn one_character_changed_at_any_place_is_refused() {
    let text = encode(&three());
    let marks = b"0123456789abcdefhrzAZ~._-";
    for i in 0..text.len() {
        for &mark in marks {
            if text.as_bytes()[i] == mark {
                continue;
            }
            let mut changed = text.clone().into_bytes();
            changed[i] = mark;
            let changed = String::from_utf8(changed).unwrap();
            assert!(
                decode(lib(), &changed).is_err(),
                "changed at {i}: {changed}"
            );
        }
    }
}

#[test]
fn only_a_changed_library_counts_as_content_changed() {
    for e in [E::UnknownExercise, E::WrongKind, E::OutOfRange] {
        assert!(e.content_changed(), "{e:?}");
    }
    for e in [
        E::Empty,
        E::Damaged,
        E::NewerVersion,
        E::Duplicate,
        E::TooMany,
    ] {
        assert!(!e.content_changed(), "{e:?}");
    }
}

#[test]
fn every_starting_dose_is_within_its_ranges() {
    for e in lib().exercises {
        let p = Prescription::lowest(e);
        assert!(p.in_range(), "{}", e.id);
        assert_eq!(
            matches!(p.amount, Amount::Hold(_)),
            e.dose.hold_seconds.is_some()
        );
    }
}

proptest! {
    #[test]
    fn decoding_never_panics_and_only_gives_in_range_doses(text in "[0-9a-z_~.é]{0,120}") {
        if let Ok(programme) = decode(lib(), &text) {
            prop_assert!(programme.items.iter().all(Prescription::in_range));
        }
    }

    #[test]
    fn any_programme_of_in_range_numbers_comes_back(
        picks in proptest::sample::subsequence((0..10usize).collect::<Vec<_>>(), 1..=MAX_ITEMS),
        seed in any::<u32>(),
    ) {
        let items: Vec<Prescription> = picks.iter().map(|&i| {
            let e = &lib().exercises[i];
            let pick = |s: guide_core::exercise::Span| s.low + seed % (s.high - s.low + 1);
            let base = Prescription::lowest(e);
            Prescription {
                sets: pick(e.dose.sets),
                amount: base.amount.with(pick(amount_span(e).0)),
                rest_seconds: pick(e.dose.rest_seconds),
                per_week: pick(e.dose.per_week),
                ..base
            }
        }).collect();
        let programme = Programme { items };
        prop_assert_eq!(decode(lib(), &encode(&programme)), Ok(programme));
    }
}
