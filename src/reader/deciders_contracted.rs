//! Who decided, named with the "'s" that stands for "is" or "has" at the opening of the
//! verdict's clause (round V57): "Dave's not having the bulk truck.", "trev's given the nod
//! to the new pump-out machine", "Mere's asked us to sit on the website rebuild", "Jean's
//! content to leave the wet finishing line till the spring", "The board's trimmed the boiler
//! job". "Nimal's lorry is approved" is whose lorry: the word after the "'s" must be one of
//! being or having done, not a noun.

use super::decider_looks::AtVerdict;
use super::decider_words::contracted_pronoun;
use super::deciders::is_body;
use super::deciders_told::lowercase_name;
use super::tokens::TokKind;

/// Words after "<Name>'s" that read it as "<Name> is" or "<Name> has".
fn after_is_or_has(w: &str) -> bool {
    matches!(
        w,
        "not"
            | "given"
            | "asked"
            | "content"
            | "happy"
            | "good"
            | "fine"
            | "keen"
            | "agreed"
            | "signed"
            | "approved"
            | "decided"
            | "pulled"
            | "knocked"
            | "turned"
            | "said"
            | "put"
            | "parked"
            | "binned"
            | "scrapped"
            | "cancelled"
            | "canned"
            | "killed"
            | "okayed"
            | "ok'd"
            | "trimmed"
            | "cut"
            | "reduced"
            | "halved"
    )
}

/// The one named with "'s" opening the clause the verdict at `verb` is said in, as written
/// without the "'s" ("the board" with its "the").
pub(super) fn named_with_is_or_has(look: &AtVerdict) -> Option<String> {
    let AtVerdict {
        text, toks, verb, ..
    } = *look;
    let mut s = verb;
    while s > 0 && !toks[s - 1].is_break() && verb - s < 6 {
        s -= 1;
    }
    if s > 0 && !toks[s - 1].is_break() {
        return None;
    }
    let the = usize::from(matches!(toks[s].lower.as_str(), "the" | "our"));
    // "The old man's approved the new kiln burner" (round V67): the boss, as the family
    // and the crew call them.
    let elder = the == 1
        && look.word(s + 1) == "old"
        && matches!(look.word(s + 2), "man's" | "man’s" | "lady's" | "lady’s");
    let at = s + the + usize::from(elder);
    let t = toks
        .get(at)
        .filter(|t| t.kind == TokKind::Word && at < verb)?;
    let bare = t
        .lower
        .strip_suffix("'s")
        .or_else(|| t.lower.strip_suffix("’s"))?;
    if !after_is_or_has(look.word(at + 1)) {
        return None;
    }
    // "Boiler's put back to July" is the thing put back: a verb the thing may take as its
    // own ("put", "trimmed", "approved") names a decider only with what it took after it.
    let takes = |w: &str| matches!(w, "the" | "a" | "an" | "our" | "it" | "off");
    let stative = matches!(
        look.word(at + 1),
        "not" | "given" | "asked" | "content" | "happy" | "good" | "fine" | "keen" | "said"
    );
    let took = takes(look.word(at + 2))
        || matches!(look.word(at + 2), "back" | "down" | "up") && takes(look.word(at + 3));
    if !stative && !took {
        return None;
    }
    let raw = &text[t.start..t.end];
    let capitalised = raw.starts_with(char::is_uppercase)
        && bare.chars().all(char::is_alphabetic)
        && super::dates::weekday(bare).is_none()
        && super::dates::month(bare).is_none();
    // "She's happy with …" is said of one named before; a lowercase name ("trev's given the
    // nod …") only opening the message.
    let named = if the == 1 {
        is_body(bare) || bare == "bank" || elder
    } else {
        !contracted_pronoun(&t.lower) && (capitalised || at == 0 && lowercase_name(text, t, bare))
    };
    if !named {
        return None;
    }
    let end = t.end - (t.lower.len() - bare.len());
    Some(text[toks[s].start..end].to_string())
}
