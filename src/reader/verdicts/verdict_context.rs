//! Verdicts said in shapes of their own, and the context that turns a verdict word into
//! none: reasons, restarts, slips, meetings moved.

use super::*;

/// Every word a verdict said in a shape of its own ([`shape_at`], [`shape_before_phrases_at`])
/// can open on; a word not here opens none of them, which spares trying each shape at
/// every word of every message. A shape added there adds its first words here (the corpus
/// test `no_shape_opens_on_a_word_not_listed` checks).
pub(super) const SHAPE_OPENERS: &[&str] = &[
    // chosen_it_is_at
    "it",
    "it's",
    // refused_funding_at
    "would",
    "will",
    "could",
    "wouldn't",
    "couldn't",
    "refused",
    "declined",
    // new_cost_accepted_at, amount_agreed_at
    "approved",
    "approve",
    "approves",
    "okayed",
    "accepted",
    "accepts",
    "accept",
    "agreed",
    "allocated",
    // keep_going_at
    "keep",
    "keeps",
    "keeping",
    "kept",
    // restarted_after_pause_at
    "restarted",
    "restarts",
    "restarting",
    "is",
    "are",
    "it's",
    "they're",
    "we're",
    "back",
    // stop_taken_back_at
    "not",
    "aren't",
    "isn't",
    "won't",
    // no_chance_at, label_answer_at
    "no",
    "nae",
    "go",
    "yes",
    "hold",
    "nah",
    // terse_verdicts::terse_answer_at
    "yeah",
    "sign",
    "👍",
    "✅",
    "nope",
    // verdict_idioms::allowed_to_have_at
    "can",
    // money_given_at ("given" is one of verdict_shapes::GIVEN)
    "gave",
    "gives",
    "granted",
    // held_until_at ("hold" is listed above)
    "held",
    "holding",
    // new_figure_at, budget_moved_at, money_moved_to_from_at, funded_under_heading_at
    "now",
    "from",
    "goes",
    "went",
    "gone",
    "going",
    "jumps",
    "jumped",
    "rises",
    "rose",
    // budget_stays_at
    "stays",
    // spoken_verdicts::kit_pulled_at
    "pulling",
    "pulled",
    "pull",
    // spoken_verdicts::knocked_on_the_head_at
    "knocking",
    "knocked",
    "knock",
    "remains",
    "unchanged",
    // decision_moved_at
    "slipped",
    "slid",
    "pushed",
    "moved",
    "shifted",
    "pushing",
    "moving",
    "shifting",
    // new_budget::set_at: "new", "total" and its CHANGES (trial_extended_at: its TRIED and
    // GIVEN words)
    "new",
    "total",
    // refusal_overturned_at
    "overturned",
    "overturn",
    "overturns",
    "reversed",
    "reverse",
    "reverses",
    // bumped_to_money_at
    "bump",
    "bumps",
    "bumped",
    "bumping",
    // taken_to_more_sites_at
    "adding",
    "add",
    "rolling",
    "roll",
    // verdict_idioms: written_off_at, capped_at_money_at
    "write",
    "writes",
    "writing",
    "wrote",
    "written",
    "capped",
    "capping",
    "cap",
    // verdict_idioms: part_of_the_full_at ("go" is listed above), passing_on_at, ending_at
    "instead",
    "passing",
    "pass",
    "passed",
    "ending",
    "end",
    "ended",
    // verdict_idioms: buying_it_at, told_fine_at ("no" for no_money_for_at is listed above)
    "buying",
    "buy",
    "told",
    "tell",
    "telling",
    // verdict_idioms: renewal_signed_at
    "sign",
    "signs",
    "signed",
    "signing",
    // done_with: done_with_at
    "done",
    // terms_and_offers: renewed_for_another_term_at, offer_taken_at
    "renewing",
    "renew",
    "renewed",
    "renews",
    "took",
    "taken",
    "taking",
    "accepted",
    "accepting",
    // only_for_now: only_at_a_new_figure_at
    "only",
    "just",
    // left_to_wait: put_off_at (stays_at opens on "stays", above)
    "leave",
    "leaving",
    "wait",
    "waiting",
    "sits",
    "waits",
    "put",
    "tbd",
    "tbc",
    "slide",
    "slip",
    // spoken_verdicts::deciders_said_aye_at
    "said",
    // getting_things::getting_at
    "getting",
    // everyday_verdicts: so_the_budget_is_now_at ("go", "no" and "pulling" are listed
    // above); terms_and_offers::renewed_for_another_term_at ("roll", "rolling" above)
    "so",
    "rolls",
    "rolled",
];

/// Whether a verdict shape may open at this word (see [`SHAPE_OPENERS`]).
pub(in crate::reader) fn opens_a_shape(t: &Token) -> bool {
    static OPENERS: OnceLock<WordTable> = OnceLock::new();
    t.in_table(OPENERS.get_or_init(|| {
        WordTable::new(
            SHAPE_OPENERS
                .iter()
                .chain(crate::reader::new_budget::CHANGES)
                .chain(crate::reader::verdict_shapes::TRIED)
                .chain(crate::reader::verdict_shapes::GIVEN)
                .map(|w| w.to_string()),
        )
    }))
}

/// Counts said in words ("from two days to half a day"), read as a number is where a
/// count made smaller is told.
pub(super) const COUNT_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "half",
];

/// A shape that wins over the phrase table's reading of the same words: "accepted the
/// revised budget" is a rescope before "accepted" is an approval; "is back on after the
/// pause" and "not pulling it after all" go on, before "is back on" approves and "pulling"
/// stops.
pub(in crate::reader) fn shape_before_phrases_at(
    toks: &[Token],
    i: usize,
) -> Option<(Verdict, usize)> {
    new_cost_accepted_at(toks, i)
        .or_else(|| crate::reader::everyday_verdicts::the_rest_wait_at(toks, i))
        .or_else(|| crate::reader::smaller_scope::smaller_scope_at(toks, i))
        .map(|e| (Verdict::Rescope, e - i))
        .or_else(|| {
            crate::reader::verdict_shapes::restarted_after_pause_at(toks, i)
                .or_else(|| crate::reader::verdict_shapes::stop_taken_back_at(toks, i))
                .map(|e| (Verdict::Continue, e - i))
        })
}

/// A verdict said in a shape of its own at `i` (a phrase table holds the fixed wordings):
/// the verdict and how many tokens it takes.
pub(in crate::reader) fn shape_at(toks: &[Token], i: usize) -> Option<(Verdict, usize)> {
    keep_going_at(toks, i)
        .map(|e| (Verdict::Continue, e - i))
        .or_else(|| {
            crate::reader::verdict_shapes::trial_extended_at(toks, i)
                .map(|e| (Verdict::Continue, e - i))
        })
        .or_else(|| {
            crate::reader::verdict_shapes::no_chance_at(toks, i).map(|e| (Verdict::Reject, e - i))
        })
        .or_else(|| {
            crate::reader::verdict_shapes::refusal_overturned_at(toks, i)
                .map(|e| (Verdict::Approve, e - i))
        })
        .or_else(|| {
            crate::reader::verdict_shapes::amount_agreed_at(toks, i)
                .map(|e| (Verdict::Approve, e - i))
        })
        .or_else(|| {
            crate::reader::verdict_shapes::money_given_at(toks, i)
                .or_else(|| crate::reader::verdict_shapes::funded_under_heading_at(toks, i))
                .map(|e| (Verdict::Approve, e - i))
        })
        .or_else(|| {
            crate::reader::verdict_shapes::held_until_at(toks, i).map(|e| (Verdict::Defer, e - i))
        })
        .or_else(|| {
            crate::reader::verdict_shapes::new_figure_at(toks, i).map(|e| (Verdict::Rescope, e - i))
        })
        .or_else(|| {
            crate::reader::verdict_shapes::budget_moved_at(toks, i)
                .or_else(|| crate::reader::verdict_shapes::money_moved_to_from_at(toks, i))
                .or_else(|| crate::reader::only_for_now::only_at_a_new_figure_at(toks, i))
                .map(|e| (Verdict::Rescope, e - i))
        })
        .or_else(|| {
            crate::reader::verdict_shapes::budget_stays_at(toks, i)
                .map(|e| (Verdict::Continue, e - i))
        })
        .or_else(|| crate::reader::new_budget::set_at(toks, i).map(|e| (Verdict::Rescope, e - i)))
        .or_else(|| {
            crate::reader::verdict_shapes::bumped_to_money_at(toks, i)
                .map(|e| (Verdict::Rescope, e - i))
        })
        .or_else(|| {
            crate::reader::verdict_shapes::label_answer_at(toks, i)
                .or_else(|| crate::reader::terse_verdicts::terse_answer_at(toks, i))
                .map(|(v, e)| (v, e - i))
        })
        .or_else(|| {
            crate::reader::verdict_shapes::decision_moved_at(toks, i)
                .map(|e| (Verdict::Defer, e - i))
        })
        .or_else(|| {
            crate::reader::verdict_shapes::taken_to_more_sites_at(toks, i)
                .map(|e| (Verdict::Approve, e - i))
        })
        .or_else(|| {
            crate::reader::verdict_idioms::written_off_at(toks, i).map(|e| (Verdict::Stop, e - i))
        })
        .or_else(|| {
            crate::reader::verdict_idioms::capped_at_money_at(toks, i)
                .or_else(|| crate::reader::verdict_idioms::part_of_the_full_at(toks, i))
                .or_else(|| crate::reader::everyday_verdicts::so_the_budget_is_now_at(toks, i))
                .map(|e| (Verdict::Rescope, e - i))
        })
        .or_else(|| {
            crate::reader::verdict_idioms::go_with_choice_at(toks, i)
                .or_else(|| crate::reader::verdict_idioms::go_for_it_at(toks, i))
                .or_else(|| crate::reader::verdict_idioms::told_fine_at(toks, i))
                .or_else(|| crate::reader::verdict_idioms::allowed_to_have_at(toks, i))
                .or_else(|| crate::reader::verdict_idioms::buying_it_at(toks, i))
                .or_else(|| crate::reader::chosen_it_is::chosen_it_is_at(toks, i))
                .or_else(|| crate::reader::spoken_verdicts::deciders_said_aye_at(toks, i))
                .or_else(|| crate::reader::everyday_verdicts::go_on_at_a_price_at(toks, i))
                .or_else(|| crate::reader::everyday_verdicts::agreed_to_go_with_at(toks, i))
                .map(|e| (Verdict::Approve, e - i))
        })
        .or_else(|| {
            crate::reader::verdict_idioms::passing_on_at(toks, i)
                .or_else(|| crate::reader::verdict_idioms::no_money_for_at(toks, i))
                .or_else(|| crate::reader::plain_verdicts::told_no_on_at(toks, i))
                .or_else(|| crate::reader::refused_funding::refused_funding_at(toks, i))
                .or_else(|| crate::reader::everyday_verdicts::no_from_me_at(toks, i))
                .map(|e| (Verdict::Reject, e - i))
        })
        .or_else(|| {
            crate::reader::verdict_idioms::ending_at(toks, i)
                .or_else(|| crate::reader::done_with::done_with_at(toks, i))
                .or_else(|| crate::reader::spoken_verdicts::kit_pulled_at(toks, i))
                .or_else(|| crate::reader::spoken_verdicts::knocked_on_the_head_at(toks, i))
                .or_else(|| crate::reader::everyday_verdicts::pulling_opens_at(toks, i))
                .map(|e| (Verdict::Stop, e - i))
        })
        .or_else(|| {
            crate::reader::verdict_idioms::renewal_signed_at(toks, i)
                .or_else(|| crate::reader::terms_and_offers::offer_taken_at(toks, i))
                .or_else(|| crate::reader::spoken_verdicts::spending_form_signed_at(toks, i))
                .or_else(|| crate::reader::getting_things::getting_at(toks, i))
                .map(|e| (Verdict::Approve, e - i))
        })
        .or_else(|| {
            crate::reader::terms_and_offers::renewed_for_another_term_at(toks, i)
                .or_else(|| crate::reader::left_to_wait::stays_at(toks, i))
                .map(|e| (Verdict::Continue, e - i))
        })
        .or_else(|| {
            crate::reader::left_to_wait::put_off_at(toks, i).map(|e| (Verdict::Defer, e - i))
        })
}

/// Is the word at `start` inside a clause of reason ("given the old ones …", "so that
/// renewals …", "because the vendor …") opened earlier in its clause, with a subject of its
/// own before it?
pub(super) fn in_reason_clause(toks: &[Token], start: usize) -> bool {
    let subject = start > 0
        && toks[start - 1].is_word()
        && !matches!(
            toks[start - 1].lower.as_str(),
            "to" | "we" | "i" | "we'll" | "will" | "and" | "or" | "then"
        );
    subject
        && (start.saturating_sub(10)..start)
            .rev()
            .take_while(|&j| !toks[j].is_break())
            .any(|j| {
                matches!(
                    toks[j].lower.as_str(),
                    "given" | "because" | "cos" | "unless" | "otherwise"
                ) || toks[j].is("that") && j > 0 && toks[j - 1].is("so")
                    // "so nurses stop writing obs on paper": what people stop doing.
                    || toks[j].is("so")
                        && toks
                            .get(start + 1)
                            .is_some_and(|t| t.lower.len() > 4 && t.lower.ends_with("ing"))
            })
}

/// "they're back on", "we un-paused it", "reversed the pause": work restarted, which only a
/// decision does (however much money is said with it).
pub(super) fn restarted(toks: &[Token], start: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let back_on = word(start + 1) == "back" && word(start + 2) == "on";
    back_on
        || matches!(
            word(start),
            "un-paused" | "unpaused" | "un-pause" | "unpause" | "reversed" | "lifted"
        )
        || word(start) == "un" && word(start + 2).starts_with("pause")
}

/// "agreed to defer", "has decided to stop": the verdict is said as decided.
pub(super) fn affirmed(toks: &[Token], start: usize) -> bool {
    crate::reader::tokens::back_in_clause(&toks[start.saturating_sub(3)..start])
        .any(|t| matches!(t.lower.as_str(), "agreed" | "decided" | "voted"))
}

/// "the launch is delayed to March", "go-live delayed again": a schedule that slips is news
/// about the work, not a verdict. Delaying something on purpose ("we delayed the app to
/// March", "decided to delay it", "Delay the kiosks till Q2") still defers it.
pub(super) fn slipped(toks: &[Token], start: usize, end: usize) -> bool {
    if affirmed(toks, start) {
        return false;
    }
    let object = toks.get(end).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "the" | "a" | "an" | "it" | "this" | "that" | "our" | "their" | "them" | "phase"
        )
    });
    if object {
        return false;
    }
    let subject = word_before(
        toks,
        start,
        &[
            "is", "was", "are", "were", "has", "have", "had", "been", "being", "be", "got", "now",
            "further", "again", "already", "'s",
        ],
    );
    !matches!(
        subject,
        "we" | "i" | "they" | "you" | "'ve" | "to" | "let's" | "will" | "'ll" | "should" | "must"
    )
}

/// "go live pushed again", "the launch has slipped", "cutover moved": the work's milestone
/// moved is news about the schedule, not a decision to put the work off, unless said as
/// decided ("we agreed the go-live is pushed to March"); "postponed" and "deferred" are
/// said of a choice.
pub(super) fn milestone_moved(toks: &[Token], start: usize, word: &str) -> bool {
    if !matches!(word, "pushed" | "moved" | "shifted" | "slipped" | "slid") || affirmed(toks, start)
    {
        return false;
    }
    let subject = word_before(
        toks,
        start,
        &[
            "is", "was", "has", "have", "had", "been", "got", "now", "again", "'s",
        ],
    );
    crate::reader::dates::MILESTONES.contains(&subject) && !matches!(subject, "out" | "ready")
        || meeting_moved(toks, start)
}

/// "kiosk vendor call moved to Thurs", "the demo got pushed to next week": a meeting moved
/// (its word just before the move) puts off no work; "the final call slipped" is the
/// decision moved, and a "data sync" is a product.
pub(super) fn meeting_moved(toks: &[Token], start: usize) -> bool {
    let passed = [
        "is", "was", "has", "have", "had", "been", "got", "now", "again", "'s",
    ];
    let Some(k) = toks[..start]
        .iter()
        .rposition(|t| !passed.contains(&t.lower.as_str()))
    else {
        return false;
    };
    let before = if k > 0 {
        toks[k - 1].lower.as_str()
    } else {
        ""
    };
    MEETINGS.contains(&toks[k].lower.as_str())
        && !SYNCED.contains(&before)
        && !matches!(before, "final" | "board" | "funding" | "budget")
}

/// The nearest word before `start` that is not one of `passed` (auxiliaries and adverbs
/// between a verb and its subject: "the launch has *now* slipped"); "" when there is none.
pub(super) fn word_before<'t>(toks: &'t [Token], start: usize, passed: &[&str]) -> &'t str {
    toks[..start]
        .iter()
        .rev()
        .find(|t| !passed.contains(&t.lower.as_str()))
        .map_or("", |t| t.lower.as_str())
}

/// Who sells us a thing: a stop they make ("vendor sunset the product") is not ours.
pub(super) const VENDORS: &[&str] = &[
    "vendor",
    "vendors",
    "supplier",
    "suppliers",
    "provider",
    "manufacturer",
    "oem",
];

/// Words for a meeting: calling one off stops no work.
pub(in crate::reader) const MEETINGS: &[&str] = &[
    "call", "calls", "meeting", "meetings", "stand-up", "standup", "stand", "session", "demo",
    "workshop", "catch-up", "catchup", "sync", "1:1", "huddle", "webinar", "drinks", "lunch",
];

/// Trips and events of the day: a ferry, a flight or a game cancelled is news, no work
/// stopped.
const TRIPS: &[&str] = &[
    "ferry", "ferries", "flight", "flights", "sailing", "sailings", "crossing", "train", "trains",
    "game", "match", "fixture",
];

/// Things kept in step by a tool: "file sync", "data sync" is a product, not a meeting.
pub(super) const SYNCED: &[&str] = &[
    "file",
    "files",
    "data",
    "cloud",
    "calendar",
    "contact",
    "contacts",
    "folder",
    "drive",
    "mail",
    "email",
    "device",
    "inventory",
    "stock",
    "price",
    "catalogue",
    "catalog",
];

/// Is the stop at `start..end` a meeting called off: a meeting word in its clause, just
/// before the verdict ("the stand-up is cancelled") or as its object ("cancelled the
/// vendor call"); or a trip of the day before it ("the ferry's cancelled")?
pub(super) fn meeting_called_off(toks: &[Token], start: usize, end: usize) -> bool {
    let word = toks[start].lower.as_str();
    if !(word.starts_with("cancel") || word.starts_with("call")) {
        return false;
    }
    // "the ferry's cancelled", "Lyle's flight got cancelled": a trip of the day too.
    let trip = |t: &Token| {
        let w = t.lower.strip_suffix("'s").unwrap_or(&t.lower);
        TRIPS.contains(&w)
    };
    let before = crate::reader::tokens::back_in_clause(&toks[start.saturating_sub(6)..start])
        .any(|t| MEETINGS.contains(&t.lower.as_str()) || trip(t));
    let after = toks[end..]
        .iter()
        .take(5)
        .take_while(|t| !t.is_break())
        .any(|t| MEETINGS.contains(&t.lower.as_str()));
    before || after
}

/// "due", "expected", "needed": what a verdict's noun is said to be when it is still to come.
pub(super) fn to_come(w: &str) -> bool {
    matches!(
        w,
        "due" | "expected" | "needed" | "pending" | "scheduled" | "planned" | "outstanding"
    )
}

/// Applies negation and hedging in the few words before the phrase.
/// A meeting named in the verdict's clause, a few words before it or just after it.
pub(super) fn meeting_near(toks: &[Token], start: usize, end: usize) -> bool {
    let meeting = |k: usize| {
        let w = toks[k].lower.as_str();
        matches!(
            w,
            "meeting" | "meetings" | "réunion" | "standup" | "huddle" | "webinar"
        ) || w == "sync" && !(k > 0 && SYNCED.contains(&toks[k - 1].lower.as_str()))
            || w == "up" && k >= 2 && toks[k - 1].is_sym("-") && toks[k - 2].is("stand")
    };
    let before = (start.saturating_sub(4)..start)
        .rev()
        .take_while(|&k| !toks[k].is_break())
        .any(meeting);
    let after = (end..(end + 5).min(toks.len()))
        .take_while(|&k| !toks[k].is_break() || toks[k].is_sym("-"))
        .any(meeting);
    before || after
}

/// The first words of a stop that says only that a thing is dropped, which of a thing
/// asked for is a refusal ("off the table", "binned", "ditched").
pub(super) const DROPPED: &[&str] = &[
    "off",
    "binned",
    "binning",
    "sack",
    "sacked",
    "sacking",
    "dropped",
    "dropping",
    "ditched",
    "canned",
    "scrapped",
    "scrapping",
    "axed",
];

/// "off the table for this FY", "binned for this year": a thing dropped for a year is
/// refused for it, as "a no for 2027" is. `end` is where the verdict's words end.
pub(super) fn for_this_year(toks: &[Token], end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    word(end) == "for"
        && matches!(word(end + 1), "this" | "next")
        && matches!(word(end + 2), "year" | "fy" | "financial" | "season")
}
