//! Why a hold holds, told after the comma that ends the hold's clause: "on hold til after
//! vintage, no way we're having cranes in the yard …", "can wait til september, jake
//! rebuilt the compressor for $1,900 and it's holding", "pls wait muna, Dr. Santos wants to
//! see the January numbers first", "hold the controls til January, no capex movin before the
//! year-end close".

use super::clauses;
use super::intent;
use super::tokens::Token;

/// Does the clause `c + 1..b`, after the comma at `c`, say why: a clause of its own, "no
/// way …", nothing or nobody doing something, "not enough" / "too few" of something, a
/// titled person wanting something ("Mr. Chin want to see …"), or "no" something that will
/// not or cannot happen ("no contractor will bring a grader …", "no capex movin …")? Not a
/// look again.
pub(super) fn says_why_after_comma(toks: &[Token], c: usize, b: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let lacking = w(c + 1) == "not" && w(c + 2) == "enough"
        || w(c + 1) == "too" && matches!(w(c + 2), "few" | "little");
    let dot = usize::from(w(c + 2) == ".");
    let titled = matches!(w(c + 1), "mr" | "mrs" | "ms" | "dr")
        && toks.get(c + 2 + dot).is_some_and(|t| t.capital)
        && intent::FINITE.contains(&w(c + 3 + dot));
    // "no contractor will bring …", "no capex movin before …": a "no" with its verb.
    let none_happens = w(c + 1) == "no"
        && (c + 3..(c + 6).min(b)).any(|k| {
            let v = w(k);
            intent::FINITE.contains(&v) || v.len() > 4 && (v.ends_with("ing") || v.ends_with("in"))
        });
    // "we'd be guessing at the numbers otherwise" (round R40): a subject with its modal.
    let modal_subject = matches!(
        w(c + 1),
        "we'd" | "we'll" | "they'd" | "they'll" | "i'd" | "it'd" | "it'll"
    ) && toks.get(c + 2).is_some_and(Token::is_word);
    b >= c + 5
        && !clauses::opens_look_again(toks, c + 1)
        && (intent::own_clause(toks, c + 1, b)
            || w(c + 1) == "no" && w(c + 2) == "way"
            || matches!(w(c + 1), "nothing" | "nowt" | "nobody")
            || lacking
            || titled
            || none_happens
            || modal_subject)
}

/// A hold read with no reason, whose verdict (ending at `verdict_end`) closes its clause at
/// a comma within a few words in its sentence: the clause after that comma, to the
/// sentence's end (or `limit`), when it says why (`says_why_after_comma`) and gives nobody
/// work or another verdict (`decides`).
pub(super) fn reason_after_hold(
    text: &str,
    toks: &[Token],
    verdict_end: usize,
    limit: usize,
    decides: &dyn Fn(usize, usize) -> bool,
) -> Option<String> {
    let limit = limit.min(toks.len());
    let ends = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "?" | "\n" | ";");
    let c = (verdict_end..limit.min(verdict_end + 8))
        .take_while(|&j| !ends(&toks[j]))
        .find(|&j| toks[j].is(","))?;
    let e = (c + 1..limit).find(|&j| ends(&toks[j])).unwrap_or(limit);
    (e <= c + 26
        && says_why_after_comma(toks, c, e)
        && !clauses::assigns_owner(text, toks, c + 1, e)
        && !decides(c + 1, e))
    .then(|| text[toks[c + 1].start..toks[e - 1].end].trim().to_string())
}

/// "… parking it till Q2. RingCentral want a 3-year term and I'm not signing that while the
/// DMS move is live": where the reason starts when it was read as only a condition at `a`
/// ("while" / "until" / "till" / "til") in a sentence of its own after the hold's verdict
/// (ending at `v_end`): that sentence's start (after a full stop, a line break or a colon),
/// when the words before the condition say what we will not do till then ("I'm not …",
/// "we won't …"). `None` otherwise.
pub fn refusal_before_condition(toks: &[Token], v_end: usize, a: usize) -> Option<usize> {
    let w = |j: usize| toks[j].lower.as_str();
    if !(a > v_end && a < toks.len() && matches!(w(a), "while" | "until" | "till" | "til")) {
        return None;
    }
    let k = (v_end..a)
        .rev()
        .find(|&k| matches!(w(k), "." | "!" | "\n" | ":"))?;
    let s = k + 1;
    // "I'm not signing that", "we won't spend it": what we will not do, with its subject
    // ("Not going ahead until …" only says the hold again).
    let negated = |j: usize| matches!(w(j), "not" | "won't" | "no") || w(j).ends_with("n't");
    let refuses = (s..a).any(|j| {
        matches!(w(j), "i" | "i'm" | "im" | "we" | "we're" | "i'll" | "we'll")
            && (j..a).any(negated)
    });
    (s + 2 < a && refuses && !(s..a).any(|j| toks[j].is_break())).then_some(s)
}
