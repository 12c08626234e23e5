//! A sentence after a record that opens on a verdict of its own, said of another thing:
//! "They also turned down the bumper rail app — …", "No to the second proving cabinet at
//! Harrogate, …", "Yes to the defibs for the 3 new shops, £4,800", "And Jan knocked back
//! the …". The thing may be one the directory lacks, so no name tells it apart; its words
//! do, when the record before never said them.

use super::*;

/// Whether the sentence `(a, b)`, after a full stop, opens (after "And", "But" or "Also", then at most three
/// words of a subject: "they also", "the board", a name) on a verdict said of "the …" or
/// "a …" whose words the record before it, `before`, does not say.
pub(super) fn verdict_on_a_thing_of_its_own(
    toks: &[Token],
    (a, b): (usize, usize),
    before: (usize, usize),
) -> bool {
    // A sentence of prose, after a full stop: not a line of a ticket or a list, nor the
    // words after a colon ("… commented: we're not renewing the …").
    if a == 0 || !matches!(toks[a - 1].lower.as_str(), "." | "!" | "?") {
        return false;
    }
    let opener = |t: &Token| matches!(t.lower.as_str(), "and" | "but" | "also");
    let a = a + toks[a..b].iter().take_while(|t| opener(t)).count();
    let Some(v) = find_verdict_in(toks, a, b) else {
        return false;
    };
    let subject = &toks[a..v.start];
    // "Management has also decided not to proceed with the …" (round B48): the words of
    // deciding before the verdict are no words of the subject.
    let deciding = |t: &&Token| {
        matches!(
            t.lower.as_str(),
            "has" | "have" | "had" | "also" | "decided" | "agreed" | "not" | "to"
        )
    };
    let said = subject.len() - subject.iter().filter(deciding).count();
    if said > 3 || !subject.iter().all(Token::is_word) {
        return false;
    }
    let mut k = v.end;
    // "No to the …", "Yes to the …" (not "won't sign off on the handhelds": a verdict
    // said of someone else's part, a reason).
    if toks.get(k).is_some_and(|t| t.is("to")) {
        k += 1;
    }
    // "She's also signed off heating for Kendal, £7,500": "also" after the subject tells
    // another decision, though the thing is named without "the" or "a".
    let also_said = subject.len() >= 2 && subject[1..].iter().any(|t| t.is("also"));
    let article = toks
        .get(k)
        .is_some_and(|t| matches!(t.lower.as_str(), "the" | "a" | "an"));
    if !article && !also_said {
        return false;
    }
    let k = if article { k } else { k - 1 };
    let said_before = |w: &str| toks[before.0..before.1].iter().any(|t| t.lower == w);
    // "the in-tunnel LED light show": a hyphen joined inside the thing's words is part of
    // them.
    toks[k + 1..b]
        .iter()
        .take_while(|t| t.is_word() || t.is_sym("-") && t.attached)
        .filter(|t| t.is_word())
        .take(6)
        .any(|t| t.lower.chars().count() > 3 && !said_before(&t.lower))
}
