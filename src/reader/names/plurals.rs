//! A name's word said in the plural.

/// "switches" for switch, "boxes" for box, "sensors" for sensor: the name word in its
/// plural, "-es" after a hissing end.
pub(super) fn plural_of(word: &str, name_word: &str) -> bool {
    word.strip_suffix('s') == Some(name_word)
        || word.strip_suffix("es") == Some(name_word)
            && ["s", "x", "z", "ch", "sh"]
                .iter()
                .any(|e| name_word.ends_with(e))
}
