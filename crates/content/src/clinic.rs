//! Reads `content/clinic.toml` into a checked [`Config`] and writes it out as
//! Rust for the app's build script.

use std::path::Path;

use guide_core::clinic::Config;

/// Reads and checks `clinic.toml`. Every key must be known and every
/// value must pass [`Config::set`]; errors name the file and line.
pub fn load(path: &Path) -> Result<Config, Vec<String>> {
    let label = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| vec![format!("{label}: {e}")])?;
    let table: toml::Table = text.parse().map_err(|e: toml::de::Error| {
        let line = e.span().map_or(0, |s| line_of(&text, s.start));
        vec![format!("{label}:{line}: {}", e.message())]
    })?;
    let mut config = Config::default();
    let mut errors = Vec::new();
    for (key, value) in &table {
        let line = line_of_key(&text, key);
        let result = match value.as_str() {
            None => Err(format!("`{key}` must be text in quotes")),
            // The two colours are checked together below.
            Some(v) if key == "brand_color" => {
                config.brand_color = v.to_owned();
                Ok(())
            }
            Some(v) if key == "brand_text_color" => {
                config.brand_text_color = v.to_owned();
                Ok(())
            }
            Some(v) => config.set(key, v),
        };
        if let Err(e) = result {
            errors.push(format!("{label}:{line}: {e}"));
        }
    }
    let brand = config.brand_color.clone();
    if let Err(e) = config.set("brand_color", &brand) {
        errors.push(format!(
            "{label}:{}: {e}",
            line_of_key(&text, "brand_color")
        ));
    }
    for required in ["name", "booking_url", "phone", "emergency_number"] {
        if !table.contains_key(required) {
            errors.push(format!("{label}: `{required}` is missing"));
        }
    }
    if errors.is_empty() {
        Ok(config)
    } else {
        Err(errors)
    }
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

fn line_of_key(text: &str, key: &str) -> usize {
    text.lines()
        .position(|l| l.trim_start().starts_with(key))
        .map_or(0, |i| i + 1)
}

/// Rust source for `pub fn clinic_config() -> Config`.
pub fn rust(config: &Config) -> String {
    let c = &config.clinic;
    format!(
        "pub fn clinic_config() -> guide_core::clinic::Config {{\n    guide_core::clinic::Config {{\n        clinic: guide_core::template::Clinic {{ name: {:?}.into(), booking_url: {:?}.into(), phone: {:?}.into(), emergency_number: {:?}.into() }},\n        brand_color: {:?}.into(),\n        brand_text_color: {:?}.into(),\n        logo: {:?}.into(),\n    }}\n}}\n",
        c.name, c.booking_url, c.phone, c.emergency_number, config.brand_color, config.brand_text_color, config.logo
    )
}
