//! The name a phrase says from a start the reader found: past the words of asking and
//! wanting, then its words up to a stop, a verdict or an amount, its tail dropped.

use super::runs_on::*;
use super::*;
use std::collections::HashSet;

/// What a phrase is read against, as `new_name` found it once for the message.
pub(super) struct Around<'a, M, U> {
    pub(super) text: &'a str,
    pub(super) toks: &'a [Token],
    pub(super) names: &'a [NameMatch],
    pub(super) verdict: Option<(usize, usize)>,
    pub(super) date_starts: &'a HashSet<usize>,
    /// Where the amount covering a token ends.
    pub(super) money_at: M,
    /// Whether a span is a unit's name.
    pub(super) unit_span: U,
}

/// The name said from token `i`, if any.
#[inline]
pub(super) fn phrase_from<M, U>(around: &Around<M, U>, mut i: usize) -> Option<String>
where
    M: Fn(usize) -> Option<usize>,
    U: Fn(usize, usize) -> bool,
{
    let Around {
        text,
        toks,
        names,
        verdict,
        date_starts,
        ref money_at,
        ref unit_span,
    } = *around;
    // Bounded: a run of "for £1 for £1 …" must not make this quadratic.
    for _ in 0..12 {
        // "a new planned maintenance system": after "new", "planned" is the kind of
        // thing, not its state ("the planned upgrade").
        let kind_of = i > 0
            && toks[i - 1].is("new")
            && toks
                .get(i)
                .is_some_and(|t| t.is("planned") || t.is("proposed"));
        // ("a second-hand keg washer": the hyphened "second-hand" is how it is bought, read
        // below.)
        if hyphened(toks, i) && ask_shapes::bought_used(toks, i).is_none() || kind_of {
            break;
        } else if let Some(end) = unit_owning(toks, names, i) {
            // "Licensing's satellite water metering": the unit whose thing it is.
            i = end;
        } else if let Some(end) = money_at(i) {
            i = end;
        } else if let Some(to) =
            unit_asked(toks, names, i).or_else(|| ask_shapes::unit_wanting(toks, names, i))
        {
            // "for the Education team to buy 30 iPads": whose the work is, then the verb.
            i = to;
        } else if let Some(n) = want_verb_len(toks, i)
            .or_else(|| ask_shapes::moved_onto_len(toks, i))
            .or_else(|| super::someones_plan::someones_plan_len(toks, i))
        {
            i += n;
        } else if toks
            .get(i)
            .is_some_and(|t| matches!(t.lower.as_str(), "we" | "they"))
            && want_verb_len(toks, i + 1).is_some()
        {
            // "Infra proposing we replace the UPS units": who would do it, then the verb.
            i += 1;
        } else if toks
            .get(i)
            .is_some_and(|t| ASKED_WHO.contains(&t.lower.as_str()))
            && toks.get(i + 1).is_some_and(|t| t.is("to"))
            && want_verb_len(toks, i + 2).is_some()
        {
            // "asked staff to look at a drone program": who is asked, then the verb.
            i += 2;
        } else if let Some(n) = request_len(toks, i) {
            i += n;
        } else if toks
            .get(i)
            .is_some_and(|t| ACQUIRING.contains(&t.lower.as_str()))
            && toks.get(i + 1).is_some_and(|t| t.is("of"))
        {
            // "approved the purchase of a drone survey kit": the thing, not the buying.
            i += 2;
        } else if i > 0
            && matches!(
                toks[i - 1].lower.as_str(),
                "buy"
                    | "purchase"
                    | "order"
                    | "install"
                    | "replace"
                    | "renew"
                    // "News wants 2 field recorder kits".
                    | "want"
                    | "wants"
                    | "need"
                    | "needs"
            )
            && toks.get(i).is_some_and(|t| t.kind == TokKind::Num)
            && toks
                .get(i + 1)
                .is_some_and(|t| t.is_word() && !t.attached && t.lower != "new")
        {
            // "want to buy 40 handheld scanners": the count, then the things.
            i += 1;
        } else if i > 1
            && toks[i - 1].is("for")
            && (ASKED_FOR.contains(&toks[i - 2].lower.as_str())
                || matches!(toks[i - 2].lower.as_str(), "asks" | "asked" | "asking"))
            && toks.get(i).is_some_and(|t| t.kind == TokKind::Num)
            && money_at(i).is_none()
            && !date_starts.contains(&i)
            && toks.get(i + 1).is_some_and(|t| t.is_word() && !t.attached)
        {
            // "requesting budget for 200 new headsets": the count, then the things.
            i += 1;
        } else if i > 0
            && toks[i - 1].kind == TokKind::Num
            && toks.get(i).is_some_and(|t| t.is("more") || t.is("extra"))
            && toks.get(i + 1).is_some_and(Token::is_word)
        {
            // "want 2 more lux meters": the count's "more" says how many.
            i += 1;
        } else if ask_shapes::verb_after_wanting_to(toks, i) {
            i += 1;
        } else if let Some(n) = super::super::name_words::quantity_of_len(toks, i) {
            // "a couple of those interactive tables": how many, then the things.
            i += n;
        } else if let Some(n) = ask_shapes::bought_used(toks, i) {
            // "a used compact tractor", "a second-hand keg washer": bought second hand, as
            // "new" says new (convention 95).
            i += n;
        } else if toks.get(i).is_some_and(|t| t.is("thanks"))
            && toks.get(i + 1).is_some_and(|t| t.is("to"))
        {
            // "say no thanks to the chatbot offer": what is turned down follows.
            i += 2;
        } else if toks.get(i).is_some_and(|t| {
            DETERMINERS.contains(&t.lower.as_str())
                || matches!(
                    t.lower.as_str(),
                    "on" | "for"
                        | "in"
                        | "with"
                        | "to"
                        | "called"
                        | "named"
                        | ":"
                        | "investment"
                        | "project"
                        | "initiative"
                        | "'"
                        | "\""
                        | "‘"
                        | "“"
                        | "-"
                )
        }) {
            i += 1;
        } else if toks
            .get(i)
            .is_some_and(|t| matches!(t.lower.as_str(), "about" | "abt" | "re" | "regarding"))
            && toks.get(i + 1).is_some_and(|t| t.is_word())
        {
            // "asking about a moisture meter", chat's "asking abt a …": what is asked
            // about follows ("Tom's askin' about." names nothing after it); so does what
            // "re" / "regarding" points at ("catch yerself on re the crisp vending machines").
            i += 1;
        } else {
            break;
        }
    }
    let start = i;
    if toks.get(start).is_some_and(ask_shapes::opens_a_reason) {
        return None;
    }
    // "bin sensors approved": the name ends where the verdict starts.
    let verb = verdict.map_or(usize::MAX, |v| v.0);
    while i < toks.len()
        && i != verb
        // Six words at most, a compound's hyphens not counted.
        && toks[start..i].iter().filter(|t| !t.is_sym("-")).count() < 6
        && money_at(i).is_none()
        // "rej the ACL booth for next yr b/c the fee …": "b/c" is "because".
        && !(toks[i].is("b") && toks.get(i + 1).is_some_and(|t| t.is_sym("/") && t.attached))
        && (toks[i].is_word()
            || toks[i].kind == TokKind::Num && toks[i].attached
            || toks[i].kind == TokKind::Num && super::super::name_words::tech_number_before(toks, i + 1)
            || lettered(toks, i)
            || numbered(toks, date_starts, i, start)
            || toks[i].is_sym("-") && toks[i].attached
            || plural_owner(toks, i, start))
        // "ice edger's packed up again": a word with "'s" before a participle ends the
        // name; the "'s" is "has" or "is".
        && !(i > start
            && (toks[i - 1].lower.ends_with("'s") || toks[i - 1].lower.ends_with("’s"))
            && contracted_at(toks, i))
        // "di drone stock count ting Andre was on about": the talker's "thing" closes the
        // name; who spoke of it follows (round B61).
        && !(i > start + 1 && talkers_thing(&toks[i - 1]))
        // "the sweeper lorry the salesman's been pushing": a clause about the thing, said
        // without "that", opens on its own subject.
        && !(i > start && clause_without_that_at(toks, i))
        // "the rebrand Marketing wanted": who wanted it, said without "that".
        && !(i > start && super::wanted_by_someone::wanted_by_someone_at(toks, i))
        && (!NAME_STOP.contains(&toks[i].lower.as_str())
            || compounded(toks, i)
            || of_place(text, toks, names, i, start)
            || on_topic(text, toks, names, i, start)
            || and_kind(toks, names, i, start)
            || super::two_machines::and_machine(toks, names, i, start))
    {
        i += 1;
    }
    while i > start
        && (NEW_NAME_TAIL.contains(&toks[i - 1].lower.as_str()) || toks[i - 1].is_sym("-"))
        && !mini_program(toks, i - 1, start)
    {
        i -= 1;
    }
    // "E&C are after …": a phrase ending inside a unit's name ("E") is no name.
    let inside_unit = names
        .iter()
        .any(|m| m.start == start && m.end > i && matches!(m.targets[0], Target::Unit(_)));
    if i == start
        || unit_span(start, i)
        || inside_unit
        || date_starts.contains(&start)
        || ask_shapes::counts_things(toks, start, i)
    {
        return None;
    }
    // "the QR ordering trial's a no": the "'s" before the verdict is its "is", no part
    // of the name.
    let last = &text[toks[i - 1].start..toks[i - 1].end];
    // "the drone's a yes", "the vision system's earned its keep": before "a", "been"
    // or a participle the "'s" is "is" or "has", even after a one-word name.
    let contracted = contracted_at(toks, i);
    let is_said = i == verb && i - 1 > start || contracted;
    let end = match (last.strip_suffix("'s"), last.strip_suffix("’s")) {
        (Some(stem), _) | (None, Some(stem)) if is_said => toks[i - 1].start + stem.len(),
        _ => toks[i - 1].end,
    };
    let name = &text[toks[start].start..end];
    (!NOT_NAMES.contains(&name.to_lowercase().as_str())).then(|| name.to_string())
}

/// Whether the word at `k` is the "program" of a "mini program" (WeChat's and others' word
/// for an app run inside theirs): the thing itself, not the frame of a work "programme" is
/// (convention 95).
fn mini_program(toks: &[Token], k: usize, start: usize) -> bool {
    k > start && matches!(toks[k].lower.as_str(), "program" | "programs") && toks[k - 1].is("mini")
}

/// Whether `t` is the talker's "thing" (Pidgin and Caribbean "ting") said after a thing's
/// name, no part of it.
fn talkers_thing(t: &Token) -> bool {
    matches!(t.lower.as_str(), "thing" | "things" | "ting" | "tings")
}

/// Whether a clause about the thing before opens at `i` without "that": "the", "our" or
/// "their", a word or two of its subject, then "has" / "had" / "have" or a word with "'s"
/// before a participle ("the salesman's been pushing", "the rep has been pushing", "the
/// Icelanders had").
fn clause_without_that_at(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    matches!(word(i), "the" | "our" | "their")
        && (i + 1..(i + 3).min(toks.len())).any(|k| {
            toks[i + 1..=k].iter().all(Token::is_word)
                && (matches!(word(k + 1), "has" | "had" | "have")
                    || (word(k).ends_with("'s") || word(k).ends_with("’s"))
                        && contracted_at(toks, k + 1))
        })
}

/// Whether the word at `i`, after a word with "'s", makes that "'s" an "is" or a "has":
/// "a" / "an", "been", an adverb of time, or a participle ("the drone's a yes", "the
/// edger's packed up").
fn contracted_at(toks: &[Token], i: usize) -> bool {
    toks.get(i).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "a" | "an"
                | "been"
                | "already"
                | "just"
                | "now"
                | "still"
                | "paid"
                | "done"
                | "gone"
                | "got"
                | "not"
                | "finally"
        ) || t.lower.len() > 4 && t.lower.ends_with("ed")
    })
}
