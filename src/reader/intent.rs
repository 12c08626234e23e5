//! What kind of record a message is, and the clauses inside it: the follow-up action, the
//! rationale, the benefit horizon in years.
//!
//! Order of precedence: a stated verdict makes a decision (even when said in a meeting);
//! otherwise a realised-benefit verb with an amount makes a benefit; otherwise a new
//! investment cue makes an investment; otherwise a meeting cue or a follow-up makes a note.

use super::tokens::{PhraseTable, TokKind, Token};
use super::{clauses, verdicts, Intent};
use crate::domain::Verdict;
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    Benefit,
    Forecast,
    Investment,
    Meeting,
    /// "say", "flagged": a report from someone, a note when a unit is named.
    Report,
    /// "went live", "rolled out", "launched": a milestone reached, a note when it names
    /// an investment or a unit.
    Milestone,
}

const CUES: &[(&str, Cue)] = &[
    ("delivered", Cue::Benefit),
    ("realised", Cue::Benefit),
    ("realized", Cue::Benefit),
    ("saved", Cue::Benefit),
    ("generated", Cue::Benefit),
    ("brought in", Cue::Benefit),
    ("earned", Cue::Benefit),
    ("returned", Cue::Benefit),
    ("yielded", Cue::Benefit),
    ("achieved", Cue::Benefit),
    ("banked", Cue::Benefit),
    ("clawed back", Cue::Benefit),
    ("produced", Cue::Benefit),
    ("has saved", Cue::Benefit),
    ("paid back", Cue::Benefit),
    // "the guest wi-fi has paid for itself already": the result counted (a forecast says
    // "will pay for itself").
    ("paid for itself", Cue::Benefit),
    ("paid for themselves", Cue::Benefit),
    ("freed up", Cue::Benefit),
    ("cut costs", Cue::Benefit),
    ("cut cost", Cue::Benefit),
    ("cut spend", Cue::Benefit),
    ("reduced costs", Cue::Benefit),
    ("lowered costs", Cue::Benefit),
    ("knocked", Cue::Benefit),
    ("shaved", Cue::Benefit),
    ("saving us", Cue::Benefit),
    ("saves us", Cue::Benefit),
    ("made us", Cue::Benefit),
    ("recovered", Cue::Benefit),
    ("avoided", Cue::Benefit),
    // "That's about $11k we didn't spend on the marine mechanic": money spared by the work.
    ("we didn't spend", Cue::Benefit),
    ("we didn't have to spend", Cue::Benefit),
    ("we haven't had to spend", Cue::Benefit),
    ("benefit came in", Cue::Benefit),
    ("benefits came in", Cue::Benefit),
    ("saving came in", Cue::Benefit),
    ("savings came in", Cue::Benefit),
    ("expecting", Cue::Forecast),
    ("expect", Cue::Forecast),
    ("expected", Cue::Forecast),
    ("forecast", Cue::Forecast),
    ("projected", Cue::Forecast),
    ("should save", Cue::Forecast),
    ("will save", Cue::Forecast),
    ("new investment", Cue::Investment),
    ("register", Cue::Investment),
    ("registering", Cue::Investment),
    ("new project", Cue::Investment),
    ("business case", Cue::Investment),
    ("proposal", Cue::Investment),
    ("proposing", Cue::Investment),
    // "TI proposes a new network of LoRa antennas": a team putting a new thing forward.
    ("proposes", Cue::Investment),
    // "The Hong Kong team asked whether the livestream upgrade covers …": a question about
    // the work, news about it.
    ("asked whether", Cue::Milestone),
    ("asked if", Cue::Milestone),
    ("kicking off", Cue::Investment),
    ("kick off", Cue::Investment),
    ("launching", Cue::Investment),
    ("investing", Cue::Investment),
    ("we're starting", Cue::Investment),
    ("we are starting", Cue::Investment),
    ("log a new", Cue::Investment),
    ("add a new", Cue::Investment),
    ("new initiative", Cue::Investment),
    ("investment request", Cue::Investment),
    ("invest", Cue::Investment),
    ("starting a", Cue::Investment),
    ("start a", Cue::Investment),
    ("would like a", Cue::Investment),
    ("would like an", Cue::Investment),
    ("they'd like a", Cue::Investment),
    ("we'd like a", Cue::Investment),
    ("would like to buy", Cue::Investment),
    ("new ask", Cue::Investment),
    ("asking for a", Cue::Investment),
    // "Radiology looking for a portable ultrasound, €32k": a unit looking for a thing.
    ("looking for a", Cue::Investment),
    ("looking for an", Cue::Investment),
    ("are asking for", Cue::Investment),
    ("is asking for", Cue::Investment),
    ("pitch for", Cue::Investment),
    ("pitched", Cue::Investment),
    ("want", Cue::Meeting),
    ("wants", Cue::Meeting),
    ("coffee with", Cue::Meeting),
    ("met", Cue::Meeting),
    ("meeting", Cue::Meeting),
    ("meeting with", Cue::Meeting),
    ("spoke", Cue::Meeting),
    ("spoke to", Cue::Meeting),
    ("talked", Cue::Meeting),
    ("catch-up", Cue::Meeting),
    ("catch up", Cue::Meeting),
    ("catchup", Cue::Meeting),
    ("caught up", Cue::Meeting),
    ("call with", Cue::Meeting),
    ("chat", Cue::Meeting),
    ("chatted", Cue::Meeting),
    ("workshop", Cue::Meeting),
    ("they want", Cue::Meeting),
    ("they'd like", Cue::Meeting),
    ("asked for", Cue::Meeting),
    // "Pilots asked for a new tide-window planner, roughly €60k": a new thing asked for.
    ("asked for a new", Cue::Investment),
    ("asking for a new", Cue::Investment),
    ("asked us", Cue::Meeting),
    ("raised", Cue::Meeting),
    ("told us", Cue::Meeting),
    ("told me", Cue::Meeting),
    ("visited", Cue::Meeting),
    ("check-in", Cue::Meeting),
    ("sync", Cue::Meeting),
    ("sat down", Cue::Meeting),
    ("complained", Cue::Meeting),
    ("feedback", Cue::Meeting),
    ("1:1", Cue::Meeting),
    ("session with", Cue::Meeting),
    ("presented", Cue::Meeting),
    ("demoed", Cue::Meeting),
    ("offsite", Cue::Meeting),
    ("off-site", Cue::Meeting),
    ("walkthrough", Cue::Meeting),
    ("walk-through", Cue::Meeting),
    ("site visit", Cue::Meeting),
    ("huddle", Cue::Meeting),
    ("drop-in", Cue::Meeting),
    ("standup with", Cue::Meeting),
    ("stand-up with", Cue::Meeting),
    ("say", Cue::Report),
    ("says", Cue::Report),
    ("said", Cue::Report),
    ("mentioned", Cue::Report),
    ("flagged", Cue::Report),
    ("reported", Cue::Report),
    ("reckon", Cue::Report),
    ("escalated", Cue::Report),
    ("update from", Cue::Report),
    // The writer's own lead-in to news: "Just to flag the kiosks keep rejecting cards",
    // "heads up, the portal is down again", "fyi the scanners are back".
    ("to flag", Cue::Milestone),
    ("flagging", Cue::Milestone),
    ("heads up", Cue::Milestone),
    ("heads-up", Cue::Milestone),
    ("fyi", Cue::Milestone),
    // "Laptops arrived in Manchester 💻": the kit bought came, news about the work.
    ("arrived", Cue::Milestone),
    ("have arrived", Cue::Milestone),
    ("went live", Cue::Milestone),
    ("gone live", Cue::Milestone),
    ("is live", Cue::Milestone),
    ("is now live", Cue::Milestone),
    ("now live", Cue::Milestone),
    ("are live", Cue::Milestone),
    ("live since", Cue::Milestone),
    ("launched", Cue::Milestone),
    ("rolled out", Cue::Milestone),
    ("switched on", Cue::Milestone),
    ("cut over", Cue::Milestone),
    // Finished: "lamp room done and dusted", "the migration is complete".
    ("done and dusted", Cue::Milestone),
    // "Defib upgrade done.", "call recorder swap done": the work said finished.
    ("upgrade done", Cue::Milestone),
    ("repair done", Cue::Milestone),
    ("repairs done", Cue::Milestone),
    ("replacement done", Cue::Milestone),
    ("swap done", Cue::Milestone),
    ("install done", Cue::Milestone),
    ("refresh done", Cue::Milestone),
    ("wrapped up", Cue::Milestone),
    ("completed", Cue::Milestone),
    ("is complete", Cue::Milestone),
    ("now complete", Cue::Milestone),
    // A schedule that slips is news about the work too: a note when it names one.
    ("slipped", Cue::Milestone),
    ("slipping", Cue::Milestone),
    ("has slipped", Cue::Milestone),
    ("delayed", Cue::Milestone),
    ("running late", Cue::Milestone),
    ("is late", Cue::Milestone),
    ("are late", Cue::Milestone),
    ("is behind", Cue::Milestone),
    ("are behind", Cue::Milestone),
    ("running behind", Cue::Milestone),
    ("stalled", Cue::Milestone),
    ("on track", Cue::Milestone),
    ("off track", Cue::Milestone),
    ("behind schedule", Cue::Milestone),
    ("preponed", Cue::Milestone),
    // "BC pushed to the Jan board, not a decision yet": moved, with nothing decided.
    ("pushed to", Cue::Milestone),
    ("pushed back", Cue::Milestone),
    // How the work went, or what befell it: news about it too.
    ("went well", Cue::Milestone),
    ("kicks off", Cue::Milestone),
    ("on the agenda", Cue::Milestone),
    ("kicked off", Cue::Milestone),
    // "going back out with an RFQ", "back out to tender": the buying starts again.
    ("going back out", Cue::Milestone),
    ("back out to tender", Cue::Milestone),
    ("out to tender", Cue::Milestone),
    // "sign-off is due Friday the 11th": when the work's next step falls due.
    ("is due", Cue::Milestone),
    ("are due", Cue::Milestone),
    ("went smoothly", Cue::Milestone),
    ("over budget", Cue::Milestone),
    ("over-budget", Cue::Milestone),
    // "network refresh done ✅, under budget by 12k zł": how the work came in, not a benefit.
    ("under budget", Cue::Milestone),
    ("under-budget", Cue::Milestone),
    ("went bust", Cue::Milestone),
    ("gone bust", Cue::Milestone),
    ("went into administration", Cue::Milestone),
    ("gone into administration", Cue::Milestone),
    ("brought forward", Cue::Milestone),
    // Where a decision is heading, not yet taken: news about the work.
    ("leaning towards", Cue::Milestone),
    ("leaning toward", Cue::Milestone),
    ("leaning yes", Cue::Milestone),
    ("leaning no", Cue::Milestone),
    ("love", Cue::Report),
    ("hate", Cue::Report),
    ("happy with", Cue::Report),
    ("unhappy with", Cue::Report),
    ("worried about", Cue::Report),
    ("concerned about", Cue::Report),
];

fn cues() -> &'static PhraseTable<Cue> {
    static TABLE: OnceLock<PhraseTable<Cue>> = OnceLock::new();
    TABLE.get_or_init(|| PhraseTable::new(CUES))
}

/// Which cues the message carries.
#[derive(Debug, Default, Clone, Copy)]
pub struct Cues {
    pub benefit: bool,
    pub forecast: bool,
    pub investment: bool,
    pub meeting: bool,
    pub report: bool,
    pub milestone: bool,
    /// A result counted ("caught 300 bursts"): what the work got, a benefit with money
    /// beside it ("~£2m kept"), news (a note) without.
    pub counted: bool,
    /// "is saving £3k a month", "saves £800 a month": money saved now, a benefit unless
    /// the message proposes the thing ("a new scanner at £12k, saving £4k a year").
    pub saving_now: bool,
    /// "the quote is £38k not £30k": a figure put right, news about the work it prices
    /// even when the message ends asking someone to check it.
    pub put_right: bool,
}

/// "TPS requests $300K for a chatbot", "Ops requesting £40k": asking for an amount, which
/// is a new investment; "service requests are down" is not.
/// "EM's asking for HK$150k for a noise monitor", "Theatres asked for A$90k": the same,
/// said with "for".
fn asks_for_amount(toks: &[Token], i: usize) -> bool {
    let w = toks[i].lower.as_str();
    let at = if matches!(w, "requests" | "requested" | "requesting" | "request") {
        i + 1
    } else if matches!(w, "asking" | "asked" | "asks")
        && toks.get(i + 1).is_some_and(|t| t.is("for"))
    {
        i + 2
    } else {
        return false;
    };
    toks.get(at).is_some_and(|t| {
        t.kind == super::tokens::TokKind::Num
            || matches!(t.lower.as_str(), "$" | "£" | "€" | "¥" | "₹" | "r")
    }) || {
        let window = &toks[at.min(toks.len())..(at + 4).min(toks.len())];
        super::money_words::find_money(window, crate::money::Currency::GBP)
            .first()
            .is_some_and(|m| m.start == 0)
    }
}

/// "Harbour master wants a new crane for the fish quay … Quote's £385,000": at `i`, someone
/// wanting a new thing (not a new quote, date or plan for one), a proposal when priced
/// (a "want" alone is also a meeting cue, so an unpriced one stays a note).
/// "Ag retail wants a second fertilizer blender …", "wants another …": one more of a thing
/// is asked for as a new one is.
fn wants_a_new(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let thing = match (word(i + 1), word(i + 2)) {
        ("a" | "an", "new" | "second" | "third") => i + 3,
        ("another", _) => i + 2,
        _ => return false,
    };
    matches!(word(i), "wants" | "want" | "wanted" | "needs")
        && toks.get(thing).is_some_and(Token::is_word)
        && !matches!(
            word(thing),
            "quote"
                | "quotes"
                | "price"
                | "date"
                | "deadline"
                | "plan"
                | "report"
                | "estimate"
                | "look"
                | "go"
                | "meeting"
                | "chat"
                | "week"
                | "month"
                | "day"
                | "year"
                | "opinion"
                | "try"
                // "wants a second supplier in the mix": another party to ask, no thing.
                | "supplier"
                | "vendor"
                | "bid"
                | "tender"
                | "option"
        )
}

/// "the vendor is coming in on Thursday", "the integrator is visiting Tuesday", "will be on
/// site Monday", "the fitter's coming Wednesday": at `i`, a visit, to note; asked about ("is the vendor coming in
/// Thursday?") it is a question.
fn visit_at(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let visit = match word(i) {
        // "the electrician is coming Tuesday to fit …", "coming tomorrow": a visit on a
        // day said straight after.
        "coming" => {
            matches!(word(i + 1), "in" | "tomorrow")
                || super::dates::weekday(word(i + 1)).is_some()
                || word(i + 1) == "on" && super::dates::weekday(word(i + 2)).is_some()
        }
        "visiting" => i > 0 && matches!(word(i - 1), "is" | "are"),
        "on" => word(i + 1) == "site",
        _ => false,
    };
    visit
        && toks[i..]
            .iter()
            .find(|t| matches!(t.lower.as_str(), "." | "!" | "?" | "\n"))
            .is_none_or(|t| !t.is_sym("?"))
}

/// "Decision on the GPS tracking expected mid-Feb", "sign-off on the app due in Jan",
/// "@carla your call": at `i`, a verdict still to come, news about the work it names.
fn decision_to_come(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    // "I'd say go. @carla your call": the decision handed to someone, still to come.
    let handed = matches!(word(i), "your" | "ur" | "yer")
        && word(i + 1) == "call"
        && toks.get(i + 2).is_none_or(|t| t.is_break() || !t.is_word());
    handed
        || matches!(
            word(i),
            "decision" | "sign-off" | "signoff" | "verdict" | "approval"
        ) && matches!(word(i + 1), "on" | "about" | "re")
            && (i + 2..(i + 10).min(toks.len()))
                .take_while(|&k| !toks[k].is_break())
                .any(|k| {
                    matches!(
                        word(k),
                        "expected" | "due" | "scheduled" | "pencilled" | "penciled"
                    )
                })
}

/// "… the field tablets to be green-lit", "… it to be signed off before …": from `from`, the
/// clause asks for a verdict to be given.
fn verdict_asked_for(toks: &[Token], from: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    (from..(from + 10).min(toks.len()))
        .take_while(|&k| !toks[k].is_break())
        .any(|k| {
            word(k) == "to"
                && word(k + 1) == "be"
                && matches!(
                    word(k + 2),
                    "approved"
                        | "green"
                        | "greenlit"
                        | "signed"
                        | "funded"
                        | "sanctioned"
                        | "okayed"
                        | "ok'd"
                        | "rubber"
                )
        })
}

/// "we're going to spend £80k on a new intranet", "plan to spend about £25k": money a team
/// means to spend, which is a new investment; "how much are we going to spend?" names none.
fn plans_to_spend(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !(word(i) == "spend" && i > 0 && word(i - 1) == "to") {
        return false;
    }
    let mut j = i + 1;
    if matches!(
        word(j),
        "about" | "around" | "roughly" | "approx" | "~" | "up"
    ) {
        j += if word(j) == "up" { 2 } else { 1 };
    }
    toks.get(j).is_some_and(|t| {
        t.kind == super::tokens::TokKind::Num
            || matches!(t.lower.as_str(), "$" | "£" | "€" | "¥" | "₹")
    })
}

/// "the supplier has left the UK market", "vendor exited the market": what befell the
/// thing we bought, news about it.
fn left_the_market(toks: &[Token], i: usize) -> bool {
    matches!(
        toks[i].lower.as_str(),
        "left" | "exited" | "exiting" | "leaving"
    ) && toks[i + 1..]
        .iter()
        .take(4)
        .take_while(|t| !t.is_break())
        .any(|t| t.is("market"))
}

/// "see you all at the 9/12 board meeting", "Treasury offsite next week so sign-offs will
/// be slow": a meeting still to come, said in passing, is no meeting to note. `len` is the
/// cue's length in tokens.
fn meeting_to_come(toks: &[Token], i: usize, len: usize, cue: Cue) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let after = i + len;
    let said_ahead = word(after) == "tomorrow"
        || word(after) == "next"
            && matches!(
                word(after + 1),
                "week" | "month" | "monday" | "tuesday" | "wednesday" | "thursday" | "friday"
            );
    // "I need to do a call with a funder": a call the writer still has to have.
    let clause: Vec<&str> = toks[..i]
        .iter()
        .rev()
        .take(10)
        .take_while(|t| !t.is_break())
        .map(|t| t.lower.as_str())
        .collect();
    let still_to_have = clause
        .windows(2)
        .any(|w| w[0] == "to" && matches!(w[1], "need" | "have" | "got"))
        || clause.contains(&"gotta");
    // "the big meeting room": a room, not a meeting.
    let a_room = matches!(word(after), "room" | "rooms");
    cue == Cue::Meeting && (said_ahead || clause.contains(&"see") || still_to_have || a_room)
}

/// "anyone want 2 tix for Friday?", "who wants the spare desk?", "do you want a lift":
/// something offered around, no one's wish told at a meeting.
fn offered_around(toks: &[Token], i: usize, cue: Cue) -> bool {
    cue == Cue::Meeting
        && matches!(toks[i].lower.as_str(), "want" | "wants")
        && i > 0
        && matches!(
            toks[i - 1].lower.as_str(),
            "anyone" | "anybody" | "who" | "you" | "u" | "ya" | "somebody" | "someone"
        )
}

/// At `i`, "asked staff to look at a drone program", "asked IT to look into an e-signature
/// tool": someone asked to explore a thing said as new (after "a" or "an"), a proposal
/// with its money still to come. "asked IT to look at the logs" is no proposal.
fn asked_to_look_at_a_new(toks: &[Token], i: usize) -> bool {
    asked_to_look_at(toks, i).is_some()
}

/// Where the new thing someone was asked to look at is said ("a drone program" after "asked
/// the distro team to look at", "a solar array" after "want us to look at", "an optical
/// sorter" after "we should look at"), from "asked", "want" or "should" at `i`: at its "a"
/// or "an".
pub(super) fn asked_to_look_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    // "Tom reckons we should look at an optical sorter": the same thing proposed.
    if word(i) == "should"
        && word(i + 1) == "look"
        && matches!(word(i + 2), "at" | "into")
        && matches!(word(i + 3), "a" | "an")
    {
        return Some(i + 3);
    }
    // "Programming asked about a mixing board for the podcast room": someone's ask about a
    // thing said as new is a proposal (convention 17); "asked about the install dates" is
    // not.
    if word(i) == "asked" && word(i + 1) == "about" && matches!(word(i + 2), "a" | "an") {
        return Some(i + 2);
    }
    if !matches!(
        word(i),
        "asked" | "asks" | "asking" | "want" | "wants" | "wanted"
    ) {
        return None;
    }
    // Who was asked: one to four words before "to" ("staff", "the visitor services team").
    let to = (i + 2..i + 6)
        .take_while(|&k| toks.get(k).is_some_and(|t| !t.is_break()))
        .find(|&k| word(k) == "to")?;
    let at = match (word(to + 1), word(to + 2)) {
        ("look", "at" | "into") => to + 3,
        ("explore" | "scope" | "price", _) => to + 2,
        _ => return None,
    };
    // "asked us to look at solar panels for the parking deck": things, in the plural, as
    // surely as "a solar array"; not the options, costs or ways of doing something.
    let plural = |k: usize| {
        word(k).len() > 4 && word(k).ends_with('s') && !LOOKED_AT_NOT_THINGS.contains(&word(k))
    };
    let things = !matches!(
        word(at),
        "the" | "it" | "this" | "that" | "our" | "their" | "whether" | "how" | "what" | "if"
    ) && (at..at + 3)
        .take_while(|&k| toks.get(k).is_some_and(Token::is_word))
        .any(plural);
    (matches!(word(at), "a" | "an") || things).then_some(at)
}

/// Plurals looked at that are no new thing: choices, figures, ways of doing.
const LOOKED_AT_NOT_THINGS: &[&str] = &[
    "options",
    "ways",
    "costs",
    "numbers",
    "prices",
    "quotes",
    "figures",
    "alternatives",
    "things",
    "suppliers",
    "vendors",
    "proposals",
    "plans",
    "results",
    "issues",
    "savings",
    "details",
    "requirements",
    "whether",
    "specs",
    "bids",
    "tenders",
    "contracts",
    "terms",
    "risks",
    "benefits",
];

/// "please register until tomorrow 🥂": people asked to sign up for an event, not a new
/// investment to register.
fn asked_to_sign_up(toks: &[Token], i: usize, cue: Cue) -> bool {
    cue == Cue::Investment
        && toks[i].is("register")
        && i > 0
        && matches!(
            toks[i - 1].lower.as_str(),
            "please" | "pls" | "plz" | "kindly"
        )
}

/// "$700 a week down the drain", "£2k a month wasted": money said to be lost, ending at
/// `e`, is what a problem costs, no benefit realised.
pub(super) fn money_lost(toks: &[Token], e: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let mut k = e;
    // "a week", "per month", "/wk": the period said after the amount.
    if matches!(word(k), "a" | "an" | "per" | "every" | "each") {
        k += 2;
    }
    matches!(word(k), "wasted" | "lost" | "leaking")
        || word(k) == "down" && word(k + 1) == "the" && word(k + 2) == "drain"
        || word(k) == "going" && word(k + 1) == "to" && word(k + 2) == "waste"
}

/// "Spent $212k of the $250k on the DMS hardware so far", "we've spent about £40k": money
/// starting at `s` said spent on the work, how far its budget has gone.
pub(super) fn money_spent(toks: &[Token], s: usize) -> bool {
    matches!(verb_before_money(toks, s), "spent" | "spend" | "spending")
}

/// The word before the money starting at `s`, past words that hedge or count it ("spent
/// about", "raised over").
fn verb_before_money(toks: &[Token], s: usize) -> &str {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let mut k = s;
    while k > 0
        && matches!(
            word(k - 1),
            "about" | "around" | "roughly" | "~" | "nearly" | "almost" | "over" | "already"
        )
    {
        k -= 1;
    }
    k.checked_sub(1).map_or("", |k| word(k))
}

/// "Trivia night raised $2,300 for the RFS", "$1.2M raised 🥂": money from `s` to `e` said
/// raised (funds collected, not a sum a piece of work brought in unless the message names
/// one).
pub(super) fn money_raised(toks: &[Token], s: usize, e: usize) -> bool {
    verb_before_money(toks, s) == "raised" || toks.get(e).is_some_and(|t| t.is("raised"))
}

/// What a price is measured against: "over the quote", "vs the £6k PO".
const PRICE_MARKS: &[&str] = &[
    "budget",
    "budgeted",
    "quote",
    "quoted",
    "estimate",
    "estimated",
    "po",
    "forecast",
    "plan",
    "invoice",
    "tender",
    "bid",
];

/// "under budget by 12k zł", "€12k over budget", "came in $45k under", "$3k over the
/// quote", "£6,240 vs the £6k PO": the amount from `s` to `e` is how far the work came in
/// under or over what it was to cost, or a price set against its budget or quote: no benefit
/// realised.
pub(super) fn budget_variance(toks: &[Token], s: usize, e: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let side = |w: &str| matches!(w, "under" | "over");
    let the = |k: usize| usize::from(matches!(word(k), "the" | "our" | "a" | "its"));
    let versus = |w: &str| matches!(w, "vs" | "v" | "versus" | "against");
    // "came in $45k under, so …": the side ends its clause.
    let side_ends = side(word(e))
        && (toks
            .get(e + 1)
            .is_none_or(|t| t.is_break() || t.is_sym(","))
            || matches!(word(e + 1), "so" | "and" | "but" | "which"));
    // "$3k over the quote", "£6,240 vs the £6k PO": measured against a price named within
    // the clause.
    let marked = |k: usize| {
        (k..k + 6)
            .take_while(|&j| toks.get(j).is_some_and(|t| !t.is_break()))
            .any(|j| PRICE_MARKS.contains(&word(j)))
    };
    let against_the_price = (side(word(e)) || versus(word(e))) && marked(e + 1);
    // The price the first is set against: "vs the £6k PO".
    let the_price_set_against = s >= 2 && {
        let v = s - 1 - the(s - 1);
        versus(word(v)) && marked(s)
    };
    s >= 3 && word(s - 1) == "by" && word(s - 2) == "budget" && side(word(s - 3))
        || side_ends
        || against_the_price
        || the_price_set_against
}

/// "If we replace the boilers we save £120k a month", "Assuming the mills switch, £30k a
/// year less gas": money in a sentence that opens on a condition is not yet realised.
pub(super) fn said_on_condition(toks: &[Token], at: usize) -> bool {
    let start = toks[..at.min(toks.len())]
        .iter()
        .rposition(|t| {
            t.kind == super::tokens::TokKind::Sym
                && matches!(t.lower.as_str(), "." | "!" | "?" | "\n" | ";")
        })
        .map_or(0, |k| k + 1);
    toks.get(start).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "if" | "assuming" | "provided" | "supposing" | "unless"
        )
    })
}

/// "stopped 14 prohibited items", "caught 3 pump faults": a result counted, news about the
/// work that got it.
fn counted_result(toks: &[Token], i: usize) -> bool {
    matches!(
        toks[i].lower.as_str(),
        "stopped" | "caught" | "blocked" | "prevented" | "flagged" | "detected" | "spotted"
    ) && toks
        .get(i + 1)
        .is_some_and(|t| t.kind == super::tokens::TokKind::Num)
}

/// "saving £3k a month", "saves 800 a month": a saving said in the present, with the money
/// straight after, or time saved for people ("saving the billing team ~25 hrs a week");
/// not "would be saving", "could save", "to be saving".
fn saving_now(toks: &[Token], i: usize) -> bool {
    if !matches!(toks[i].lower.as_str(), "saving" | "saves") {
        return false;
    }
    let money_next = toks.get(i + 1).is_some_and(|t| {
        t.kind == super::tokens::TokKind::Num
            || matches!(
                t.lower.as_str(),
                "£" | "$" | "€" | "¥" | "us$" | "a$" | "c$"
            )
    }) || time_saved_for(toks, i + 1);
    // "to be saving" hedges; "from 40 minutes to 5, saving …" ends a span of figures.
    let hedged = (i.saturating_sub(3)..i).any(|k| match toks[k].lower.as_str() {
        "would" | "could" | "should" | "will" | "might" | "may" | "if" => true,
        "to" => toks
            .get(k + 1)
            .is_none_or(|t| t.kind != super::tokens::TokKind::Num),
        _ => false,
    });
    money_next && !hedged
}

/// Units time saved is counted in: "~25 hrs a week", "6 hours a day".
const TIME_UNITS: &[&str] = &[
    "hrs", "hr", "hours", "hour", "mins", "min", "minutes", "days", "day", "weeks",
];

/// "the billing team ~25 hrs a week", "each consultant about 6 hours": from `at` (after
/// "saving"), up to four words of who, then a count of time.
fn time_saved_for(toks: &[Token], at: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    (at..(at + 5).min(toks.len()))
        .take_while(|&k| toks[k].is_word() || toks[k].is_sym("~"))
        .any(|k| {
            toks.get(k + 1)
                .is_some_and(|t| t.kind == super::tokens::TokKind::Num)
                && TIME_UNITS.contains(&word(k + 2))
                && k > at
        })
}

pub fn find_cues(toks: &[Token]) -> Cues {
    let mut c = Cues::default();
    let mut i = 0;
    while i < toks.len() {
        if asks_for_amount(toks, i)
            || wants_a_new(toks, i)
            || plans_to_spend(toks, i)
            || super::approval_asks::money_for_approval(toks, i)
            || super::approval_asks::requests_to_do(toks, i)
        {
            c.investment = true;
        }
        if left_the_market(toks, i)
            || decision_to_come(toks, i)
            || super::status_lines::fault_at(toks, i)
            || super::status_lines::kit_in_at(toks, i)
        {
            c.milestone = true;
        }
        if visit_at(toks, i) {
            c.meeting = true;
        }
        if saving_now(toks, i) || super::realised_savings::saving_at(toks, i) {
            c.saving_now = true;
        }
        if super::realised_savings::benefit_heading(toks, i)
            || super::paying_off::paying_its_way_at(toks, i)
        {
            c.benefit = true;
        }
        if super::figures_put_right::put_right_at(toks, i) {
            c.milestone = true;
            c.put_right = true;
        }
        if super::paying_off::paying_its_way_at(toks, i) {
            c.milestone = true;
        }
        if counted_result(toks, i) {
            c.milestone = true;
            c.counted = true;
        }
        match cues()
            .match_at(toks, i)
            .filter(|&(cue, len)| !meeting_to_come(toks, i, len, cue))
            .filter(|&(cue, _)| !offered_around(toks, i, cue))
            .filter(|&(cue, _)| !asked_to_sign_up(toks, i, cue))
        {
            // "IT is asking for the tablets to be green-lit": a verdict asked for on the
            // work, news about it rather than a new ask.
            Some((Cue::Investment, len)) if verdict_asked_for(toks, i + len) => {
                c.milestone = true;
                i += len;
            }
            Some((Cue::Benefit, len)) if super::realised_savings::sent_back(toks, i) => {
                i += len;
            }
            Some((cue, len)) => {
                match cue {
                    Cue::Benefit => c.benefit = true,
                    Cue::Forecast => c.forecast = true,
                    Cue::Investment => c.investment = true,
                    Cue::Meeting => c.meeting = true,
                    Cue::Report => c.report = true,
                    Cue::Milestone => c.milestone = true,
                }
                i += len;
            }
            None => i += 1,
        }
    }
    // "asked staff to look at a drone program", "They also want us to look at a solar
    // array": a proposal, looked for at every word (a phrase matched at "also" must not
    // hide the "want"); a "want" said so is no one's wish told at a meeting.
    if let Some(i) = (0..toks.len()).find(|&i| asked_to_look_at_a_new(toks, i)) {
        c.investment = true;
        // Nor is an ask said so ("Facilities asked us to look at solar panels").
        c.meeting &= !toks[i].lower.starts_with("want") && !toks[i].lower.starts_with("ask");
    }
    // "the regulator approved our plan", "leaning towards a no": a verdict that is not
    // ours, or not yet taken, is news about the work it names.
    if nothing_to_decide(toks) || super::verdicts::verdict_not_ours(toks) {
        c.milestone = true;
    }
    c
}

/// "no decision needed", "not a decision yet, just fyi", "nothing for the board to
/// decide": news about the work it names, told as needing no verdict. "No decision on the
/// payroll upgrade yet" tells no news: nothing happened.
fn nothing_to_decide(toks: &[Token]) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    (0..toks.len()).any(|i| match word(i) {
        "no" => {
            matches!(word(i + 1), "decision" | "decisions" | "approval")
                && matches!(word(i + 2), "needed" | "required" | "necessary" | "for")
        }
        "not" => word(i + 1) == "a" && word(i + 2) == "decision",
        "nothing" => {
            word(i + 1) == "for"
                && toks[i + 2..]
                    .iter()
                    .take(4)
                    .take_while(|t| !t.is_break())
                    .any(|t| t.is("decide"))
        }
        _ => false,
    })
}

pub fn classify(
    question: bool,
    has_verdict: bool,
    cues: Cues,
    has_money: bool,
    has_action: bool,
    has_unit: bool,
    has_investment: bool,
) -> Intent {
    let milestone = cues.milestone && (has_unit || has_investment) && (!question || cues.put_right);
    if has_verdict {
        Intent::Decision
    } else if (cues.benefit || cues.counted || cues.saving_now && !cues.investment)
        && has_money
        && !cues.forecast
    {
        Intent::Benefit
    } else if cues.investment && (has_money || !cues.meeting) {
        Intent::Investment
    } else if cues.meeting || has_action || (cues.report && has_unit && !question) || milestone {
        Intent::Note
    } else {
        Intent::None
    }
}

/// A follow-up action: where it starts, who owns it, and where its text starts.
#[derive(Debug, Clone)]
pub struct ActionSpan {
    pub owner: String,
    pub start: usize,
    pub text_start: usize,
    pub end: usize,
}

/// "I'll send options by Friday", "I will chase", "Sam will send", "action: me to draft".
#[cfg(test)]
pub fn find_action(text: &str, toks: &[Token], speaker: &str) -> Option<ActionSpan> {
    find_action_from(text, toks, speaker, 0)
}

/// Every follow-up in the message, in order: "@raj to pull the numbers; @mei to book the
/// demo".
pub fn find_actions(text: &str, toks: &[Token], speaker: &str) -> Vec<ActionSpan> {
    let mut out: Vec<ActionSpan> = Vec::new();
    let mut from = 0;
    while let Some(mut a) = find_action_from(text, toks, speaker, from) {
        from = a.end.max(a.text_start + 1);
        if let Some((owner, at)) = owner_said_after(text, toks, &a) {
            a.owner = owner;
            a.end = a.end.min(at);
        }
        // "Raj and Mei to pull the numbers": each of them owns it.
        if let Some((owner, start)) = co_owner(text, toks, a.start) {
            out.push(ActionSpan {
                owner,
                start,
                ..a.clone()
            });
        }
        out.push(a);
    }
    out
}

/// "log that …", "log: …", "minute - …" at token `k`: a request to record what follows.
/// Returns where what is to be recorded starts.
fn asks_to_log(toks: &[Token], k: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    (matches!(word(k), "log" | "record" | "note" | "minute")
        && matches!(word(k + 1), "that" | ":" | "-" | "–" | "—"))
    .then_some(k + 2)
}

/// "@dana pls log: the cutover weekend is 2/20-2/21": where the words to be logged start,
/// when the message opens by asking for them to be logged.
pub fn logged_text_start(toks: &[Token]) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let mut k = 0;
    if word(0) == "@" && toks.get(1).is_some_and(|t| t.is_word() && t.attached) {
        k = 2;
        if matches!(word(k), "-" | ":" | "–" | "—" | ",") {
            k += 1;
        }
    }
    if matches!(word(k), "pls" | "please" | "plz") {
        k += 1;
    }
    asks_to_log(toks, k).filter(|&s| s < toks.len())
}

/// A person's name written as one: a capitalised word other than a pronoun, or an @name.
/// Returns the name and where it starts.
fn person_at(text: &str, toks: &[Token], j: usize) -> Option<(String, usize)> {
    let t = toks.get(j)?;
    if j > 0 && toks[j - 1].is_sym("@") && t.is_word() && t.attached {
        return Some((text[t.start..t.end].to_string(), j - 1));
    }
    let pronoun = matches!(
        t.lower.as_str(),
        "i" | "we" | "they" | "it" | "you" | "he" | "she"
    );
    (capitalised(text, t) && !pronoun).then(|| (text[t.start..t.end].to_string(), j))
}

/// The first of two owners named at a clause's start: "Raj and Mei to …", "@dev and @sana
/// will …" (the follow-up found starts at the second, `second`).
fn co_owner(text: &str, toks: &[Token], second: usize) -> Option<(String, usize)> {
    if second < 2 || !toks[second - 1].is("and") {
        return None;
    }
    let (name, start) = person_at(text, toks, second - 2)?;
    let clause_start = start == 0 || toks[start - 1].is_break();
    clause_start.then_some((name, start))
}

/// An owner written after the task: "Action: send the plan by 4 Dec. Owner: Raj", "… \n
/// Owner - Raj", "… (owner Raj)". Returns the owner and where the task's text stops.
fn owner_said_after(text: &str, toks: &[Token], a: &ActionSpan) -> Option<(String, usize)> {
    // Within the follow-up, or opening the sentence just after it.
    let last = (a.end + 2).min(toks.len());
    (a.text_start + 1..last).find_map(|k| {
        if !matches!(toks[k].lower.as_str(), "owner" | "owners") {
            return None;
        }
        let opens = toks[k - 1].is_break() || k == a.end + 1;
        if !opens {
            return None;
        }
        let marked = toks
            .get(k + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), ":" | "-" | "–" | "—" | "="));
        let at = k + 1 + usize::from(marked);
        let (owner, _) = person_at(
            text,
            toks,
            at + usize::from(toks.get(at).is_some_and(|t| t.is_sym("@"))),
        )?;
        let stop = if toks[k - 1].is_sym("(") { k - 1 } else { k };
        Some((owner, stop))
    })
}

/// Words that open a sentence before "to …" without naming anyone: "Just to flag the
/// scanner was approved", "Also to note …", "Happy to confirm …" are the writer's own way in.
const OPENING_WORDS: &[&str] = &[
    "just", "also", "only", "still", "now", "so", "again", "quick", "briefly", "happy", "glad",
    "sorry", "nice", "good", "great", "keen", "pleased", "reminder", "time", "need", "want",
    "going", "about", "hard", "easy", "fair", "worth",
];

fn find_action_from(text: &str, toks: &[Token], speaker: &str, from: usize) -> Option<ActionSpan> {
    for i in from..toks.len() {
        let w = toks[i].lower.as_str();
        let next = toks.get(i + 1).map_or("", |t| t.lower.as_str());
        let named = |j: usize| {
            toks.get(j).is_some_and(|t| t.is_sym("@"))
                && toks.get(j + 1).is_some_and(|t| t.is_word() && t.attached)
        };
        let (owner, text_start) = match (w, next) {
            // "@raj to pull the numbers", "Action: @mei will book the demo": the named
            // person owns it, never the speaker.
            // "@dana pls send …", "AI: @kim send …", "@dana can you send …": asked
            // without a "to".
            ("@", _) if named(i) => {
                let mut k = i + 2;
                let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
                // "@dr.khan", "@sato-san": a handle written with a dot or a hyphen inside.
                while toks
                    .get(k)
                    .is_some_and(|t| t.attached && matches!(t.lower.as_str(), "." | "-" | "_"))
                    && toks.get(k + 1).is_some_and(|t| t.attached && t.is_word())
                {
                    k += 2;
                }
                let handle_end = toks[k - 1].end;
                // "AI: @mia - send …", "@dana: send …": the name marked off by a dash.
                if matches!(word(k), "-" | ":" | "–" | "—") {
                    k += 1;
                }
                if matches!(word(k), "pls" | "please" | "plz") {
                    k += 1;
                    // "@otieno please kindly share …".
                    if word(k) == "kindly" {
                        k += 1;
                    }
                } else if word(k) == "kindly" {
                    // "@otieno kindly share the logs": the polite request, as "please".
                    k += 1;
                } else if matches!(word(k), "can" | "could" | "would") && word(k + 1) == "you" {
                    k += 2;
                    // "@lars can you please send …".
                    if matches!(word(k), "pls" | "please" | "plz" | "kindly") {
                        k += 1;
                    }
                }
                // "@aoife pls log that the retrofit is off the table", "@dana pls log: the
                // cutover weekend is 2/20-2/21": asked to record what the rest says, which
                // is the record, not a task.
                let record_it = asks_to_log(toks, k).is_some();
                // "@anders the LEP robot demo - can you book it for week 2?", "@thiago the
                // integrator sent the contract, please check it with legal": what to do
                // said first, then asked of the person named.
                let asked_later = || {
                    (k..toks.len().min(k + 12))
                        .take_while(|&j| !matches!(word(j), "." | "!" | "\n"))
                        .find_map(|j| {
                            let you = matches!(word(j), "can" | "could" | "would")
                                && word(j + 1) == "you"
                                && is_action_verb(word(j + 2));
                            let please = matches!(word(j), "please" | "pls" | "plz" | "kindly")
                                && is_action_verb(word(j + 1));
                            if you {
                                Some(j + 2)
                            } else {
                                please.then_some(j + 1)
                            }
                        })
                };
                // "Can we get the figures before we decide? @raj by Friday pls": the question
                // just before the handle, asked of them by the time after it.
                let question_start = (word(k) == "by" && i > 0 && toks[i - 1].is("?"))
                    .then(|| {
                        toks[..i - 1]
                            .iter()
                            .rposition(|t| matches!(t.lower.as_str(), "." | "!" | "?" | "\n"))
                            .map_or(0, |b| b + 1)
                    })
                    .filter(|&q| q + 1 < i);
                let text_start = if matches!(word(k), "to" | "will" | "should") {
                    k + 1
                } else if let Some(q) = question_start {
                    let end = (k..toks.len())
                        .find(|&j| matches!(word(j), "." | "!" | "?" | ";" | "\n"))
                        .unwrap_or(toks.len());
                    let t = &toks[i + 1];
                    return Some(ActionSpan {
                        owner: text[t.start..handle_end].to_string(),
                        start: q,
                        text_start: q,
                        end,
                    });
                } else if (is_action_verb(word(k)) || doing_work(word(k))) && !record_it {
                    // "@sian sorting a training session nxt wk": the work said as under way.
                    k
                } else if matches!(word(k), "need" | "needs" | "wants") && {
                    // "@marcus need the console quotes … by Fri pls", "@coach_b wants the
                    // clip library set up by the 15th": a thing wanted by a time, in the
                    // handle's own sentence, is the handle's task with that deadline.
                    (k + 1..toks.len().min(k + 16))
                        .take_while(|&j| !matches!(word(j), "." | "!" | "?" | "\n"))
                        .any(|j| matches!(word(j), "by" | "before"))
                } {
                    k
                } else if let Some(owned) = super::owns::owner_of_work(text, toks, i + 1) {
                    // "@nadia owns the load testing".
                    owned.1
                } else if let Some(verb) = asked_later() {
                    verb
                } else {
                    continue;
                };
                let t = &toks[i + 1];
                (text[t.start..handle_end].to_string(), text_start)
            }
            ("action", ":") | ("ap", ":") | ("todo", ":") if named(i + 2) => continue,
            // "ACTION: Jorge to issue the RFP": the name that follows owns it.
            ("action", ":") | ("ap", ":") | ("todo", ":") | ("item" | "items", ":")
                if person_to_act(text, toks, i + 2) =>
            {
                continue
            }
            // "ACTION ITEM: …": the item is the action marker's.
            ("item" | "items", ":") if i > 0 && toks[i - 1].is("action") => {
                (speaker.to_string(), i + 2)
            }
            // "Please kindly check the quotation by 12/10, @sato": asked at the start, the
            // person named after the task owns it.
            ("please" | "pls" | "plz", _)
                if (i == 0 || toks[i - 1].is_break()) && next != "can" =>
            {
                let verb = i + 1 + usize::from(next == "kindly");
                if !toks.get(verb).is_some_and(|t| is_action_verb(&t.lower)) {
                    continue;
                }
                match handle_in_sentence(text, toks, verb) {
                    Some(owner) => (owner, verb),
                    None => continue,
                }
            }
            // "gonna need the venue quotes by Fri, @sam?", "We need the rota by Monday,
            // @ola": something needed by a time, asked of the person named after it.
            ("need", _) if needed_of_someone(toks, i) => {
                match handle_in_sentence(text, toks, i + 1) {
                    Some(owner) => (owner, i + 1),
                    None => continue,
                }
            }
            // "pls can Raj send …", "please can @tomas price …", "can Raj check …" at the
            // start of a clause: a request to that person.
            ("pls" | "please" | "plz" | "can", _)
                if (i == 0 || toks[i - 1].is_break()) && (w == "can" || next == "can") =>
            {
                let who = if w == "can" { i + 1 } else { i + 2 };
                let (t, after) = if named(who) {
                    (&toks[who + 1], who + 2)
                } else {
                    match toks.get(who) {
                        Some(t) if capitalised(text, t) => (t, who + 1),
                        _ => continue,
                    }
                };
                // "pls can Mei Ling send …": a second name before the verb.
                let (last, after) = match toks.get(after) {
                    Some(n)
                        if capitalised(text, n)
                            && !is_action_verb(&n.lower)
                            && toks
                                .get(after + 1)
                                .is_some_and(|v| is_action_verb(&v.lower)) =>
                    {
                        (n, after + 1)
                    }
                    _ => (t, after),
                };
                if !toks.get(after).is_some_and(|t| is_action_verb(&t.lower)) {
                    continue;
                }
                (text[t.start..last.end].to_string(), after)
            }
            // "over to Luis for the training calendar", "over to @marta to chase …".
            ("over", "to") if i == 0 || toks[i - 1].is_break() => {
                let (owner, after) = if named(i + 2) {
                    let t = &toks[i + 3];
                    (text[t.start..t.end].to_string(), i + 4)
                } else {
                    let t = toks.get(i + 2).filter(|t| capitalised(text, t));
                    let Some(t) = t else { continue };
                    // "over to Jean Paul for …": a second name.
                    match toks.get(i + 3).filter(|n| capitalised(text, n)) {
                        Some(n) => (text[t.start..n.end].to_string(), i + 4),
                        None => (text[t.start..t.end].to_string(), i + 3),
                    }
                };
                let lead = toks
                    .get(after)
                    .is_some_and(|t| matches!(t.lower.as_str(), "for" | "to" | "," | ":" | "-"));
                if !lead {
                    continue;
                }
                (owner, after + 1)
            }
            // "Sige, I'll join the call later": being at a meeting is no follow-up.
            ("i'll" | "ill", "join" | "attend" | "dial")
                if toks[i + 2..]
                    .iter()
                    .take(3)
                    .any(|t| super::verdicts::MEETINGS.contains(&t.lower.as_str())) =>
            {
                continue
            }
            ("i'll", _) | ("ill", _) => (speaker.to_string(), i + 1),
            ("i", "will") | ("i", "must") => (speaker.to_string(), i + 2),
            ("i'm", "going") | ("i'm", "to") => (speaker.to_string(), skip_to(toks, i + 2)),
            ("i", "need") | ("i", "am")
                if toks.get(i + 2).is_some_and(|t| t.is("to") || t.is("going")) =>
            {
                (speaker.to_string(), skip_to(toks, i + 2))
            }
            ("action", ":") | ("ap", ":") | ("todo", ":") => (speaker.to_string(), i + 2),
            ("me", "to") if i == 0 || toks[i - 1].is_break() => (speaker.to_string(), i + 2),
            // "Herr Rossi please check …", "Mr. Widmer to send …", "Frau Meier can you
            // send …": a name after its title, then a request.
            ("herr" | "frau" | "mr" | "mrs" | "ms" | "dr", _)
                if (i == 0 || toks[i - 1].is_break())
                    && toks.get(i + 1).is_some_and(|t| capitalised(text, t)) =>
            {
                let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
                let mut k = i + 2;
                if matches!(word(k), "can" | "could" | "would") && word(k + 1) == "you" {
                    k += 2;
                }
                if matches!(word(k), "pls" | "please" | "plz" | "kindly" | "to" | "will") {
                    k += 1;
                }
                if !is_action_verb(word(k)) {
                    continue;
                }
                (text[toks[i].start..toks[i + 1].end].to_string(), k)
            }
            // "Rhonda can you own this?", "Priya could you chase them": a name opening the
            // sentence, then a request to them.
            (_, "can" | "could")
                if toks[i].is_word()
                    && (i == 0 || toks[i - 1].is_break())
                    && capitalised(text, &toks[i])
                    && !toks[i].caps
                    && !OPENING_WORDS.contains(&w)
                    && !NOT_NAMES.contains(&w)
                    && !matches!(w, "i" | "we" | "they" | "it" | "you" | "he" | "she")
                    && toks.get(i + 2).is_some_and(|t| t.is("you")) =>
            {
                let k = i + 3 + usize::from(toks.get(i + 3).is_some_and(|t| t.is("please")));
                if !toks.get(k).is_some_and(|t| is_action_verb(&t.lower)) {
                    continue;
                }
                (text[toks[i].start..toks[i].end].to_string(), k)
            }
            // "Raj - can you send …", "Raj: please send …": a name, then a request.
            (_, ":" | "-" | "," | "–" | "—")
                if toks[i].is_word()
                    && (i == 0 || toks[i - 1].is_break())
                    && text[toks[i].start..].starts_with(|c: char| c.is_uppercase()) =>
            {
                let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
                // "AI: Sven - send …": after an action marker, the name and a dash are
                // enough.
                let marked = i >= 2
                    && toks[i - 1].is_sym(":")
                    && matches!(
                        toks[i - 2].lower.as_str(),
                        "ai" | "action" | "actions" | "ap" | "todo"
                    );
                let k = match (word(i + 2), word(i + 3)) {
                    ("pls" | "please" | "plz", _) => i + 3,
                    ("can" | "could" | "would", "you") => i + 4,
                    (v, _) if marked && is_action_verb(v) => i + 2,
                    _ => continue,
                };
                if !is_action_verb(word(k)) {
                    continue;
                }
                (text[toks[i].start..toks[i].end].to_string(), k)
            }
            // "Call to order 5:32pm" opens a meeting's minutes; nobody is asked anything.
            ("call", "to") if toks.get(i + 2).is_some_and(|t| t.is("order")) => continue,
            (_, "will" | "to" | "needs" | "has" | "is" | "going")
                if toks[i].kind == TokKind::Word
                    && capitalised(text, &toks[i])
                    && !matches!(
                        w,
                        "i" | "we" | "they" | "it" | "who" | "that" | "this" | "what"
                    )
                    && !OPENING_WORDS.contains(&w)
                    // "they asked HR to look at the module first": a request reported, no
                    // follow-up handed out.
                    && !(i > 0
                        && matches!(toks[i - 1].lower.as_str(), "asked" | "told" | "asking")) =>
            {
                // "the only RWC to come up from …": a thing described, nobody asked.
                if super::described_things::described_not_asked(toks, i) {
                    continue;
                }
                // "Lena needs to …", "Lena has to …", "Lena is going to …", "Lena's going
                // to …": the words between the name and the task.
                let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
                let verb_at = match (next, word(i + 2), word(i + 3)) {
                    ("will" | "to", _, _) => i + 2,
                    ("needs" | "has", "to", _) => i + 3,
                    ("is", "going", "to") => i + 4,
                    ("going", "to", _) if w.ends_with("'s") => i + 3,
                    _ => continue,
                };
                // "EBR to Line 3 approved": "line" is a task only as "line up".
                // "Marketing to have a draft up by 31/01", "Mark to go back to them by Fri":
                // a thing to have done, or to go back to someone, is a task too.
                let task = is_action_verb(word(verb_at))
                    || word(verb_at) == "have" && !matches!(word(verb_at + 1), "to" | "been")
                    || word(verb_at) == "go" && matches!(word(verb_at + 1), "back" | "through");
                if !task || word(verb_at) == "line" && word(verb_at + 1) != "up" {
                    continue;
                }
                let name = &toks[i];
                let written = &text[name.start..name.end];
                let name_end = if next == "going" {
                    let bare = written
                        .strip_suffix("'s")
                        .or_else(|| written.strip_suffix("’s"))
                        .unwrap_or(written);
                    name.start + bare.len()
                } else {
                    name.end
                };
                // "Anne-Marie to …": a hyphenated name's first part.
                let start = match i.checked_sub(2).map(|k| (&toks[k], &toks[k + 1])) {
                    Some((first, dash))
                        if dash.is_sym("-")
                            && dash.attached
                            && name.attached
                            && capitalised(text, first) =>
                    {
                        first.start
                    }
                    _ => name.start,
                };
                (text[start..name_end].to_string(), verb_at)
            }
            // "… $35K for 6 kiosks. kayla to report handle numbers EOM": a name written in
            // lower case, opening a sentence before "to" and a task.
            (_, "to") if lower_case_owner(toks, i) => {
                (text[toks[i].start..toks[i].end].to_string(), i + 2)
            }
            // "Ross owns the cutover, by 22/12".
            _ => match super::owns::owner_of_work(text, toks, i) {
                Some(owned) => owned,
                None => continue,
            },
        };
        // "@asha to send the quotes by Fri, @ben to book the room": the next person handed
        // work after a comma starts a follow-up of their own.
        let end = (text_start..toks.len())
            .find(|&j| {
                matches!(toks[j].lower.as_str(), "." | "!" | "?" | ";" | "\n")
                    || toks[j].is_sym(",") && next_owner_at(text, toks, j + 1)
            })
            .unwrap_or(toks.len());
        if text_start >= end {
            continue;
        }
        return Some(ActionSpan {
            owner,
            start: i,
            text_start,
            end,
        });
    }
    None
}

/// The @handle named in the sentence from token `from` on (before its ".", "!", "?", ";"
/// or line break), written with any dots, hyphens or underscores inside ("@dr.khan").
fn handle_in_sentence(text: &str, toks: &[Token], from: usize) -> Option<String> {
    let stop = (from..toks.len())
        .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "?" | ";" | "\n"))
        .unwrap_or(toks.len());
    let at = (from..stop).find(|&j| {
        toks[j].is_sym("@") && toks.get(j + 1).is_some_and(|t| t.is_word() && t.attached)
    })?;
    let mut e = at + 2;
    while toks
        .get(e)
        .is_some_and(|t| t.attached && matches!(t.lower.as_str(), "." | "-" | "_"))
        && toks.get(e + 1).is_some_and(|t| t.attached && t.is_word())
    {
        e += 2;
    }
    Some(text[toks[at + 1].start..toks[e - 1].end].to_string())
}

/// "need" at `i` opening its clause, alone or after the writer's own way in ("gonna
/// need", "we'll need", "we still need"), with something needed after it (not "need to").
fn needed_of_someone(toks: &[Token], i: usize) -> bool {
    let start = (0..i)
        .rev()
        .find(|&k| toks[k].is_break())
        .map_or(0, |k| k + 1);
    let way_in = toks[start..i].iter().all(|t| {
        matches!(
            t.lower.as_str(),
            "gonna"
                | "going"
                | "to"
                | "we"
                | "i"
                | "'ll"
                | "ll"
                | "'"
                | "will"
                | "we'll"
                | "i'll"
                | "still"
                | "really"
                | "also"
                | "just"
                | "do"
                | "definitely"
        )
    });
    way_in && !toks.get(i + 1).is_some_and(|t| t.is("to"))
}

/// Words that open a sentence before "to" and a task without naming anyone ("need to send
/// …", "plan to review …"), besides [`OPENING_WORDS`].
const NOT_NAMES: &[&str] = &[
    "have",
    "has",
    "had",
    "used",
    "try",
    "able",
    "ok",
    "okay",
    "fine",
    "agreed",
    "remember",
    "forgot",
    "plan",
    "plans",
    "hope",
    "due",
    "how",
    "what",
    "where",
    "when",
    "who",
    "why",
    "yes",
    "and",
    "but",
    "then",
    "back",
    "next",
    "nothing",
    "something",
    "everyone",
    "someone",
    "nobody",
    "anyone",
    "decision",
    "decided",
    "asked",
    "told",
    "ready",
    "likely",
    "needs",
    "wants",
    "trying",
    "tried",
    "the",
    "this",
    "that",
    "its",
    "our",
    "their",
];

/// A name written in lower case at `i`: a plain word opening a sentence, then "to" and a
/// task ("kayla to report …"), that is no word of the kind that opens such a sentence.
fn lower_case_owner(toks: &[Token], i: usize) -> bool {
    let t = &toks[i];
    let opens = i == 0 || matches!(toks[i - 1].lower.as_str(), "." | "!" | "?" | "\n");
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    opens
        && t.kind == TokKind::Word
        && (3..=10).contains(&t.lower.len())
        && t.lower.bytes().all(|b| b.is_ascii_lowercase())
        && !OPENING_WORDS.contains(&t.lower.as_str())
        && !NOT_NAMES.contains(&t.lower.as_str())
        && !matches!(
            t.lower.as_str(),
            "i" | "we" | "they" | "you" | "he" | "she" | "it"
        )
        && super::dates::weekday(&t.lower).is_none()
        && super::dates::month(&t.lower).is_none()
        && is_action_verb(word(i + 2))
        && word(i + 2) != "line"
}

/// "@ben to book …", "and Priya to update …" at `j`: another person handed a task.
fn next_owner_at(text: &str, toks: &[Token], j: usize) -> bool {
    let j = j + usize::from(toks.get(j).is_some_and(|t| t.is("and")));
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let handle = word(j) == "@" && toks.get(j + 1).is_some_and(|t| t.is_word() && t.attached);
    if handle {
        return matches!(word(j + 2), "to" | "will") || is_action_verb(word(j + 2));
    }
    person_to_act(text, toks, j)
}

/// "Jorge to issue …", "KM will chase …": a person's name at `j`, then "to" or "will" and
/// a task.
fn person_to_act(text: &str, toks: &[Token], j: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    toks.get(j).is_some_and(|t| capitalised(text, t))
        && matches!(word(j + 1), "to" | "will")
        && is_action_verb(word(j + 2))
}

/// A word written with a capital first letter, as a person's name is.
/// A word written with a capital that can name someone: "coming in on Thursday to demo …"
/// names a day, and a day is nobody (a month may be: "Jan to clarify …").
fn capitalised(text: &str, t: &Token) -> bool {
    t.is_word()
        && text[t.start..].starts_with(|c: char| c.is_uppercase())
        && super::dates::weekday(&t.lower).is_none()
}

fn skip_to(toks: &[Token], mut i: usize) -> usize {
    while toks.get(i).is_some_and(|t| t.is("going") || t.is("to")) {
        i += 1;
    }
    i
}

/// "sorting", "chasing", "setting": a follow-up's verb said as the work under way.
fn doing_work(w: &str) -> bool {
    let Some(stem) = w.strip_suffix("ing").filter(|s| s.len() >= 2) else {
        return false;
    };
    // "setting" → "set"; "chasing" → "chase".
    let b = stem.as_bytes();
    let doubled = b.len() >= 3 && b[b.len() - 1] == b[b.len() - 2] && b[b.len() - 1].is_ascii();
    let undoubled = if doubled {
        &stem[..stem.len() - 1]
    } else {
        stem
    };
    is_action_verb(stem) || is_action_verb(undoubled) || is_action_verb(&format!("{stem}e"))
}

pub(super) fn is_action_verb(w: &str) -> bool {
    matches!(
        w,
        "send"
            | "share"
            | "draft"
            | "write"
            | "book"
            | "chase"
            | "follow"
            | "set"
            | "arrange"
            | "circulate"
            | "prepare"
            | "update"
            | "confirm"
            | "check"
            // "@ozan please control the data connection": check, in Turkish English.
            | "control"
            | "review"
            | "get"
            | "provide"
            | "pull"
            | "put"
            | "raise"
            | "look"
            | "come"
            | "schedule"
            | "present"
            // Tasks as people hand them out: "Jan to clarify …", "Dana to order …".
            | "clarify"
            | "order"
            // "Jess to place the order by the 1st".
            | "place"
            // "kayla to report handle numbers EOM".
            | "report"
            | "price"
            | "log"
            | "tell"
            | "call"
            // "@sam can you ring them Monday?"
            | "ring"
            // "Rhonda can you own this?"
            | "own"
            | "phone"
            | "email"
            | "ping"
            | "ask"
            | "brief"
            | "contact"
            | "answer"
            | "organise"
            | "organize"
            | "sort"
            | "fix"
            | "test"
            | "line"
            | "submit"
            | "collect"
            | "gather"
            | "finalise"
            | "finalize"
            | "investigate"
            | "source"
            | "quote"
            | "plan"
            | "map"
            | "agree"
            | "sign"
            | "escalate"
            | "reach"
            | "talk"
            | "speak"
            | "find"
            | "work"
            // "Osei to bring the survey", "Kwame to mock it up", "Li to run the numbers".
            | "bring"
            | "mock"
            | "run"
            | "build"
            | "scope"
            | "cost"
            | "compare"
            | "flag"
            | "nudge"
            | "loop"
            | "invite"
            | "walk"
            | "dig"
            | "pick"
            | "post"
            | "upload"
            | "liaise"
            | "collate"
            | "compile"
            | "validate"
            | "verify"
            | "do"
            | "coordinate"
            | "document"
            | "reconcile"
            | "negotiate"
            | "assess"
            | "evaluate"
            | "analyse"
            | "analyze"
            | "summarise"
            | "summarize"
            | "estimate"
            | "benchmark"
            | "audit"
            | "design"
            | "draw"
            | "demo"
            | "train"
            | "install"
            | "configure"
            | "engage"
            | "align"
            | "research"
            | "follow-up"
            | "action"
            // "Jorge to issue the RFP", "Keiri will finish the check".
            | "issue"
            | "finish"
            | "complete"
    )
}

const RATIONALE_MARKERS: &[&str] = &[
    "because", "since", "given", "citing", "—", "–", ";", ":", "(",
];

/// Clauses that describe the money, the timing or the next step rather than the reason.
const NOT_REASONS: &[&str] = &[
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
const MAX_CLAUSE: usize = 60;

/// Where the reason given starts: after "because" / "since" / "due to" / a dash / a colon /
/// a comma, or at "pending" / "waiting".
fn reason_start(toks: &[Token], i: usize) -> Option<(usize, bool)> {
    let w = toks[i].lower.as_str();
    let next = toks.get(i + 1).map_or("", |t| t.lower.as_str());
    match w {
        // "say no thanks to the chatbot offer" is a refusal of it, not a reason.
        "thanks" if i > 0 && toks[i - 1].is("no") => None,
        // "thanks to everyone who pushed for this": a thank-you, not a cause.
        "thanks" if super::chat_asides::thanks_to_people(toks, i) => None,
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
            && !super::as_comparisons::compares(toks, i)
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
fn reason_after_all(
    toks: &[Token],
    s: usize,
    end: usize,
    skip: &dyn Fn(usize) -> bool,
    verdict: Option<Verdict>,
) -> bool {
    // "cut to $300k, phase 2 only": what a rescope keeps; "approved at £650k, phase 1
    // only": a scope told after any verdict (convention 16).
    let keeps = verdict == Some(Verdict::Rescope) && end > s && toks[end - 1].is("only")
        || verdict.is_some() && super::told_scopes::told_scope(toks, s, end);
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
fn time_then_cannot(toks: &[Token], s: usize, end: usize) -> bool {
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
fn pronoun_cannot(toks: &[Token], k: usize) -> bool {
    matches!(toks[k].lower.as_str(), "they" | "we" | "it" | "he" | "she")
        && toks
            .get(k + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "cannot" | "can't" | "couldn't"))
}

/// Words ending in "-ing" that name a time, a thing or a department rather than an action.
const ING_NOUNS: &[&str] = &[
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
const PURPOSES: &[&str] = &[
    "stop", "cut", "reduce", "avoid", "prevent", "fix", "end", "speed", "free", "meet", "comply",
    "cover", "support", "replace", "save", "protect", "clear", "close", "ensure", "improve",
    "make", "finish", "complete",
];

/// Do the words at `j` name people and what the work lets them do ("specialists stop
/// retyping", "the fitters stop guessing"), the purpose after a bare "so"?
fn so_people_can(toks: &[Token], j: usize) -> bool {
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
fn so_someone_can(toks: &[Token], j: usize) -> bool {
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
fn causal_phrase(toks: &[Token], i: usize) -> bool {
    let w = |k: usize| toks.get(i + k).map_or("", |t| t.lower.as_str());
    matches!(
        (w(0), w(1), w(2)),
        ("in", "light" | "view", "of") | ("on", "account", "of") | ("in", "response", "to")
    ) && toks.get(i + 3).is_some_and(|t| t.is_word())
}

/// Does the "to" at `i` follow an amount ("£90k to cut …") or "in order" / "so as"?
fn purpose_follows(toks: &[Token], i: usize) -> bool {
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
fn joins_words(toks: &[Token], i: usize) -> bool {
    i > 0
        && toks[i].attached
        && toks[i - 1].is_word()
        && toks.get(i + 1).is_some_and(|t| t.attached && t.is_word())
}

fn pictograph(t: &Token) -> bool {
    t.kind == TokKind::Sym
        && t.lower
            .chars()
            .next()
            .is_some_and(|c| u32::from(c) >= 0x2190 && !c.is_alphanumeric())
}

/// Finite verbs and auxiliaries that make the words after "as" a clause ("as the harbour
/// works overran", "as BT have moved the cut-off") rather than a role ("as planned", "as
/// part of").
const FINITE: &[&str] = &[
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
pub(super) fn own_clause(toks: &[Token], s: usize, e: usize) -> bool {
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
fn plain_subject_clause(toks: &[Token], s: usize, e: usize) -> bool {
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
fn as_clause(toks: &[Token], j: usize) -> bool {
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

/// What the rationale rules read a clause against, besides its words.
pub struct ClauseContext<'a> {
    /// Is token j part of an amount or a date?
    pub skip: &'a dyn Fn(usize) -> bool,
    /// Is token j part of an amount?
    pub money: &'a dyn Fn(usize) -> bool,
    /// Is the token range only the record's name ("approved: lone worker devices, $65k")?
    pub named: &'a dyn Fn(usize, usize) -> bool,
    /// The record's verdict: a clause saying it again ("it carries on") is not a reason.
    pub verdict: Option<Verdict>,
}

/// "cafe till upgrade cut costs …", "the bar till": a till (a cash register) inside a name
/// or after an article is a thing, not "until".
fn till_named(toks: &[Token], i: usize, ctx: &ClauseContext) -> bool {
    toks[i].is("till") && (i.saturating_sub(4)..=i).any(|a| (ctx.named)(a, i + 1))
        || toks[i].is("till")
            && i > 0
            && matches!(
                toks[i - 1].lower.as_str(),
                "the" | "a" | "our" | "new" | "each"
            )
}

/// "on the basis that …", "on the grounds that …", "on the back of …", a condition
/// "as long as …" / "provided that …" / "subject to a second quote": the reason or the
/// condition, kept with its lead.
fn basis_lead(toks: &[Token], i: usize) -> bool {
    let w = |k: usize| toks.get(i + k).map_or("", |t| t.lower.as_str());
    let word_after = |k: usize| toks.get(i + k).is_some_and(|t| t.is_word());
    w(0) == "on"
        && w(1) == "the"
        && matches!(w(2), "basis" | "grounds" | "understanding")
        && w(3) == "that"
        || (w(0), w(1), w(2), w(3)) == ("on", "the", "back", "of") && word_after(4)
        || matches!((w(0), w(1), w(2)), ("as" | "so", "long", "as")) && word_after(3)
        || matches!((w(0), w(1)), ("provided" | "providing", "that")) && word_after(2)
        // "contingent on the CRM integration", "to see if the second gate fixes it".
        || matches!((w(0), w(1)), ("contingent" | "conditional", "on" | "upon")) && word_after(2)
        || matches!((w(0), w(1), w(2)), ("to", "see", "if" | "whether")) && word_after(3)
        || w(0) == "subject" && w(1) == "to"
        // "is approved with the condition that the pilot shows 90%", "on condition that".
        || matches!((w(0), w(1), w(2), w(3)), ("with" | "on", "the", "condition", "that"))
        || (w(0), w(1), w(2)) == ("on", "condition", "that")
}

/// The reason given, from token `after` up to `stop`. A clause led by a weak marker
/// (comma, dash, colon) that holds an amount or a date is a detail; one that is only a
/// time ("since the summer") says when, not why.
pub fn find_rationale(
    text: &str,
    toks: &[Token],
    after: usize,
    stop: Option<usize>,
    ctx: &ClauseContext,
) -> Option<String> {
    let skip = ctx.skip;
    let limit = stop.unwrap_or(toks.len()).min(toks.len());
    let mut i = after;
    // "declined: the ehr analytics add-on, $400k": a noun phrase after "verdict:" is what
    // was decided on, never why.
    // So is a clause that opens with a name ("Approved: crowd safety cameras for Brixton &
    // Leeds, £96k").
    // "Approved on 24/11: a customer data platform …": the verdict's date before the colon.
    let dated = (after..limit)
        .find(|&k| !(skip(k) || matches!(toks[k].lower.as_str(), "on" | "today" | "yesterday")))
        .filter(|&k| k > after && toks[k].is(":"));
    let after = dated.unwrap_or(after);
    let colon = ctx.verdict.is_some() && toks.get(after).is_some_and(|t| t.is(":"));
    let opens_with_name = |e: usize| (after + 2..=e).any(|k| (ctx.named)(after + 1, k));
    let object = colon
        && (toks
            .get(after + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "the" | "a" | "an" | "our" | "their"))
            || opens_with_name(clauses::clause_end(toks, after + 1, limit)));
    if object {
        let e = clauses::clause_end(toks, after + 1, limit);
        if !own_clause(toks, after + 1, e) {
            i = e;
        }
    }
    // A dated clause just after the verdict, refused for its date: see below.
    let mut detail: Option<(usize, usize)> = None;
    while i < limit {
        // "phase 2: live chat, saved searches and a watchlist": what the work holds.
        if let Some(e) = clauses::scope_list(toks, i, limit) {
            i = e;
            continue;
        }
        if let Some(e) = clauses::after_event(toks, i, limit) {
            let r = text[toks[i].start..toks[e - 1].end].trim();
            return Some(r.to_string());
        }
        // "since go-live we have closed month end 4 days faster and found ₦27m …": a
        // benefit's result opened by the event it is counted since.
        if let Some(e) =
            clauses::since_event_result(toks, i, limit, ctx).filter(|_| ctx.verdict.is_none())
        {
            return Some(text[toks[i].start..toks[e - 1].end].trim().to_string());
        }
        // "until legal signs off", "till the vendor fixes it", "once the intake is in":
        // a condition, not a date; "till the spring" is a date said in words.
        let condition = matches!(
            toks[i].lower.as_str(),
            "until" | "till" | "til" | "unless" | "while" | "once"
        ) && !till_named(toks, i, ctx)
            && toks.get(i + 1).is_some_and(|t| {
            t.is_word()
                && !skip(i + 1)
                && !matches!(
                    t.lower.as_str(),
                    "further" | "then" | "now" | "next" | "end" | "a" | "an" | "more" | "again"
                        // "not once since they went in", "once or twice": how often.
                        | "since" | "or" | "every" | "per"
                )
        }) && toks.get(i + 2).is_some_and(|t| t.is_word() && !skip(i + 2))
            // "once we dropped the training days": what was done, told as a time, no
            // condition.
            && !(toks[i].is("once")
                && matches!(toks[i + 1].lower.as_str(), "we" | "they" | "i")
                && toks[i + 2].lower.ends_with("ed"))
            && !clauses::only_time(toks, i + 1, clauses::clause_end(toks, i + 1, limit), skip)
            // "until after the holidays": a time too.
            && !(toks[i + 1].is("after")
                && clauses::only_time(toks, i + 2, clauses::clause_end(toks, i + 2, limit), skip));
        // "until the Q1 liquidity numbers are in": a time that names the event waited for.
        let condition = condition
            || matches!(
                toks[i].lower.as_str(),
                "until" | "till" | "til" | "unless" | "once"
            ) && (event_after_time(toks, i + 1, limit, skip)
                || toks.get(i + 1).is_some_and(|t| t.is("the"))
                    && event_after_time(toks, i + 2, limit, skip));
        // "until after the year-end close": an event that has a time in it is still the
        // condition ("until after Christmas" is only a time).
        let condition = condition
            || clauses::after_timed_event(toks, i, limit, skip)
            || condition_after_look_again(toks, i, limit, skip);
        // "since June, ~£30k saved": "since" a time, up to its comma, says when.
        // "Fewer mis-picks since the scanners went in: … saved £7,500": a benefit's result
        // opening the message, told with what it is counted since, is its evidence whole.
        let counted_since = ctx.verdict.is_none()
            && toks[i].is("since")
            && COMPARATIVES.contains(&toks[0].lower.as_str())
            && !(0..i).any(|j| toks[j].is_break());
        // "Traceability: since start in August, complaint time reduced …": a benefit's
        // result opened by what it is counted since keeps its "since" as evidence.
        // "…: since August the growers receive R$ 0,04 more per litre": so does one opened by
        // the time it is counted since, then a clause of its own.
        let since_opens_result = ctx.verdict.is_none()
            && toks[i].is("since")
            && (i == 0 || matches!(toks[i - 1].lower.as_str(), "." | "!" | "?" | "\n" | ":"))
            && (clauses::since_event(toks, i + 1, limit) && {
                let e = clauses::clause_end(toks, i + 1, limit);
                toks.get(e).is_some_and(|t| t.is(","))
                    && e + 1 < limit
                    && own_clause(toks, e + 1, clauses::clause_end(toks, e + 1, limit))
            } || clauses::since_time_then_clause(
                toks,
                i + 1,
                clauses::clause_end(toks, i + 1, limit),
            ));
        // "23 jobs done since Sept that would've …": "since" a date says from when.
        let since_date = toks[i].is("since") && i + 1 < limit && skip(i + 1);
        let when = !since_opens_result
            && (counted_since
                || since_date
                || clauses::wait_then_reason(toks, i, limit)
                || toks[i].is("since")
                    && (clauses::since_event(toks, i + 1, limit)
                        || clauses::only_time(
                            toks,
                            i + 1,
                            clauses::clause_end(toks, i + 1, limit),
                            skip,
                        )));
        // "turned down the canning line. £1.2m for a line we'd run twice a week": after a
        // refusal, the price and what it would buy is the case against it.
        let refused = matches!(ctx.verdict, Some(Verdict::Reject | Verdict::Stop));
        let priced =
            |a: usize| refused && clauses::prices_what_it_buys(toks, a, limit, ctx.money, skip);
        // "no. Vendor quoted £210k and our spreadsheets already do most of it."
        let quoted =
            |a: usize| refused && super::refused_prices::price_and_more(toks, a, limit, ctx.money);
        let start = if when {
            None
        } else if matches!(toks[i].lower.as_str(), "." | "!" | "\n")
            && (priced(i + 1) || quoted(i + 1) || judged_price_opening(toks, i + 1, limit, ctx))
        {
            Some((i + 1, false))
        } else if condition || basis_lead(toks, i) || since_opens_result {
            Some((i, true))
        } else if let Some(st) = verdict_on_condition(toks, after, i, ctx.money) {
            Some((st, false))
        } else if refused_for_more(toks, after, i, limit, ctx) {
            Some((i + 1, false))
        } else if source_after_money(toks, i, skip, ctx) {
            Some((i + 1, true))
        } else {
            reason_start(toks, i).map(|st| marked_after_comma(toks, i, limit, skip).unwrap_or(st))
        };
        let decides = |a: usize, b: usize| clauses::decides_in(toks, a, b);
        // "stopped. Staff never logged in, only 3 of 40 used it": a comma in a sentence after
        // the verdict's is inside a reason sentence, read from its start.
        let later_sentence = || {
            (after..i)
                .rev()
                .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "?" | "\n"))
        };
        // "Brief is new gates, a hands-free reader …": no clause of a sentence that opens
        // on the plan or the scope is the reason.
        let start = start.filter(|_| {
            !(toks[i].is(",")
                && later_sentence().is_some_and(|p| {
                    toks.get(p + 1)
                        .is_some_and(|t| clauses::NOT_A_REASON_OPENING.contains(&t.lower.as_str()))
                        || super::next_sentence::describes_the_work(toks, p + 1, limit)
                }))
        });
        if let (Some((_, false)), true) = (start, toks[i].is(",")) {
            let reason = later_sentence().and_then(|p| {
                clauses::next_sentence(text, toks, p, stop, skip, ctx.money, &decides)
            });
            if reason.is_some() {
                return reason;
            }
        }
        if let Some((s, strong)) = start {
            let close_paren = toks[i].lower == "(";
            // ", which nobody used": the relative clause stays with its reason.
            let relative = |j: usize| toks[j].is(",") && clauses::opens_relative(toks, j + 1);
            // "until the refurb is signed, look again in March": the look-again is the
            // review date, not part of the condition.
            let look_again = |j: usize| {
                matches!(toks[j].lower.as_str(), "," | ";" | "-" | "—" | "–")
                    && (clauses::opens_look_again(toks, j + 1)
                        || hedged_time(toks, j + 1, limit, skip))
                    // ", which should be mid-January": when the condition is met.
                    || toks[j].is(",") && clauses::date_remark(toks, j + 1, limit, skip)
            };
            let end = (s..limit)
                .find(|&j| {
                    let t = toks[j].lower.as_str();
                    matches!(t, "." | "!" | "?" | "\n")
                        || (close_paren && t == ")")
                        || look_again(j)
                        || (!strong && !close_paren && matches!(t, "," | ";") && !relative(j))
                })
                .unwrap_or(limit)
                .min(s + MAX_CLAUSE);
            // "from personalised coupons last month": the period is when, not where from.
            let end = if source_after_money(toks, i, skip, ctx) {
                period_after_source(toks, s, end, skip).unwrap_or(end)
            } else {
                end
            };
            // "since July" is when, not why.
            let only_dates = s < end && (s..end).all(|j| skip(j) || toks[j].is_break())
                || (strong && !condition && clauses::only_time(toks, s, end, skip));
            // "£600k was too much": a judgement of the amount is a reason. So is a counted
            // result after a continue ("keep going, 140 sign-ups in Nov"), its evidence.
            // So is none of a fault since a date ("continue, no spoiled loads since August").
            // "new staff get 2 days of paper forms otherwise": what happens without it.
            let judged = clauses::judges_price(toks, s, end)
                || clauses::costs_us_now(toks, s, end)
                // "- overdue rent down from HK$3.1M to HK$1.9M since phase 1".
                || clauses::money_moved(toks, s, end, ctx.money)
                    && (s..end).any(|j| clauses::CHANGE_WORDS.contains(&toks[j].lower.as_str()))
                || priced(s)
                || s > 0
                    && (matches!(toks[s - 1].lower.as_str(), "." | "!" | "\n")
                        || super::refused_prices::price_opens_clause(toks, s, ctx.money))
                    && quoted(s)
                || end > s && toks[end - 1].is("otherwise")
                // "(fewer disputed invoices, faster month-end)", "(water bill down 22% vs
                // Oct 2025)": a result in brackets.
                || close_paren
                    && (COMPARATIVES.contains(&toks[s].lower.as_str())
                        || (s..end).any(|j| {
                            clauses::CHANGE_WORDS.contains(&toks[j].lower.as_str())
                        }) && !(s..end).any(|j| (ctx.money)(j)))
                || ctx.verdict == Some(Verdict::Continue)
                    && ((s..end).any(|j| toks[j].kind == TokKind::Num && !skip(j))
                        // "continue ✅ water bill down £1.2k a month": a result in money.
                        || (s..end).any(|j| {
                            matches!(
                                toks[j].lower.as_str(),
                                "down" | "up" | "saved" | "saving" | "fewer" | "less" | "lower"
                            )
                        }) && (s..end).any(|j| (ctx.money)(j))
                        || s < end
                            && matches!(toks[s].lower.as_str(), "no" | "zero")
                            && (s..end).any(|j| toks[j].is("since")));
            // "cut to £20 lakh, only 800 seats from April": what a rescope keeps is its
            // reason, with the date it starts.
            let scope = |s: usize| {
                ctx.verdict == Some(Verdict::Rescope)
                    && end > s
                    && (toks[s].is("only") || toks[end - 1].is("only"))
                    || ctx.verdict.is_some() && super::told_scopes::told_scope(toks, s, end)
            };
            // "rejected (again)": a word of manner in brackets is no reason.
            // "(VR)": an abbreviation in brackets names who, not why; "(was 7,5)": the old
            // figure.
            // "Phase 1 (accounting) finished …": the bracket names the phase.
            let aside = close_paren
                && (super::earlier_phase::names_the_phase(toks, i)
                    || end == s + 1
                    && (matches!(
                        toks[s].lower.as_str(),
                        "again" | "finally" | "unanimously" | "reluctantly" | "provisionally"
                    ) || toks[s].caps
                        // "(Antofagasta)": a place or a person named, not a reason.
                        || toks[s].is_word()
                            && text[toks[s].start..].starts_with(char::is_uppercase))
                    // "(the 2 Whakatu rooms)": which of them, counted.
                    || end <= s + 5
                        && toks[s].is("the")
                        && toks.get(s + 1).is_some_and(|t| t.kind == TokKind::Num)
                    // "(PostHog cloud)": a product and its edition.
                    || end == s + 2
                        && text[toks[s].start..].starts_with(char::is_uppercase)
                        && matches!(
                            toks[s + 1].lower.as_str(),
                            "cloud" | "edition" | "enterprise" | "pro" | "premium" | "hosted"
                                | "saas" | "standard" | "plus" | "tier" | "licence" | "license"
                        )
                    || matches!(toks[s].lower.as_str(), "was" | "were" | "previously")
                        && (s + 1..end).any(|j| toks[j].kind == TokKind::Num));
            // "continuing with the Epic build, board reaffirmed it today, …": the verdict
            // said again by who made it is no reason.
            // "NOT killing the portal … - it stays through summer": the continue told again.
            let stays = ctx.verdict == Some(Verdict::Continue)
                && end > s + 1
                && matches!(toks[s].lower.as_str(), "it" | "this" | "they")
                && matches!(
                    toks[s + 1].lower.as_str(),
                    "stays" | "stay" | "remains" | "remain" | "continues" | "carries"
                );
            let restated = stays
                || ctx.verdict.is_some()
                    && (s..end).any(|j| {
                        matches!(
                            toks[j].lower.as_str(),
                            "reaffirmed" | "reconfirmed" | "ratified" | "endorsed" | "confirmed"
                        ) && toks
                            .get(j + 1)
                            .is_some_and(|t| matches!(t.lower.as_str(), "it" | "this"))
                    });
            // A clause with a date or an amount in it is a detail, unless it judges the
            // price or is a clause of its own (or a rescope's scope) with no money.
            // "the bank client renewed for 3 yrs": news of someone else, told as a clause of
            // its own with its own term.
            let news = s < end
                && own_clause(toks, s, end)
                && (s..(s + 4).min(end))
                    .any(|j| super::next_sentence::THIRD_PARTIES.contains(&toks[j].lower.as_str()));
            // "ok but only if BD can show two wins by March": the time is the condition's.
            // "in winter the divers cannot reach them": the time is the reason's.
            let time_is_its_own = s < end
                && (toks[s].is("if")
                    || toks[s].is("only") && toks.get(s + 1).is_some_and(|t| t.is("if"))
                    || time_then_cannot(toks, s, end));
            let dated = (s..end).any(skip)
                && !judged
                && !time_is_its_own
                && !((s..end).all(|j| !(ctx.money)(j))
                    && (own_clause(toks, s, end) || scope(s) || news));
            let refused = s >= end
                    || aside
                    || no_change_or_fuss(toks, s, end)
                    // ", not the 520 that agronomy asked": the figure the amount replaces.
                    || super::told_scopes::replaced_figure(toks, s, end)
                    || owner_clause(toks, s, end)
                    // "…, Marco's running the vendor review in the spring": a plan.
                    || !strong && clauses::assigns_owner(text, toks, s, end)
                    || more_time(toks, s, end)
                    || restated
                    || clauses::what_follows(toks, s, end, skip)
                    || ctx.verdict == Some(Verdict::Approve)
                        && clauses::counts_what_it_buys(toks, s, end, skip)
                    || ctx.verdict.is_some() && clauses::counted_things_for(toks, s, end)
                    || clauses::says_only_the_currency(toks, s, end)
                    || clauses::only_who_said_so(toks, s, end)
                    || ctx.verdict.is_some() && (plan_or_reference(toks, s, end))
                    // "…, lmk if any push back".
                    || super::chat_asides::asks_for_replies(toks, s)
                    || super::bare_clauses::only_exclamation(toks, s, end)
                    || super::bare_clauses::only_duration(toks, s, end)
                    || super::bare_clauses::announces_results(toks, s, end)
                    || super::bare_clauses::asked_amount_set_against(toks, s, end)
                    || super::bare_clauses::only_names(text, toks, s, end)
                    || ctx.verdict == Some(Verdict::Approve)
                        && super::chat_asides::covers_scope(toks, s)
                    || super::chat_asides::approver_not_needed(toks, s, end)
                    // "…, approx. €42k saved": a hedge cut off by its abbreviation's stop.
                    || end == s + 1
                        && matches!(
                            toks[s].lower.as_str(),
                            "approx" | "approximately" | "ca" | "circa" | "est" | "roughly"
                        )
                    || (NOT_REASONS.contains(&toks[s].lower.as_str())
                        && !reason_after_all(toks, s, end, skip, ctx.verdict))
                    || (s..end).any(|j| forecast_at(toks, j))
                    || (ctx.named)(s, end)
                    // "…, approved by the exec team": who decided, not why.
                    || ctx.verdict.is_some()
                        && verdicts::find_verdict_in(toks, s, end).is_some_and(|f| {
                            f.start == s && toks.get(f.end).is_some_and(|t| t.is("by"))
                        })
                    // "the bank client renewed for 3 yrs": news of someone else's verdict
                    // with its own term is no horizon of ours.
                    || clauses::holds_horizon(toks, s, end) && !news
                    || ctx.verdict.is_some_and(|v| {
                        verdicts::find_verdict_in(toks, s, end)
                            .is_some_and(|f| {
                                f.verdict == v
                                    && !funding_granted(toks, f.start)
                                    && !clauses::said_by_others(toks, f.start)
                            })
                    });
            let weak_reject = !strong && (dated || refused);
            // "CA deadline for re-verification is 30th June, we can't do it manually": a
            // dated clause first after the verdict, refused only for its date, opens the
            // reason told after its comma.
            if !strong
                && dated
                && !refused
                && ctx.verdict.is_some()
                && !only_dates
                && (s <= after + 2 || s > 0 && matches!(toks[s - 1].lower.as_str(), "." | "!"))
                && !(s..end).any(|j| (ctx.money)(j))
                && toks.get(end).is_some_and(|t| t.is(","))
                && (s..end).filter(|&j| !skip(j) && toks[j].is_word()).count() >= 2
            {
                detail = Some((s, end));
            }
            // "dropping the keg filler, nobody orders kegs": a clause after the comma that
            // explains too belongs to the reason.
            let not_reason = |a: usize, b: usize| {
                NOT_REASONS.contains(&toks[a].lower.as_str())
                    && !reason_after_all(toks, a, b, skip, ctx.verdict)
                    && !clauses::joined_reason(text, toks, a, b, ctx.money)
                    || (a..b).any(|j| forecast_at(toks, j))
                    || (ctx.named)(a, b)
                    || decides(a, b)
                    // "…, without it we would need 2 more analysts": not a benefit's result.
                    || ctx.verdict.is_none()
                        && matches!(toks[a].lower.as_str(), "without" | "otherwise")
            };
            let end = if strong || close_paren || weak_reject || only_dates {
                end
            } else {
                clauses::runs_on(
                    text,
                    toks,
                    end,
                    limit.min(s + MAX_CLAUSE),
                    skip,
                    ctx.money,
                    &not_reason,
                )
            };
            if s < end && !weak_reject && !only_dates {
                // "… approved at KES 14.5m. CA deadline is 30th June, we can't do it
                // manually": the dated clause opening the sentence opens its reason too.
                let opening = later_sentence()
                    .map(|p| p + 1)
                    .filter(|&a| toks[i].is(",") && a + 1 < i && dated_opening(toks, a, i, ctx));
                let s = match (detail, opening) {
                    (Some((d, de)), _) if !strong && de == i && s == i + 1 => d,
                    (_, Some(a)) if !strong && s == i + 1 => a,
                    _ => s,
                };
                // "Customer support: the predictive MRO avoided 3 AOG events in November":
                // a benefit's result told of its investment by name is what it did, less
                // the name and the month it was counted in.
                let (s, end) = match (ctx.verdict, named_subject(toks, s, end, ctx)) {
                    (None, Some(k)) => (k, clauses::counted_until(toks, k, end, skip)),
                    // A date ending a benefit's result is its date, not its evidence.
                    (None, None) => {
                        let s = clauses::after_result_heading(toks, s, end);
                        let d = clauses::counted_until(toks, s, end, skip);
                        let when = d < end
                            && matches!(
                                toks[d].lower.as_str(),
                                "in" | "during" | "over" | "last" | "this"
                            );
                        (s, if when { d } else { end })
                    }
                    _ => (s, end),
                };
                // "did its thing, 412 new sustainers": the counted result after praise.
                let (s, end) = ctx
                    .verdict
                    .is_none()
                    .then(|| super::bare_clauses::counted_after_praise(toks, s, end, limit))
                    .flatten()
                    .unwrap_or((s, end));
                // Emoji and other pictographs ("🚀", "✅", "→") are tone, not reason.
                let r = text[toks[s].start..toks[end - 1].end].trim_matches(|c: char| {
                    c.is_whitespace()
                        || matches!(c, ',' | ';' | ':' | '-' | '—' | ')' | '(')
                        || u32::from(c) >= 0x2190 && !c.is_alphanumeric()
                        || matches!(c, '\u{fe0f}' | '\u{200d}')
                });
                if !r.is_empty() {
                    return Some(r.to_string());
                }
            }
        }
        i += 1;
    }
    None
}

/// "No. £40k is too much while we're still …": after a refusal, a sentence opening on the
/// price that it judges is the reason from its start (a "while" or "so" inside it does not
/// start it).
fn judged_price_opening(toks: &[Token], s: usize, limit: usize, ctx: &ClauseContext) -> bool {
    matches!(ctx.verdict, Some(Verdict::Reject | Verdict::Stop))
        && s < limit
        && (ctx.money)(s)
        && clauses::judges_price(toks, s, clauses::clause_end(toks, s, limit))
}

/// "savings expected at £40k", "forecast at kr 150k": a word at `j` that tells what is
/// only foreseen, which is no reason; not "the forecast accuracy was no better", a fact
/// about how well the forecasting went.
fn forecast_at(toks: &[Token], j: usize) -> bool {
    match toks[j].lower.as_str() {
        "expecting" | "expected" => true,
        "forecast" => !toks.get(j + 1).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "accuracy" | "error" | "errors" | "quality" | "bias"
            )
        }),
        _ => false,
    }
}

/// Where the record's investment, named as the subject of the clause `s..e` ("the
/// predictive MRO avoided …", "PDM cut …"), ends, when a verb in the past follows it.
fn named_subject(toks: &[Token], s: usize, e: usize, ctx: &ClauseContext) -> Option<usize> {
    let a = s + usize::from(toks[s].is("the"));
    let k = (a + 1..e).rev().find(|&k| (ctx.named)(a, k))?;
    let w = toks[k].lower.as_str();
    let did = w.len() > 4 && w.ends_with("ed")
        || matches!(
            w,
            "cut" | "caught" | "found" | "made" | "brought" | "kept" | "gave"
        );
    (k + 2 < e && did && !NOT_REASONS.contains(&w)).then_some(k)
}

/// Words that join a reason or another clause on after a time, rather than name the event.
const JOINS: &[&str] = &[
    "as", "because", "since", "while", "so", "given", "due", "and", "but", "when", "then", "to",
    "for", "with", "or", "if", "after", "before",
];

/// "until the Q1 liquidity numbers are in": a time at `d` that names the event after it,
/// which has three words of its own and a verb ("are", "is", "come", "land" …).
fn event_after_time(toks: &[Token], d: usize, limit: usize, skip: &dyn Fn(usize) -> bool) -> bool {
    if !(d < limit && skip(d)) {
        return false;
    }
    let e = clauses::clause_end(toks, d, limit);
    let a = (d..e).find(|&j| !skip(j)).unwrap_or(e);
    // "till Q1 as client budgets are frozen": a reason after the time is no event of it.
    let joined = a < e && JOINS.contains(&toks[a].lower.as_str());
    let words = (a..e)
        .take_while(|&j| toks[j].is_word() && !skip(j))
        .count();
    !joined
        && words >= 3
        && (a..e).any(|j| {
            matches!(
                toks[j].lower.as_str(),
                "is" | "are"
                    | "was"
                    | "were"
                    | "comes"
                    | "come"
                    | "land"
                    | "lands"
                    | "arrive"
                    | "arrives"
                    | "close"
                    | "closes"
                    | "meets"
                    | "signs"
                    | "sign"
            )
        })
}

/// "yes if legal agrees, £150k", "approved, but only if the grant comes through": a
/// condition said right after the verdict, kept with its "if" (and "only"), up to its
/// comma; where it starts when the "if" is at `i`. Not "if needed" later in the clause.
/// "Route planning is a go at $52k if the vendor throws in the app": the verdict's amount
/// may come between.
fn verdict_on_condition(
    toks: &[Token],
    after: usize,
    i: usize,
    money: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let words = |k: usize| (k..k + 2).all(|j| toks.get(j).is_some_and(|t| t.is_word()));
    if w(i) != "if" || !words(i + 1) {
        return None;
    }
    let only = i > after && w(i - 1) == "only";
    let lead = if only { i - 1 } else { i };
    let said_right_after = (after..lead).all(|j| {
        matches!(
            toks[j].lower.as_str(),
            "," | "but" | "-" | "—" | "–" | "ok" | "okay"
        ) || money(j)
            || matches!(toks[j].lower.as_str(), "at" | "for") && money(j + 1)
    });
    said_right_after.then_some(lead)
}

/// "Revisit in March when the new architect is on board": "when" after a look-again's
/// date opens the condition it waits for.
fn condition_after_look_again(
    toks: &[Token],
    i: usize,
    limit: usize,
    skip: &dyn Fn(usize) -> bool,
) -> bool {
    // "revisit in January after the Harbolnas numbers", "evaluated again on 12.03.2027
    // after the new shuttle contract": "after" what comes, too.
    let after = toks[i].is("after")
        && toks.get(i + 1).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "the" | "we" | "our" | "their" | "a" | "an"
            )
        });
    if !(toks[i].is("when") || after) || i <= 2 || !skip(i - 1) {
        return false;
    }
    // Back over the whole date ("12.03.2027" is several tokens) to what is said before it.
    let mut d = i - 1;
    while d > 0 && skip(d - 1) {
        d -= 1;
    }
    let before = d.saturating_sub(4)..d;
    (before.clone().any(|j| clauses::opens_look_again(toks, j))
        || after && before.clone().any(|j| toks[j].is("again")))
        && i + 3 < limit
        && (i + 1..i + 3).all(|j| toks[j].is_word() && !skip(j))
}

/// "no change to the budget", "no biggie": the verdict said to cost nothing more, or the
/// writer's shrug, not why it was given.
fn no_change_or_fuss(toks: &[Token], s: usize, e: usize) -> bool {
    let w = |k: usize| if k < e { toks[k].lower.as_str() } else { "" };
    w(s) == "no"
        && match w(s + 1) {
            "change" | "changes" => matches!(w(s + 2), "" | "to"),
            // "carry on, no dramas": Australian for no fuss.
            "biggie" | "drama" | "dramas" | "fuss" | "worries" | "probs" | "problems" => e == s + 2,
            _ => false,
        }
}

/// "6 months more", "another year", "2 more years": how much longer the work goes on, no
/// reason for it.
fn more_time(toks: &[Token], s: usize, e: usize) -> bool {
    let unit = |t: &Token| {
        matches!(
            t.lower.as_str(),
            "day"
                | "days"
                | "week"
                | "weeks"
                | "month"
                | "months"
                | "year"
                | "years"
                | "yr"
                | "yrs"
        )
    };
    let more = |t: &Token| matches!(t.lower.as_str(), "more" | "longer" | "extra" | "another");
    let part = &toks[s..e];
    part.len() <= 4
        && part.iter().any(unit)
        && part.iter().any(more)
        && part
            .iter()
            .all(|t| unit(t) || more(t) || t.kind == TokKind::Num || t.is("for") || t.is("one"))
}

/// "Cem will manage it", "Sari owns it": who will run the work, no reason for it.
fn owner_clause(toks: &[Token], s: usize, e: usize) -> bool {
    let w = |k: usize| if k < e { toks[k].lower.as_str() } else { "" };
    let run = |v: &str| {
        matches!(
            v,
            "manage" | "lead" | "own" | "run" | "handle" | "coordinate" | "drive"
        )
    };
    let owns = |v: &str| matches!(v, "owns" | "leads" | "manages" | "runs" | "drives");
    // "owner @kai", "lead: Priya": who owns it, named after a role word.
    let named_owner = e <= s + 4
        && matches!(w(s), "owner" | "lead" | "sponsor")
        && (s + 1..e)
            .any(|k| toks[k].is_sym("@") || toks[k].lower.starts_with('@') || toks[k].capital);
    named_owner
        || e <= s + 5
            && toks[s].capital
            && (w(s + 1) == "will" && run(w(s + 2)) || owns(w(s + 1)))
            && matches!(w(e - 1), "it" | "this" | "that")
}

/// "maybe March", "probably Q2": a guess at when, told after the reason or the condition.
fn hedged_time(toks: &[Token], s: usize, limit: usize, skip: &dyn Fn(usize) -> bool) -> bool {
    toks.get(s).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "maybe" | "probably" | "possibly" | "perhaps" | "likely" | "hopefully"
                // "prob early Feb".
                | "prob" | "probs" | "prolly"
        )
    }) && s + 1 < limit
        && clauses::only_time(toks, s + 1, clauses::clause_end(toks, s + 1, limit), skip)
}

/// "CA deadline for re-verification is 30th June", "mandatory from Feb for us": a clause
/// refused alone for its date (no money in it, words of its own, no plan, follow-up, name
/// or verdict), which opens the reason told after its comma.
fn dated_opening(toks: &[Token], s: usize, e: usize, ctx: &ClauseContext) -> bool {
    let skip = ctx.skip;
    ctx.verdict.is_some()
        && (s..e).any(skip)
        && !(s..e).any(|j| (ctx.money)(j))
        && (s..e).filter(|&j| !skip(j) && toks[j].is_word()).count() >= 2
        && !(s..e).any(|j| toks[j].is_break())
        && !clauses::what_follows(toks, s, e, skip)
        && !plan_or_reference(toks, s, e)
        && !NOT_REASONS.contains(&toks[s].lower.as_str())
        && !clauses::opens_look_again(toks, s)
        && !(ctx.named)(s, e)
        && !clauses::decides_in(toks, s, e)
        && !clauses::holds_horizon(toks, s, e)
}

/// "brought in an extra £22k in November from peak-sailing fares", "R48k of extra margin
/// from personalised coupons": where a benefit's money came from, said after "from" a few
/// words after the amount (no verdict, no comma between). Not a range ("down from 7 to
/// 1", "from £240k to £275k") nor a time ("from April").
fn source_after_money(
    toks: &[Token],
    i: usize,
    skip: &dyn Fn(usize) -> bool,
    ctx: &ClauseContext,
) -> bool {
    if ctx.verdict.is_some() || !toks[i].is("from") || i == 0 {
        return false;
    }
    let word = |j: usize| toks.get(j).is_some_and(|t| t.is_word() && !skip(j));
    // "from the Korean importer" names who paid; "from route optimisation" names the
    // investment itself; "from duplicate invoices on 2 Nov" holds a date.
    let e = clauses::clause_end(toks, i + 1, toks.len());
    let opens_phrase = word(i + 1)
        && (i + 1..e).filter(|&j| word(j)).count() >= 2
        && !matches!(
            toks[i + 1].lower.as_str(),
            "the" | "a" | "an" | "our" | "their" | "his" | "her"
        )
        && !(i + 1..period_after_source(toks, i + 1, e, skip).unwrap_or(e)).any(skip)
        && !(i + 2..=e).any(|k| (ctx.named)(i + 1, k));
    let back = i.saturating_sub(5);
    let range = (i + 1..(i + 6).min(toks.len())).any(|j| {
        toks[j].is("to")
            && toks
                .get(j + 1)
                .is_some_and(|t| t.kind == TokKind::Num || skip(j + 1))
    });
    opens_phrase
        && !range
        && (back..i).any(|j| (ctx.money)(j))
        && !(back..i).any(|j| toks[j].is(",") || toks[j].is("."))
}

/// "from personalised coupons last month": where the period the money was counted in
/// ("last month", "this quarter") starts when it ends the clause `s..e`; it is no part of
/// where the money came from.
fn period_after_source(
    toks: &[Token],
    s: usize,
    e: usize,
    skip: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    (s + 1..e).find(|&j| matches!(toks[j].lower.as_str(), "last" | "this") && (j..e).all(skip))
}

/// "knocked back at capital panel, £650k and the basement needs structural work first":
/// after a refusal, the "and" joining its price to a clause of its own adds the case
/// against it. Only in the verdict's sentence (from `after`): a sentence after it that
/// judges the price is read whole.
fn refused_for_more(
    toks: &[Token],
    after: usize,
    i: usize,
    limit: usize,
    ctx: &ClauseContext,
) -> bool {
    // The cheap tests first: this runs at every token of the scan.
    let same_sentence = || {
        !toks[after.min(i)..i]
            .iter()
            .any(|t| matches!(t.lower.as_str(), "." | "!" | "?" | "\n"))
    };
    toks[i].is("and")
        && matches!(
            ctx.verdict,
            Some(Verdict::Reject | Verdict::Stop | Verdict::Defer)
        )
        && i > 0
        && (ctx.money)(i - 1)
        && i + 1 < limit
        && same_sentence()
        && said_with_subject(toks, i + 1, clauses::clause_end(toks, i + 1, limit))
}

/// A clause of its own, or one opening on its subject ("the team uses excel fine", "our
/// spreadsheets already do most of it"): four words or more.
pub(super) fn said_with_subject(toks: &[Token], s: usize, e: usize) -> bool {
    s < e
        && (own_clause(toks, s, e)
            || e >= s + 4
                && matches!(
                    toks[s].lower.as_str(),
                    "the" | "our" | "their" | "we" | "they" | "it" | "nobody"
                )
                && (s + 1..e).all(|j| toks[j].is_word()))
}

/// Words that open a result compared with before: "fewer disputed invoices", "faster
/// month-end".
const COMPARATIVES: &[&str] = &[
    "fewer", "less", "lower", "faster", "quicker", "shorter", "more", "higher", "better",
];

/// "£560k - ICB funding confirmed", "lottery grant approved": money granted by someone else
/// is why the spend was approved, not the approval said again.
fn funding_granted(toks: &[Token], verdict_at: usize) -> bool {
    verdict_at > 0
        && matches!(
            toks[verdict_at - 1].lower.as_str(),
            "funding" | "grant" | "grants" | "subsidy" | "co-funding" | "match-funding"
        )
}

/// ", since the line is being closed", ", mostly from fewer refunds", ", b/c the data model
/// is changing": a comma at `i` before
/// a reason's own marker (after an adverb of degree) starts the reason after the marker,
/// as the marker alone would; not "since" a time, which says when.
fn marked_after_comma(
    toks: &[Token],
    i: usize,
    limit: usize,
    skip: &dyn Fn(usize) -> bool,
) -> Option<(usize, bool)> {
    if !toks[i].is(",") {
        return None;
    }
    let degree = toks.get(i + 1).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "mostly" | "mainly" | "largely" | "partly" | "chiefly" | "all"
        )
    });
    let m = i + 1 + usize::from(degree);
    let lead = toks.get(m)?.lower.as_str();
    if !matches!(
        lead,
        "since" | "because" | "citing" | "cos" | "bc" | "b" | "from" | "through" | "thanks" | "due"
    ) {
        return None;
    }
    if lead == "since"
        && (clauses::since_event(toks, m + 1, limit)
            || clauses::only_time(toks, m + 1, clauses::clause_end(toks, m + 1, limit), skip))
    {
        return None;
    }
    reason_start(toks, m).filter(|&(_, strong)| strong)
}

/// "delivery mid-2028", "handover end of June", "change order CO-14", "ticket INC-2231",
/// "first site live early March": a clause after a verdict that says when the work lands
/// or which paper records it, not why ("delivery kept slipping" is a reason).
fn plan_or_reference(toks: &[Token], s: usize, e: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let lands = matches!(
        w(s),
        "delivery"
            | "handover"
            | "completion"
            | "install"
            | "installs"
            | "installation"
            | "cutover"
            | "kickoff"
    ) && (!as_clause(toks, s) || (s..e).any(|j| toks[j].is("end")));
    let paper = matches!(
        w(s),
        "ref" | "reference" | "ticket" | "jira" | "po" | "invoice" | "cr"
    ) || w(s) == "change" && w(s + 1) == "order";
    let coded = (s..e).any(|j| toks[j].lower.bytes().any(|b| b.is_ascii_digit()));
    // "first site live early March", "pilot live by Easter": when a part goes live, said
    // without a verb of its own ("since it went live in May" tells from when).
    let live_when = (s + 1..e).any(|j| {
        matches!(w(j), "live" | "go-live")
            && !matches!(
                w(j - 1),
                "went"
                    | "go"
                    | "goes"
                    | "going"
                    | "gone"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "been"
                    | "be"
                    | "since"
                    | "after"
                    | "before"
                    | "not"
            )
            && (matches!(
                w(j + 1),
                "early" | "mid" | "late" | "end" | "in" | "by" | "from" | "next" | "on"
            ) || super::dates::month(w(j + 1)).is_some())
    });
    // "see previous mail", "cf. the board pack": where the reason is, not the reason.
    let pointer = matches!(w(s), "see" | "cf" | "refer") && e <= s + 5;
    // "pilot in Lagos first", "extend to the Davao site", "roll out to the wards": where
    // the work goes first or next, told with a bare verb.
    let goes_next = matches!(
        w(s),
        "pilot" | "extend" | "expand" | "roll" | "start" | "begin" | "trial"
    ) && matches!(w(s + 1), "to" | "in" | "at" | "with" | "out" | "on" | "for");
    // "has to be running before seeding", "needs to be fitted by the gala": by when the
    // work must be done, said with no subject.
    let due_by = matches!(w(s), "has" | "have" | "needs" | "need" | "must")
        && (w(s + 1) == "to" && w(s + 2) == "be" || w(s) == "must" && w(s + 1) == "be")
        && (s + 2..e).any(|j| matches!(w(j), "before" | "by" | "ahead"));
    lands || paper && coded && e <= s + 6 || live_when || pointer || goes_next || due_by
}

/// "->" or "=>" at `i`: an arrow written with two characters.
fn arrow_at(toks: &[Token], i: usize) -> bool {
    matches!(toks[i].lower.as_str(), "-" | "=")
        && toks.get(i + 1).is_some_and(|t| t.is_sym(">") && t.attached)
}

/// A reason given before the verdict: "vendor went bust, so we killed the portal",
/// "cost pressure is the driver, we approved another £60k", "old kit keeps failing, so:
/// approved", "vendor's gone bust -> scrapping the pilot", "following the audit, approved
/// the CRM". The clause before the one with the verdict at `verb`, when it says it is the
/// reason.
pub fn reason_before(text: &str, toks: &[Token], verb: usize) -> Option<String> {
    // "so:" joins the reason to the verdict; it ends no clause.
    let is_end = |j: usize| {
        matches!(toks[j].lower.as_str(), "." | "!" | "?" | "\n" | ";")
            || toks[j].is(":") && !(j > 0 && matches!(toks[j - 1].lower.as_str(), "so" | "hence"))
    };
    let start = (0..verb).rev().find(|&j| is_end(j)).map_or(0, |p| p + 1);
    // "heating bills doubled so we approved it": a bare "so" after a clause of its own
    // joins it to the verdict as ", so" does.
    let bare_so = |j: usize| {
        toks[j].is("so")
            && j > start + 2
            && !toks[j - 1].is_break()
            && toks.get(j + 1).is_some_and(|t| {
                !matches!(
                    t.lower.as_str(),
                    "that" | "far" | "much" | "many" | "long" | "as" | "good" | "i"
                ) && t.is_word()
            })
            && own_clause(toks, start, j)
    };
    // The comma (or arrow, or dash) that closes the reason's clause, nearest the verdict.
    let comma = (start..verb).rev().find(|&j| {
        toks[j].is_sym(",")
            || toks[j].is_sym("—")
            || toks[j].is_sym("-") && !toks[j].attached
            || arrow_at(toks, j)
            || pictograph(&toks[j])
            || bare_so(j)
    })?;
    let said_so = bare_so(comma);
    // "…, so the rota planning tool is approved": "so" joins the reason however long the
    // name between it and the verdict.
    let so = said_so
        || toks
            .get(comma + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "so" | "hence" | "therefore"));
    // "Given the lease runs out in 2028, the climate-controlled storage is on hold": a
    // reason led by its own marker, like "so", is joined however long the name after it.
    let marked = matches!(
        toks[start].lower.as_str(),
        "given" | "following" | "because"
    );
    if comma <= start || verb - comma > if so || marked { 12 } else { 6 } {
        return None;
    }
    let arrow = arrow_at(toks, comma) || pictograph(&toks[comma]);
    // "following the audit findings, approved …", "because the licence is capped, …": the
    // clause says what prompted it; not "since June", which says when.
    let led_by = |w: &str| toks[start].is(w);
    let lead = usize::from(
        led_by("following")
            || led_by("given")
            || led_by("after")
            || led_by("because")
            || led_by("since")
                && !clauses::since_event(toks, start + 1, comma)
                && !own_time(toks, start + 1, comma)
                && !clauses::since_time_then_clause(toks, start + 1, comma)
            || led_by("as") && as_clause(toks, start + 1),
    );
    // "Following a long discussion, governors agreed …": talk before a verdict says when.
    // "Following on from the F&A committee, …": where the news comes from.
    let talked = toks[start].is("following")
        && (toks.get(start + 1).is_some_and(|t| t.is("on"))
            || (start + 1..comma).any(|j| {
                matches!(
                    toks[j].lower.as_str(),
                    "discussion"
                        | "discussions"
                        | "conversation"
                        | "conversations"
                        | "debate"
                        | "chat"
                )
            }));
    let prompted = lead == 1
        && !talked
        && (!toks[start].is("after") || clauses::after_event(toks, start, comma).is_some())
        && !only_a_meeting(toks, start + 1, comma);
    // "Too pricey for what it does, and the keepers won't use it — … is off the table": a
    // judgement set off by a dash before the verdict.
    let judged_before_dash = (toks[comma].is_sym("—") || toks[comma].is_sym("-"))
        && (start..comma).any(|j| {
            matches!(
                toks[j].lower.as_str(),
                "too"
                    | "expensive"
                    | "pricey"
                    | "overpriced"
                    | "unaffordable"
                    | "steep"
                    | "justify"
                    | "afford"
                    | "nobody"
            )
        });
    let joined = arrow
        || said_so
        || prompted
        || judged_before_dash
        || toks
            .get(comma + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "so" | "hence" | "therefore" | "which"));
    // The marker is left out, as "because" is; "after the incident" and "following the
    // audit" keep theirs (they say when as well as why; conventions 22 and 27).
    let start = if prompted && !toks[start].is("after") && !toks[start].is("following") {
        start + 1
    } else {
        start
    };
    // "Rail car tracking - CN changed their portal …, so board approved …": a label naming
    // the thing before a dash opens the sentence; the reason starts after it.
    let start = label_before_dash(toks, start, comma).map_or(start, |d| d + 1);
    let driver =
        (start..comma).any(|j| matches!(toks[j].lower.as_str(), "driver" | "drivers" | "reason"));
    // "Morning all 🙏 Board approved …": a greeting before the news gives no reason.
    let greeting = comma - start <= 3
        && matches!(
            toks[start].lower.as_str(),
            "morning" | "good" | "hi" | "hello" | "hey" | "dear" | "afternoon" | "evening"
        );
    if !(joined || driver || price_per_head(toks, start, comma))
        || greeting
        || comma - start < 2
        || comma - start > MAX_CLAUSE
    {
        return None;
    }
    let r = text[toks[start].start..toks[comma - 1].end].trim();
    (!r.is_empty()).then(|| r.to_string())
}

/// "Rail car tracking - CN changed …": from `s`, one to four words naming a thing, then a
/// spaced dash before `e`; the dash, when so. Words that judge or say what happened ("Too
/// pricey - …", "Nobody uses it - …") are a clause of their own, no label.
fn label_before_dash(toks: &[Token], s: usize, e: usize) -> Option<usize> {
    let d = (s + 1..e.min(s + 5)).find(|&j| {
        (toks[j].is_sym("-") && !toks[j].attached) || toks[j].is_sym("—") || toks[j].is_sym("–")
    })?;
    let label = (s..d).all(|j| {
        toks[j].is_word()
            && !toks[j].lower.contains('\'')
            && !matches!(
                toks[j].lower.as_str(),
                "is" | "are"
                    | "was"
                    | "were"
                    | "has"
                    | "have"
                    | "had"
                    | "too"
                    | "not"
                    | "no"
                    | "nobody"
                    | "never"
                    | "so"
                    | "very"
            )
    });
    (label && d + 2 < e).then_some(d)
}

/// "the exec on Monday", "Tuesday's board", "the SLT meeting this morning": from `s` to
/// `e`, only a meeting and when it sat. Following one says when a verdict was taken, not
/// why ("following the audit findings" says why).
fn only_a_meeting(toks: &[Token], s: usize, e: usize) -> bool {
    let meeting = |w: &str| {
        matches!(
            w,
            "exec"
                | "board"
                | "meeting"
                | "mtg"
                | "committee"
                | "exco"
                | "call"
                | "sync"
                | "standup"
                | "huddle"
                | "session"
                | "smt"
                | "slt"
                | "elt"
                | "trustees"
                | "partners"
        )
    };
    let Some(m) = (s..e).find(|&j| meeting(toks[j].lower.as_str())) else {
        return false;
    };
    let when = |t: &Token| {
        t.kind == TokKind::Num
            || t.is_sym("/")
            || super::dates::weekday(&t.lower).is_some()
            || super::dates::month(&t.lower).is_some()
            || matches!(
                t.lower.as_str(),
                "on" | "this"
                    | "last"
                    | "today"
                    | "yesterday"
                    | "morning"
                    | "afternoon"
                    | "week"
                    | "the"
                    | "of"
            )
    };
    m - s <= 3 && toks[m + 1..e].iter().all(when)
}

/// "At €90k a year for six active users, we're stopping …": what the work costs a period
/// for the few it serves, opening the sentence before the verdict, is why it goes.
fn price_per_head(toks: &[Token], s: usize, e: usize) -> bool {
    let w = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    let per_period = (s..e).any(|j| {
        matches!(w(j), "a" | "per" | "each") && matches!(w(j + 1), "year" | "month" | "yr" | "week")
            || matches!(w(j), "annually" | "monthly")
    });
    let counted = (s..e).any(|j| {
        w(j) == "for"
            && toks.get(j + 1).is_some_and(|t| {
                super::clauses::counted_subject(t)
                    || matches!(t.lower.as_str(), "a" | "only" | "just")
            })
    });
    e > s + 4
        && w(s) == "at"
        && toks[s + 1..s + 3].iter().any(|t| t.kind == TokKind::Num)
        && per_period
        && counted
}

/// Is `s..e` only a time ("June", "the summer")? Dates are not marked here, so a number or
/// a time word alone counts.
fn own_time(toks: &[Token], s: usize, e: usize) -> bool {
    clauses::only_time(toks, s, e, &|j: usize| toks[j].kind == TokKind::Num)
}

/// "the chatbot is still worth it, keep funding", "the vendor went bust, we scrapped it":
/// a clause of its own straight before the verdict at `verb` (or its "we"), opening the
/// sentence, with no number and no other break in it, explains the verdict. Read when
/// nothing after the verdict does.
pub fn clause_before(text: &str, toks: &[Token], verb: usize) -> Option<String> {
    let start = toks[..verb]
        .iter()
        .rposition(|t| matches!(t.lower.as_str(), "." | "!" | "?" | "\n" | ";" | ":"))
        .map_or(0, |p| p + 1);
    let comma = verb.checked_sub(1).filter(|&c| toks[c].is(","));
    let comma = comma.or_else(|| {
        let c = verb.checked_sub(2)?;
        (toks[c].is(",")
            && matches!(
                toks[c + 1].lower.as_str(),
                "we" | "they" | "i" | "we've" | "we're" | "it"
            ))
        .then_some(c)
    })?;
    let plain = (start..comma)
        .all(|j| toks[j].kind != TokKind::Num && !toks[j].is_break() && !toks[j].is_sym("-"));
    if comma < start + 3 || !plain || !own_clause(toks, start, comma) {
        return None;
    }
    Some(
        text[toks[start].start..toks[comma - 1].end]
            .trim()
            .to_string(),
    )
}

/// "over 3 years", "a 5-year horizon", "three years", "3 yrs": the benefit horizon.
pub fn find_years(toks: &[Token]) -> Option<u32> {
    (0..toks.len()).find_map(|i| years_at(toks, i))
}

/// The benefit horizon said at token `i` ("3 years"), if the number there is one; not how
/// old something is, how long it is kept, has gone on or takes to pay back.
pub fn years_at(toks: &[Token], i: usize) -> Option<u32> {
    let n = match toks[i].kind {
        TokKind::Num => toks[i].lower.parse::<u32>().ok(),
        TokKind::Word => match toks[i].lower.as_str() {
            "two" => Some(2),
            "three" => Some(3),
            "four" => Some(4),
            "five" => Some(5),
            "six" => Some(6),
            "seven" => Some(7),
            "eight" => Some(8),
            "ten" => Some(10),
            _ => None,
        },
        TokKind::Sym => None,
    };
    let n = n.filter(|n| (1..=30).contains(n))?;
    let mut j = i + 1;
    if toks.get(j).is_some_and(|t| t.is_sym("-")) {
        j += 1;
    }
    let unit = toks.get(j).map_or("", |t| t.lower.as_str());
    // "over 3y", "over 3 seasons": years said short, or as seasons.
    let short = unit == "y" && toks.get(j).is_some_and(|t| t.attached);
    if !(matches!(unit, "year" | "years" | "yr" | "yrs" | "seasons") || short) {
        return None;
    }
    let prev = if i > 0 {
        toks[i - 1].lower.as_str()
    } else {
        ""
    };
    let next = toks.get(j + 1).map_or("", |t| t.lower.as_str());
    // "for another 3 years": how long it is kept, not how long a benefit lasts.
    let kept_for = matches!(prev, "another" | "further" | "more");
    if prev == "in" || next == "ago" || next == "old" || kept_for {
        return None;
    }
    // "have been asking for it for 3 years", "members have asked for it for 2 years":
    // how long something has gone on, unless an amount between says what the years
    // are for ("we have approved £20k a year for 3 years").
    let gone_on = prev == "for"
        && toks[..i - 1]
            .iter()
            .rev()
            .take_while(|t| !t.is_break() && t.kind != TokKind::Num)
            .any(|t| matches!(t.lower.as_str(), "been" | "have" | "has" | "had" | "'ve"));
    if gone_on {
        return None;
    }
    // "payback over 7 years", "pays back in 3 years": how long it takes to earn back,
    // not how long the benefit lasts.
    let payback = toks[i.saturating_sub(3)..i].iter().any(|t| {
        matches!(
            t.lower.trim_end_matches("'s"),
            "payback" | "pays" | "breakeven" | "break-even" | "even"
        )
    });
    // "a shaft with 6 years of life left": how long something has, not a horizon.
    let left = toks[j + 1..]
        .iter()
        .take(4)
        .take_while(|t| !t.is_break())
        .any(|t| matches!(t.lower.as_str(), "left" | "remaining"));
    // "we have 14 years of turbine data": how much of something there is, unless the
    // years are what something runs for ("for 3 years of POS support") or what they hold
    // is the benefit ("3 years of savings").
    let held = next == "of"
        && !matches!(prev, "for" | "over" | "across")
        && !toks.get(j + 2).is_some_and(|t| {
            super::money_words::SAVING_WORDS.contains(&t.lower.as_str())
                || matches!(t.lower.as_str(), "returns" | "payback" | "operation")
        });
    if payback || left || held {
        return None;
    }
    Some(n)
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    #[test]
    fn rationale_clauses() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "stop the data lake — costs ran 40% over and no benefit yet",
                Some("costs ran 40% over and no benefit yet"),
            ),
            (
                "Parking the HR portal till Q3, waiting on budget",
                Some("waiting on budget"),
            ),
            (
                "rejected because the case was weak.",
                Some("the case was weak"),
            ),
            (
                "delivered £35k in Feb (churn down 2%)",
                Some("churn down 2%"),
            ),
            ("approved £250k for the CRM replacement in Sales", None),
        ];
        for (text, want) in cases {
            let toks = tokenize(text);
            let skip = |j: usize| toks[j].lower.starts_with('£');
            let ctx = ClauseContext {
                skip: &skip,
                money: &skip,
                named: &|_, _| false,
                verdict: None,
            };
            assert_eq!(
                find_rationale(text, &toks, 0, None, &ctx).as_deref(),
                *want,
                "{text}"
            );
        }
    }

    #[test]
    fn years_horizon() {
        let cases: &[(&str, Option<u32>)] = &[
            ("savings over 3 years", Some(3)),
            ("a 5-year horizon", Some(5)),
            ("for three years", Some(3)),
            ("£400k a year", None),
            ("in 2 years", None),
        ];
        for (text, want) in cases {
            assert_eq!(find_years(&tokenize(text)), *want, "{text}");
        }
    }

    #[test]
    fn follow_up_owner_and_text() {
        let text = "met Ops today, they want faster laptop refresh; I'll send options by Friday";
        let toks = tokenize(text);
        let a = find_action(text, &toks, "ana").unwrap();
        assert_eq!(a.owner, "ana");
        assert_eq!(toks[a.text_start].lower, "send");
        for text in [
            "Action: @mei to book the vendor demo by next Thu",
            "@mei will book the vendor demo",
        ] {
            let toks = tokenize(text);
            let a = find_action(text, &toks, "ana").unwrap();
            assert_eq!(a.owner, "mei", "{text}");
            assert_eq!(toks[a.text_start].lower, "book", "{text}");
        }
    }
}
