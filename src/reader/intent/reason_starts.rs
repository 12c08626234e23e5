//! Where a reason starts: the words that open one, the phrases that are none, purposes and
//! clauses of their own.

use super::*;

pub(super) const RATIONALE_MARKERS: &[&str] = &[
    "because", "since", "given", "citing", "—", "–", ";", ":", "(",
];

/// Clauses that describe the money, the timing or the next step rather than the reason.
pub(super) const NOT_REASONS: &[&str] = &[
    "and",
    "plus",
    "but",
    "with",
    "for",
    "now",
    "budget",
    "review",
    "revisit",
    "we'll",
    "i'll",
    "new",
    "then",
    "so",
    "phase",
    "which",
    "expecting",
    "expected",
    "payback",
    "go-live",
    "go",
    "from",
    "cut",
    "in",
    "at",
    "on",
    "to",
    "over",
    "i",
    "will",
    "citing",
    "because",
    "since",
    "given",
    "due",
    "as",
    "thanks",
    "launching",
    "launch",
    "live",
    "going",
    "rollout",
    "nothing",
    // "even with the delay", "whatever you heard in the locker room", "kindly proceed with
    // the PO": a concession, a brush-off or a request, said beside the verdict.
    "even",
    "whatever",
    "kindly",
    "pls",
    "please",
];

/// Longest reason kept, in tokens; also keeps the scan linear on text with no full stops.
pub(super) const MAX_CLAUSE: usize = 60;

/// Where the reason given starts: after "because" / "since" / "due to" / a dash / a colon /
/// a comma, or at "pending" / "waiting".
pub(super) fn reason_start(toks: &[Token], i: usize) -> Option<(usize, bool)> {
    let w = toks[i].lower.as_str();
    let next = toks.get(i + 1).map_or("", |t| t.lower.as_str());
    match w {
        // "say no thanks to the chatbot offer" is a refusal of it, not a reason.
        "thanks" if i > 0 && toks[i - 1].is("no") => None,
        // "thanks to everyone who pushed for this": a thank-you, not a cause.
        "thanks" if crate::reader::chat_asides::thanks_to_people(toks, i) => None,
        "due" | "owing" | "thanks" if next == "to" => Some((i + 2, true)),
        "because" if next == "of" => Some((i + 2, true)),
        // "up 12 points since the beta": from when, not why.
        "since"
            if clauses::since_after_change(toks, i)
                || clauses::since_time_then_clause(
                    toks,
                    i + 1,
                    clauses::clause_end(toks, i + 1, toks.len()),
                ) =>
        {
            None
        }
        "because" | "since" | "citing" => Some((i + 1, true)),
        // "b/c renewals by mail cost $6 each".
        "b" if next == "/"
            && toks.get(i + 2).is_some_and(|t| t.is("c") && t.attached)
            && toks[i + 1].attached =>
        {
            Some((i + 3, true))
        }
        // "driven by the drop in postal renewals".
        "driven" if next == "by" => Some((i + 2, true)),
        // "as a result of the hosepipe ban".
        "as" if next == "a"
            && toks.get(i + 2).is_some_and(|t| t.is("result"))
            && toks.get(i + 3).is_some_and(|t| t.is("of")) =>
        {
            Some((i + 4, true))
        }
        // "cos drivers ignored it", "bc", "coz": "because" as chat spells it.
        "cos" | "coz" | "cuz" | "bc" | "bcos" | "bcoz" | "becuase" | "becasue" => {
            Some((i + 1, true))
        }
        // "in light of …", "in view of …", "on account of …", "in response to …".
        "in" | "on" if causal_phrase(toks, i) => Some((i + 3, true)),
        // "given the new rules"; not "go-ahead given for the app, £50k".
        "given"
            if toks.get(i + 1).is_some_and(|t| {
                t.is_word()
                    && !matches!(
                        t.lower.as_str(),
                        "for" | "to" | "by" | "up" | "out" | "back" | "in" | "on" | "at" | "and"
                    )
            }) =>
        {
            Some((i + 1, true))
        }
        "given" => None,
        // "so that foot passengers board faster".
        "so" if next == "that" => Some((i + 2, true)),
        // "signed off at $85k so specialists stop retyping reports": "so", the people, and
        // what the work lets them stop or do better.
        "so" if so_people_can(toks, i + 1) => Some((i + 1, true)),
        // "held till early Q3 so BD can finish the data tidy-up first": so that someone
        // can do something first, kept with its "so".
        "so" if so_someone_can(toks, i + 1) => Some((i, true)),
        // ", to stop the double bookings": a purpose, kept with its verb.
        "," if next == "to"
            && toks
                .get(i + 2)
                .is_some_and(|t| PURPOSES.contains(&t.lower.as_str())) =>
        {
            Some((i + 1, true))
        }
        // "approved at £90k to cut keg losses", "in order to meet the new rules": a
        // purpose said straight after the amount, or as one.
        "to" if PURPOSES.contains(&next) && purpose_follows(toks, i) => Some((i, true)),
        // "saved £40k from fewer refunds", "thanks to fewer call-backs".
        "from" | "through" | "via"
            if matches!(
                next,
                "fewer"
                    | "less"
                    | "lower"
                    | "reduced"
                    | "better"
                    | "faster"
                    | "higher"
                    | "more"
                    | "cutting"
                    | "reducing"
                    | "dropping"
                    | "removing"
                    | "avoiding"
                    | "cheaper"
            ) =>
        {
            Some((i + 1, true))
        }
        // "by retiring the old servers", "by quoting spot rates faster": how it came
        // about, said with its "by"; not "by spring", nor who acted ("rejected by
        // Marketing"), as departments are often named by an "-ing" word.
        "by" if next.len() > 5 && next.ends_with("ing") && !ING_NOUNS.contains(&next) => {
            Some((i, true))
        }
        // Not "visitors were waiting 3 weeks", where the waiting is the reason's own verb.
        "pending" | "waiting" | "awaiting"
            if i == 0
                || !matches!(
                    toks[i - 1].lower.as_str(),
                    "is" | "are" | "was" | "were" | "been" | "be" | "still" | "kept" | "keep"
                        // "sick of waiting for paper statements".
                        | "of"
                ) =>
        {
            Some((i, true))
        }
        "as" => (i > 0
            && !crate::reader::as_comparisons::compares(toks, i)
            && (as_clause(toks, i + 1)
                || matches!(
                    next,
                    "the"
                        | "it"
                        | "its"
                        | "it's"
                        | "they"
                        | "we"
                        | "there"
                        | "our"
                        | "their"
                        | "costs"
                        | "budget"
                        | "nobody"
                        | "no"
                )))
        .then_some((i + 1, true)),
        // "scrapped -> vendor's gone bust": an arrow written with a dash leads to why.
        "-" | "=" if arrow_at(toks, i) => Some((i + 2, false)),
        "-" => (!toks[i].attached && toks.get(i + 1).is_some_and(|t| !t.attached))
            .then_some((i + 1, false)),
        // "approved following the audit findings": the event that prompted it; not "the
        // following week".
        "following"
            if i > 0
                && !matches!(toks[i - 1].lower.as_str(), "the" | "a" | "an")
                && toks.get(i + 1).is_some_and(|t| {
                    // "following two plant losses in the cold snap".
                    t.kind == TokKind::Num && toks.get(i + 2).is_some_and(Token::is_word)
                        || matches!(
                            t.lower.as_str(),
                            "the"
                                | "a"
                                | "an"
                                | "our"
                                | "their"
                                | "its"
                                | "last"
                                | "recent"
                                | "two"
                                | "three"
                                | "four"
                                | "several"
                                | "repeated"
                        )
                }) =>
        {
            // Kept in the reason, as "after" is (convention 27).
            Some((i, true))
        }
        // "approved with 2.5m DKK, but only for Anholt first": the part approved is the
        // scope, as "only …" after a rescope is.
        "," if next == "but" && toks.get(i + 2).is_some_and(|t| t.is("only")) => {
            Some((i + 2, false))
        }
        "," => Some((i + 1, false)),
        // "keep going 💪 queues halved": an emoji between a verdict and its reason is a
        // break, as a comma is.
        // Not "trial→paid", an arrow written inside a word.
        _ if pictograph(&toks[i]) && !joins_words(toks, i) => Some((i + 1, false)),
        _ if RATIONALE_MARKERS.contains(&w) => Some((i + 1, false)),
        _ => None,
    }
}

/// A clause opening with a word that usually starts no reason, which is one all the same:
/// "phase 3 towns dropped" (it says what was changed), "knocked back, payback was over 7
/// years", "approved, payback under 2 years on the power savings" (a payback told after a
/// verdict is why; a forecast one, "payback expected in 2 years", is refused apart), "budget
/// isn't final" (with a verb of its own; "budget £40k" is no reason).
pub(super) fn reason_after_all(
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
        || toks[s].is("budget") && as_clause(toks, s)
}

/// "in the rain season they cannot fly", "in winter the divers can't reach them": when,
/// then a clause of its own that says what cannot be done then, is why.
pub(super) fn time_then_cannot(toks: &[Token], s: usize, end: usize) -> bool {
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
pub(super) fn pronoun_cannot(toks: &[Token], k: usize) -> bool {
    matches!(toks[k].lower.as_str(), "they" | "we" | "it" | "he" | "she")
        && toks
            .get(k + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "cannot" | "can't" | "couldn't"))
}

/// Words ending in "-ing" that name a time, a thing or a department rather than an action.
pub(super) const ING_NOUNS: &[&str] = &[
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
pub(super) const PURPOSES: &[&str] = &[
    "stop", "cut", "reduce", "avoid", "prevent", "fix", "end", "speed", "free", "meet", "comply",
    "cover", "support", "replace", "save", "protect", "clear", "close", "ensure", "improve",
    "make", "finish", "complete",
];

/// Do the words at `j` name people and what the work lets them do ("specialists stop
/// retyping", "the fitters stop guessing"), the purpose after a bare "so"?
pub(super) fn so_people_can(toks: &[Token], j: usize) -> bool {
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
pub(super) fn so_someone_can(toks: &[Token], j: usize) -> bool {
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
pub(super) fn causal_phrase(toks: &[Token], i: usize) -> bool {
    let w = |k: usize| toks.get(i + k).map_or("", |t| t.lower.as_str());
    matches!(
        (w(0), w(1), w(2)),
        ("in", "light" | "view", "of") | ("on", "account", "of") | ("in", "response", "to")
    ) && toks.get(i + 3).is_some_and(|t| t.is_word())
}

/// Does the "to" at `i` follow an amount ("£90k to cut …") or "in order" / "so as"?
pub(super) fn purpose_follows(toks: &[Token], i: usize) -> bool {
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
pub(super) fn joins_words(toks: &[Token], i: usize) -> bool {
    i > 0
        && toks[i].attached
        && toks[i - 1].is_word()
        && toks.get(i + 1).is_some_and(|t| t.attached && t.is_word())
}

pub(super) fn pictograph(t: &Token) -> bool {
    t.kind == TokKind::Sym
        && t.lower
            .chars()
            .next()
            .is_some_and(|c| u32::from(c) >= 0x2190 && !c.is_alphanumeric())
}

/// Finite verbs and auxiliaries that make the words after "as" a clause ("as the harbour
/// works overran", "as BT have moved the cut-off") rather than a role ("as planned", "as
/// part of").
pub(super) const FINITE: &[&str] = &[
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
    // "after the app launch" says when, not the milestone told.
    let when = |j: usize| {
        (j.saturating_sub(3).max(s)..j)
            .any(|k| matches!(toks[k].lower.as_str(), "after" | "since" | "before"))
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
    !milestone
        && (subject && as_clause(toks, s + 1) || contracted || plain_subject_clause(toks, s, e))
}

/// "callers were waiting 3 weeks", "claims now paid in 2 days": a plain noun as the
/// subject, then (within four words) an auxiliary or a past participle; not a look-again
/// ("check again end of March") nor a phrase of time or place.
pub(super) fn plain_subject_clause(toks: &[Token], s: usize, e: usize) -> bool {
    let noun = toks[s].is_word()
        && toks[s].lower.len() > 2
        && !NOT_REASONS.contains(&toks[s].lower.as_str())
        && !matches!(
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
        )
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
pub(super) fn as_clause(toks: &[Token], j: usize) -> bool {
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
}
