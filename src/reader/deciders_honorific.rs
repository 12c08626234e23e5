//! Convention 81 (round V57): a person's title, honorific or kin word is part of the name as
//! written, after the name as before it — "Chamara aiya", "Thomas sir", "Liu gong", as
//! "Mr. Zhang", "Oom Gerrit" and "Madam Akosua" already are.

/// Honorifics written after a name: Sinhala and Tamil kin words, the Indian and Sri Lankan
/// "sir" and "madam", the Hindi "ji", "sahib", the Chinese "gong" (engineer), and the Bangla
/// and Hindi kin words ("apa", "bhai", "didi", "dada").
pub(super) fn is_after_a_name(w: &str) -> bool {
    matches!(
        w,
        "sir"
            | "aiya"
            | "akka"
            | "ma'am"
            | "ma’am"
            | "madam"
            | "ji"
            | "sahib"
            | "saab"
            // Pakistani English's "Sahib" cut short: "rejected by CEO sb" (round V64).
            | "sb"
            | "gong"
            // The Bangla kin words for an elder sister and brother (round S62).
            | "apa"
            | "apu"
            | "bhai"
            | "bhaiya"
            | "didi"
            | "dada"
    )
}

/// The name found, with the honorific the writer puts straight after it where they do:
/// "Thomas" read from "Thomas sir signed the purchase order" is "Thomas sir". A name that
/// already ends in one, or is followed by a comma ("Thanks Ruwan, sir …"), is left as it is.
pub(super) fn with_honorific(text: &str, name: String) -> String {
    let last = name.rsplit(' ').next().unwrap_or("");
    if name.is_empty() || name.contains(' ') && is_after_a_name(&last.to_lowercase()) {
        return name;
    }
    let mut from = 0;
    while let Some(at) = text[from..].find(name.as_str()) {
        let start = from + at;
        let end = start + name.len();
        from = end;
        if text[..start]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        let Some(rest) = text[end..].strip_prefix(' ') else {
            continue;
        };
        let word_end = rest
            .find(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'))
            .unwrap_or(rest.len());
        let word = &rest[..word_end];
        if !word.is_empty() && is_after_a_name(&word.to_lowercase()) {
            return format!("{name} {word}");
        }
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_honorific_written_after_the_name() {
        let text = "Thomas sir signed the purchase order";
        assert_eq!(with_honorific(text, "Thomas".into()), "Thomas sir");
        let text = "Chamara aiya said no";
        assert_eq!(with_honorific(text, "Chamara aiya".into()), "Chamara aiya");
        let text = "Thanks Ruwan, sir said no";
        assert_eq!(with_honorific(text, "Ruwan".into()), "Ruwan");
        let text = "Sirisena approved it. Murray sir came too";
        assert_eq!(with_honorific(text, "Ray".into()), "Ray");
    }
}
