//! The cue phrases that say what kind of record a message is (a benefit, a forecast, a new
//! investment, a meeting, a report), and the cues a message carries.

use super::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Cue {
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

pub(super) const CUES: &[(&str, Cue)] = &[
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
    // "Sawdust boiler retube done the trick. …", "that optimizer's been worth its weight.
    // …": the work praised in an idiom, before the results it counts.
    ("done the trick", Cue::Benefit),
    ("did the trick", Cue::Benefit),
    ("worth its weight", Cue::Benefit),
    ("worth their weight", Cue::Benefit),
    ("earned its keep", Cue::Benefit),
    ("earned their keep", Cue::Benefit),
    ("paid its way", Cue::Benefit),
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
    // "we reckon it's about £30k a year we were giving away": money no longer lost.
    ("we were giving away", Cue::Benefit),
    ("we were losing", Cue::Benefit),
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
    // "He say can save $150k per year": a saving said as possible is foreseen (round S46).
    ("can save", Cue::Forecast),
    ("could save", Cue::Forecast),
    ("will save", Cue::Forecast),
    // "Amos reckons a second forklift would save us K12k a month …": foreseen, as "could
    // save" is (round S55).
    ("would save", Cue::Forecast),
    ("new investment", Cue::Investment),
    ("register", Cue::Investment),
    ("registering", Cue::Investment),
    ("new project", Cue::Investment),
    ("business case", Cue::Investment),
    ("proposal", Cue::Investment),
    ("proposing", Cue::Investment),
    // "TI proposes a new network of LoRa antennas": a team putting a new thing forward.
    ("proposes", Cue::Investment),
    // "Ah Fai propose 2 more refrigerated vans": the verb's ending left out (round S46).
    ("propose", Cue::Investment),
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
    // "The Extension Officer raised the need for a soil testing kit": the need for a thing
    // raised or flagged asks for it (round V50).
    ("raised the need for", Cue::Investment),
    ("flagged the need for", Cue::Investment),
    ("raises the need for", Cue::Investment),
    ("flags the need for", Cue::Investment),
    // "PRJ-92 [Idea] Motion seats for one screen": a ticket's title tagged as an idea or a
    // proposal puts a new thing forward (round V50).
    ("[ idea ]", Cue::Investment),
    // "Radiology looking for a portable ultrasound, €32k": a unit looking for a thing.
    ("looking for a", Cue::Investment),
    ("looking for an", Cue::Investment),
    ("are asking for", Cue::Investment),
    ("is asking for", Cue::Investment),
    ("pitch for", Cue::Investment),
    // "Engineering put in for a mobile substation …: $1.2M. Priya figures it saves us …",
    // "Propagation have put forward a rooting room": a unit's ask for a new thing, whatever
    // saving it is said to bring (round S43).
    ("put in for a", Cue::Investment),
    ("put in for an", Cue::Investment),
    ("put forward a", Cue::Investment),
    ("put forward an", Cue::Investment),
    // "Rusty put together a case for a VFD retrofit …, about $120,000. He figures it saves
    // $38k a year …": a case made for a new thing (round S45).
    ("a case for a", Cue::Investment),
    ("a case for an", Cue::Investment),
    // "Kirsty in Accounts has put a case in for a new invoicing system", "Cherry suggest we
    // do a WeChat mini program …" (round S46).
    ("a case in for a", Cue::Investment),
    ("a case in for an", Cue::Investment),
    ("suggest we do a", Cue::Investment),
    ("suggests we do a", Cue::Investment),
    ("suggested we do a", Cue::Investment),
    ("pitched", Cue::Investment),
    // "Two things for the capex list 2027: 1) … 2) …" (round B66): things put forward for
    // the list of spending to come are asked for.
    ("for the capex list", Cue::Investment),
    ("for the budget list", Cue::Investment),
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
    // "Deadly news team, the point-of-care machines are all in" (round S67): the kit all
    // come and fitted, as "arrived" tells.
    ("are all in", Cue::Milestone),
    ("is all in", Cue::Milestone),
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

pub(super) fn cues() -> &'static PhraseTable<Cue> {
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
