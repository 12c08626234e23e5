//! Whether an option reads as a reason at all, for the ranking model's "none" against it:
//! the word that marks a reason ("because the old press jams", "to save the night shift",
//! "until the grant lands") and where it sits, and what else the option may be instead —
//! a description ("It's two kilns and a glaze room"), the figures ("12 kilns at $900 each
//! plus $2k fitting"), a plan ("we'll order in March"), a follow-up ("@rua can you book
//! it"), a question, a schedule ("go-live is 3 June") or chit-chat. The record's own
//! signs (does the verdict's sentence, does any sentence, hold a reason word) go to "none".

use super::features::{bucket, place_of, sentence_end};
use super::verdict_object::Object;
use super::*;

/// What one option looks like: the first word marking a reason in it (its kind, and
/// whether the option opens on it), whether it tells a result or judges, and its shape.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Sign {
    pub marker: Option<(&'static str, &'static str)>,
    pub result: bool,
    pub judges: bool,
    pub shape: &'static str,
    /// It repeats a word of the verdict's sentence from another sentence ("the kiln").
    pub names_object: bool,
}

/// Verbs a purpose's "to" is said with ("to save fuel", "to avoid the fine").
const PURPOSE_VERBS: &[&str] = &[
    "save", "avoid", "cut", "reduce", "stop", "keep", "meet", "comply", "free", "replace", "fix",
    "prevent", "lower", "speed", "improve", "protect", "cover", "support", "end", "get", "halve",
    "ease", "shorten", "clear",
];

/// Words after "as" that make it no reason ("as well", "as per", "as of").
const AS_NOT_CAUSE: &[&str] = &[
    "well",
    "per",
    "of",
    "soon",
    "far",
    "long",
    "part",
    "usual",
    "agreed",
    "discussed",
    "planned",
    "needed",
    "requested",
    "such",
    "much",
    "many",
    "below",
    "above",
];

/// The kind of reason word that starts at token `j` ("because", "due to", "to save",
/// "until"), if one does: "cause", "purpose", "consequence", "condition".
pub(super) fn marker_at(toks: &[Token], j: usize) -> Option<&'static str> {
    let t = toks.get(j)?;
    let next = toks.get(j + 1).map_or("", |n| n.lower.as_str());
    let prev = j.checked_sub(1).and_then(|p| toks.get(p));
    let opens_clause = prev.is_none_or(|p| p.is_break() || p.is("and") || p.is("but"));
    Some(match t.lower.as_str() {
        "because" | "since" | "cos" | "coz" | "cuz" | "given" | "citing" | "reason" | "reasons"
        | "why" => "cause",
        "as" if opens_clause && !AS_NOT_CAUSE.contains(&next) => "cause",
        "due" | "owing" | "thanks" if next == "to" => "cause",
        "driven" | "prompted" | "forced" | "caused" if next == "by" => "cause",
        "now" if next == "that" => "cause",
        "after" if opens_clause => "cause",
        "so" if next == "that" || prev.is_some_and(|p| p.is(",")) => "consequence",
        "means" | "meant" | "otherwise" | "else" => "consequence",
        "to" if PURPOSE_VERBS.contains(&next) => "purpose",
        "order" if next == "to" && prev.is_some_and(|p| p.is("in")) => "purpose",
        "until" | "till" | "til" | "unless" | "pending" | "once" | "while" | "if" | "awaiting" => {
            "condition"
        }
        "waiting" if matches!(next, "on" | "for") => "condition",
        _ => return None,
    })
}

fn tells_result(t: &Token) -> bool {
    matches!(
        t.lower.as_str(),
        "%" | "fewer"
            | "less"
            | "halved"
            | "doubled"
            | "saved"
            | "saves"
            | "saving"
            | "savings"
            | "instead"
            | "faster"
            | "quicker"
            | "dropped"
            | "stopped"
    )
}

fn judges(t: &Token) -> bool {
    matches!(
        t.lower.as_str(),
        "too"
            | "worth"
            | "cheaper"
            | "expensive"
            | "pricey"
            | "costly"
            | "risk"
            | "risky"
            | "broken"
            | "failing"
            | "failed"
            | "dying"
            | "died"
            | "obsolete"
            | "unsupported"
            | "required"
            | "mandatory"
            | "compliance"
            | "overkill"
            | "budget"
            | "afford"
            | "can't"
            | "cannot"
            | "nobody"
    )
}

/// The shape of tokens `a..b`: "question", "action" (asked of someone), "plan",
/// "schedule", "description", "figures", "chat" or "plain". `amounts` is how many
/// amounts or dates it holds.
pub(super) fn shape(toks: &[Token], a: usize, b: usize, amounts: usize) -> &'static str {
    let inner = &toks[a..b];
    if inner.iter().any(|t| t.is("?")) || toks.get(b).is_some_and(|t| t.is("?")) {
        return "question";
    }
    let pair = |x: &str, y: &str| inner.windows(2).any(|w| w[0].is(x) && w[1].is(y));
    if inner
        .iter()
        .any(|t| matches!(t.lower.as_str(), "@" | "please" | "pls" | "plz" | "kindly"))
        || pair("can", "you")
        || pair("could", "you")
    {
        return "action";
    }
    if inner.iter().any(|t| {
        matches!(
            t.lower.as_str(),
            "will"
                | "we'll"
                | "i'll"
                | "they'll"
                | "he'll"
                | "she'll"
                | "gonna"
                | "shall"
                | "let's"
                | "plan"
                | "plans"
                | "planning"
                | "next"
        )
    }) || pair("going", "to")
    {
        return "plan";
    }
    if inner.iter().any(|t| {
        matches!(
            t.lower.as_str(),
            "go-live"
                | "golive"
                | "live"
                | "starts"
                | "starting"
                | "lands"
                | "kicks"
                | "arrives"
                | "arriving"
                | "delivery"
                | "installs"
                | "scheduled"
                | "booked"
                | "commence"
        )
    }) {
        return "schedule";
    }
    let first = inner.first().map_or("", |t| t.lower.as_str());
    let second = inner.get(1).map_or("", |t| t.lower.as_str());
    let describes = matches!(first, "it's" | "there's" | "they're" | "that's" | "these")
        || matches!(first, "it" | "there" | "this" | "they")
            && matches!(
                second,
                "is" | "are" | "has" | "have" | "'s" | "comes" | "includes"
            );
    if describes {
        return "description";
    }
    if amounts >= 2
        || inner.iter().any(|t| {
            matches!(
                t.lower.as_str(),
                "each" | "plus" | "+" | "incl" | "including"
            )
        })
    {
        return "figures";
    }
    if matches!(
        first,
        "thanks"
            | "thx"
            | "cheers"
            | "ta"
            | "lol"
            | "haha"
            | "hi"
            | "hello"
            | "fyi"
            | "ok"
            | "okay"
            | "sorry"
            | "great"
            | "nice"
    ) {
        return "chat";
    }
    "plain"
}

/// How many separate amounts or dates tokens `a..b` hold.
fn amounts(ctx: &Context, a: usize, b: usize) -> usize {
    (a..b)
        .filter(|&j| (ctx.skip)(j) && (j == a || !(ctx.skip)(j - 1)))
        .count()
}

/// The sign of tokens `a..b`: its first reason word (and "opens" when it is the option's
/// first word or the word before it), whether it tells a result or judges, its shape.
pub(super) fn sign_of(ctx: &Context, a: usize, b: usize, object: &Object) -> Sign {
    let toks = ctx.toks;
    let (s, e) = object.sentence;
    let names_object = (a..b).any(|j| {
        (j < s || j >= e)
            && toks[j].lower.len() >= 4
            && object.words[..object.n]
                .iter()
                .any(|&k| toks[k].lower == toks[j].lower)
    });
    let from = a.saturating_sub(1);
    let marker = (from..b).find_map(|j| {
        marker_at(toks, j).map(|k| {
            let at = if j <= a {
                "opens"
            } else if j < a + 4 {
                "early"
            } else {
                "inside"
            };
            (k, at)
        })
    });
    let inner = &toks[a..b];
    Sign {
        marker,
        result: inner.iter().any(tells_result),
        judges: inner.iter().any(judges),
        shape: shape(toks, a, b, amounts(ctx, a, b)),
        names_object,
    }
}

fn yn(b: bool) -> &'static str {
    if b {
        "y"
    } else {
        "n"
    }
}

/// The record's own signs: whether the verdict's sentence holds a reason word outside the
/// verdict, and whether any of its tokens does.
pub(super) fn record_signs(ctx: &Context) -> (bool, bool) {
    let toks = ctx.toks;
    let any = (0..toks.len()).any(|j| marker_at(toks, j).is_some());
    let in_verdict_sentence = ctx.verdict.is_some_and(|(a, b)| {
        let (s, e) = verdict_sentence(toks, a, b);
        (s..e).any(|j| (j < a || j >= b) && marker_at(toks, j).is_some())
    });
    (in_verdict_sentence, any)
}

/// An option's features from its sign, against where it sits and what the rules chose.
pub(super) fn sign_features(
    ctx: &Context,
    c: &Candidate,
    s: &Sign,
    record: (bool, bool),
    f: &mut Vec<u64>,
) {
    let rn = yn(ctx.rule.is_none());
    let place = place_of(ctx, c);
    let marked = yn(s.marker.is_some());
    match s.marker {
        Some((k, at)) => {
            f.push(fnv(&["s_marker", k, at]));
            f.push(fnv(&["s_marker", k, at, ctx.kind]));
            f.push(fnv(&["s_marker", k, place]));
            f.push(fnv(&["s_marker", k, rn]));
        }
        None => {
            f.push(fnv(&["s_no_marker", place, rn]));
            f.push(fnv(&["s_no_marker", s.shape, ctx.kind]));
        }
    }
    f.push(fnv(&["s_shape", s.shape]));
    f.push(fnv(&["s_shape", s.shape, place]));
    f.push(fnv(&["s_shape", s.shape, rn]));
    f.push(fnv(&["s_shape", s.shape, marked]));
    f.push(fnv(&["s_shape", s.shape, ctx.kind, rn]));
    if s.result {
        f.push(fnv(&["s_result", ctx.kind, marked]));
    }
    if s.judges {
        f.push(fnv(&["s_judges", ctx.kind, marked]));
    }
    let (vm, any) = record;
    f.push(fnv(&["s_record", yn(vm), yn(any), marked, rn]));
    f.push(fnv(&["s_names_object", yn(s.names_object), place, rn]));
    f.push(fnv(&["s_names_object", yn(s.names_object), s.shape]));
}

/// "None"'s features from the record's signs and its options' ("no option holds a reason
/// word, the rules chose none, the one after the verdict is a plan").
pub(super) fn none_features(
    ctx: &Context,
    signs: &[Sign],
    rule: usize,
    record: (bool, bool),
    f: &mut Vec<u64>,
) {
    let rn = yn(ctx.rule.is_none());
    let (vm, any) = record;
    f.push(fnv(&["n_any_marker", yn(any)]));
    f.push(fnv(&["n_any_marker", yn(any), ctx.kind, rn]));
    f.push(fnv(&["n_verdict_marker", yn(vm), ctx.kind]));
    let marked = signs.iter().filter(|s| s.marker.is_some()).count();
    f.push(fnv(&["n_opts_marked", bucket(marked)]));
    f.push(fnv(&["n_opts_marked", bucket(marked), rn]));
    let told = signs.iter().any(|s| s.result || s.judges);
    f.push(fnv(&["n_told", yn(told), ctx.kind, rn]));
    // Which shapes the options have, each once.
    let mut seen: [&str; 8] = [""; 8];
    for s in signs {
        if let Some(slot) = seen.iter_mut().find(|x| x.is_empty() || **x == s.shape) {
            if slot.is_empty() {
                *slot = s.shape;
                f.push(fnv(&["n_shape_among", s.shape]));
            }
        }
    }
    if let Some(r) = signs.get(rule) {
        f.push(fnv(&["n_rule_sign", r.shape, yn(r.marker.is_some())]));
    }
    let verdict_word = ctx
        .verdict
        .and_then(|(a, _)| ctx.toks.get(a))
        .map_or("-", |t| t.lower.as_str());
    f.push(fnv(&[
        "n_verdict_marked",
        closed(verdict_word),
        yn(vm || any),
    ]));
    f.push(fnv(&["n_tokens", bucket(ctx.toks.len() / 4)]));
}

#[cfg(test)]
#[path = "reason_signs_tests.rs"]
mod tests;

/// The sentence the verdict (tokens `a..b`) is told in: from the sentence end before it to
/// the one after it.
pub(super) fn verdict_sentence(toks: &[Token], a: usize, b: usize) -> (usize, usize) {
    let s = (0..a)
        .rev()
        .find(|&j| sentence_end(&toks[j]))
        .map_or(0, |j| j + 1);
    let e = (b..toks.len())
        .find(|&j| sentence_end(&toks[j]))
        .unwrap_or(toks.len());
    (s, e)
}
