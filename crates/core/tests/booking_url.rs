//! The booking link's checks, as tables of addresses: the same checks run on
//! `content/clinic.toml` at build time and on `data-booking-url` at run time
//! (`Config::set`). A refused address leaves the old one.

use guide_core::clinic::Config;

fn set(url: &str) -> Result<String, String> {
    let mut config = Config::default();
    config
        .set("booking_url", "https://clinic.example/book")
        .unwrap();
    match config.set("booking_url", url) {
        Ok(()) => Ok(config.clinic.booking_url),
        Err(reason) => {
            assert_eq!(
                config.clinic.booking_url, "https://clinic.example/book",
                "{url:?} was refused but the old link did not stay"
            );
            Err(reason)
        }
    }
}

#[test]
fn booking_links_a_clinic_would_use_are_accepted() {
    for url in [
        "https://clinic.example/book",
        "https://clinic.example",
        "https://clinic.example/",
        "HTTPS://Clinic.Example/Book",
        "https://book.clinic-name.example.com.au/online?service=physio&who=new#times",
        "https://clinic.example:8443/book",
        "https://203.0.113.7/book",
        "https://clinic.example/book?ref=a@b",
        "https://clinic.example/people/@jo",
        "https://clinic.example/book#@top",
        "  https://clinic.example/book  ",
    ] {
        assert_eq!(set(url), Ok(url.trim().to_owned()), "{url:?} was refused");
    }
    let long = format!("https://clinic.example/{}", "a".repeat(2000 - 23));
    assert_eq!(long.len(), 2000);
    assert!(set(&long).is_ok(), "a link of 2,000 characters was refused");
}

#[test]
fn booking_links_that_could_mislead_or_leak_are_refused() {
    for url in [
        // A user part: the link reads as the clinic's but goes to evil.example.
        "https://clinic@evil.example",
        "https://clinic.example@evil.example/book",
        "https://clinic.example:pass@evil.example",
        "https://clinic.example%0a@evil.example",
        "https://clinic.example%40evil.example",
        "https://@evil.example",
        "https://clinic.example\\@evil.example",
        // No host, or not a host.
        "https:///evil.example",
        "https://",
        "https://?book",
        "https://#book",
        "https://clinic example/book",
        "https://clinic.example\\book",
        "https://[::1]/book",
        "https://.clinic.example/book",
        "https://-clinic.example/book",
        "https://clinic.example:/book",
        "https://clinic.example:https/book",
        // Plain http: the page could be changed on its way to the patient.
        "http://clinic.example/book",
        "HTTP://clinic.example/book",
        // Not a web address.
        "javascript:alert(1)",
        "data:text/html,hi",
        "//clinic.example/book",
        "clinic.example/book",
        "https:clinic.example/book",
        "https:\\\\clinic.example/book",
        // Characters that break out of an attribute or a line.
        "https://clinic.example/book\"onmouseover=\"alert(1)",
        "https://clinic.example/<book>",
        "https://clinic.example/bo\nok",
        "https://clinic.example/bo\u{7}ok",
        "",
    ] {
        assert!(set(url).is_err(), "{url:?} was accepted");
    }
    let long = format!("https://clinic.example/{}", "a".repeat(2001 - 23));
    assert_eq!(long.len(), 2001);
    assert!(
        set(&long).is_err(),
        "a link of 2,001 characters was accepted"
    );
}

#[test]
fn refusals_say_what_a_booking_link_must_be() {
    let http = set("http://clinic.example/book").unwrap_err();
    assert!(http.contains("https://"), "{http}");
    let user = set("https://clinic@evil.example").unwrap_err();
    assert!(user.contains("(no user@)"), "{user}");
}
