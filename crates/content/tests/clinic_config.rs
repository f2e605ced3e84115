//! `content/clinic.toml` goes through the same value checks as the
//! embedding page's `data-*` attributes; a booking link that is refused
//! stops the build with the file, line and reason.

use std::path::PathBuf;

use guide_content::clinic;

fn clinic_toml(name: &str, booking_url: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("guide-clinic-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("clinic.toml");
    std::fs::write(
        &path,
        format!(
            "name = \"The Injury Clinic\"\nbooking_url = \"{booking_url}\"\nphone = \"03 5200 0000\"\nemergency_number = \"000\"\n"
        ),
    )
    .unwrap();
    path
}

#[test]
fn the_clinic_file_refuses_a_booking_link_that_is_not_safe_with_its_line() {
    for (name, url) in [
        ("http", "http://clinic.example/book"),
        ("user", "https://clinic.example@evil.example/book"),
        ("no-host", "https:///evil.example"),
    ] {
        let path = clinic_toml(name, url);
        let errors = clinic::load(&path).expect_err(url);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].starts_with(&format!("{}:2: `booking_url` must be", path.display())),
            "{errors:?}"
        );
    }
    let path = clinic_toml("good", "https://clinic.example/book");
    let config = clinic::load(&path).unwrap();
    assert_eq!(config.clinic.booking_url, "https://clinic.example/book");
}
