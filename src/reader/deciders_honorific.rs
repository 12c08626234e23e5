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
    while let Some(at) = crate::reader::tokens::first_place(&text[from..], &name) {
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
mod p64_tests {
    use super::*;
    use crate::reader::tokens::{first_place, split_once_at};

    /// Round P64: the first place a name is written is the place `find` gives, for every
    /// word (as written) of the corpus's training messages and of `src/`'s strings, and the
    /// two words after it, sought from the message's start, from the word and from past it;
    /// a text split at its first ", " is split as `split_once` splits it; and an honorific
    /// after a name is still kept. Invented: a ropewalk's foreman.
    #[test]
    fn the_first_place_is_finds() {
        let text = "Hemi sir signed for the new hemp twister; Hemi sir said go";
        assert_eq!(with_honorific(text, "Hemi".into()), "Hemi sir");
        assert_eq!(with_honorific("Hemi signed it", "Hemi".into()), "Hemi");
        assert_eq!(first_place("ab", "abc"), None);
        assert_eq!(first_place("aab", "ab"), Some(1));
        assert_eq!(
            split_once_at("rope, twine, ", ", "),
            Some(("rope", "twine, "))
        );
        let mut asked = 0;
        for text in &crate::reader::tests::p55_training_texts::training_and_source_texts() {
            let toks = crate::reader::tokens::tokenize(text);
            for (k, t) in toks.iter().enumerate() {
                let end = toks.get(k + 2).map_or(t.end, |n| n.end.max(t.end));
                let past = toks.get(k + 1).map_or(text.len(), |n| n.start);
                for needle in [&text[t.start..t.end], &text[t.start..end]] {
                    if needle.is_empty() {
                        continue;
                    }
                    for from in [0, t.start, past, text.len()] {
                        assert_eq!(
                            first_place(&text[from..], needle),
                            text[from..].find(needle),
                            "{text:?} {needle:?} from {from}"
                        );
                        asked += 1;
                    }
                }
                let hay = &text[t.start..];
                assert_eq!(split_once_at(hay, ", "), hay.split_once(", "), "{hay:?}");
            }
        }
        assert!(asked > 500_000, "{asked}");
    }
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
