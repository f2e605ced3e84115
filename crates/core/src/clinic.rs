//! The clinic's configuration — name, booking link, phone, emergency number,
//! brand colours and logo — and the checks every value passes, whether it
//! comes from `content/clinic.toml` at build time (read by `guide-content`)
//! or from the embedding page's data attributes at run time. A bad value is
//! refused with a message and the safe value stays.

use crate::template::Clinic;

/// Everything the clinic can set without touching Rust.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub clinic: Clinic,
    /// Background of the header and primary buttons, `#rrggbb`.
    pub brand_color: String,
    /// Text on the brand colour, `#rrggbb`; must contrast 4.5:1 with it.
    pub brand_text_color: String,
    /// Path of a logo image on the same site, or empty for none.
    pub logo: String,
}

/// The keys a configuration may set, as in `clinic.toml` and as
/// `data-<key>` attributes (with `-` for `_`) on the embedding element.
pub const KEYS: [&str; 7] = [
    "name",
    "booking_url",
    "phone",
    "emergency_number",
    "brand_color",
    "brand_text_color",
    "logo",
];

impl Config {
    /// Sets `key` to `value` if the value is safe; otherwise says why and
    /// leaves the configuration as it was.
    pub fn set(&mut self, key: &str, value: &str) -> Result<(), String> {
        let value = value.trim();
        let target = match key {
            "name" => {
                non_empty(key, value)?;
                &mut self.clinic.name
            }
            "booking_url" => {
                web_url(value)?;
                &mut self.clinic.booking_url
            }
            "phone" => {
                phone(key, value)?;
                &mut self.clinic.phone
            }
            "emergency_number" => {
                phone(key, value)?;
                &mut self.clinic.emergency_number
            }
            "brand_color" => {
                contrast(value, &self.brand_text_color)?;
                &mut self.brand_color
            }
            "brand_text_color" => {
                contrast(&self.brand_color, value)?;
                &mut self.brand_text_color
            }
            "logo" => {
                same_site_path(value)?;
                &mut self.logo
            }
            _ => {
                return Err(format!(
                    "unknown setting `{key}` (known: {})",
                    KEYS.join(", ")
                ))
            }
        };
        *target = value.to_owned();
        Ok(())
    }
}

impl Default for Config {
    /// Safe values used until the clinic's own are applied.
    fn default() -> Self {
        Config {
            clinic: Clinic {
                name: "your physiotherapy clinic".into(),
                booking_url: String::new(),
                phone: String::new(),
                emergency_number: "000".into(),
            },
            brand_color: "#005eb8".into(),
            brand_text_color: "#ffffff".into(),
            logo: String::new(),
        }
    }
}

fn non_empty(key: &str, value: &str) -> Result<(), String> {
    if value.is_empty() {
        Err(format!("`{key}` is empty"))
    } else {
        Ok(())
    }
}

fn phone(key: &str, value: &str) -> Result<(), String> {
    non_empty(key, value)?;
    let ok = value.chars().any(|c| c.is_ascii_digit())
        && value
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')'));
    if ok {
        Ok(())
    } else {
        Err(format!(
            "`{key}` must be a phone number (digits, spaces, + - ( )), not `{value}`"
        ))
    }
}

/// An `https://` address whose host is the host it reads as: no user part
/// (`https://clinic@evil.example` goes to evil.example), no empty host,
/// only letters, digits, `.` and `-` in the host, digits in a port, no
/// space, control character, `"`, `<` or `>`; at most 2,000 bytes. Not
/// `http://`, which could be changed on its way to the patient. One loop
/// over the bytes, no substring search: this runs in the first build, where
/// every byte of code counts.
fn web_url(value: &str) -> Result<(), String> {
    let bytes = value.as_bytes();
    let https =
        bytes.len() <= 2000 && bytes.len() > 8 && bytes[..8].eq_ignore_ascii_case(b"https://");
    // 0: the host's first byte, 1: the host, 2: a port's first digit, 3: the
    // port, 4: the path, query or fragment.
    let mut part = if https { 0 } else { 5 };
    for &b in &bytes[bytes.len().min(8)..] {
        part = match (part, b) {
            (_, ..=b' ' | 0x7f | b'"' | b'<' | b'>') | (5, _) => 5,
            (4, _) | (1 | 3, b'/' | b'?' | b'#') => 4,
            (0 | 1, b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9') | (1, b'.' | b'-') => 1,
            (1, b':') => 2,
            (2 | 3, b'0'..=b'9') => 3,
            _ => 5,
        };
    }
    if matches!(part, 1 | 3 | 4) {
        Ok(())
    } else {
        Err(format!(
            "`booking_url` must be an https:// address (no user@), not `{value}`"
        ))
    }
}

fn same_site_path(value: &str) -> Result<(), String> {
    let ok = value.is_empty()
        || (!value.contains(':')
            && !value.starts_with("//")
            && value
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | '_' | '-')));
    if ok {
        Ok(())
    } else {
        Err(format!(
            "`logo` must be a path on this site such as `assets/logo.svg`, not `{value}`"
        ))
    }
}

/// Parses `#rgb` or `#rrggbb` into 0–255 channels.
pub fn parse_color(value: &str) -> Option<[u8; 3]> {
    let hex = value.strip_prefix('#')?;
    let digit = |c: char| c.to_digit(16).map(|d| d as u8);
    let digits: Vec<u8> = hex.chars().map(digit).collect::<Option<_>>()?;
    match digits.as_slice() {
        [r, g, b] => Some([r * 17, g * 17, b * 17]),
        [r1, r2, g1, g2, b1, b2] => Some([r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2]),
        _ => None,
    }
}

/// WCAG contrast ratio of two colours.
pub fn contrast_ratio(a: [u8; 3], b: [u8; 3]) -> f64 {
    fn luminance(rgb: [u8; 3]) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                pow_2_4((c + 0.055) / 1.055)
            }
        };
        0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2])
    }
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// `x` to the power 2.4, for `x` in 0..=1, as `x² · (x^⅕)²`, the fifth root
/// found by Newton's method. `f64::powf` would bring a general `pow` of
/// about 1.4 KB into the wasm for this one use.
fn pow_2_4(x: f64) -> f64 {
    if x <= 0.0 {
        return 0.0;
    }
    // From 1 down: for x ≤ 1 each step stays above the root and nears it.
    let mut root = 1.0;
    for _ in 0..40 {
        root = (4.0 * root + x / (root * root * root * root)) / 5.0;
    }
    x * x * root * root
}

fn contrast(background: &str, text: &str) -> Result<(), String> {
    let colour = |v: &str| {
        parse_color(v).ok_or_else(|| format!("`{v}` is not a colour; write it as #rrggbb"))
    };
    let ratio = contrast_ratio(colour(background)?, colour(text)?);
    if ratio >= 4.5 {
        Ok(())
    } else {
        // One decimal without float formatting, which would weigh on the wasm.
        let tenths = (ratio * 10.0) as u32;
        Err(format!(
            "text colour {text} on {background} has contrast {}.{}:1; it needs at least 4.5:1",
            tenths / 10,
            tenths % 10
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_unsafe_values_and_keeps_the_old_ones() {
        let mut config = Config::default();
        let before = config.clone();
        for (key, value) in [
            ("booking_url", "javascript:alert(1)"),
            ("booking_url", "JavaScript:alert(1)"),
            ("booking_url", "data:text/html,hi"),
            ("booking_url", "https://"),
            ("phone", ""),
            ("phone", "call us"),
            ("emergency_number", "   "),
            ("brand_color", "blue-ish"),
            ("brand_color", "#ffff00"),
            ("brand_text_color", "#0060b0"),
            ("logo", "https://tracker.example/pixel.gif"),
            ("logo", "//cdn.example/logo.svg"),
            ("name", ""),
            ("colour", "#000000"),
        ] {
            assert!(
                config.set(key, value).is_err(),
                "{key} = {value:?} was accepted"
            );
            assert_eq!(config, before, "{key} = {value:?} changed the config");
        }
    }

    #[test]
    fn accepts_good_values() {
        let mut config = Config::default();
        config
            .set("booking_url", "https://clinic.example/book")
            .unwrap();
        config.set("phone", "+61 3 5555 0000").unwrap();
        config.set("emergency_number", "112").unwrap();
        config.set("brand_color", "#1d4d2b").unwrap();
        config.set("logo", "assets/logo.svg").unwrap();
        assert_eq!(config.clinic.booking_url, "https://clinic.example/book");
        assert_eq!(config.clinic.emergency_number, "112");
        assert_eq!(config.brand_color, "#1d4d2b");
    }

    #[test]
    fn contrast_matches_wcag_examples() {
        let ratio = contrast_ratio([0, 0, 0], [255, 255, 255]);
        assert!((ratio - 21.0).abs() < 0.01);
        assert_eq!(parse_color("#fff"), Some([255, 255, 255]));
        assert_eq!(parse_color("#005eb8"), Some([0, 0x5e, 0xb8]));
        assert_eq!(parse_color("005eb8"), None);
    }

    #[test]
    fn the_power_for_contrast_agrees_with_powf_for_every_channel_value() {
        for value in 0..=255u8 {
            let x = (f64::from(value) / 255.0 + 0.055) / 1.055;
            let (ours, std) = (pow_2_4(x), x.powf(2.4));
            assert!(
                (ours - std).abs() <= 1e-12 * std,
                "{value}: {ours} vs {std}"
            );
        }
        assert_eq!(pow_2_4(0.0), 0.0);
        assert_eq!(pow_2_4(1.0), 1.0);
    }
}
