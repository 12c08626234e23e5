//! Adjusting a verdict found by its words to what the sentence around it says (or to none).

use super::*;

pub(super) fn adjust(toks: &[Token], start: usize, end: usize, raw: Verdict) -> Option<Verdict> {
    if crate::reader::chat_verdicts::not_a_verdict(toks, start, end) {
        return None;
    }
    let word = toks[start].lower.as_str();
    // "Nixed the pilot, it's been running since August": said of work already running,
    // "nixed" stops it; of a thing asked for, it refuses it.
    // "the screens are off the table, £90k is too much", "climate control proposal binned":
    // a thing dropped for its price, or said as asked for, was turned down, not stopped.
    let running = || crate::reader::verdict_shapes::says_work_is_running(toks);
    // "Still a no from me, we already sunk 210 grand": a no to work we have sunk money in
    // ends it.
    let sunk = || {
        toks.iter()
            .any(|t| matches!(t.lower.as_str(), "sunk" | "sank"))
    };
    let raw = if word == "nixed" && running() || raw == Verdict::Reject && sunk() {
        Verdict::Stop
    } else if raw == Verdict::Stop
        && DROPPED.contains(&word)
        && !running()
        && (crate::reader::verdict_shapes::turned_down_as_asked(toks) || for_this_year(toks, end))
    {
        Verdict::Reject
    } else {
        raw
    };
    let prev = if start > 0 {
        toks[start - 1].lower.as_str()
    } else {
        ""
    };
    let next = toks.get(end).map_or("", |t| t.lower.as_str());
    // "Once we're done with it, the till goes to the charity shop": a time, not a stop.
    if raw == Verdict::Stop
        && toks[start..end].iter().any(|t| t.is("done"))
        && matches!(
            prev,
            "once" | "when" | "until" | "till" | "after" | "before" | "if"
        )
    {
        return None;
    }
    // "abandoned carts are down from 70% to 45%": the word names what is counted, no stop.
    let counted = |k: usize| {
        toks.get(k).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "are" | "were" | "is" | "was" | "down" | "up" | "fell" | "dropped" | "rate"
            )
        })
    };
    if word == "abandoned"
        && end == start + 1
        && toks.get(end).is_some_and(|t| {
            t.is_word()
                && !matches!(
                    t.lower.as_str(),
                    "the" | "a" | "an" | "our" | "their" | "this" | "that" | "its" | "it"
                )
        })
        && counted(end + 1)
    {
        return None;
    }
    // "got cut to $80k", "got cut back", "got cut by 20%": made smaller, not refused.
    if word == "got"
        && raw == Verdict::Reject
        && (matches!(next, "to" | "back" | "down")
            || next == "by"
                && toks
                    .get(end + 1)
                    .is_some_and(|t| t.kind == TokKind::Num || t.kind == TokKind::Sym))
    {
        return None;
    }
    // "The Marine Fund grant didn't come through", "the Heritage Lottery Fund": "Fund" with
    // a capital after a capitalised word is part of a name, not "we'll fund it"; so is a
    // fund money comes out of ("comes out of general fund now", "from the capital fund").
    if word == "fund"
        && end == start + 1
        && start > 0
        && (toks[start].capital && toks[start - 1].is_word() && toks[start - 1].capital
            || matches!(
                prev,
                "general"
                    | "the"
                    | "a"
                    | "capital"
                    | "reserve"
                    | "sinking"
                    | "contingency"
                    | "innovation"
                    | "grant"
                    | "our"
                    | "this"
                    | "that"
                    | "of"
            ))
    {
        return None;
    }
    // "The traceability system is staying.", "still on tho": the work goes on only when
    // nothing follows in its clause ("Rhys is staying late" says where a person will be,
    // "still on track" how it goes).
    if raw == Verdict::Continue
        && (toks.get(start + 1).is_some_and(|t| t.is("staying")) && matches!(word, "is" | "are")
            || word == "still" && toks.get(start + 1).is_some_and(|t| t.is("on")))
        && toks
            .get(end)
            .is_some_and(|t| !t.is_break() && !matches!(t.lower.as_str(), "tho" | "though"))
    {
        return None;
    }
    // "£2.4m for a boiler … is not a goer": a judgement in a reason, not a verdict.
    if word == "a" && toks.get(start + 1).is_some_and(|t| t.is("goer")) && NEGATIONS.contains(&prev)
    {
        return None;
    }
    // "Site leads stopped texting photos", "so specialists stop retyping reports": people
    // giving up a habit (a gerund after the stop, someone other than us before it) is what
    // the work changed, not a stop of it.
    let habit = raw == Verdict::Stop
        && end == start + 1
        && matches!(word, "stop" | "stops" | "stopped")
        && next.len() > 5
        && next.ends_with("ing")
        && start > 0
        && toks[start - 1].is_word()
        && !matches!(
            prev,
            "we" | "i"
                | "we've"
                | "we'll"
                | "to"
                | "will"
                | "have"
                | "has"
                | "had"
                | "'ve"
                | "'ll"
                | "should"
                | "must"
                | "can"
                | "decided"
                | "agreed"
                | "just"
                | "also"
                | "then"
                | "finally"
                | "and"
                | "or"
                | "please"
                | "pls"
                | "not"
        );
    // "the tutors have stopped logging anything in it": people (a plural other than a body
    // that decides) who have given up a habit, not a stop of the work.
    let people_gave_up = raw == Verdict::Stop
        && end == start + 1
        && word == "stopped"
        && next.len() > 5
        && next.ends_with("ing")
        && matches!(prev, "have" | "had")
        && start >= 2
        && toks[start - 2].is_word()
        && toks[start - 2].lower.len() > 3
        && toks[start - 2].lower.ends_with('s')
        && !crate::reader::deciders::BODIES.contains(&toks[start - 2].lower.as_str());
    // "BT have stopped supporting the router", "the vendor stopped patching it": a supplier
    // ending what it does for a product is news of the kit, not our stop.
    let supplier_ended = raw == Verdict::Stop
        && end == start + 1
        && matches!(word, "stop" | "stops" | "stopped")
        && matches!(
            next,
            "supporting"
                | "patching"
                | "making"
                | "selling"
                | "servicing"
                | "updating"
                | "producing"
                | "stocking"
        );
    if habit || people_gave_up || supplier_ended {
        return None;
    }
    // "costs us about £40k in scrapped layups", "the cost of rejected claims": a verdict's
    // participle describing the things a sentence counts, after a preposition and before
    // the noun it describes, is no verdict on the work.
    let describes = end == start + 1
        && word.len() > 4
        && word.ends_with("ed")
        && matches!(prev, "in" | "of" | "on" | "from" | "about" | "over")
        && toks.get(end).is_some_and(|t| {
            t.is_word()
                && t.lower.chars().all(|c| c.is_alphabetic())
                && !matches!(
                    t.lower.as_str(),
                    "it" | "them"
                        | "the"
                        | "this"
                        | "that"
                        | "these"
                        | "those"
                        | "a"
                        | "an"
                        | "by"
                        | "at"
                        | "for"
                        | "and"
                        | "or"
                        | "to"
                        | "because"
                        | "as"
                        | "since"
                        | "due"
                        | "until"
                        | "till"
                        | "in"
                        | "on"
                        | "after"
                        | "before"
                        | "with"
                        | "but"
                        | "so"
                        | "now"
                        | "today"
                        | "yesterday"
                )
        });
    if describes {
        return None;
    }
    // "we're going with the flow": an idiom, not an option chosen.
    if raw == Verdict::Approve
        && toks[end - 1].lower == "with"
        && toks.get(end + 1).is_some_and(|t| t.is("flow"))
    {
        return None;
    }
    // "parking lot B is closed", "the car park barrier": a place to leave a car, not a
    // deferral.
    if raw == Verdict::Defer
        && matches!(word, "park" | "parking" | "parked")
        && (matches!(
            prev,
            "car" | "bike" | "cycle" | "staff" | "visitor" | "visitors"
        ) || matches!(
            next,
            "lot"
                | "lots"
                | "space"
                | "spaces"
                | "bay"
                | "bays"
                | "garage"
                | "permit"
                | "permits"
                | "deck"
                | "structure"
                | "meter"
                | "meters"
                | "ticket"
                | "tickets"
                | "barrier"
                | "barriers"
                | "charges"
                | "fines"
                | "area"
                | "enforcement"
                | "attendant"
                | "attendants"
                | "fee"
                | "fees"
                | "revenue"
                | "income"
                | "machine"
                | "machines"
        ))
    {
        return None;
    }
    // "the visitor kiosks keep rejecting ID cards", "the card reader keeps declining": a
    // habit of the thing, not a verdict on it.
    if raw != Verdict::Continue
        && word.ends_with("ing")
        && matches!(prev, "keep" | "keeps" | "kept" | "keeping")
    {
        return None;
    }
    // "Kiln sensors ok, 290k kr", "ok at $50k": a bare "ok" after the thing it answers,
    // with the amount it allows next; otherwise a reply or a state ("ok thx", "are ok").
    if word == "ok" && end == start + 1 {
        let after = |k: usize| toks.get(end + k).map_or("", |t| t.lower.as_str());
        let amount_next = |k: usize| {
            toks.get(end + k).is_some_and(|t| {
                t.kind == TokKind::Num
                    || toks
                        .get(end + k + 1)
                        .is_some_and(|n| n.kind == TokKind::Num)
                        && (t.kind == TokKind::Sym || t.lower.len() <= 3)
            })
        };
        let answers = start > 0
            && toks[start - 1].is_word()
            && !matches!(
                prev,
                "is" | "are"
                    | "was"
                    | "were"
                    | "be"
                    | "looks"
                    | "seems"
                    | "sounds"
                    | "all"
                    | "it's"
                    | "its"
                    | "thats"
                    | "that's"
                    | "feels"
                    | "not"
            );
        let with_amount = matches!(after(0), "," | "at" | "-" | "–") && amount_next(1);
        // "VR suite - ok but only if BD shows two wins": an approval on a condition, after
        // the thing it answers or a dash or colon following it.
        let skip = usize::from(after(0) == ",");
        let conditional = match after(skip) {
            "but" => after(skip + 1) == "only" && after(skip + 2) == "if",
            "only" => after(skip + 1) == "if",
            _ => false,
        };
        let after_mark =
            start >= 2 && matches!(prev, "-" | "–" | "—" | ":") && toks[start - 2].is_word();
        return (answers && with_amount || (answers || after_mark) && conditional).then_some(raw);
    }
    // "comes back in the 15.01 board", "come back to Exec in March": only to a time.
    if raw == Verdict::Defer && matches!(word, "comes" | "come" | "coming") {
        let clause: Vec<&Token> = toks[end..].iter().take_while(|t| !t.is_break()).collect();
        let to_later = clause
            .first()
            .is_some_and(|t| matches!(t.lower.as_str(), "in" | "to" | "at" | "on" | "after"))
            && (0..clause.len()).any(|k| to_a_time(&clause[k..]));
        return to_later.then_some(raw);
    }
    // "the drones are a no until Q2": a refusal for a while puts the work off.
    if raw == Verdict::Reject
        && (crate::reader::verdict_shapes::until_a_time(toks, end)
            || crate::reader::verdict_shapes::for_now_then_look_again(toks, end))
    {
        return Some(Verdict::Defer);
    }
    // Nouns, not verbs: "the delay", "a fund", "any cut". (French "a refusé" is "has
    // refused": its participles are the only verdict words with accents.)
    // "Ops have the go-ahead for a new rostering tool": the answer held is given.
    let held = prev == "the"
        && matches!(word, "go-ahead" | "go" | "green" | "nod")
        && start >= 2
        && matches!(toks[start - 2].lower.as_str(), "have" | "has" | "'ve");
    if matches!(prev, "the" | "a" | "an" | "any" | "another" | "our")
        && word.is_ascii()
        && !matches!(word, "non-starter" | "non" | "nonstarter")
        && !held
    {
        return None;
    }
    // "scrap is down", "parking is a nightmare": a bare verdict word as the subject of a
    // verb is a noun, not a decision.
    let subject =
        end == start + 1 && !word.ends_with("ed") && matches!(next, "is" | "was" | "are" | "were");
    if subject {
        return None;
    }
    // "go/no-go on Jan 12": the decision point, not a refusal.
    if matches!(word, "no-go" | "no") && prev == "/" {
        return None;
    }
    // "accepted the risk", "accepts the invitation": not a proposal taken on.
    if matches!(word, "accepts" | "accepted") && {
        let object = if matches!(next, "the" | "a" | "an" | "our" | "their") {
            toks.get(end + 1).map_or("", |t| t.lower.as_str())
        } else {
            next
        };
        matches!(
            object,
            "risk" | "risks" | "invitation" | "invite" | "apology" | "meeting" | "change"
        )
    } {
        return None;
    }
    // "we resumed the tagging" restarts it, and so does "Resuming the pilot in January"
    // opening its sentence; "work resumed after the strike" is news.
    if matches!(word, "resumed" | "resume" | "resuming")
        && !(start == 0 || toks[start - 1].is_break())
        && !matches!(
            prev,
            "we" | "we've" | "we'll" | "we're" | "'ll" | "will" | "to" | "have" | "has"
        )
    {
        return None;
    }
    // "yes from me, but it's the board's call on the 12th": one person's yes, the decision
    // still someone else's.
    if raw == Verdict::Approve
        && crate::reader::verdict_shapes::personal_yes_pending(toks, start, end)
    {
        return None;
    }
    // "the kiosks will be approved next week": an approval still to come.
    if raw == Verdict::Approve && crate::reader::verdict_shapes::passive_to_come(toks, start) {
        return None;
    }
    // "I approve of this meme", "approved my leave", "sign off my expenses": a liking, or a
    // verdict on something of one's own, is chat, not a decision on an investment.
    let turned_round = matches!(
        toks[end - 1].lower.as_str(),
        "refusal" | "rejection" | "veto" | "pause"
    );
    if raw == Verdict::Approve && matches!(next, "of" | "my") && !turned_round {
        return None;
    }
    // "cancelled the vendor call tomorrow", "Monday's stand-up is cancelled": a meeting
    // called off is no stop of the work.
    if raw == Verdict::Stop && meeting_called_off(toks, start, end) {
        return None;
    }
    // "the vendor demo has moved to Tue 8/12": a meeting moved puts off no work.
    if raw == Verdict::Defer
        && toks[start.saturating_sub(3)..start]
            .iter()
            // "final call slipped to Jan 12th" is the decision itself.
            .any(|t| {
                MEETINGS.contains(&t.lower.as_str())
                    && !matches!(t.lower.as_str(), "call" | "calls")
            })
    {
        return None;
    }
    // "Please approve the cabinets for ward 6": asking for a verdict is the proposal.
    if raw == Verdict::Approve && matches!(prev, "please" | "pls" | "plz" | "kindly") {
        return None;
    }
    // "sign-off is due Friday", "approval is expected in March": a verdict still to come,
    // said as a noun, is not one taken.
    let after = |k: usize| toks.get(end + k).map_or("", |t| t.lower.as_str());
    if !word.ends_with("ed") && (next == "due" || matches!(next, "is" | "was") && to_come(after(1)))
    {
        return None;
    }
    // "UAT sign-off by 15.01": the noun with its deadline is a task still to do.
    let noun = |w: &str| matches!(w, "sign-off" | "signoff" | "sign");
    if noun(word)
        && !toks[start..end].iter().any(|t| t.is("signed"))
        && matches!(next, "by" | "before" | "until")
    {
        return None;
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
        return None;
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
        return None;
    }
    // "vendor sunset the product", "the supplier discontinued it": a stop the vendor made is
    // news about what we bought, not our decision; so is any verdict of someone outside
    // ("the regulator approved our plan", "Vendor rejected our change request").
    let by = word_before(toks, start, &["has", "have", "'s", "just", "finally"]);
    if raw == Verdict::Stop && VENDORS.contains(&by)
        || crate::reader::verdict_shapes::said_by_outsider(toks, start, by)
    {
        return None;
    }
    // "the stock losses came back the week we paused it": a verdict told as the time of
    // something else is in passing.
    if crate::reader::verdict_shapes::told_as_a_time(toks, start) {
        return None;
    }
    // "scrap rate", "cancel rate", "stop-gap": a verdict word naming a measure or written
    // into a compound is a noun, not a decision.
    if MEASURES.contains(&next)
        || next == "-"
            && toks.get(end).is_some_and(|t| t.attached)
            && toks.get(end + 1).is_some_and(|t| t.attached && t.is_word())
    {
        return None;
    }
    // "Réunion ventes annulée demain", "Tomorrow's meeting is cancelled", "cancelled the
    // stand-up": a meeting called off is no decision about any work.
    if raw == Verdict::Stop && meeting_near(toks, start, end) {
        return None;
    }
    // "is back on track", "back on the agenda": only "back on" ending its clause is a
    // restart.
    // "is back on for Q1" restarts it for that time, and "is back on for the driving desk
    // only, £4k" for a part, with money given for it (a service back on has none).
    let sentence_money = || {
        let stop = toks[end..]
            .iter()
            .position(|t| matches!(t.lower.as_str(), "." | "!" | "?" | ";" | "\n"))
            .map_or(toks.len(), |p| end + p);
        !crate::reader::money_words::find_money(&toks[end..stop], crate::money::Currency::GBP)
            .is_empty()
    };
    if matches!(word, "is" | "are" | "it's" | "they're" | "we're")
        && toks.get(start + 1).is_some_and(|t| t.is("back"))
        && toks.get(end).is_some_and(|t| !t.is_break())
        && !(next == "for"
            && (crate::reader::verdict_shapes::moved_to_a_time(toks, end + 1) || sentence_money()))
    {
        return None;
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
        return None;
    }
    // "Budget is fully allocated to the Malaffi requirements": money already committed
    // elsewhere, why nothing is left, not money given.
    if word == "allocated" && matches!(prev, "fully" | "already" | "all") {
        return None;
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
            return None;
        }
    }
    // "the rostering project is closed", not "the car park is closed on Thursday".
    if word == "is"
        && toks[end - 1].is("closed")
        && !matches!(
            prev,
            "project" | "programme" | "program" | "pilot" | "initiative" | "workstream"
        )
    {
        return None;
    }
    // "the tender formally closed with 4 bids": a process that ends on its own date.
    if word == "formally"
        && matches!(
            prev,
            "tender" | "rfp" | "rfq" | "rft" | "consultation" | "window" | "survey" | "incident"
        )
    {
        return None;
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
            return None;
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
        return None;
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
        return None;
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
        return None;
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
        return None;
    }
    // "extended to the 2 other autoclaves": more of the work, approved; "extended to March"
    // goes on for longer.
    let more_scope = raw == Verdict::Continue
        && matches!(word, "extended" | "extend" | "extending")
        && next == "to"
        && !crate::reader::verdict_shapes::to_a_time(toks, end);
    let raw = if more_scope { Verdict::Approve } else { raw };
    // "~$3.1mm kept in the general fund": "fund" with nothing after it is the noun; the verb
    // funds something ("will fund the drones", "didn't fund it").
    if word == "fund" && end == start + 1 && toks.get(end).is_none_or(|t| t.is_break()) {
        return None;
    }
    // "saved £40k on rejected batches", "the cost of cancelled orders": a participle after a
    // preposition, before its noun, says which things, not what was decided.
    let qualifies = end == start + 1
        && word.ends_with("ed")
        && matches!(
            prev,
            "on" | "of" | "for" | "from" | "with" | "about" | "into"
        )
        && toks.get(end).is_some_and(|t| {
            t.is_word()
                && !matches!(
                    t.lower.as_str(),
                    "by" | "to" | "at" | "in" | "on" | "for" | "and" | "or" | "it" | "the"
                )
        });
    // "Denied claims are eating our collections": a participle opening a sentence as the
    // adjective of its subject says which things, not what was decided.
    let opens_sentence = start == 0 || matches!(prev, "." | "!" | "?" | "\n");
    let subject_qualified = end == start + 1
        && word.ends_with("ed")
        && opens_sentence
        && toks
            .get(end)
            .is_some_and(|t| t.is_word() && t.lower.ends_with('s'))
        && toks.get(end + 1).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "are" | "were" | "have" | "keep" | "kept" | "cost" | "still"
            )
        });
    if qualifies || subject_qualified {
        return None;
    }
    // "false rejects", "40 rejects a night": things counted, not decisions.
    let counted_before = start > 0 && toks[start - 1].kind == TokKind::Num && word.ends_with('s');
    // "AED 240k more approved": more money granted, a participle after its amount.
    let more_money = prev == "more" && word.ends_with("ed") && start >= 2 && {
        let j = start - 2;
        toks[j].kind == TokKind::Num
            || toks[j].attached && j > 0 && toks[j - 1].kind == TokKind::Num
    };
    if counted_before || matches!(prev, "false" | "fewer" | "more" | "less") && !more_money {
        return None;
    }
    // "got the nod", "got approval": phrases of their own, not money got.
    let phrase = matches!(word, "got" | "gets") && end > start + 1;
    if RELEASES.contains(&word) && !phrase && !funding_said(toks, start, end) {
        return None;
    }
    // "that unlocked $340k in new ARR": money earned, a result, not money released.
    if RELEASES.contains(&word) && earned_after(toks, end) {
        return None;
    }
    // "pushed for", "cut costs": only a decision with a new place or size ("to Q3", "to £100k").
    if matches!(word, "pushed" | "push") && matches!(next, "for" | "hard" | "on") {
        return None;
    }
    // "signups doubled after the holiday push": a push with nothing pushed is a noun.
    if word == "push" && end == start + 1 && toks.get(end).is_none_or(|t| t.is_break()) {
        return None;
    }
    if matches!(word, "delayed" | "delay" | "delays") && slipped(toks, start, end) {
        return None;
    }
    if milestone_moved(toks, start, word) {
        return None;
    }
    // "can wait till April" puts off; "can wait till the gates open" is patience.
    if raw == Verdict::Defer
        && word == "can"
        && !crate::reader::verdict_shapes::until_a_time(toks, end)
    {
        return None;
    }
    if raw == Verdict::Defer
        && word == "wait"
        && toks
            .get(start + 1)
            .is_some_and(|t| t.is("till") || t.is("until"))
        && !crate::reader::verdict_shapes::until_a_time(toks, start + 1)
    {
        return None;
    }
    // "85 lessons moved to online": moved to a place, not put off to a time.
    if raw == Verdict::Defer
        && word == "moved"
        && !crate::reader::verdict_shapes::moved_to_a_time(toks, end)
    {
        return None;
    }
    // "given the current ones stop taking contactless", "so that renewals stop lapsing": a
    // verb of the reason's own subject, not a decision.
    if raw == Verdict::Stop && in_reason_clause(toks, start) {
        return None;
    }
    // "£60k, to stop the double bookings": a purpose said after the decision, not a stop.
    let purpose = prev == "to"
        && start >= 2
        && (toks[start - 2].is_break()
            || toks[start - 2].kind == TokKind::Num
            || toks[start - 2].attached && toks[start - 2].is_word());
    // "Agreed at ELT 25/11 to stop the pilot": what was agreed, not a purpose.
    let agreed = toks[..start]
        .iter()
        .rev()
        .take(8)
        .take_while(|t| !t.is_break())
        .any(|t| matches!(t.lower.as_str(), "agreed" | "decided" | "voted"));
    if purpose && !agreed && matches!(raw, Verdict::Stop | Verdict::Rescope) {
        return None;
    }
    // "queues halved", "complaints dropped sharply": a result told, not a decision. A
    // decision has a subject ("the app is dropped", "we dropped it") or an object.
    if matches!(word, "halved")
        && (end >= toks.len()
            || toks[end].is_break()
            || matches!(
                next,
                "since" | "in" | "at" | "on" | "overnight" | "after" | "from" | "again"
            ))
    {
        return None;
    }
    // "phase 1 halved the returns emails", "it halved the queues": the work that did it is
    // the subject (a phase's number, a pronoun), so it is what the work achieved, unless a
    // new size follows ("phase 2 halved to £100k").
    if word == "halved"
        && start > 0
        && (toks[start - 1].kind == TokKind::Num || matches!(prev, "it" | "which" | "that"))
        && !toks[end..]
            .iter()
            .take_while(|t| !t.is_break())
            .any(|t| t.is("to"))
    {
        return None;
    }
    if word == "dropped" {
        let subject = matches!(
            prev,
            "is" | "was"
                | "been"
                | "be"
                | "being"
                | "got"
                | "we"
                | "they"
                | "we've"
                | "we're"
                | "'ve"
                | "are"
                | "were"
                | "i"
        );
        let object = matches!(
            next,
            "the" | "it" | "our" | "this" | "that" | "them" | "plans" | "its"
        );
        if !(subject || object) {
            return None;
        }
    }
    // "we're dropping the app" decides; "— dropping the mail-back option" explains a stop or
    // a rescope, and "the headsets keep dropping wifi" is a fault.
    if word == "dropping" {
        let before = if start >= 2 {
            toks[start - 2].lower.as_str()
        } else {
            ""
        };
        // "mobile ticketing app - dropping it.": the label's answer, said of it.
        let label = start >= 2
            && matches!(prev, "-" | ":" | "—" | "–")
            && !toks[start - 2].is_break()
            && matches!(next, "it" | "them");
        let decider = matches!(prev, "we're" | "they're" | "i'm" | "'re" | "'m")
            || (matches!(prev, "are" | "am") && matches!(before, "we" | "they" | "i"))
            || label;
        if !decider {
            return None;
        }
    }
    // "parts we used to bin early (was binning gearboxes at 80% life)": what we used to
    // do, or were doing, is the habit the work changed, not a stop.
    let used_to = prev == "to" && start >= 2 && toks[start - 2].is("used");
    let were_doing = matches!(prev, "was" | "were") && word.len() > 5 && word.ends_with("ing");
    if raw == Verdict::Stop
        && (used_to
            || were_doing
            || crate::reader::verdict_shapes::stop_told_as_saving(toks, end)
            || crate::reader::verdict_shapes::stop_of_counted_habit(toks, end))
    {
        return None;
    }
    // "stopped 3 intrusion attempts", "has stopped over 200 fake sign-ups": with a count of
    // things after it, stopping is what the work achieved, not a decision about it.
    if matches!(word, "stop" | "stops" | "stopped" | "stopping") {
        let counted = |t: Option<&Token>| t.is_some_and(|t| t.kind == TokKind::Num);
        let approx = matches!(
            next,
            "over" | "more" | "nearly" | "about" | "around" | "some"
        );
        if counted(toks.get(end)) || (approx && counted(toks.get(end + 1))) {
            return None;
        }
        // "stop sending me the invoices", "stop cc'ing us": a person asked to stop doing
        // something to the writer is chat; a stop needs the work as its object.
        let to_a_person = toks.get(end + 1).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "me" | "us" | "him" | "her" | "them" | "everyone" | "people"
            )
        });
        if next.len() > 4 && next.ends_with("ing") && to_a_person {
            return None;
        }
    }
    // "cut costs by £40k" is a benefit, not a smaller budget.
    if matches!(word, "cut" | "cuts" | "reduced" | "reduce")
        && matches!(next, "costs" | "cost" | "spend" | "spending")
    {
        return None;
    }
    // "has cut the time to process refunds", "cut waiting times": time or waits made
    // shorter is a result, not a smaller budget.
    if matches!(word, "cut" | "cuts" | "reduced" | "reduce" | "slashed") {
        let waited = |k: usize| {
            toks.get(k).is_some_and(|t| {
                matches!(
                    t.lower.as_str(),
                    "time" | "times" | "hours" | "wait" | "waits" | "waiting" | "queues" | "delays"
                )
            })
        };
        if waited(end) || matches!(next, "the" | "our" | "their") && waited(end + 1) {
            return None;
        }
    }
    if matches!(word, "cut" | "cuts" | "reduced" | "reduce" | "slashed") && end - start == 1 {
        let ahead = &toks[end..(end + 12).min(toks.len())];
        let to = ahead
            .iter()
            .take_while(|t| !t.is_break())
            .any(|t| t.is("to"));
        if !to {
            return None;
        }
        // "reduced from 40 to 12 a week", "from 5 days to 1 day", "from 38 days to 19": a
        // count made smaller is a result, not a budget; a number after "to" or "from" is
        // followed by what it counts.
        // "from two days to half a day": a count said in words is one too.
        let count = |t: &Token| t.kind == TokKind::Num || COUNT_WORDS.contains(&t.lower.as_str());
        let counted = ahead.windows(3).any(|w| {
            (w[0].is("to") || w[0].is("from"))
                && count(&w[1])
                && (w[2].is_sym("%")
                    || w[2].is_word()
                        && !w[2].attached
                        && !crate::reader::money_words::continues_amount(&w[2]))
        });
        if counted {
            return None;
        }
    }
    let from = start.saturating_sub(4);
    let mut negated = false;
    let mut not_yet = false;
    for t in toks[from..start].iter().rev() {
        // "Not great but we're sticking with them": a "not" before "but" is its own
        // clause's.
        if t.is_break() || t.is("but") {
            break;
        }
        if NEGATIONS.contains(&t.lower.as_str()) {
            negated = true;
            not_yet |= matches!(t.lower.as_str(), "haven't" | "hasn't");
        }
    }
    // Hedges anywhere earlier in the sentence, unless the sentence says it was decided.
    let mut hedged = false;
    let mut wished = false;
    // "the registrar asked us to look again, still a no": a verdict that still stands is
    // said, whatever was asked before it.
    let stands = start > 0 && toks[start - 1].is("still") && raw != Verdict::Approve;
    for k in (start.saturating_sub(12)..start).rev().filter(|_| !stands) {
        let t = &toks[k];
        if matches!(t.lower.as_str(), "." | "!" | "?" | "\n" | ";") {
            break;
        }
        if matches!(t.lower.as_str(), "decided" | "agreed" | "confirmed") {
            hedged = false;
            break;
        }
        // "FY27 budget ask: QA software … got cut": a heading naming what was asked, then
        // the answer to it.
        if t.is(":")
            && k > 0
            && matches!(
                toks[k - 1].lower.as_str(),
                "ask" | "asks" | "request" | "requests" | "bid" | "bids"
            )
        {
            break;
        }
        // "the Head has asked me to confirm that the refit is now approved": the verdict,
        // passed on as asked.
        let passed_on = t.is("confirm")
            && k > 0
            && toks[k - 1].is("to")
            && toks.get(k + 1).is_some_and(|n| n.is("that"))
            && toks[k.saturating_sub(4)..k - 1]
                .iter()
                .any(|p| matches!(p.lower.as_str(), "me" | "us" | "pleased" | "happy" | "glad"));
        if passed_on {
            hedged = false;
            break;
        }
        // "the Audit Committee felt we should not go ahead": a body's judgement of what we
        // should do is its decision (one person's "I felt" stays a view).
        let judged = matches!(t.lower.as_str(), "felt" | "concluded")
            && k > 0
            && toks[k - 1].is_word()
            && !matches!(toks[k - 1].lower.as_str(), "i" | "i've" | "personally")
            && toks
                .get(k + 1)
                .is_some_and(|n| matches!(n.lower.as_str(), "we" | "it"))
            && toks.get(k + 2).is_some_and(|n| n.is("should"));
        if judged {
            hedged = false;
            break;
        }
        // "Estates asked again, GM said it stays on hold": the words before the one who
        // says the verdict are another clause's.
        if matches!(t.lower.as_str(), "said" | "says") && k + 1 < start {
            break;
        }
        // "… have been asking for a portal, so we've green-lit it": the verdict's own clause
        // starts at its subject; the asking before it is someone else's.
        // "… they want a 3-month trial first, so on hold till March": the verdict opens
        // the clause "so" starts; the wish before it is its reason.
        if t.is("so") && k + 1 == start {
            break;
        }
        // "the trust will put in £30k if we find the rest, so the trustees approved our
        // share": ", so" opens the verdict's own clause; a hedge before it is the reason's.
        if t.is("so") && k > 0 && toks[k - 1].is(",") {
            break;
        }
        // "Race Ops asked for £380k, we've given them £250k": a clause after a comma with
        // its own subject, us, is ours.
        if matches!(t.lower.as_str(), "so" | "and" | "but" | ",")
            && toks.get(k + 1).is_some_and(|n| {
                matches!(
                    n.lower.as_str(),
                    "we" | "we've" | "we'd" | "we're" | "i" | "i've" | "they" | "they've"
                )
            })
        {
            break;
        }
        // "the firewall refresh IT asked for ($23K) waits till …": "asked for" closing a
        // relative clause on the thing, nothing but its price between it and the verdict,
        // says which thing; the verdict is said of it, no hedge.
        let relative_ask = matches!(t.lower.as_str(), "asked" | "wanted" | "requested")
            && toks.get(k + 1).is_some_and(|n| n.is("for"))
            && k + 2 < start
            && toks[k + 2..start].iter().all(|n| {
                !n.is_word()
                    || n.lower.chars().any(|c| c.is_ascii_digit())
                    || matches!(n.lower.as_str(), "k" | "m")
            });
        if relative_ask {
            break;
        }
        // "planning to approve" hedges; "the planning portal" is a name.
        let plan = matches!(t.lower.as_str(), "plan" | "planning" | "thinking");
        // "they'd like it back on the agenda": what someone would like, not a decision.
        let would = t.lower.ends_with("'d")
            && toks.get(k + 1).is_some_and(|n| {
                matches!(
                    n.lower.as_str(),
                    "like" | "love" | "prefer" | "rather" | "want" | "say"
                )
            });
        hedged |= would;
        // "F&B's request for the scales was declined", "the change request was denied":
        // the request is what was decided on (said passive; "turned down their request,
        // not this year" stays a reject). Before a passive it is a noun, whatever word
        // qualifies it, unless a subject or "to" makes it a verb ("we request").
        let passive = start > 0
            && matches!(
                toks[start - 1].lower.as_str(),
                "was" | "were" | "been" | "is" | "are" | "got"
            );
        let noun = passive
            && matches!(t.lower.as_str(), "request" | "ask" | "proposal")
            && k > 0
            && toks[k - 1].is_word()
            && !matches!(
                toks[k - 1].lower.as_str(),
                "to" | "i" | "we" | "you" | "they" | "will" | "would" | "should" | "may"
            );
        if noun {
            continue;
        }
        hedged |= if plan {
            toks.get(k + 1)
                .is_some_and(|n| matches!(n.lower.as_str(), "to" | "on" | "about" | "of"))
        } else {
            HEDGES.contains(&t.lower.as_str())
        };
        wished |= matches!(t.lower.as_str(), "want" | "wants" | "wanted" | "asked");
    }
    // "GM wants to hold off til after the trade deadline", "Accounts want to hold off til
    // after 30 June": a wish to wait holds the work, whoever asks for the wait.
    let wait_wished = raw == Verdict::Defer
        && word == "hold"
        && start >= 2
        && toks[start - 1].is("to")
        && matches!(toks[start - 2].lower.as_str(), "want" | "wants" | "wanted");
    // "Gareth wants it held till Q3 … . Agreed.": the wish, agreed, is the verdict.
    if hedged && !(wished && crate::reader::verdict_shapes::agreed_after(toks, end)) && !wait_wished
    {
        return None;
    }
    // "The board will sign off the upgrade in March": a verdict still to come.
    if crate::reader::verdict_shapes::verdict_to_come(toks, start) {
        return None;
    }
    // "for sign-off", "to approve?" read as asks, not decisions.
    if start > 0 && matches!(toks[start - 1].lower.as_str(), "for" | "awaiting") {
        return None;
    }
    if !negated {
        return Some(raw);
    }
    let after = &toks[end..(end + 5).min(toks.len())];
    not_yet |= after.iter().any(|t| t.is("yet") || t.is("still"));
    // "the current system cannot be extended": what cannot be done to a thing is a fact
    // about it, no stop.
    let cannot_be = start >= 2 && toks[start - 1].is("be") && {
        let w = toks[start - 2].lower.as_str();
        matches!(w, "cannot" | "can't" | "cant" | "couldn't")
            || w == "not" && start >= 3 && matches!(toks[start - 3].lower.as_str(), "can" | "could")
    };
    match raw {
        Verdict::Approve if not_yet => None,
        Verdict::Approve => Some(Verdict::Reject),
        Verdict::Stop | Verdict::Defer => Some(Verdict::Continue),
        Verdict::Continue if cannot_be => None,
        // "we've decided not to proceed", said of a thing not yet running: not gone ahead
        // with, refused.
        Verdict::Continue if matches!(word, "proceed" | "proceeding") && !running() => {
            Some(Verdict::Reject)
        }
        Verdict::Continue => Some(Verdict::Stop),
        Verdict::Reject | Verdict::Rescope => None,
    }
}
