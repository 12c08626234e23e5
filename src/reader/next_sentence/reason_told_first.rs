//! The reason told a sentence or more before the verdict's, when other sentences open the
//! message ("The drone's been a bit of a faff. Six callouts this year it couldn't fly, and
//! …. Trustees have agreed we stop it").

use super::*;

/// The sentence just before the verdict's, read whole, when the message opens with other
/// sentences (a judgement, a greeting, where we went) that `sentence_before` does not step
/// over: "Livestock entry portal is a keeper. Entries closed 3 days faster …. Keep funding
/// it." The verdict opens its own sentence (within a few words, no comma, no money before
/// it); the reason sentence is a plain clause of its own with no money, date-bound plan,
/// question, meeting, follow-up, verdict or other investment in it (money only as
/// `priced_case` has it, before a refusal or a stop). A short sentence that
/// only confirms "it" ("Honeywell confirmed it.") points back at the sentence before it.
pub fn sentence_told_first(
    text: &str,
    toks: &[Token],
    verb: usize,
    money: &dyn Fn(usize) -> bool,
    decides: &dyn Fn(usize, usize) -> bool,
    other_name: &dyn Fn(usize, usize) -> bool,
    refused: bool,
) -> Option<String> {
    let is_end = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "\n");
    let end_before = |j: usize| toks[..j].iter().rposition(is_end);
    let e = end_before(verb)?;
    // The verdict opens its sentence: "So we're going ahead", "The committee have agreed
    // we stop it", "Keep funding it".
    if verb > e + 7 || (e + 1..verb).any(|j| money(j) || toks[j].is(",") || toks[j].is(":")) {
        return None;
    }
    let mut e = e;
    let mut s = end_before(e)? + 1;
    // "Honeywell confirmed it.": a confirmation points back at the sentence before.
    if e <= s + 4 && matches!(toks[e - 1].lower.as_str(), "it" | "this" | "that") && !decides(s, e)
    {
        e = s - 1;
        s = end_before(e)? + 1;
    }
    // Only when a sentence opens the message before it (else `sentence_before` reads it).
    end_before(s)?;
    let priced = refused && priced_case(toks, s, e, money);
    let plain = (s..e).all(|j| (!money(j) || priced) && !toks[j].is("?") && !toks[j].is(":"));
    let opening = toks.get(s)?;
    if e < s + 4
        || e > s + 40
        || !plain
        || NOT_A_REASON_OPENING.contains(&opening.lower.as_str())
        || crate::reader::intent::find_cues(&toks[s..e]).meeting
        || (s..e).any(|j| MEETINGS.contains(&toks[j].lower.as_str()))
        || assigns_owner(text, toks, s, e)
        || (s..e).any(|j| PLANS.contains(&toks[j].lower.as_str()))
        || !(crate::reader::intent::own_clause(toks, s, e)
            || counted_first(toks, s, e)
            || priced && pronoun_clause(toks, s))
        || decides(s, e)
        || other_name(s, e)
    {
        return None;
    }
    Some(text[toks[s].start..toks[e - 1].end].trim().to_string())
}

/// "I'll bring them to the January board": what someone will do next is a plan.
const PLANS: &[&str] = &["i'll", "we'll", "they'll", "will", "shall", "gonna"];

/// "Six callouts this year it couldn't fly …": a count put first (a number and what was
/// counted, maybe when), then the clause it belongs to opened by "it", "they" or "we".
fn counted_first(toks: &[Token], s: usize, e: usize) -> bool {
    let count = toks[s].kind == crate::reader::tokens::TokKind::Num
        || crate::reader::money_words::a_count_in_words(&toks[s].lower);
    count
        && (s + 2..e.min(s + 6)).any(|k| {
            matches!(toks[k].lower.as_str(), "it" | "they" | "we")
                && (s + 1..k).all(|j| toks[j].is_word())
                // "it couldn't fly": the pronoun's verb within a few words.
                && crate::reader::intent::as_clause(toks, k)
        })
}

/// "We keep paying the £600 a month for the tags and the boxes still go walkabout to Spain":
/// a sentence holding money that joins, by "and", a clause of its own with no money (what
/// still goes wrong). Before a refusal or a stop, the cost and the fault are the case
/// against the work together.
pub(in crate::reader) fn priced_case(
    toks: &[Token],
    s: usize,
    e: usize,
    money: &dyn Fn(usize) -> bool,
) -> bool {
    (s..e).any(money)
        && (s + 2..e.saturating_sub(3)).any(|k| {
            toks[k].is("and")
                && (s..k).any(money)
                && !(k + 1..e).any(money)
                && crate::reader::intent::own_clause(toks, k + 1, e)
        })
}

/// "We keep paying …", "they still charge …": a pronoun subject and the word after it, a
/// clause of its own however its verb is spelt.
pub(in crate::reader) fn pronoun_clause(toks: &[Token], s: usize) -> bool {
    matches!(toks[s].lower.as_str(), "we" | "they" | "i")
        && toks.get(s + 1).is_some_and(|t| t.is_word())
}
