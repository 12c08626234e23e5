//! "a tire changer and wheel balancer for the motor pool", "a tyre machine and balancer for
//! the workshop": two machines bought as one kit, joined by "and", are one thing's name
//! (round B52). A machine is said by "machine" or a noun in "-er" / "-or" for what it does;
//! the people named so ("the manager and driver") are not.

use super::*;

/// People named by what they do, which end as machines do.
const PEOPLE: &[&str] = &[
    "manager",
    "driver",
    "customer",
    "owner",
    "member",
    "worker",
    "officer",
    "engineer",
    "supplier",
    "partner",
    "dealer",
    "farmer",
    "player",
    "trainer",
    "teacher",
    "user",
    "leader",
    "buyer",
    "seller",
    "volunteer",
    "director",
    "operator",
    "supervisor",
    "inspector",
    "contractor",
    "coordinator",
    "installer",
    "provider",
    "vendor",
    "lawyer",
    "officer",
];

/// Whether `word` names a machine: "machine", or a noun in "-er" / "-or" of six letters or
/// more that is no person's.
fn machine(word: &str) -> bool {
    let one = word.strip_suffix('s').unwrap_or(word);
    one == "machine"
        || one.len() >= 6
            && (one.ends_with("er") || one.ends_with("or"))
            && one.bytes().all(|b| b.is_ascii_alphabetic())
            && !PEOPLE.contains(&one)
}

/// Whether "and" at `i` joins two machines of one kit: a machine's word before it, one or
/// two words after it ending on a machine's word, and then the name's end.
pub(super) fn and_machine(toks: &[Token], names: &[NameMatch], i: usize, start: usize) -> bool {
    if !(i > start && toks[i].is("and") && machine(&toks[i - 1].lower)) {
        return false;
    }
    let words = toks[i + 1..]
        .iter()
        .take(2)
        .take_while(|t| t.is_word() && !NAME_STOP.contains(&t.lower.as_str()))
        .count();
    (1..=2).contains(&words)
        && machine(&toks[i + words].lower)
        && !names.iter().any(|m| m.start > i && m.start <= i + words)
        && toks
            .get(i + words + 1)
            .is_none_or(|t| !t.is_word() || NAME_STOP.contains(&t.lower.as_str()))
}
