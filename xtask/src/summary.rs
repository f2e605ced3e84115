//! The closing table of `cargo xtask test`: one line per layer.

pub struct Layer {
    pub name: &'static str,
    pub ok: bool,
    pub detail: String,
}

impl Layer {
    pub fn new(name: &'static str, ok: bool, detail: &str) -> Self {
        Layer {
            name,
            ok,
            detail: detail.to_owned(),
        }
    }

    /// Sums cargo's `test result:` lines.
    pub fn from_cargo(name: &'static str, ok: bool, out: &str) -> Self {
        let mut totals = [0u64; 3];
        for line in out.lines().filter(|l| l.starts_with("test result:")) {
            for (i, word) in ["passed", "failed", "ignored"].iter().enumerate() {
                totals[i] += count_before(line, word);
            }
        }
        let [passed, failed, ignored] = totals;
        let detail = format!("{passed} passed, {failed} failed, {ignored} ignored");
        // A layer that ran nothing did not test anything.
        Layer {
            name,
            ok: ok && passed > 0 && ignored == 0,
            detail,
        }
    }

    /// Reads the `# pass N` / `# fail N` lines of node's TAP reporter.
    pub fn from_tap(name: &'static str, ok: bool, out: &str) -> Self {
        let find = |key: &str| {
            out.lines()
                .filter_map(|l| l.strip_prefix(key))
                .filter_map(|n| n.trim().parse::<u64>().ok())
                .next_back()
                .unwrap_or(0)
        };
        let (passed, failed, skipped) = (find("# pass "), find("# fail "), find("# skipped "));
        let detail = format!("{passed} passed, {failed} failed, {skipped} skipped");
        Layer {
            name,
            ok: ok && passed > 0 && failed == 0 && skipped == 0,
            detail,
        }
    }
}

/// The number just before `word` in `line` ("3 passed;" → 3).
fn count_before(line: &str, word: &str) -> u64 {
    let words: Vec<&str> = line.split_whitespace().collect();
    words
        .windows(2)
        .find(|w| w[1].trim_end_matches([';', ',']) == word)
        .and_then(|w| w[0].parse().ok())
        .unwrap_or(0)
}

pub fn print(layers: &[Layer]) {
    println!("\n== cargo xtask test: summary ==");
    for layer in layers {
        let mark = if layer.ok { "ok  " } else { "FAIL" };
        println!("{mark} {:<26} {}", layer.name, layer.detail);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_cargo_results_and_fails_empty_runs() {
        let out = "test result: ok. 3 passed; 0 failed; 0 ignored; 0 measured\n\
                   test result: ok. 4 passed; 0 failed; 0 ignored; 0 measured\n";
        let layer = Layer::from_cargo("x", true, out);
        assert_eq!(layer.detail, "7 passed, 0 failed, 0 ignored");
        assert!(layer.ok);
        assert!(!Layer::from_cargo("x", true, "").ok);
        assert!(
            !Layer::from_cargo("x", true, "test result: ok. 1 passed; 0 failed; 1 ignored;").ok
        );
    }

    #[test]
    fn reads_tap_counts() {
        let layer = Layer::from_tap("e2e", true, "# tests 5\n# pass 5\n# fail 0\n# skipped 0\n");
        assert_eq!(layer.detail, "5 passed, 0 failed, 0 skipped");
        assert!(layer.ok);
        assert!(!Layer::from_tap("e2e", true, "# pass 4\n# fail 1\n").ok);
    }
}
