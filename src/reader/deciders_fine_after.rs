//! Who decided, said fine with it after the verdict (round V60): "The trunk injection program
//! is staying on. Hector wants to do the same blocks again …, Ray's good with it.", "… and
//! Alhaji is happy with that.", "…, which Alasdair's happy wi'.", "EID readers: continue wi
//! the rollout …. Directors fine wi that." The verdict is told first; the one whose assent
//! closes a later clause, with nothing after "with it" but the clause's end, gave it. A
//! pronoun ("She's ok with it") names no one here, nor anyone after a verdict the writer's side
//! gave ("we're keeping the old cabinets …. Tash is fine with it.").

use super::decider_looks::AtVerdict;
use super::decider_words::is_decider_word;
use super::deciders::is_body;
use super::deciders_told::without_has;
use super::tokens::{TokKind, Token};

/// Words of assent said of someone before "with".
fn assent(w: &str) -> bool {
    matches!(w, "fine" | "good" | "happy" | "grand" | "ok" | "okay")
}

/// The one said fine with it after the verdict at `verb`, in a clause closed by "with it".
pub(super) fn fine_with_it_after(look: &AtVerdict) -> Option<String> {
    let AtVerdict {
        text, toks, verb, ..
    } = *look;
    // No word of assent after the verdict, no one fine with it: told in one pass before the
    // sentence is looked through (round P61; the look is asked of every verdict).
    if !toks
        .get(verb + 1..)
        .is_some_and(|after| after.iter().any(|t| assent(&t.lower)))
    {
        return None;
    }
    // "Showroom refit's been pared back – we're keeping the old cabinets …. Tash is fine with
    // it.": the writer's side cut it; the one fine with it only agrees.
    let ends = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "?" | "\n");
    let from = (0..verb)
        .rev()
        .find(|&k| ends(&toks[k]))
        .map_or(0, |k| k + 1);
    let to = (verb..toks.len())
        .find(|&k| ends(&toks[k]))
        .unwrap_or(toks.len());
    let ours = toks[from..to].iter().any(|t| {
        matches!(
            t.lower.as_str(),
            "we" | "we're" | "we've" | "we'll" | "i" | "i'm" | "i've" | "i'll"
        )
    });
    if ours {
        return None;
    }
    (verb + 1..toks.len()).find_map(|k| {
        let opens = toks[k - 1].is_break() || matches!(look.word(k - 1), "and" | "which");
        if !opens {
            return None;
        }
        // A name of one or two words, its "'s" run on, or "is" / "are" after it, or neither.
        let named = |e: usize| {
            e > k
                && e - k <= 2
                && toks[k..e].iter().enumerate().all(|(n, t)| {
                    let bare = without_has(t.lower.clone());
                    t.kind == TokKind::Word
                        && (n + 1 == e - k || !t.lower.contains('\''))
                        && bare.chars().all(char::is_alphabetic)
                        && is_decider_word(&bare)
                        && (t.capital || is_body(&bare))
                })
        };
        let (e, at) = (k + 1..(k + 3).min(toks.len())).find_map(|e| {
            let run_on = look.word(e - 1).ends_with("'s") || look.word(e - 1).ends_with("’s");
            if !run_on && matches!(look.word(e), "is" | "are") {
                Some((e, e + 1))
            } else {
                Some((e, e))
            }
            .filter(|&(_, at)| assent(look.word(at)) && named(e))
        })?;
        let with = at + 1;
        if !matches!(look.word(with), "with" | "wi" | "wid" | "w") {
            return None;
        }
        let mut end = with + 1;
        if matches!(look.word(end), "it" | "that" | "this" | "dat" | "them") {
            end += 1;
        }
        let closes = toks
            .get(end)
            .is_none_or(|t| t.is_break() || t.kind == TokKind::Sym && t.lower != "@");
        if !closes || end == with + 1 && toks.get(end).is_some_and(|t| !t.is_sym("'")) {
            return None;
        }
        Some(without_has(
            text[toks[k].start..toks[e - 1].end].to_string(),
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::fine_with_it_after;
    use crate::reader::decider_looks::AtVerdict;
    use crate::reader::tokens::tokenize;

    /// Round P61: the first test (a word of assent somewhere after the verdict) keeps the
    /// look's answer: the one fine with it is still found, and a sentence with no word of
    /// assent after the verdict names no one. Invented: "Quillon Ropeworks".
    #[test]
    fn the_first_test_keeps_who_is_fine_with_it() {
        let at = |text: &str, word: &str| {
            let toks = tokenize(text);
            let verb = toks.iter().position(|t| t.is(word)).unwrap_or(0);
            fine_with_it_after(&AtVerdict {
                text,
                toks: &toks,
                verb,
                is_unit: &|_| false,
                is_investment: &|_| false,
            })
        };
        let fine = "The splicing rig is staying on. Ines wants a second one at the quay, Tamsin's happy with it.";
        assert_eq!(at(fine, "staying").as_deref(), Some("Tamsin"));
        let none =
            "The splicing rig is staying on. Ines wants a second one at the quay, Tamsin's on it.";
        assert_eq!(at(none, "staying"), None);
        // Assent before the verdict only: nothing after it to find.
        let before = "Tamsin's happy with it: the splicing rig is staying on.";
        assert_eq!(at(before, "staying"), None);
    }
}
