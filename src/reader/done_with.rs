//! "We're done with the Overdrive kiosk at Main, nobody's touched it since 2024 and it's
//! $2,400 a year": a thing we are "done with", told with why it is not worth keeping (no
//! one uses it, what it costs to run, or the money sunk in it: "$230k in and the growers
//! still call …"), is let go, a stop. "We're done with the
//! migration" alone tells work finished, not given up, and is left alone. "Finished with"
//! is said the same way ("We're finished with the online shop. €15,000 spent since the
//! spring …", round V46).

use super::money_words::find_money;
use super::tokens::Token;

/// Words that tell a thing is not used.
const UNUSED: &[&str] = &["nobody", "nobody's", "no-one", "hardly", "barely", "rarely"];

/// What its users went back to from a thing given up: the old way ("went back to paper
/// tickets", "back to writing them by hand").
const OLD_WAYS: &[&str] = &[
    "paper",
    "hand",
    "old",
    "manual",
    "spreadsheet",
    "spreadsheets",
    "excel",
    "whiteboard",
    "pen",
];

/// At `k`, "won't use" / "will not use" / "don't use" ("crew won't use it with gloves on").
fn will_not_use(toks: &[Token], k: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    matches!(word(k), "won't" | "wont" | "don't" | "dont") && word(k + 1) == "use"
        || word(k) == "not" && word(k + 1) == "use" && matches!(word(k.wrapping_sub(1)), "will")
}

/// At `k`, "never" before a verb of use ("dots on a map marcus never looks at", "the app
/// nobody ever opens" is `UNUSED`'s): a thing its people never use (round V48).
fn never_used(toks: &[Token], k: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    word(k) == "never"
        && matches!(
            word(k + 1),
            "looks"
                | "look"
                | "looked"
                | "uses"
                | "use"
                | "used"
                | "opens"
                | "open"
                | "opened"
                | "touches"
                | "touch"
                | "touched"
                | "checks"
                | "check"
                | "checked"
        )
}

/// At `k`, "went back to" the old way within a few words ("the servers went back to
/// writing tickets by hand").
fn went_back_to_the_old_way(toks: &[Token], k: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    matches!(word(k), "went" | "gone" | "going")
        && word(k + 1) == "back"
        && word(k + 2) == "to"
        && (k + 3..k + 8).any(|j| OLD_WAYS.contains(&word(j)))
}

/// At `i`, "done with" said by us ("we're done with the kiosk", "I'm done with that
/// subscription"), or of the thing itself closing its clause ("the effluent screen is done
/// with."), of a thing whose message says no one uses it, what it costs by the period or
/// the money sunk in it; where the shape ends (after "with").
pub(super) fn done_with_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if word(i) == "finished" && word(i + 1) != "with" {
        return finished_and_failing_at(toks, i);
    }
    // "done w/ the gps trackers …" (round V48): chat's "w/" is "with".
    let after = match (word(i + 1), word(i + 2)) {
        // "We done wid da online payments ting" (round V58): "wid" for "with".
        ("with" | "wid", _) => i + 2,
        ("w", "/") => i + 3,
        _ => return None,
    };
    if !matches!(word(i), "done" | "finished") {
        return None;
    }
    // "done with the chatbot, 11k spent and …": terse chat opening on it, our own say with
    // its subject dropped (round S43).
    let opens = i == 0 || toks[i - 1].is_break() && !toks[i - 1].is_sym(",");
    if opens {
        let said_of_ours = matches!(word(after), "the" | "that" | "those" | "our" | "this");
        return (said_of_ours && given_up(toks, i)).then_some(after);
    }
    // "We done wid da …": the "are" dropped (round V58).
    let ours = matches!(word(i - 1), "we're" | "i'm" | "we")
        || matches!(word(i - 1), "are" | "'re" | "'m" | "am")
            && matches!(word(i.saturating_sub(2)), "we" | "i");
    // "Marketing's done with the paid Instagram ads, $3k gone …": a unit or a person done
    // with it, the "'s" standing for "is" or "has" (round S44); not "it's", "that's".
    let someones = i >= 1
        && toks[i - 1].is_word()
        && (word(i - 1).ends_with("'s") || word(i - 1).ends_with("’s"))
        && !matches!(
            word(i - 1).trim_end_matches("'s").trim_end_matches("’s"),
            "it" | "that" | "this" | "what" | "there" | "here" | "who" | "he" | "she"
        );
    let said_of_ours = (ours || someones)
        && matches!(
            word(after),
            "the" | "that" | "those" | "our" | "this" | "these" | "da" | "dat"
        );
    // "Effluent screen is done with.": the thing said done with, its clause ending there.
    let said_of_it = matches!(word(i - 1), "is" | "'s" | "are")
        && i >= 2
        && toks[i - 2].is_word()
        && toks.get(i + 2).is_none_or(|t| t.is_break());
    if !(said_of_ours || said_of_it) {
        return None;
    }
    given_up(toks, i).then_some(after)
}

/// "The recycled asphalt feed is finished. We've put £96k into the feed bin and conveyor
/// and the mix still fails the binder test …" (round V47): at `i`, the thing said to be
/// finished, closing its clause, with the money put into it and what still goes wrong after
/// it; where the shape ends. Work finished with money spent and nothing still wrong ("the
/// new tills look great") is news.
fn finished_and_failing_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    // "Hatchery trial is finished, Board decision." (round S59): whose call it was, said
    // after a comma, closes the clause too.
    let whose_call = word(i + 1) == ","
        && super::deciders::is_body(word(i + 2))
        && word(i + 3) == "decision"
        && toks.get(i + 4).is_some_and(|t| t.is_sym("."));
    let said_of_it = i >= 2
        && matches!(word(i - 1), "is" | "'s" | "are")
        && toks[i - 2].is_word()
        && (toks.get(i + 1).is_some_and(|t| t.is_sym(".")) || whose_call);
    if !said_of_it {
        return None;
    }
    let i = if whose_call { i + 3 } else { i };
    let put_into = (i + 2..toks.len()).any(|k| {
        word(k) == "put"
            && find_money(
                &toks[k + 1..(k + 5).min(toks.len())],
                crate::money::Currency::GBP,
            )
            .first()
            .is_some_and(|m| m.start == 0 && word(k + 1 + m.end) == "into")
    });
    let sunk = put_into || super::plain_verdicts::money_sunk_after(toks, i + 2);
    // "the mix still fails …", "the wool still comes out damp": what goes on going wrong;
    // not "still works", "still looks great".
    let still_wrong = (i + 2..toks.len()).any(|k| {
        word(k) == "still"
            && toks.get(k + 1).is_some_and(|t| t.is_word())
            && !(k + 1..(k + 4).min(toks.len())).any(|j| {
                matches!(
                    word(j),
                    "works"
                        | "working"
                        | "work"
                        | "good"
                        | "fine"
                        | "great"
                        | "ok"
                        | "okay"
                        | "happy"
                        | "running"
                        | "runs"
                        | "going"
                        | "pays"
                        | "paying"
                        | "saves"
                )
            })
    });
    // "… but none of the juveniles survived past 3 months": nothing of it came good (round
    // S59).
    let none_came_good = (i + 2..toks.len()).any(|k| {
        word(k) == "none"
            && word(k + 1) == "of"
            && (k + 2..(k + 7).min(toks.len())).any(|j| {
                matches!(
                    word(j),
                    "survived" | "worked" | "sold" | "grew" | "lived" | "took" | "came"
                )
            })
    });
    let still_wrong = still_wrong || none_came_good;
    // "£11k in since the spring": the money's running tally is the thing ended short
    // (convention 66).
    (sunk && still_wrong || super::money_in_since::money_in_since(toks, i + 2)).then_some(i + 1)
}

/// "no more facebook ads for the concrete, 5 grand and every order still comes off the
/// phone" (round S46): at `i`, terse chat opening on "no more" and the thing (a few words),
/// the money it cost opening the next clause; where the shape ends (after "more").
pub(super) fn no_more_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let opens = i == 0 || toks[i - 1].is_sym("\n");
    if !opens || word(i) != "no" || word(i + 1) != "more" {
        return None;
    }
    let comma = (i + 2..(i + 10).min(toks.len()))
        .take_while(|&k| toks[k].is_word() || toks[k].is_sym(","))
        .find(|&k| toks[k].is_sym(","))?;
    let thing = comma > i + 2 && toks[i + 2].is_word() && !matches!(word(i + 2), "than" | "of");
    let clause = &toks[comma + 1..(comma + 5).min(toks.len())];
    let cost_opens = find_money(clause, crate::money::Currency::GBP)
        .first()
        .is_some_and(|m| m.start == 0 && word(comma + 1 + m.end) == "and");
    (thing && cost_opens).then_some(i + 2)
}

/// Whether the message says why the thing done with at `i` is not worth keeping: no one
/// uses it, what it costs by the period, or the money sunk in it.
fn given_up(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let unused = (i + 2..toks.len()).any(|k| {
        UNUSED.contains(&word(k))
            || word(k) == "no" && matches!(word(k + 1), "one" | "one's")
            // "not one grower said they heard em", "not a single booking" (round S46).
            || word(k) == "not" && (word(k + 1) == "one" || word(k + 1) == "a" && word(k + 2) == "single")
            || will_not_use(toks, k)
            || never_used(toks, k)
            || went_back_to_the_old_way(toks, k)
    });
    let running_cost = find_money(&toks[i + 2..], crate::money::Currency::GBP)
        .iter()
        .any(|m| m.period.is_some());
    let sunk = super::plain_verdicts::money_sunk_after(toks, i + 2) || paid_for(toks, i + 2);
    unused || running_cost || sunk
}

/// "Paid $2,400 for the setup and …", "already paid the web guy $6,200": money paid for
/// the thing, its figure within four words of "paid" (round S50), is money sunk in it.
fn paid_for(toks: &[Token], from: usize) -> bool {
    let money = find_money(&toks[from.min(toks.len())..], crate::money::Currency::GBP);
    (from..toks.len()).any(|k| {
        toks[k].is("paid")
            && money
                .iter()
                .any(|m| m.period.is_none() && (k + 1..=k + 4).contains(&(from + m.start)))
    })
}
