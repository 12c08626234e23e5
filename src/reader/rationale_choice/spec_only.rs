//! A new thing's size told after its price (round R63): "Forklift … approved — Tk 24.5
//! lakh, 3 ton electric." says what is bought, as how many are bought does (convention 76);
//! it is no reason.

/// Is `said` only a size and a word or two of kind: a number, a unit of capacity ("ton",
/// "tonne", "kW", "kVA", "hp", "seater" …), then at most two words and no verb of a
/// judgement? Asked of every record's reason, so its first test is the first byte.
pub(super) fn only_spec(said: &str) -> bool {
    let said = said.trim();
    if !said.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let lower = said.to_lowercase();
    let words: Vec<&str> = lower
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.'))
        .collect();
    let number = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit() || b == b'.');
    (2..=4).contains(&words.len())
        && number(words[0])
        && matches!(
            words[1],
            "ton" | "tons" | "tonne" | "tonnes" | "kw" | "kva" | "hp" | "seater" | "mw" | "cc"
        )
        && !words[2..].iter().any(|w| {
            matches!(
                *w,
                "is" | "are" | "was" | "were" | "too" | "not" | "no" | "can't" | "won't"
            )
        })
}

#[cfg(test)]
mod tests {
    use super::only_spec;

    #[test]
    fn a_size_alone_is_known() {
        assert!(only_spec("3 ton electric"));
        assert!(only_spec("40 kVA silent"));
        assert!(!only_spec("3 ton is too small for the new bales"));
        assert!(!only_spec("3 tons a day lost to spillage"));
        assert!(!only_spec("the 3 ton one broke"));
    }
}
