//! "He's not going for the drive-through hatch in New Ross though – €60k to knock through a
//! wall …", "Dave's not having the bulk truck. $88k for …": a decider said not to be going
//! for (or not having) a priced thing turns it down, as one "grand with" a priced thing lets
//! it go ahead (`fine_with.rs`).

use super::tokens::Token;

fn word(toks: &[Token], k: usize) -> &str {
    toks.get(k).map_or("", |t| t.lower.as_str())
}

/// At `i` ("not"), "<someone>'s / is / are not going for the <thing>", the thing's price in
/// its own clause or opening the next, a refusal; where the shape ends. Not said of "it" or
/// "that" ("it's not going for scrap") nor of a thing with no price ("we're not going for
/// the cheapest quote" chooses among offers).
pub(in crate::reader) fn not_going_for_at(toks: &[Token], i: usize) -> Option<usize> {
    // "Dave's not having the bulk truck. $88k for a truck we'd run six weeks a year …"
    // (round S48): not having a priced thing turns it down too.
    let thing = if word(toks, i + 1) == "going" && word(toks, i + 2) == "for" {
        i + 3
    } else if word(toks, i + 1) == "having" {
        i + 2
    } else {
        return None;
    };
    if i == 0 || !matches!(word(toks, thing), "the" | "a" | "an" | "our") {
        return None;
    }
    let before = word(toks, i - 1);
    // "hal aint going for the paint booth", "he ain't having the new loader" (round S49):
    // the negative said in one word, after the one who decides.
    if matches!(word(toks, i), "ain't" | "aint" | "isn't") {
        let someone = toks[i - 1].is_word()
            && !matches!(
                before,
                "it" | "that" | "this" | "there" | "what" | "which" | "who" | "we" | "i"
            );
        return (someone
            && (super::fine_with::priced_in_clause(toks, thing)
                || next_sentence_priced(toks, thing)))
        .then_some(thing);
    }
    if word(toks, i) != "not" {
        return None;
    }
    let someone = matches!(before, "is" | "are" | "'s" | "'re" | "am")
        && !matches!(word(toks, i.wrapping_sub(2)), "it" | "that" | "this")
        || (before.ends_with("'s") || before.ends_with("'re") || before == "i'm")
            && !matches!(before, "it's" | "that's" | "this's" | "there's" | "what's");
    if !someone {
        return None;
    }
    (super::fine_with::priced_in_clause(toks, thing) || next_sentence_priced(toks, thing))
        .then_some(thing)
}

/// Whether the sentence after the one holding `from` opens on a price ("… the bulk truck.
/// $88k for a truck we'd run six weeks a year …", round S48), the thing named at most eight
/// words before its full stop.
fn next_sentence_priced(toks: &[Token], from: usize) -> bool {
    let Some(stop) = (from..(from + 9).min(toks.len())).find(|&k| toks[k].is_break()) else {
        return false;
    };
    if !matches!(word(toks, stop), "." | "!") {
        return false;
    }
    let end = (stop + 5).min(toks.len());
    toks.get(stop + 1..end).is_some_and(|rest| {
        super::money_words::find_money(rest, crate::money::Currency::GBP)
            .first()
            .is_some_and(|m| m.start == 0)
    })
}
