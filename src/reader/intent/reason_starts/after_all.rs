//! Reasons told after all the rest, times and pronouns that cannot start one, nouns ending
//! in -ing, purposes ("so people can"), causal phrases, joined words and pictographs.

use super::*;

/// A clause opening with a word that usually starts no reason, which is one all the same:
/// "phase 3 towns dropped" (it says what was changed), "knocked back, payback was over 7
/// years", "approved, payback under 2 years on the power savings" (a payback told after a
/// verdict is why; a forecast one, "payback expected in 2 years", is refused apart), "budget
/// isn't final" (with a verb of its own; "budget £40k" is no reason).
pub(in crate::reader::intent) fn reason_after_all(
    toks: &[Token],
    s: usize,
    end: usize,
    skip: &dyn Fn(usize) -> bool,
    verdict: Option<Verdict>,
) -> bool {
    // "cut to $300k, phase 2 only": what a rescope keeps; "approved at £650k, phase 1
    // only": a scope told after any verdict (convention 16).
    let keeps = verdict == Some(Verdict::Rescope) && end > s && toks[end - 1].is("only")
        || verdict.is_some() && crate::reader::told_scopes::told_scope(toks, s, end);
    // "— new retailers were waiting 3 weeks": people who are new, as the clause's subject.
    let new_subject = toks[s].is("new") && s + 1 < end && plain_subject_clause(toks, s + 1, end);
    // "phase 2 approved — phase 1 lifted yield 3.2%": what an earlier phase did.
    let phase_did = verdict.is_some()
        && toks[s].is("phase")
        && s + 3 < end
        && toks[s + 1].kind == TokKind::Num
        && {
            let w = toks[s + 2].lower.as_str();
            w.len() > 4 && w.ends_with("ed")
                || matches!(
                    w,
                    "cut" | "won" | "paid" | "hit" | "took" | "made" | "brought" | "gave" | "got"
                )
        };
    clauses::participle(toks, s, end, skip)
        || keeps
        || phase_did
        || time_then_cannot(toks, s, end)
        || end > s && toks[end - 1].is("otherwise")
        || new_subject
        || toks[s].is("payback") && verdict.is_some()
        || toks[s].is("budget") && (as_clause(toks, s) || budget_short(toks, s, end))
}

/// "budget not available", "budget not there yet", "budget too tight": the money's lack
/// said without a verb, which is why (round R66); "budget £40k", "budget for Q3" are not.
fn budget_short(toks: &[Token], s: usize, end: usize) -> bool {
    let w = |k: usize| crate::reader::tokens::word_before(toks, k, end);
    match w(s + 1) {
        "not" | "too" => matches!(
            w(s + 2),
            "available" | "there" | "enough" | "approved" | "released" | "tight" | "small"
        ),
        "tight" | "short" | "gone" | "finished" | "spent" | "exhausted" | "frozen" => true,
        _ => false,
    }
}

/// "in the rain season they cannot fly", "in winter the divers can't reach them": when,
/// then a clause of its own that says what cannot be done then, is why.
pub(in crate::reader::intent) fn time_then_cannot(toks: &[Token], s: usize, end: usize) -> bool {
    matches!(toks[s].lower.as_str(), "in" | "during")
        && (s + 2..=(s + 4).min(end)).any(|k| {
            k + 2 <= end
                && (s + 1..k).all(|j| toks[j].is_word())
                && (own_clause(toks, k, end) || pronoun_cannot(toks, k))
                && (k..end).any(|j| {
                    matches!(
                        toks[j].lower.as_str(),
                        "cannot" | "can't" | "couldn't" | "won't" | "don't" | "doesn't"
                    )
                })
        })
}

/// "they cannot fly", "we can't reach them": a pronoun as the subject of a "cannot" at
/// `k`, a clause of its own.
pub(in crate::reader::intent) fn pronoun_cannot(toks: &[Token], k: usize) -> bool {
    matches!(toks[k].lower.as_str(), "they" | "we" | "it" | "he" | "she")
        && toks
            .get(k + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "cannot" | "can't" | "couldn't"))
}

/// Words ending in "-ing" that name a time, a thing or a department rather than an action.
pub(in crate::reader::intent) const ING_NOUNS: &[&str] = &[
    "morning",
    "evening",
    "spring",
    "nothing",
    "something",
    "anything",
    "everything",
    "marketing",
    "engineering",
    "manufacturing",
    "accounting",
    "purchasing",
    "planning",
    "housing",
    "nursing",
    "training",
    "licensing",
    "banking",
    "building",
    "funding",
    "pricing",
    "billing",
    "catering",
    "ticketing",
    "parking",
    "shipping",
    "consulting",
    "lending",
    "trading",
    "publishing",
    "recruiting",
    "sourcing",
    "staffing",
    "scheduling",
    "learning",
];

/// Verbs of a purpose said after the decision: ", to stop the double bookings".
pub(in crate::reader::intent) const PURPOSES: &[&str] = &[
    "stop", "cut", "reduce", "avoid", "prevent", "fix", "end", "speed", "free", "meet", "comply",
    "cover", "support", "replace", "save", "protect", "clear", "close", "ensure", "improve",
    "make", "finish", "complete",
];

/// Do the words at `j` name people and what the work lets them do ("specialists stop
/// retyping", "the fitters stop guessing"), the purpose after a bare "so"?
pub(in crate::reader::intent) fn so_people_can(toks: &[Token], j: usize) -> bool {
    let word = |k: usize| {
        toks.get(k)
            .filter(|t| t.is_word())
            .map(|t| t.lower.as_str())
    };
    let j = j + usize::from(matches!(word(j), Some("the" | "our" | "their")));
    let people = word(j).is_some_and(|w| {
        w.len() > 3 && w.ends_with('s') && !matches!(w, "this" | "thus" | "others")
    });
    people && word(j + 1).is_some_and(|w| PURPOSES.contains(&w))
}

/// "BD can finish", "the keepers can test": a team (a word or two) and "can" or "could"
/// then a verb, at `j`, after a bare "so".
pub(in crate::reader::intent) fn so_someone_can(toks: &[Token], j: usize) -> bool {
    let word = |k: usize| toks.get(k).is_some_and(|t| t.is_word());
    let j = j + usize::from(toks.get(j).is_some_and(|t| t.is("the")));
    (1..=2).any(|n| {
        (j..j + n).all(word)
            && toks
                .get(j + n)
                .is_some_and(|t| matches!(t.lower.as_str(), "can" | "could"))
            && word(j + n + 1)
    })
}

/// Does a phrase of cause ("in light of", "in view of", "on account of", "in response
/// to") open at `i`?
pub(in crate::reader::intent) fn causal_phrase(toks: &[Token], i: usize) -> bool {
    let w = |k: usize| toks.get(i + k).map_or("", |t| t.lower.as_str());
    matches!(
        (w(0), w(1), w(2)),
        ("in", "light" | "view", "of") | ("on", "account", "of") | ("in", "response", "to")
    ) && toks.get(i + 3).is_some_and(|t| t.is_word())
}

/// Does the "to" at `i` follow an amount ("£90k to cut …") or "in order" / "so as"?
pub(in crate::reader::intent) fn purpose_follows(toks: &[Token], i: usize) -> bool {
    let at = |k: usize| i.checked_sub(k).and_then(|j| toks.get(j));
    let amount_ends = |t: &Token| t.kind == TokKind::Num;
    // "(£25k) to avoid …": the amount in brackets.
    let closes = |k: usize| at(k).is_some_and(|t| t.is(")"));
    let amount_before = |k: usize| {
        at(k).is_some_and(amount_ends)
            || at(k).is_some_and(|t| t.attached) && at(k + 1).is_some_and(amount_ends)
    };
    // "KSh 6M for the SIM registration portal to cover …": the amount, then what it is
    // for, then why.
    let for_after_amount = (2..8).any(|k| {
        at(k).is_some_and(|t| t.is("for"))
            && amount_before(k + 1)
            && (1..k).all(|m| at(m).is_some_and(|t| t.is_word()))
    });
    amount_before(1)
        || closes(1) && amount_before(2)
        || for_after_amount
        || at(1).is_some_and(|t| t.is("order")) && at(2).is_some_and(|t| t.is("in"))
        || at(1).is_some_and(|t| t.is("as")) && at(2).is_some_and(|t| t.is("so"))
}

/// An emoji or other pictograph standing as a word ("💪", "✅").
/// "cut trial→paid time …": a symbol at `i` written between two words with no space either
/// side joins them.
pub(in crate::reader::intent) fn joins_words(toks: &[Token], i: usize) -> bool {
    i > 0
        && toks[i].attached
        && toks[i - 1].is_word()
        && toks.get(i + 1).is_some_and(|t| t.attached && t.is_word())
}

pub(in crate::reader::intent) fn pictograph(t: &Token) -> bool {
    t.kind == TokKind::Sym
        && t.lower
            .chars()
            .next()
            .is_some_and(|c| u32::from(c) >= 0x2190 && !c.is_alphanumeric())
}
