//! Names people give records (units, aliases, investments, services): what a name may hold,
//! and when two names are the same name.
//!
//! Two names are the same when they read the same: case, runs of spaces, invisible characters
//! (zero-width spaces and joiners, bidirectional marks, controls) and Unicode compatibility
//! forms (full-width `Ｓａｌｅｓ`, ligatures) are ignored, so `Sa\u{200b}les` and `Ｓａｌｅｓ`
//! cannot live beside `Sales`.

use unicode_normalization::UnicodeNormalization;

/// The longest name accepted, in characters.
pub const MAX_NAME_CHARS: usize = 200;

/// Characters that show as nothing, or move the cursor, in a chat or a terminal.
pub fn is_invisible(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{061C}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{17B4}'
                | '\u{17B5}'
                | '\u{180B}'..='\u{180F}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{FFF0}'..='\u{FFF8}'
        )
}

/// The name as it is kept and shown: invisible characters removed, surrounding spaces
/// trimmed and runs of spaces made one.
pub fn clean(name: &str) -> String {
    let visible: String = name
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .filter(|c| !is_invisible(*c))
        .collect();
    visible.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What names are compared by: the clean name in Unicode compatibility form (NFKC),
/// lower-cased. Empty when the name holds nothing visible.
pub fn key(name: &str) -> String {
    let compatible: String = name.nfkc().collect();
    clean(&compatible).to_lowercase()
}

/// Why a name cannot be used, written for the person who typed it; `what` names it
/// ("the unit's name", "an alias").
pub fn problem(name: &str, what: &str, colon_allowed: bool) -> Option<String> {
    let clean = clean(name);
    let length = clean.chars().count();
    if key(&clean).is_empty() {
        Some(format!(
            "{what} is empty (or holds only invisible characters); give it a name people can read"
        ))
    } else if length > MAX_NAME_CHARS {
        Some(format!(
            "{what} is {length} characters long; a name can be at most {MAX_NAME_CHARS} characters"
        ))
    } else if !colon_allowed && clean.contains(':') {
        Some(format!(
            "{what} '{clean}' contains `:`, which marks a field in commands; leave it out"
        ))
    } else {
        None
    }
}

/// Aliases as a history entry shows them: separated by commas, `none` when there are none.
pub fn aliases_shown(aliases: &[String]) -> String {
    if aliases.is_empty() {
        "none".into()
    } else {
        aliases.join(", ")
    }
}

/// A person as written in any of the ways people name them (`@sam`, `Sam`, Slack
/// `<@U123>` or `<@U123|sam>`, Discord `<@123>` or `<@!123>`), reduced to compare.
pub fn person_key(who: &str) -> String {
    let w = who.trim();
    let w = w.strip_prefix('<').unwrap_or(w);
    let w = w.strip_suffix('>').unwrap_or(w);
    let w = w.split('|').next().unwrap_or(w);
    let w = w.trim_start_matches('@').trim_start_matches('!');
    w.trim().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_read_the_same_are_the_same() {
        for same in [
            "Sales",
            "sales",
            "  SALES ",
            "Sa\u{200b}les",
            "Ｓａｌｅｓ",
            "S\u{0}ales",
        ] {
            assert_eq!(key(same), "sales", "{same:?}");
        }
        assert_eq!(key("Finance  &\tRisk"), "finance & risk");
        assert_ne!(key("Sales"), key("Sales 2"));
    }

    #[test]
    fn clean_names_keep_what_people_typed_but_nothing_invisible() {
        assert_eq!(clean("\u{1b}[31mRed\u{1b}[0m team"), "[31mRed[0m team");
        assert_eq!(clean(" Café\u{200d}  Bar "), "Café Bar");
        assert_eq!(clean("Ｓａｌｅｓ"), "Ｓａｌｅｓ");
    }

    #[test]
    fn unusable_names_are_explained() {
        assert!(problem("\u{200b}", "the unit's name", false)
            .unwrap()
            .contains("invisible"));
        assert!(problem("bad:name", "the unit's name", false)
            .unwrap()
            .contains("`:`"));
        assert_eq!(problem("bad:name", "the investment's name", true), None);
        let long = "n".repeat(MAX_NAME_CHARS + 1);
        assert!(problem(&long, "the unit's name", false)
            .unwrap()
            .contains("201 characters long; a name can be at most 200"));
        assert_eq!(problem(&"n".repeat(MAX_NAME_CHARS), "x", false), None);
    }
}
