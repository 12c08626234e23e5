//! Stops: wordings that end work already running ("stopped", "pulled the plug", "goes
//! dark", "we're done with it").

use crate::domain::Verdict;

pub(super) const STOPS: &[(&str, Verdict)] = &[
    ("stop", Verdict::Stop),
    ("stopped", Verdict::Stop),
    ("stopping", Verdict::Stop),
    ("kill", Verdict::Stop),
    ("killed", Verdict::Stop),
    ("killing", Verdict::Stop),
    ("cancel", Verdict::Stop),
    // "SFA cancel is confirmed": the cancel as a noun, confirmed.
    ("cancel is confirmed", Verdict::Stop),
    ("cancellation is confirmed", Verdict::Stop),
    ("cancellation confirmed", Verdict::Stop),
    ("cancelled", Verdict::Stop),
    ("canceled", Verdict::Stop),
    ("cancelling", Verdict::Stop),
    ("pulled the plug", Verdict::Stop),
    ("pull the plug", Verdict::Stop),
    ("pulling the plug", Verdict::Stop),
    // "We're quitting on them": we give the work up (a machine that "quit on us" broke).
    ("we're quitting on", Verdict::Stop),
    ("we are quitting on", Verdict::Stop),
    ("we're quittin on", Verdict::Stop),
    // "We're giving up on the hydro heater: $26k spent …": we give the work up for good
    // ("the techs have given up on the old sheets" is their habit, no verdict of ours).
    ("we're giving up on", Verdict::Stop),
    ("we are giving up on", Verdict::Stop),
    ("we've given up on", Verdict::Stop),
    ("we have given up on", Verdict::Stop),
    ("we gave up on", Verdict::Stop),
    // "We're done throwing money at that inventory system": no more money for it, a stop.
    ("done throwing money at", Verdict::Stop),
    ("done throwing money into", Verdict::Stop),
    ("done pouring money into", Verdict::Stop),
    // Terse chat: "webstore = dead. partners said so."
    ("= dead", Verdict::Stop),
    // Australian for pulling the plug, and "canning it" for canned.
    ("pulled the pin", Verdict::Stop),
    ("pull the pin", Verdict::Stop),
    ("pulling the pin", Verdict::Stop),
    // A service taken off the air for good: "the HD2 multicast goes dark 12/31" (what
    // "went dark" is an outage, no verdict).
    ("goes dark", Verdict::Stop),
    ("will go dark", Verdict::Stop),
    ("going dark", Verdict::Stop),
    ("canning it", Verdict::Stop),
    ("canning the", Verdict::Stop),
    ("scrapped", Verdict::Stop),
    ("scrap", Verdict::Stop),
    ("scrapping", Verdict::Stop),
    ("axed", Verdict::Stop),
    ("shut down", Verdict::Stop),
    ("shutting down", Verdict::Stop),
    ("terminated", Verdict::Stop),
    // "We terminate the online booking system." (round S46): the verb in the present, as
    // second-language writers tell a decision.
    ("we terminate", Verdict::Stop),
    ("terminate the", Verdict::Stop),
    ("terminating the", Verdict::Stop),
    ("discontinue", Verdict::Stop),
    ("discontinued", Verdict::Stop),
    ("discontinuing", Verdict::Stop),
    ("wound down", Verdict::Stop),
    // "we have wound up the gulf e-commerce store" ("wound up paying" only ended up).
    ("wound up the", Verdict::Stop),
    // "The payroll move is off altogether: …".
    ("off altogether", Verdict::Stop),
    ("wind down", Verdict::Stop),
    ("winding down", Verdict::Stop),
    ("winding it down", Verdict::Stop),
    ("wind it down", Verdict::Stop),
    ("shut it down", Verdict::Stop),
    // "we're switching it off": work turned off, not the lights.
    ("switching it off", Verdict::Stop),
    ("switching them off", Verdict::Stop),
    ("switch it off", Verdict::Stop),
    ("switch them off", Verdict::Stop),
    ("switched it off", Verdict::Stop),
    ("switched them off", Verdict::Stop),
    ("turning it off", Verdict::Stop),
    ("turn it off", Verdict::Stop),
    ("shutting it down", Verdict::Stop),
    ("binned", Verdict::Stop),
    // "sack off the cargo trike idea": London for dropping it (an idea or a thing asked
    // for is refused, as "binned" is: `DROPPED`).
    ("sack off", Verdict::Stop),
    ("sacked off", Verdict::Stop),
    ("sacking off", Verdict::Stop),
    // "Café till system - we're done with it.": who runs the work has finished with it for
    // good ("once we're done with it" is a time; see `adjust`).
    ("we're done with it", Verdict::Stop),
    // "We're packing in the online store.", "we're packing it in at renewal": British for
    // giving the work up ("packing in 400 mailers an hour" packs things).
    ("we're packing in the", Verdict::Stop),
    ("we are packing in the", Verdict::Stop),
    ("we're packing it in", Verdict::Stop),
    ("we are packing it in", Verdict::Stop),
    // "We're calling it on the harbour webcam.": we end it.
    ("we're calling it on", Verdict::Stop),
    ("we are calling it on", Verdict::Stop),
    // "We're pulling out of AgriWebb.": we leave the work we are in, for good.
    ("we're pulling out of", Verdict::Stop),
    ("we are pulling out of", Verdict::Stop),
    ("we've pulled out of", Verdict::Stop),
    ("we have pulled out of", Verdict::Stop),
    ("we pulled out of", Verdict::Stop),
    // "Pulling out of the staff housing project." (round V61): the same with its subject
    // left off, only opening its clause (see `adjust`; "the boat pulling out of the
    // harbour" is no verdict).
    ("pulling out of the", Verdict::Stop),
    // "We are withdrawing from the field day sponsorship.", "We're done paying for the bog
    // tour ads": we leave the work, or stop paying for it, for good (round S48).
    ("we're withdrawing from", Verdict::Stop),
    ("we are withdrawing from", Verdict::Stop),
    ("we've withdrawn from", Verdict::Stop),
    ("we have withdrawn from", Verdict::Stop),
    ("we're done paying for", Verdict::Stop),
    ("we are done paying for", Verdict::Stop),
    // "Chairman pulled out of the members portal with the Makati vendor" (round S47):
    // someone else taking us out of the work.
    ("pulled out of the", Verdict::Stop),
    ("we are done with it", Verdict::Stop),
    ("we're done with them", Verdict::Stop),
    ("we are done with them", Verdict::Stop),
    ("binning", Verdict::Stop),
    ("bin it", Verdict::Stop),
    ("pulling it", Verdict::Stop),
    ("pulled it", Verdict::Stop),
    ("pulling them", Verdict::Stop),
    ("pulled them", Verdict::Stop),
    // Only with a subject or an object (see `adjust`): "calls dropped 20%" is a result.
    ("dropped", Verdict::Stop),
    // Only said by who decides it ("we're dropping X"; see `adjust`).
    ("dropping", Verdict::Stop),
    // "We drop the ceiling fan replacement. $9k already spent …" (round S50): the present,
    // as second-language writers tell a decision, said of the thing.
    ("we drop the", Verdict::Stop),
    ("we drop our", Verdict::Stop),
    ("we will drop the", Verdict::Stop),
    ("we'll drop the", Verdict::Stop),
    ("off the table", Verdict::Stop),
    ("canned", Verdict::Stop),
    ("abandoned", Verdict::Stop),
    ("halted", Verdict::Stop),
    // "we're calling a halt to the forklift electrification".
    ("calling a halt", Verdict::Stop),
    ("called a halt", Verdict::Stop),
    ("call a halt", Verdict::Stop),
    ("ditched", Verdict::Stop),
    ("called time on", Verdict::Stop),
    // "We're calling time on the rota app": said of a thing, not of a day ("calling time
    // on Friday at 11" is closing time).
    ("calling time on the", Verdict::Stop),
    ("calling time on our", Verdict::Stop),
    ("calling time on it", Verdict::Stop),
    ("calling time on that", Verdict::Stop),
    ("call time on the", Verdict::Stop),
    ("call time on it", Verdict::Stop),
    // "ditching the training platform trial": a thing dropped, with its object ("ditching
    // in the rain" drops nothing).
    ("ditching the", Verdict::Stop),
    ("ditching our", Verdict::Stop),
    ("ditching it", Verdict::Stop),
    ("ditching them", Verdict::Stop),
    ("ditch the", Verdict::Stop),
    ("ditch it", Verdict::Stop),
    ("sunset", Verdict::Stop),
    ("sunsetting", Verdict::Stop),
    ("sunsetted", Verdict::Stop),
    // "kicked it into the long grass": put off, with no date.
    ("into the long grass", Verdict::Defer),
    // "punt to Q2", "we punted the kiosks to next FY".
    ("punt", Verdict::Defer),
    ("punted", Verdict::Defer),
    ("punting", Verdict::Defer),
    ("killed off", Verdict::Stop),
    ("stop work on", Verdict::Stop),
    ("stopped work on", Verdict::Stop),
    ("walking away from", Verdict::Stop),
    ("walked away from", Verdict::Stop),
    ("walk away from", Verdict::Stop),
    ("closing down", Verdict::Stop),
    ("close down", Verdict::Stop),
    ("closed down", Verdict::Stop),
    ("closing it down", Verdict::Stop),
    // A briefing's word for work ended: "drone capability formally closed" (not a
    // tender or a consultation closed; see `adjust`).
    ("formally closed", Verdict::Stop),
    ("formally closing", Verdict::Stop),
    // "As per the Board resolution, the rostering project is closed." (only of a project or
    // programme; see `adjust`).
    ("is closed", Verdict::Stop),
    // "…, and the booking widget is dead": work said to be over, ending the clause (see
    // `adjust`).
    ("is dead", Verdict::Stop),
    ("are dead", Verdict::Stop),
    ("is now closed", Verdict::Stop),
    // "the skate school app is dead in the water. 9k in and …": work said to be going
    // nowhere is given up (round S43).
    ("is dead in the water", Verdict::Stop),
    ("are dead in the water", Verdict::Stop),
    ("dead in the water", Verdict::Stop),
    // "We have decided to abandon the ERP migration.": given up, said as a verb with its
    // object ("abandoned" alone is above).
    ("abandon the", Verdict::Stop),
    ("abandon our", Verdict::Stop),
    ("abandon it", Verdict::Stop),
    ("abandoning the", Verdict::Stop),
    ("abandoning our", Verdict::Stop),
    ("abandoning it", Verdict::Stop),
];
