//! A verdict said as a noun still to come, a wish, an outsider's act, a release, a
//! procedure, or with its own amount and condition.

use super::*;

/// The verdict said as a noun still to come, a wish, an outsider's act, a release, a
/// procedure, or with its own amount and condition. `Some` when that settles it.
pub(super) fn said_as_a_noun_or_wish(at: &Around, raw: Verdict) -> Option<Option<Verdict>> {
    let (toks, start, end, word, prev, next) = at.parts();
    if word == "sunset" && evening_sunset(prev, next) {
        return Some(None);
    }
    if asked_of_someone_named(toks, start) {
        return Some(None);
    }
    // "a great deal off the list price" (the lead, round 68): a discount, no deal called
    // off; "deal off." closing its clause (round V68) still refuses.
    if word == "deal"
        && end == start + 2
        && toks[start + 1].is("off")
        && toks.get(end).is_some_and(|t| t.is_word())
    {
        return Some(None);
    }
    // "the proceeds of the sale", "net proceeds from the auction": money, a noun.
    if word == "proceeds"
        && (matches!(
            prev,
            "the" | "its" | "our" | "their" | "net" | "gross" | "sale" | "any"
        ) || matches!(
            next,
            "of" | "from" | "will" | "went" | "go" | "were" | "are"
        ))
    {
        return Some(None);
    }
    // "the shelter during extended power outages": a participle after a preposition of
    // time, describing the noun after it, says how long; nothing was extended.
    let describes = end == start + 1
        && word.ends_with("ed")
        && matches!(
            prev,
            "during" | "throughout" | "through" | "over" | "across"
        )
        && toks.get(end).is_some_and(|t| t.is_word())
        && !matches!(
            next,
            "to" | "until" | "till" | "til" | "into" | "by" | "for"
        );
    if describes {
        return Some(None);
    }
    // "sign-off is due Friday", "approval is expected in March": a verdict still to come,
    // said as a noun, is not one taken.
    let after = |k: usize| toks.get(end + k).map_or("", |t| t.lower.as_str());
    if !word.ends_with("ed") && (next == "due" || matches!(next, "is" | "was") && to_come(after(1)))
    {
        return Some(None);
    }
    // "UAT sign-off by 15.01": the noun with its deadline is a task still to do.
    let noun = |w: &str| matches!(w, "sign-off" | "signoff" | "sign");
    if noun(word)
        && !toks[start..end].iter().any(|t| t.is("signed"))
        && matches!(next, "by" | "before" | "until")
    {
        return Some(None);
    }
    // "Sam – payroll integration sign-off pack by 9/12": the noun naming a paper to
    // prepare, no verdict.
    if noun(word)
        && matches!(
            next,
            "pack"
                | "paper"
                | "papers"
                | "doc"
                | "docs"
                | "document"
                | "documents"
                | "form"
                | "forms"
                | "sheet"
                | "template"
                | "deck"
                | "meeting"
                | "request"
                | "email"
        )
    {
        return Some(None);
    }
    // "the old one is not supported after 2027", "is not supported anymore by the vendor":
    // a product's end of support, not a refusal.
    if raw == Verdict::Reject
        && word == "not"
        && matches!(
            next,
            "after" | "beyond" | "from" | "past" | "since" | "by" | "anymore" | "any"
        )
    {
        return Some(None);
    }
    // "vendor sunset the product", "the supplier discontinued it": a stop the vendor made is
    // news about what we bought, not our decision; so is any verdict of someone outside
    // ("the regulator approved our plan", "Vendor rejected our change request").
    // "the current vendor's sunsetting our version", "the supplier is dropping it": the
    // vendor's "'s" or "is" is the same subject.
    let by = word_before(
        toks,
        start,
        &["has", "have", "'s", "is", "are", "just", "finally", "now"],
    );
    let vendor = |w: &str| VENDORS.contains(&w);
    let by_vendor = vendor(by)
        || by
            .strip_suffix("'s")
            .or_else(|| by.strip_suffix("’s"))
            .is_some_and(vendor);
    if raw == Verdict::Stop && by_vendor
        || crate::reader::verdict_shapes::said_by_outsider(toks, start, by)
    {
        return Some(None);
    }
    // "the stock losses came back the week we paused it": a verdict told as the time of
    // something else is in passing.
    if crate::reader::verdict_shapes::told_as_a_time(toks, start) {
        return Some(None);
    }
    // "scrap rate", "cancel rate", "stop-gap": a verdict word naming a measure or written
    // into a compound is a noun, not a decision.
    if MEASURES.contains(&next)
        || next == "-"
            && toks.get(end).is_some_and(|t| t.attached)
            && toks.get(end + 1).is_some_and(|t| t.attached && t.is_word())
    {
        return Some(None);
    }
    // "Réunion ventes annulée demain", "Tomorrow's meeting is cancelled", "cancelled the
    // stand-up": a meeting called off is no decision about any work.
    if raw == Verdict::Stop && meeting_near(toks, start, end) {
        return Some(None);
    }
    // "is back on track", "back on the agenda": only "back on" ending its clause is a
    // restart.
    // "is back on for Q1" restarts it for that time, and "is back on for the driving desk
    // only, £4k" for a part, with money given for it (a service back on has none); "all 3
    // are back on at $141k" at a price.
    let sentence_money = || {
        let stop = toks[end..]
            .iter()
            .position(|t| matches!(t.lower.as_str(), "." | "!" | "?" | ";" | "\n"))
            .map_or(toks.len(), |p| end + p);
        !crate::reader::money_words::find_money(&toks[end..stop], crate::money::Currency::GBP)
            .is_empty()
    };
    // "at $141k", not "at a smaller scope, $35k" (a rescope's words).
    let price_next = || {
        crate::reader::money_words::find_money(
            &toks[(end + 1).min(toks.len())..(end + 4).min(toks.len())],
            crate::money::Currency::GBP,
        )
        .first()
        .is_some_and(|m| m.start == 0)
    };
    if matches!(word, "is" | "are" | "it's" | "they're" | "we're")
        && toks.get(start + 1).is_some_and(|t| t.is("back"))
        && toks.get(end).is_some_and(|t| !t.is_break())
        && !(next == "for"
            && (crate::reader::verdict_shapes::moved_to_a_time(toks, end + 1) || sentence_money()))
        && !(next == "at" && price_next())
        && !back_in_at_a_price(toks, end)
        // "the laptops are back on after all", "is back on again" (round S52): restarted.
        && !(next == "after" && toks.get(end + 1).is_some_and(|t| t.is("all")))
        && next != "again"
    {
        return Some(None);
    }
    // "approved, kindly proceed with the PO": the paperwork of a verdict, no verdict.
    if raw == Verdict::Continue
        && matches!(word, "proceed" | "proceeding")
        && next == "with"
        && toks[end + 1..(end + 4).min(toks.len())].iter().any(|t| {
            matches!(
                t.lower.as_str(),
                "po" | "purchase" | "order" | "payment" | "invoice" | "procurement" | "paperwork"
            )
        })
    {
        return Some(None);
    }
    // "Budget is fully allocated to the Malaffi requirements": money already committed
    // elsewhere, why nothing is left, not money given.
    if word == "allocated" && matches!(prev, "fully" | "already" | "all") {
        return Some(None);
    }
    // "the booking widget is dead", not "the range is dead after 4pm" (quiet) nor "or is
    // that dead?" (asked).
    if toks[end - 1].is("dead") {
        let ends = toks.get(end).is_none_or(|t| t.is_break());
        let asked = toks[end..]
            .iter()
            .find(|t| matches!(t.lower.as_str(), "." | "!" | "?" | "\n"))
            .is_some_and(|t| t.is("?"));
        if !ends || asked {
            return Some(None);
        }
    }
    // "skate school app is dead in the water." ends its sentence (round S43); "the pilot is
    // dead in the water, we're stopping it" leaves the verdict to the words after it.
    if toks[end - 1].is("water") && end >= 3 && toks[end - 3].is("in") {
        let ends = toks
            .get(end)
            .is_none_or(|t| matches!(t.lower.as_str(), "." | "!" | "\n"));
        if !ends {
            return Some(None);
        }
    }
    // "The ice storm knocked us onto the laptops for six hours and that's not happening
    // again": a thing that happened, not to recur, is no refusal of the work (round S43).
    if toks[end - 1].is("happening") && toks.get(end).is_some_and(|t| t.is("again")) {
        return Some(None);
    }
    // "the rostering project is closed", not "the car park is closed on Thursday".
    if word == "is"
        && toks[end - 1].is("closed")
        && !matches!(
            prev,
            "project" | "programme" | "program" | "pilot" | "initiative" | "workstream"
        )
    {
        return Some(None);
    }
    // "the tender formally closed with 4 bids": a process that ends on its own date.
    if word == "formally"
        && matches!(
            prev,
            "tender" | "rfp" | "rfq" | "rft" | "consultation" | "window" | "survey" | "incident"
        )
    {
        return Some(None);
    }
    // "tabled until the lease is renewed" and "tabled to Feb" / "to the Jan 12 meeting"
    // put off; "the paper tabled at F&P" puts forward.
    if matches!(word, "tabled" | "tabling") {
        let clause: Vec<&Token> = toks[end..]
            .iter()
            .take_while(|t| !matches!(t.lower.as_str(), "." | "!" | "?" | "\n" | ";"))
            .collect();
        let put_off = clause.iter().enumerate().any(|(k, t)| {
            matches!(
                t.lower.as_str(),
                "until" | "till" | "pending" | "indefinitely"
            ) || t.is("to") && to_a_time(&clause[k + 1..])
        });
        if !put_off {
            return Some(None);
        }
    }
    // "renewed interest", "extended hours": an adjective before its noun.
    if matches!(word, "renewed" | "extended")
        && matches!(
            next,
            "interest"
                | "focus"
                | "push"
                | "energy"
                | "enthusiasm"
                | "hours"
                | "warranty"
                | "support"
                | "team"
                | "version"
                | "leave"
        )
    {
        return Some(None);
    }
    // "approved to extend to the Asia lanes": what was approved, not a carry-on decided apart.
    // So is "authorizing the GM to extend …": the approval a few words before the "to".
    let approved_to = raw == Verdict::Continue
        && prev == "to"
        && crate::reader::tokens::back_in_clause(&toks[start.saturating_sub(5)..start - 1]).any(
            |t| {
                matches!(
                    t.lower.as_str(),
                    "approved"
                        | "aproved"
                        | "approvd"
                        | "aprvd"
                        | "authorised"
                        | "authorized"
                        | "authorising"
                        | "authorizing"
                        | "cleared"
                        | "okayed"
                )
            },
        );
    // "the vendor is decided to Logiflow": a choice inside the work, not a verdict on it.
    if matches!(word, "is" | "has")
        && toks[end - 1].is("decided")
        && !toks.get(end).is_none_or(|t| t.is_break())
    {
        return Some(None);
    }
    // "Consent agenda approved", "approved the minutes": a meeting's procedure, not a
    // decision about an investment.
    let procedure = |w: &str| matches!(w, "agenda" | "minutes");
    let before_clause = crate::reader::tokens::back_in_clause(&toks[..start])
        .take(6)
        .any(|t| procedure(&t.lower));
    if raw == Verdict::Approve
        && (procedure(prev)
            || procedure(after(0))
            || matches!(after(0), "the" | "last") && procedure(after(1))
            || before_clause && matches!(prev, "meeting" | "approved" | "was" | "were"))
    {
        return Some(None);
    }
    // "signed off on extending the pilot", "approved extending it": the extension is what
    // was approved.
    let approved_extension = raw == Verdict::Continue
        && (matches!(
            prev,
            "approved" | "authorised" | "authorized" | "okayed" | "sanctioned"
        ) || prev == "on"
            && start >= 3
            && toks[start - 2].is("off")
            && toks[start - 3].is("signed"));
    if approved_to || approved_extension {
        return Some(None);
    }
    None
}

/// "gorgeous sunset over the reservoir tonight", "what a sunset": the evening's sunset,
/// described or placed, is no stop ("we'll sunset the old app" has its object after it).
fn evening_sunset(prev: &str, next: &str) -> bool {
    matches!(
        prev,
        "a" | "what"
            | "gorgeous"
            | "lush"
            | "lovely"
            | "beautiful"
            | "stunning"
            | "amazing"
            | "incredible"
            | "epic"
            | "glorious"
            | "cracking"
            | "nice"
            | "great"
            | "pink"
            | "red"
            | "winter"
            | "summer"
    ) || matches!(
        next,
        "over" | "tonight" | "tonite" | "behind" | "walk" | "photos" | "pics" | "views"
    )
}

/// "@huw please cancel the hosting by 18/12", "@sam can you cancel the lease": the verdict
/// word at `start` asked of someone named is their task, no verdict of ours.
fn asked_of_someone_named(toks: &[Token], start: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let asked = match (word(start.wrapping_sub(2)), word(start.wrapping_sub(1))) {
        (_, "please" | "pls" | "plz") => 1,
        ("can" | "could", "you" | "u") => 2,
        _ => return false,
    };
    // "@sam", "@dr.khan": the mention's "@" within its few tokens before the ask.
    (start.saturating_sub(asked + 4)..start - asked)
        .rev()
        .take_while(|&k| !toks[k].is_break())
        .any(|k| toks[k].is_sym("@"))
}

/// "It's back in at $135k": the phrase ends on "at", its price right after it.
fn back_in_at_a_price(toks: &[Token], end: usize) -> bool {
    end >= 2
        && toks[end - 2].is("in")
        && toks[end - 1].is("at")
        && crate::reader::money_words::find_money(
            &toks[end..(end + 3).min(toks.len())],
            crate::money::Currency::GBP,
        )
        .first()
        .is_some_and(|m| m.start == 0)
}
