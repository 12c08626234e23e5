//! Whether a span is a clause of its own: the finite verbs, plain subjects and "as"
//! clauses.

use super::*;

/// Finite verbs and auxiliaries that make the words after "as" a clause ("as the harbour
/// works overran", "as BT have moved the cut-off") rather than a role ("as planned", "as
/// part of").
pub(in crate::reader) const FINITE: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "cannot",
    "must", "do", "does", "did", "change", "changes", "ends", "end", "need", "needs", "want",
    "wants", "go", "goes", "run", "runs", "expire", "expires", "lapses", "closes", "starts",
    "falls",
    // Pasts not spelt "-ed": "the recall in June made it a must", "the stockouts in Q2
    // cost us more than that".
    "made", "cost", "lost", "took", "left", "broke", "hit", "fell", "rose", "went", "came", "kept",
    "meant", "caught", "found", "showed", "shown", "ran", "grew",
    // "since August the growers receive R$ 0,04 more per litre": what a benefit brings in.
    "receive", "receives", "get", "gets",
    // "the Co-op contract depends on it": what hangs on the work.
    "depends", "depend", "relies", "rely",
];

/// ", the old ones go out of support in March": a clause with its own subject and verb is
/// a reason even with a date in it, unless it tells a milestone.
pub(in crate::reader) fn own_clause(toks: &[Token], s: usize, e: usize) -> bool {
    // No clause at all (a message cut short after "but").
    if s >= e.min(toks.len()) {
        return false;
    }
    let subject = matches!(
        toks[s].lower.as_str(),
        "the" | "our" | "their" | "its" | "it" | "they" | "we" | "this" | "these" | "those"
    );
    // "after the app launch" says when, not the milestone told; "close lanes for the
    // install", "during the cutover": what the clause is about (round R39).
    let when = |j: usize| {
        (j.saturating_sub(3).max(s)..j).any(|k| {
            matches!(
                toks[k].lower.as_str(),
                "after" | "since" | "before" | "for" | "during"
            )
        })
    };
    let milestone = (s..e).any(|j| {
        !when(j)
            && matches!(
                toks[j].lower.as_str(),
                "live"
                    | "go-live"
                    | "launch"
                    | "launches"
                    | "cutover"
                    | "install"
                    | "starting"
                    | "rollout"
                    | "delivery"
            )
    });
    // "We're at 94% of the capital line already": a subject with its verb in one word.
    let contracted = e > s + 2
        && matches!(
            toks[s].lower.as_str(),
            "we're" | "they're" | "we've" | "they've" | "it's"
        );
    // "half the parents want the kids off their phones": a share of a subject said first.
    let share = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let of = s + 1 + usize::from(share(s + 1) == "of");
    let shared = matches!(share(s), "half" | "most" | "all" | "some" | "many")
        && matches!(share(of), "the" | "our" | "their")
        && as_clause(toks, of + 1);
    // "we had two ladles crack on us", "we swapped 3 felts early": a pronoun's verb comes
    // straight after it, where `as_clause` (which looks past a subject's first word) does
    // not look; not "we will table it again", a plan.
    let pronoun = matches!(toks[s].lower.as_str(), "it" | "they" | "we")
        && toks.get(s + 1).is_some_and(|t| {
            let w = t.lower.as_str();
            !matches!(w, "will" | "would" | "shall")
                && (FINITE.contains(&w) || w.ends_with("n't") || w.ends_with("ed") && w.len() > 4)
        });
    !milestone
        && (subject && as_clause(toks, s + 1)
            || pronoun
            || shared
            || contracted
            || plain_subject_clause(toks, s, e))
}

/// "callers were waiting 3 weeks", "claims now paid in 2 days": a plain noun as the
/// subject, then (within four words) an auxiliary or a past participle; not a look-again
/// ("check again end of March") nor a phrase of time or place.
pub(in crate::reader::intent) fn plain_subject_clause(toks: &[Token], s: usize, e: usize) -> bool {
    // "after-hours break-ins dropped to zero": a word hyphenated to the next is a
    // compound, not the word alone ("after" a time) (round R39).
    let hyphenated = toks.get(s + 1).is_some_and(|t| t.is_sym("-") && t.attached);
    let word_alone = NOT_REASONS.contains(&toks[s].lower.as_str())
        || matches!(
            toks[s].lower.as_str(),
            "until"
                | "till"
                | "after"
                | "before"
                | "during"
                | "by"
                | "back"
                | "faster"
                | "fewer"
                | "less"
                | "more"
                | "lower"
                | "higher"
                | "better"
                | "only"
                | "just"
                | "not"
        );
    // "BT contract runs to Feb": a short acronym may open the subject.
    let noun = toks[s].is_word()
        && (toks[s].lower.len() > 2 || toks[s].caps && toks[s].lower.len() == 2)
        && (hyphenated || !word_alone)
        && !clauses::opens_look_again(toks, s);
    // Within four words of the subject, a hyphenated word ("first-pass", three tokens)
    // counting as one.
    let joins = (s + 1..e.min(s + 13))
        .filter(|&j| toks[j].is_sym("-") && toks[j].attached)
        .take(4)
        .count();
    let verb = (s + 1..e.min(s + 5 + 2 * joins)).any(|j| {
        let w = toks[j].lower.as_str();
        matches!(
            w,
            "is" | "are"
                | "was"
                | "were"
                | "has"
                | "have"
                | "had"
                | "will"
                | "would"
                | "can"
                | "paid"
                | "done"
                | "sent"
                | "spent"
                // Pasts and presents not spelt "-ed": "gas cost £210k last year".
                | "cost"
                | "costs"
                | "rose"
                | "fell"
                | "went"
                // "CAA cert came through for the two pilots".
                | "came"
                | "grew"
                | "hit"
                // "Clean builds take 40 minutes", "nobody used it".
                | "take"
                | "takes"
                | "used"
                | "uses"
                // "Old one's been missing penalty clocks since October".
                | "been"
                // "BT contract runs to Feb", "the lease expires in March": what still
                // binds the work, told of a contract (round L40).
                | "runs"
                | "expires"
                | "lapses"
        ) || w.ends_with("n't")
            || (w.ends_with("ed") && w.len() > 4)
    });
    // "handover planned for Q3" tells the plan; "CFO signed yesterday", who decided.
    let plan = (s..e).any(|j| {
        matches!(
            toks[j].lower.as_str(),
            "planned"
                | "scheduled"
                | "booked"
                | "due"
                | "expected"
                | "forecast"
                | "pencilled"
                | "signed"
                | "agreed"
                | "approved"
                | "confirmed"
        )
    });
    noun && verb && !plan
}

/// Does a clause of its own (a subject, then a finite verb) open at `j`, after "as"?
pub(in crate::reader) fn as_clause(toks: &[Token], j: usize) -> bool {
    let Some(first) = toks.get(j) else {
        return false;
    };
    // "as 14k more filers went electronic": a count may open the clause.
    if !(first.is_word() || first.kind == TokKind::Num)
        || matches!(
            first.lower.as_str(),
            "part"
                // "as at end of November": as of a date, not why.
                | "at"
                | "planned"
                | "agreed"
                | "discussed"
                | "usual"
                | "well"
                | "soon"
                | "per"
                | "of"
                | "a"
                | "an"
                | "expected"
                | "before"
                | "such"
                | "long"
                | "far"
        )
    {
        return false;
    }
    toks[j + 1..]
        .iter()
        .take(5)
        .take_while(|t| !t.is_break())
        .any(|t| {
            let w = t.lower.as_str();
            FINITE.contains(&w) || w.ends_with("n't") || (w.ends_with("ed") && w.len() > 4)
        })
        || crate::reader::frequency_adverbs::adverb_before_verb(toks, j + 1)
        // "as owners keep asking why …" (round R41).
        || keeps_doing(toks, j + 1)
}

/// "owners keep asking", "the setters keep complaining": "keep(s)" and an "-ing" word,
/// within the four words from `k`, is a finite verb of a repeated act.
fn keeps_doing(toks: &[Token], k: usize) -> bool {
    (k..(k + 4).min(toks.len()))
        .take_while(|&j| !toks[j].is_break())
        .any(|j| {
            matches!(toks[j].lower.as_str(), "keep" | "keeps")
                && toks
                    .get(j + 1)
                    .is_some_and(|t| t.lower.len() > 4 && t.lower.ends_with("ing"))
        })
}
