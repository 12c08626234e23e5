//! "Nasrin Apa please arrange calibration …", "Rokeya Apa, kindly collect …", "Rafiq bhai
//! please do the needful …" (round S62): a name with the kin word or title its writer puts
//! after it (convention 81: "Chamara aiya", "Thomas sir"), opening its sentence, then a
//! request — the task is asked of the name with its word.

use super::*;

/// At `i`, a name followed by its kin word, then an asking word ("please", "kindly"), a
/// comma and an asking word, or a comma and the thing asked about before the ask
/// ("Tania apa, the papers — kindly send …"), then a verb of work: where the verb is.
/// The caller has told that the name opens its sentence.
pub(super) fn asked_after_kin_word(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !crate::reader::deciders_honorific::is_after_a_name(word(i + 1)) {
        return None;
    }
    let mut k = i + 2;
    let comma = word(k) == ",";
    k += usize::from(comma);
    let verb = if named_asks::asking_word(word(k)) {
        k + 1
    } else if comma {
        named_asks::topic_then_asked(toks, k)?
    } else {
        return None;
    };
    is_action_verb(word(verb)).then_some(verb)
}
