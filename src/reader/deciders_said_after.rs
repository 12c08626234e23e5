//! Who decided, told in the clause after the verdict (round V56): a short verdict said by
//! someone ("… on hold. kristen says not now", "… parked. fiona says no the now", "… put on
//! hold, Jeremy say revisit in Q2"), and whose call it was ("Kristen's call, and I agree
//! with her", "It was Madam Akosua's decision", "Director's decision yesterday", "Fiona made
//! the call").

use super::decider_looks::AtVerdict;
use super::decider_words::is_decider_word;
use super::tokens::{TokKind, Token};

/// A name of one word, or a title and a name, from `s` to `e`: its text. A lowercase word
/// is a name here only alone and not a pronoun or a word of the speaker's side.
pub(super) fn name_at(text: &str, toks: &[Token], s: usize, e: usize) -> Option<String> {
    if s >= e || e - s > 2 {
        return None;
    }
    let title = |t: &Token| {
        matches!(
            t.lower.as_str(),
            "mr" | "mrs" | "ms" | "miss" | "dr" | "madam" | "auntie" | "uncle"
        )
    };
    let plain = |t: &Token| {
        let w = t.lower.trim_end_matches("'s").trim_end_matches("’s");
        t.kind == TokKind::Word
            && w.chars().all(char::is_alphabetic)
            && is_decider_word(w)
            && super::dates::weekday(w).is_none()
            && super::dates::month(w).is_none()
    };
    let ok = toks[s..e].iter().all(plain) && (e - s == 1 || title(&toks[s]) && toks[s + 1].capital);
    ok.then(|| text[toks[s].start..toks[e - 1].end].to_string())
}

/// The clause starts after the verdict at `verb`: each token after a full stop, comma or
/// semicolon, up to the end.
fn clause_starts(toks: &[Token], verb: usize) -> impl Iterator<Item = usize> + '_ {
    (verb + 1..toks.len())
        .filter(move |&k| matches!(toks[k - 1].lower.as_str(), "." | "," | ";" | "\n"))
}

/// "kristen says not now", "fiona says no the now", "Jeremy say revisit in Q2": a name
/// opening the clause after the verdict, "says", and a short verdict of waiting or no.
pub(super) fn short_verdict_said(look: &AtVerdict) -> Option<String> {
    let AtVerdict {
        text, toks, verb, ..
    } = *look;
    let k = clause_starts(toks, verb).next()?;
    let say = (k + 1..(k + 3).min(toks.len())).find(|&j| matches!(look.word(j), "says" | "say"))?;
    let name = name_at(text, toks, k, say)?;
    let end = (say + 1..toks.len())
        .find(|&j| toks[j].is_break())
        .unwrap_or(toks.len());
    let said = &toks[say + 1..end];
    let short = !said.is_empty() && said.len() <= 4;
    let waiting = matches!(
        (look.word(say + 1), look.word(say + 2)),
        ("not", "now" | "yet") | ("no", "the" | "for" | "now") | ("revisit" | "wait" | "hold", _)
    );
    (short && waiting).then_some(name)
}

/// "Kristen's call, and I agree", "It was Madam Akosua's decision", "Director's decision
/// yesterday", "Fiona made the call": whose call it was, opening a clause after the verdict.
pub(super) fn whose_call(look: &AtVerdict) -> Option<String> {
    let AtVerdict {
        text, toks, verb, ..
    } = *look;
    let call = |w: &str| matches!(w, "call" | "decision");
    clause_starts(toks, verb).find_map(|k| {
        let k = k + 2 * usize::from(look.word(k) == "it" && look.word(k + 1) == "was");
        // "Kristen's call", "Madam Akosua's decision".
        if let Some(j) = (k..(k + 2).min(toks.len())).find(|&j| {
            let w = look.word(j);
            (w.ends_with("'s") || w.ends_with("’s")) && call(look.word(j + 1))
        }) {
            let t = &toks[j];
            let bare = t.lower.len() - 2 - usize::from(t.lower.ends_with("’s"));
            let name = name_at(text, toks, k, j + 1)?;
            let cut = name.len() - (t.lower.len() - bare);
            return Some(name[..cut].to_string());
        }
        // "Fiona made the call".
        let made = (k + 1..(k + 3).min(toks.len())).find(|&j| look.word(j) == "made")?;
        (look.word(made + 1) == "the" && call(look.word(made + 2)))
            .then(|| name_at(text, toks, k, made))
            .flatten()
    })
}

/// "Reefer trailer is a no. Gerry says we're renting …", "We're done with the screenhouse.
/// Ray pulled the plug this morning", "Replant keeps going. Ray said stay the course …" (the
/// lead, round 57): the verdict said first, then a name (or a title and a name) opening the
/// very next sentence with "says", "said" or "pulled the plug": who gave it.
pub(super) fn sayer_of_next_sentence(look: &AtVerdict) -> Option<String> {
    let AtVerdict {
        text, toks, verb, ..
    } = *look;
    // "We are reducing the sewing machines order … Gaone says the other 4 stations have no
    // operators yet." (round S58): a verdict said by us is ours; who speaks next gives the
    // reason.
    let ours = |k: usize| {
        matches!(
            look.word(k),
            "we" | "we're" | "we've" | "i" | "i'm" | "i've"
        )
    };
    let ours = ours(verb)
        || verb >= 1 && ours(verb - 1)
        || verb >= 2 && look.word(verb - 1) == "are" && ours(verb - 2);
    let k = clause_starts(toks, verb).next()?;
    if !matches!(look.word(k - 1), "." | "\n") {
        return None;
    }
    // (Who "pulled the plug" on it decided, ours or not: "We're done with the screenhouse.
    // Ray pulled the plug this morning".)
    let said = (k + 1..(k + 3).min(toks.len())).find(|&j| {
        matches!(look.word(j), "says" | "said" | "say") && !ours
            || look.word(j) == "pulled" && look.word(j + 1) == "the" && look.word(j + 2) == "plug"
    })?;
    name_at(text, toks, k, said)
}

/// "Roller jigger machine still continue, …, Mr. Zhang said keep going.", "Seawall work keep
/// going even in the rain, Tuilagi said don't stop" (round V58): a name (a title before it
/// kept) opening a clause after the verdict, "said", and words to go on: who gave it.
pub(super) fn go_on_said(look: &AtVerdict) -> Option<String> {
    let AtVerdict {
        text, toks, verb, ..
    } = *look;
    let title = |w: &str| matches!(w, "mr" | "mrs" | "ms" | "miss" | "dr");
    clause_starts(toks, verb).find_map(|k| {
        let said = (k + 1..(k + 3).min(toks.len()))
            .find(|&j| matches!(look.word(j), "says" | "said" | "say"))?;
        let go_on = matches!(
            (look.word(said + 1), look.word(said + 2)),
            ("keep", "going" | "on") | ("carry" | "go", "on") | ("don't" | "dont", "stop")
        ) || look.word(said + 1) == "continue";
        if !go_on {
            return None;
        }
        let name = name_at(text, toks, k, said)?;
        // "Mr. Zhang": the title's full stop opened the clause the name is read from.
        Some(
            if k >= 2 && look.word(k - 1) == "." && title(look.word(k - 2)) {
                text[toks[k - 2].start..toks[said - 1].end].to_string()
            } else {
                name
            },
        )
    })
}

/// "Shore power: Charlie says crack on, we keep going with the GPA application …", "… so
/// Alhaji says we should pay anyway and hire a truck" (round V60): a name opening its clause
/// (after a break, "so" or "and"), then "says" / "said" (or "says yes,") and, in the same
/// sentence a few words on, the verdict — its words are that name's, though "we" carry it out.
pub(super) fn sayer_before(look: &AtVerdict) -> Option<String> {
    let AtVerdict {
        text, toks, verb, ..
    } = *look;
    let ends = |k: usize| matches!(look.word(k), "." | "!" | "?" | "\n");
    let said = (verb.saturating_sub(6)..verb).rev().find(|&j| {
        matches!(
            look.word(j),
            "says" | "said" | "say" | "decided" | "decide" | "decides"
        )
    })?;
    if (said + 1..verb).any(ends) {
        return None;
    }
    // "Mr Charles decide we continuing the mace buying", "… decided that we stop …" (round
    // S64): one who decided what "we" do, as one who says it.
    let decided = look.word(said).starts_with("decide");
    if decided {
        let we = said + 1 + usize::from(look.word(said + 1) == "that");
        if look.word(we) != "we" {
            return None;
        }
    }
    // What is said opens on the go-ahead or on what "we" do, not on news ("says the dock is
    // late, we keep going": the reason, and the writer's side goes on).
    // "Andreas says yes, we keep it" (round S64): a "yes" is the go-ahead too.
    let go_ahead = matches!(
        look.word(said + 1),
        "we" | "crack" | "go" | "keep" | "carry" | "buy" | "do" | "ok" | "okay" | "proceed" | "yes"
    );
    if !go_ahead && !decided {
        return None;
    }
    (1..=2).find_map(|n| {
        let k = said.checked_sub(n)?;
        let opens = k == 0 || toks[k - 1].is_break() || matches!(look.word(k - 1), "so" | "and");
        opens.then(|| name_at(text, toks, k, said)).flatten()
    })
}

/// "Chairman's decision on the cattle float: buy a second-hand 3-deck float …" (round V60): a
/// heading opening the message or its line, "<name>'s decision (on …)" closed by its colon,
/// before the verdict on the same line: whose decision it is.
pub(super) fn whose_decision_heading(look: &AtVerdict) -> Option<String> {
    let AtVerdict {
        text, toks, verb, ..
    } = *look;
    let colon = (0..verb).rev().find(|&k| toks[k].is_sym(":"))?;
    let opens = (0..colon)
        .rev()
        .find(|&k| toks[k].is_sym("\n"))
        .map_or(0, |k| k + 1);
    if colon - opens > 10 || (colon..verb).any(|k| toks[k].is_sym("\n")) {
        return None;
    }
    let decision = (opens + 1..colon).find(|&k| look.word(k) == "decision")?;
    let owner = decision - 1;
    let w = look.word(owner);
    // "Board decision: de Holetown distributor deal off." (round V68): a body's decision,
    // said without the "'s".
    let bare = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .or_else(|| super::deciders::is_body(w).then_some(w))?;
    let t = &toks[owner];
    let named = owner == opens
        && t.kind == TokKind::Word
        && t.capital
        && bare.chars().all(char::is_alphabetic)
        && is_decider_word(bare);
    named.then(|| super::deciders_told::without_has(text[t.start..t.end].to_string()))
}
