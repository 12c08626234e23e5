//! Verdicts from the verbs and idioms people use ("signed off", "pulled the plug", "parked",
//! "cut to £100k"), with negation and hedging.
//!
//! Negation: a negated approval ("we did not approve", "didn't sign off") reads as a reject;
//! with "yet" / "still" ("haven't approved it yet") it is still pending, so no verdict.
//! A negated stop or defer ("not stopping it") reads as continue; a negated continue as stop
//! (but "not to proceed" with a thing not yet running refuses it);
//! a negated reject or rescope as no verdict. Hedged verbs ("need sign-off", "might park it",
//! "should we approve") are not decisions.

use super::tokens::{PhraseTable, TokKind, Token, WordTable};
use crate::domain::Verdict;
use std::sync::OnceLock;

const PHRASES: &[(&str, Verdict)] = &[
    // approve
    ("approve", Verdict::Approve),
    ("approved", Verdict::Approve),
    ("approves", Verdict::Approve),
    ("approving", Verdict::Approve),
    ("aproved", Verdict::Approve),
    ("approvd", Verdict::Approve),
    // "WMS introduction is decided!!": settled, said the way a Japanese writer says
    // approved (only at a clause's end; see `adjust`).
    ("is decided", Verdict::Approve),
    ("has been decided", Verdict::Approve),
    ("signed off", Verdict::Approve),
    ("sign off", Verdict::Approve),
    ("signed it off", Verdict::Approve),
    // "Billet portal renewal — I signed it at $4,200": signed at a price.
    ("signed it at", Verdict::Approve),
    ("sign-off", Verdict::Approve),
    ("signed-off", Verdict::Approve),
    ("green-lit", Verdict::Approve),
    ("greenlit", Verdict::Approve),
    ("green lit", Verdict::Approve),
    ("green light", Verdict::Approve),
    ("green-light", Verdict::Approve),
    ("green-lighted", Verdict::Approve),
    ("green-lighting", Verdict::Approve),
    ("greenlighting", Verdict::Approve),
    ("green lighting", Verdict::Approve),
    ("funded", Verdict::Approve),
    ("agreed to fund", Verdict::Approve),
    // A board or committee "agreed the CRM replacement at £86,000": agreeing a thing is
    // approving it ("agreed the revised budget" is a rescope: `new_cost_accepted_at`).
    ("agreed the", Verdict::Approve),
    ("will fund", Verdict::Approve),
    ("said yes", Verdict::Approve),
    ("okayed", Verdict::Approve),
    ("ok'd", Verdict::Approve),
    ("rubber-stamped", Verdict::Approve),
    ("rubber stamped", Verdict::Approve),
    ("sanctioned", Verdict::Approve),
    ("go-ahead", Verdict::Approve),
    ("gave the go-ahead", Verdict::Approve),
    ("given the go-ahead", Verdict::Approve),
    ("got the go-ahead", Verdict::Approve),
    ("gave the green light", Verdict::Approve),
    ("got the green light", Verdict::Approve),
    ("gets the green light", Verdict::Approve),
    ("given the green light", Verdict::Approve),
    ("giving it the green light", Verdict::Approve),
    ("giving the green light", Verdict::Approve),
    ("gave it the green light", Verdict::Approve),
    ("go ahead", Verdict::Approve),
    // "we go forward with the second line"; "decided not to go forward" refuses it.
    ("go forward", Verdict::Approve),
    ("gave the nod", Verdict::Approve),
    ("authorised", Verdict::Approve),
    ("authorized", Verdict::Approve),
    // "resolution authorizing the GM to execute the contract".
    ("authorizing", Verdict::Approve),
    ("authorising", Verdict::Approve),
    // "the IT team got the OK for the Teams phones".
    ("got the ok", Verdict::Approve),
    ("gets the ok", Verdict::Approve),
    ("gave the ok", Verdict::Approve),
    ("given the ok", Verdict::Approve),
    ("got approval", Verdict::Approve),
    ("gave approval", Verdict::Approve),
    ("received approval", Verdict::Approve),
    ("secured approval", Verdict::Approve),
    ("approval granted", Verdict::Approve),
    ("thumbs up", Verdict::Approve),
    // "got a thumbs up from the board": the noun given.
    ("got a thumbs up", Verdict::Approve),
    ("gets a thumbs up", Verdict::Approve),
    ("given a thumbs up", Verdict::Approve),
    ("gave it a thumbs up", Verdict::Approve),
    // Founders' chat: "LGTM on the SSO work, $85k" (a bare "lgtm" is a reaction).
    ("lgtm on", Verdict::Approve),
    ("lgtm for", Verdict::Approve),
    ("backed", Verdict::Approve),
    ("pouring", Verdict::Approve),
    ("is a go", Verdict::Approve),
    ("is go", Verdict::Approve),
    ("are a go", Verdict::Approve),
    ("it's a go", Verdict::Approve),
    ("going ahead with", Verdict::Approve),
    ("going ahead", Verdict::Approve),
    // Australian: "the bottling line upgrade's a goer, $340k".
    ("a goer", Verdict::Approve),
    // "the donor CRM goes ahead since …".
    ("goes ahead", Verdict::Approve),
    ("go ahead with", Verdict::Approve),
    ("approved in principle", Verdict::Approve),
    ("poured", Verdict::Approve),
    ("aprvd", Verdict::Approve),
    ("apprvd", Verdict::Approve),
    ("approvd", Verdict::Approve),
    ("ok'ed", Verdict::Approve),
    ("signed off on", Verdict::Approve),
    ("got the nod", Verdict::Approve),
    ("given the nod", Verdict::Approve),
    // New Zealand and Australian: "got the tick from the regional board" (a tick given).
    ("got the tick", Verdict::Approve),
    ("gets the tick", Verdict::Approve),
    ("given the tick", Verdict::Approve),
    ("gave it the tick", Verdict::Approve),
    ("gave the tick", Verdict::Approve),
    // "trustees agreed it at £16,400": the thing agreed at a price, as "signed it at".
    ("agreed it at", Verdict::Approve),
    // "so the trustees have agreed to replace it": agreeing to buy the thing approves it,
    // as "agreed to fund" does.
    ("agreed to replace", Verdict::Approve),
    ("agreed to buy", Verdict::Approve),
    ("agreed to purchase", Verdict::Approve),
    ("fund", Verdict::Approve),
    // Money made available: an approval only when money or funding is said with it
    // (see `funding_said`); "released the app" is a software release.
    ("released", Verdict::Approve),
    ("releasing", Verdict::Approve),
    ("unlocked", Verdict::Approve),
    ("unlocking", Verdict::Approve),
    ("freed up", Verdict::Approve),
    ("freeing up", Verdict::Approve),
    ("made available", Verdict::Approve),
    ("allocated", Verdict::Approve),
    ("allocating", Verdict::Approve),
    ("confirmed", Verdict::Approve),
    ("ok to proceed", Verdict::Approve),
    ("okay to proceed", Verdict::Approve),
    ("cleared to proceed", Verdict::Approve),
    ("a yes", Verdict::Approve),
    ("yes from", Verdict::Approve),
    ("okd", Verdict::Approve),
    // "the micro-loans model is back on, KES 25M": restarted, ending its clause (see
    // `adjust`; "back on track" is progress).
    ("is back on", Verdict::Approve),
    ("are back on", Verdict::Approve),
    ("it's back on", Verdict::Approve),
    ("they're back on", Verdict::Approve),
    ("we're back on", Verdict::Approve),
    // A pause lifted: "we un-paused the tagging", "the board reversed the pause".
    ("un-paused", Verdict::Approve),
    ("unpaused", Verdict::Approve),
    ("un-pause", Verdict::Approve),
    ("unpause", Verdict::Approve),
    ("reversed the pause", Verdict::Approve),
    ("lifted the pause", Verdict::Approve),
    ("lifted the hold", Verdict::Approve),
    // A refusal turned round: "the board overturned its refusal of the scouting database".
    ("overturned its refusal", Verdict::Approve),
    ("overturned the refusal", Verdict::Approve),
    ("overturned their refusal", Verdict::Approve),
    ("overturned its rejection", Verdict::Approve),
    ("overturned the rejection", Verdict::Approve),
    ("overturned their rejection", Verdict::Approve),
    ("overturned the veto", Verdict::Approve),
    ("overturned the pause", Verdict::Approve),
    ("reversed its refusal", Verdict::Approve),
    ("reversed the refusal", Verdict::Approve),
    ("reversed their refusal", Verdict::Approve),
    ("reversed its rejection", Verdict::Approve),
    ("reversed its no", Verdict::Approve),
    ("reversed their no", Verdict::Approve),
    ("reversed the no", Verdict::Approve),
    ("overturned its no", Verdict::Approve),
    ("overturned their no", Verdict::Approve),
    ("reversed the rejection", Verdict::Approve),
    // Part of what was asked, given: "got half the ask from Cabinet, £30k".
    ("half the ask", Verdict::Approve),
    ("half of what we asked", Verdict::Approve),
    ("half what we asked", Verdict::Approve),
    ("pause lifted", Verdict::Approve),
    ("hold lifted", Verdict::Approve),
    // Restarted by who decides it ("we resumed the tagging"; see `adjust`).
    ("resumed", Verdict::Approve),
    ("resume", Verdict::Approve),
    ("resuming", Verdict::Approve),
    // "conditional approval, £60k, subject to the fire survey".
    ("conditional approval", Verdict::Approve),
    ("half of the ask", Verdict::Approve),
    ("the full ask", Verdict::Approve),
    // Said the French way ("the COMEX has validated the budget", "OK from CODIR").
    // "the DAF finally accepts the SOC": a proposal accepted (not a risk or an invitation;
    // see `adjust`).
    ("accepts", Verdict::Approve),
    ("accepted", Verdict::Approve),
    ("validated", Verdict::Approve),
    ("validates", Verdict::Approve),
    ("ok from", Verdict::Approve),
    // "mgmt said go", "the team got OK for …"; a bare "ok" only with its amount (see
    // `adjust`).
    ("said go", Verdict::Approve),
    ("decided to go for", Verdict::Approve),
    ("decided to go with", Verdict::Approve),
    // "it was decided to start the SAP migration", "GM gave the approval for ₺2,8 milyon".
    ("decided to start", Verdict::Approve),
    ("gave the approval for", Verdict::Approve),
    ("gave approval for", Verdict::Approve),
    ("gave his approval for", Verdict::Approve),
    ("gave her approval for", Verdict::Approve),
    ("gave their approval for", Verdict::Approve),
    // "we're going w/ Grafana Cloud at $30k/yr instead": the option chosen.
    ("we're going with", Verdict::Approve),
    ("we're going w/", Verdict::Approve),
    ("we are going with", Verdict::Approve),
    ("we'll go with", Verdict::Approve),
    ("we will go with", Verdict::Approve),
    ("no thanks to", Verdict::Reject),
    // "it comes back in the 15.01 board": put off to a later time (see `adjust`).
    ("comes back", Verdict::Defer),
    ("come back", Verdict::Defer),
    ("coming back", Verdict::Defer),
    ("got ok for", Verdict::Approve),
    ("got the ok for", Verdict::Approve),
    ("got ok to", Verdict::Approve),
    ("got the ok to", Verdict::Approve),
    ("ok", Verdict::Approve),
    ("oked", Verdict::Approve),
    // More money given: "gets £150k more", "got an extra £20k" (see `funding_said`).
    ("gets", Verdict::Approve),
    ("got", Verdict::Approve),
    // reject
    ("reject", Verdict::Reject),
    ("rejected", Verdict::Reject),
    ("rejecting", Verdict::Reject),
    ("rejects", Verdict::Reject),
    ("turned down", Verdict::Reject),
    ("hard pass", Verdict::Reject),
    // "Berth planning tool - hard no from Finance", "Nope on the cameras this year".
    ("hard no", Verdict::Reject),
    ("nope on", Verdict::Reject),
    ("nope to", Verdict::Reject),
    // "The board stopped short of approving the cameras": not approved, not a stop.
    ("stopped short of approving", Verdict::Reject),
    ("stopped short of approval", Verdict::Reject),
    ("stopped short of signing off", Verdict::Reject),
    // "the LED wall is a non-starter this year".
    ("non-starter", Verdict::Reject),
    ("non starter", Verdict::Reject),
    ("nonstarter", Verdict::Reject),
    ("turned it down", Verdict::Reject),
    ("turn down", Verdict::Reject),
    ("said no", Verdict::Reject),
    // "Sauna refurb: trustees said nah.": the same answer in Australian and British chat.
    ("said nah", Verdict::Reject),
    ("said nope", Verdict::Reject),
    // "the board said non merci to the wearables": French "no thanks" in English chat.
    ("said non merci", Verdict::Reject),
    ("say no", Verdict::Reject),
    ("no to", Verdict::Reject),
    ("declined", Verdict::Reject),
    // "the change request was denied": formal and passive.
    ("denied", Verdict::Reject),
    ("knocked back", Verdict::Reject),
    // "we're NOT doing the sensors rollout": the work refused, said plainly.
    ("we're not doing", Verdict::Reject),
    ("we are not doing", Verdict::Reject),
    ("we aren't doing", Verdict::Reject),
    // "Not doing the booking widget tbh": the same, opening its sentence (see
    // `chat_verdicts::not_a_verdict`).
    ("not doing the", Verdict::Reject),
    ("refused", Verdict::Reject),
    ("threw out", Verdict::Reject),
    ("thrown out", Verdict::Reject),
    ("vetoed", Verdict::Reject),
    ("decided against", Verdict::Reject),
    ("voted down", Verdict::Reject),
    ("a no", Verdict::Reject),
    // "QA software and the training sim both got cut by the county manager": cut from
    // the budget asked for ("got cut to $80k" is a rescope; see `adjust`).
    ("got cut", Verdict::Reject),
    // "the wearables are a hard no for this season".
    ("a hard no", Verdict::Reject),
    ("a firm no", Verdict::Reject),
    ("a flat no", Verdict::Reject),
    // "the chill store is a no until there's grant money": refused until a condition is
    // met, put off.
    ("a no until", Verdict::Defer),
    ("a no till", Verdict::Defer),
    // "EPOS refresh is a no for now": refused for the time being, put off.
    ("a no for now", Verdict::Defer),
    ("a no for the moment", Verdict::Defer),
    ("no for now", Verdict::Defer),
    ("nixed", Verdict::Reject),
    ("knocked it back", Verdict::Reject),
    ("thumbs down", Verdict::Reject),
    ("knocked on the head", Verdict::Reject),
    ("shot down", Verdict::Reject),
    ("passed on", Verdict::Reject),
    ("no-go", Verdict::Reject),
    // A board's vote: "motion failed 3-5".
    ("motion failed", Verdict::Reject),
    ("motion fails", Verdict::Reject),
    ("not moving forward with", Verdict::Reject),
    ("not moving ahead with", Verdict::Reject),
    ("no on the", Verdict::Reject),
    ("a no-go", Verdict::Reject),
    ("no go", Verdict::Reject),
    // A briefing note's answer: "Not supported: the request for …".
    ("not supported", Verdict::Reject),
    // "The simulator will not be bought.": a purchase refused.
    ("will not be bought", Verdict::Reject),
    ("won't be bought", Verdict::Reject),
    ("will not be purchased", Verdict::Reject),
    ("won't be purchased", Verdict::Reject),
    // defer
    ("park", Verdict::Defer),
    ("parked", Verdict::Defer),
    // "And the fan gun replacement waits until spring": work made to wait puts it off.
    ("waits until", Verdict::Defer),
    ("waits till", Verdict::Defer),
    ("can wait until", Verdict::Defer),
    ("will wait until", Verdict::Defer),
    ("has to wait until", Verdict::Defer),
    ("must wait until", Verdict::Defer),
    // "RTK towers wait till March": things made to wait till a time (see `adjust`).
    ("wait till", Verdict::Defer),
    ("wait until", Verdict::Defer),
    ("parking", Verdict::Defer),
    ("pause", Verdict::Defer),
    ("paused", Verdict::Defer),
    // Its letters swapped ("pasued til Jan 15"): too short a skeleton for [`FUZZY`].
    ("pasued", Verdict::Defer),
    ("puased", Verdict::Defer),
    ("pausing", Verdict::Defer),
    ("defer", Verdict::Defer),
    ("deferred", Verdict::Defer),
    ("deferring", Verdict::Defer),
    ("postpone", Verdict::Defer),
    ("postponed", Verdict::Defer),
    ("postponing", Verdict::Defer),
    ("pushed to", Verdict::Defer),
    ("pushed it to", Verdict::Defer),
    ("pushed back", Verdict::Defer),
    ("pushed out", Verdict::Defer),
    ("push it to", Verdict::Defer),
    ("pushing to", Verdict::Defer),
    ("pushing it to", Verdict::Defer),
    ("put on hold", Verdict::Defer),
    ("on hold", Verdict::Defer),
    // Swiss German for suspended, and the German "warten mit": "we wait with this until …".
    ("sistiert", Verdict::Defer),
    ("wait with", Verdict::Defer),
    // Second-language turns: "the drones are suspended", "we decided to wait", "the phase
    // 2 stay for next year" (Portuguese "fica para o próximo ano").
    ("suspended", Verdict::Defer),
    ("decided to wait", Verdict::Defer),
    // Said by who decides: "SMT agreed to hold …", "trustees have asked us to pause …".
    ("agreed to hold", Verdict::Defer),
    ("agreed to pause", Verdict::Defer),
    ("agreed to park", Verdict::Defer),
    ("decided to hold", Verdict::Defer),
    ("decided to pause", Verdict::Defer),
    ("asked us to pause", Verdict::Defer),
    ("asked us to hold", Verdict::Defer),
    ("asked us to park", Verdict::Defer),
    // "the upgrade can wait till April" (only with a time after; see `adjust`).
    ("can wait", Verdict::Defer),
    ("stay for next year", Verdict::Defer),
    ("stays for next year", Verdict::Defer),
    ("left for next year", Verdict::Defer),
    // "Weather forecasting: we keep it." (only ending its clause: see `chat_verdicts`).
    ("we keep it", Verdict::Continue),
    ("we keep them", Verdict::Continue),
    // "we're good, keep it.", "keep them, £4k a year": only ending its clause (see
    // `chat_verdicts::not_a_verdict`), as is "we're pulling it".
    ("keep it", Verdict::Continue),
    ("keep them", Verdict::Continue),
    ("waiting with", Verdict::Defer),
    ("on ice", Verdict::Defer),
    // Hindi-English: "hold pe rakho", "hold par rakh do" (keep it on hold).
    ("hold pe", Verdict::Defer),
    ("hold par", Verdict::Defer),
    ("delayed", Verdict::Defer),
    ("delay", Verdict::Defer),
    ("shelved", Verdict::Defer),
    ("shelve", Verdict::Defer),
    ("shelving", Verdict::Defer),
    ("hold off", Verdict::Defer),
    // "we're putting it off till the roof's been surveyed": work put off.
    ("putting it off", Verdict::Defer),
    ("putting them off", Verdict::Defer),
    ("put it off", Verdict::Defer),
    ("put them off", Verdict::Defer),
    ("hold until", Verdict::Defer),
    ("hold till", Verdict::Defer),
    ("holding off", Verdict::Defer),
    ("held off", Verdict::Defer),
    ("mothballed", Verdict::Defer),
    ("kicked into", Verdict::Defer),
    ("moved to", Verdict::Defer),
    ("not now", Verdict::Defer),
    ("not this year", Verdict::Defer),
    ("not this fy", Verdict::Defer),
    ("not this financial year", Verdict::Defer),
    ("not this fiscal year", Verdict::Defer),
    ("not this cycle", Verdict::Defer),
    // "Drone trial - yeah nah, not this season": put off for the season, as for the year.
    ("not this season", Verdict::Defer),
    ("not this winter", Verdict::Defer),
    ("not this summer", Verdict::Defer),
    ("not this spring", Verdict::Defer),
    ("not this autumn", Verdict::Defer),
    // "Cabinet said not yet, maybe Q3": an answer that puts the work off.
    ("said not yet", Verdict::Defer),
    // "I said not till they fund a position for it": refused only until a condition is met.
    ("said not till", Verdict::Defer),
    ("said not until", Verdict::Defer),
    ("says not yet", Verdict::Defer),
    ("pick it up again", Verdict::Defer),
    ("pick this up again", Verdict::Defer),
    ("picking it up again", Verdict::Defer),
    ("back on the agenda", Verdict::Defer),
    ("circle back", Verdict::Defer),
    ("back burner", Verdict::Defer),
    ("on the back burner", Verdict::Defer),
    ("deprioritized", Verdict::Defer),
    ("deprioritised", Verdict::Defer),
    ("deprioritize", Verdict::Defer),
    ("deprioritise", Verdict::Defer),
    ("kicked to", Verdict::Defer),
    ("kicked it to", Verdict::Defer),
    ("kicked down the road", Verdict::Defer),
    ("pushed", Verdict::Defer),
    // Said the American way, put off "until …" (see `adjust`); in Britain a paper tabled
    // at a meeting is put forward.
    ("tabled", Verdict::Defer),
    ("tabling", Verdict::Defer),
    // "please hold until the line is stable": asked of the team, it puts the work off.
    ("please hold", Verdict::Defer),
    ("pls hold", Verdict::Defer),
    ("on standby", Verdict::Defer),
    ("push", Verdict::Defer),
    // stop
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
    ("discontinue", Verdict::Stop),
    ("discontinued", Verdict::Stop),
    ("discontinuing", Verdict::Stop),
    ("wound down", Verdict::Stop),
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
    // "Café till system - we're done with it.": who runs the work has finished with it for
    // good ("once we're done with it" is a time; see `adjust`).
    ("we're done with it", Verdict::Stop),
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
    // continue
    ("carry on", Verdict::Continue),
    ("carrying on", Verdict::Continue),
    // "Roof's going ahead as planned": work under way carries on, no new approval.
    ("going ahead as planned", Verdict::Continue),
    ("goes ahead as planned", Verdict::Continue),
    ("still going ahead as planned", Verdict::Continue),
    // "back to full scope now the grant's in": a cut reversed, the work rescoped.
    ("back to full scope", Verdict::Rescope),
    ("back to the full scope", Verdict::Rescope),
    ("carried on", Verdict::Continue),
    ("continue", Verdict::Continue),
    ("continuing", Verdict::Continue),
    ("continued", Verdict::Continue),
    ("continues", Verdict::Continue),
    ("carries on", Verdict::Continue),
    ("keeps going", Verdict::Continue),
    ("keep going", Verdict::Continue),
    ("keep going with", Verdict::Continue),
    ("keeping going", Verdict::Continue),
    ("sticking with", Verdict::Continue),
    // "we are keeping the credit builder program at the current $500K": the thing kept
    // goes on ("we're keeping an eye on it" keeps nothing).
    ("we are keeping the", Verdict::Continue),
    ("we're keeping the", Verdict::Continue),
    ("stick with", Verdict::Continue),
    ("keep it going", Verdict::Continue),
    ("keep funding", Verdict::Continue),
    ("proceed", Verdict::Continue),
    ("proceeding", Verdict::Continue),
    ("press on", Verdict::Continue),
    ("pressing on", Verdict::Continue),
    ("stay the course", Verdict::Continue),
    ("keep running", Verdict::Continue),
    ("keep investing in", Verdict::Continue),
    ("still a go", Verdict::Continue),
    // "go-live pushed to 1/15 … still on tho": only ending its clause (see `adjust`).
    ("still on", Verdict::Continue),
    // "the panels can't ship till March now. still going ahead tho": approved before, kept
    // going now.
    ("still going ahead", Verdict::Continue),
    // "CRM go-live slipped to Feb, staying the course".
    ("staying the course", Verdict::Continue),
    ("stays the course", Verdict::Continue),
    // "The traceability system is staying.": said of the work, ending its clause (see
    // `adjust`).
    ("is staying", Verdict::Continue),
    ("are staying", Verdict::Continue),
    ("go on with", Verdict::Continue),
    // "the forecast model to go again next season", "the trial goes again in spring": the
    // work runs another round.
    ("to go again", Verdict::Continue),
    ("goes again", Verdict::Continue),
    // Not renewing ("decided not to renew", "won't be renewed") stops, by negation.
    ("renew", Verdict::Continue),
    ("renewed", Verdict::Continue),
    // "not renewing it" stops ("renewing it costs more" alone is no verdict).
    ("not renewing", Verdict::Stop),
    ("extend", Verdict::Continue),
    ("extended", Verdict::Continue),
    ("extending", Verdict::Continue),
    ("going on with", Verdict::Continue),
    ("carry on with", Verdict::Continue),
    // "we prolong the analytics for 1 year": extended, as a French writer says it.
    ("prolong", Verdict::Continue),
    ("prolonged", Verdict::Continue),
    ("prolonging", Verdict::Continue),
    // rescope
    // "the board went with the cheaper big screen option, £210k instead of £340k": a
    // smaller version of the work chosen.
    ("go with the cheaper", Verdict::Rescope),
    ("go with a cheaper", Verdict::Rescope),
    ("go with a cut-down", Verdict::Rescope),
    ("go with the cut-down", Verdict::Rescope),
    ("go with a scaled-down", Verdict::Rescope),
    ("go with the scaled-down", Verdict::Rescope),
    ("went with the cheaper", Verdict::Rescope),
    ("went with a cheaper", Verdict::Rescope),
    ("went with a cut-down", Verdict::Rescope),
    ("went with the cut-down", Verdict::Rescope),
    ("went with a scaled-down", Verdict::Rescope),
    ("went with the scaled-down", Verdict::Rescope),
    ("going with the cheaper", Verdict::Rescope),
    ("going with a cheaper", Verdict::Rescope),
    ("going with a cut-down", Verdict::Rescope),
    ("going with the cut-down", Verdict::Rescope),
    ("going with a scaled-down", Verdict::Rescope),
    ("going with the scaled-down", Verdict::Rescope),
    ("gone with the cheaper", Verdict::Rescope),
    ("gone with a cheaper", Verdict::Rescope),
    ("gone with a cut-down", Verdict::Rescope),
    ("gone with the cut-down", Verdict::Rescope),
    ("gone with a scaled-down", Verdict::Rescope),
    ("gone with the scaled-down", Verdict::Rescope),
    ("scaled back", Verdict::Rescope),
    ("scale back", Verdict::Rescope),
    ("scaled down", Verdict::Rescope),
    ("scale down", Verdict::Rescope),
    ("scaling back", Verdict::Rescope),
    ("scaled it back", Verdict::Rescope),
    ("scaling it back", Verdict::Rescope),
    // "we've decided to scale it back to the main site only".
    ("scale it back", Verdict::Rescope),
    ("scale them back", Verdict::Rescope),
    ("scaled them back", Verdict::Rescope),
    // "Kitchen fit-out - scaled right back, just the cool room", "cutting it back to 12
    // lines from 24".
    ("scaled right back", Verdict::Rescope),
    ("cut right back", Verdict::Rescope),
    ("cutting it back", Verdict::Rescope),
    ("cut it back", Verdict::Rescope),
    ("cutting back", Verdict::Rescope),
    ("rescoped", Verdict::Rescope),
    ("rescope", Verdict::Rescope),
    // "Sponsor CRM — rescoping.", "so we're scoping it down to the 12 primary positions".
    ("rescoping", Verdict::Rescope),
    ("re-scoping", Verdict::Rescope),
    ("scoping it down", Verdict::Rescope),
    ("scoping down", Verdict::Rescope),
    ("scoped it down", Verdict::Rescope),
    ("scoped down", Verdict::Rescope),
    ("scope it down", Verdict::Rescope),
    ("re-scoped", Verdict::Rescope),
    ("re-scope", Verdict::Rescope),
    ("descoped", Verdict::Rescope),
    // "the budget revised from $38.5MM to $41.2MM", "budget goes from €1.2m to €1.45m".
    ("budget revised", Verdict::Rescope),
    ("budget goes from", Verdict::Rescope),
    ("budget changed from", Verdict::Rescope),
    ("budget is changed from", Verdict::Rescope),
    ("budget going from", Verdict::Rescope),
    ("de-scoped", Verdict::Rescope),
    ("cut to", Verdict::Rescope),
    ("cut it to", Verdict::Rescope),
    ("cut the budget to", Verdict::Rescope),
    ("cut back", Verdict::Rescope),
    ("cut the scope", Verdict::Rescope),
    ("reduced to", Verdict::Rescope),
    ("reduced the budget", Verdict::Rescope),
    ("trimmed", Verdict::Rescope),
    ("downsized to", Verdict::Rescope),
    ("halved", Verdict::Rescope),
    ("cut", Verdict::Rescope),
    ("slashed", Verdict::Rescope),
    ("cuts", Verdict::Rescope),
    ("reduced", Verdict::Rescope),
    ("reduce", Verdict::Rescope),
];

fn table() -> &'static PhraseTable<Verdict> {
    static TABLE: OnceLock<PhraseTable<Verdict>> = OnceLock::new();
    TABLE.get_or_init(|| PhraseTable::new(PHRASES))
}

const NEGATIONS: &[&str] = &[
    "not",
    "didn't",
    "don't",
    "doesn't",
    "won't",
    "wouldn't",
    "haven't",
    "hasn't",
    "never",
    "can't",
    "cannot",
    "isn't",
    "aren't",
    "wasn't",
    "weren't",
    "no",
    "couldn't",
    "shouldn't",
];
const HEDGES: &[&str] = &[
    "need",
    "needs",
    "needed",
    "want",
    "wants",
    "wanted",
    "asking",
    "asked",
    "ask",
    "hope",
    "hoping",
    "might",
    "may",
    "could",
    "should",
    "would",
    "awaiting",
    "waiting",
    "pending",
    "seeking",
    "if",
    "whether",
    "propose",
    "proposing",
    "recommend",
    "recommending",
    "considering",
    "consider",
    "request",
    "requesting",
    // "IT requests to renew the firewall cluster, TRY 3.1M": asked for, not decided.
    "requests",
    "likely",
    "probably",
    "maybe",
    "perhaps",
    "plan",
    "planning",
    "thinking",
    // "leaning towards a no", "inclined to approve": where a decision is heading.
    "leaning",
    "leans",
    "inclined",
];

/// Nouns a verdict word can qualify: "scrap rate", "cancel rate", "reject count".
const MEASURES: &[&str] = &[
    "rate",
    "rates",
    "ratio",
    "ratios",
    "count",
    "counts",
    "level",
    "levels",
    "volume",
    "volumes",
    "figures",
    "numbers",
    "percentage",
    "%",
    "pile",
    "heap",
    "bin",
    "bins",
    "metal",
    "value",
    "music",
    "reasons",
    "code",
    "codes",
    "log",
    "notes",
];

/// Verbs that approve only when what is released is money: "released £2.4m", "unlocked the
/// funding", "freed up budget for".
const RELEASES: &[&str] = &[
    "released",
    "releasing",
    "unlocked",
    "unlocking",
    "freed",
    "freeing",
    "made",
    "allocated",
    "allocating",
    "confirmed",
    "gets",
    "got",
    // "pouring £300k into the ERP" funds it; a bar "pouring 9% over" pours drinks.
    "pouring",
    "poured",
];

/// "… unlocked $340k in new ARR", "released £50k of extra sales": what follows the verdict
/// in its clause is money earned.
fn earned_after(toks: &[Token], end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    (end..(end + 8).min(toks.len()))
        .take_while(|&k| !toks[k].is_break())
        .any(|k| {
            matches!(word(k), "in" | "of" | "new" | "extra")
                && matches!(
                    word(k + 1),
                    "arr" | "mrr" | "revenue" | "revenues" | "sales" | "bookings" | "income"
                )
        })
}

/// Words that say money is what was made available.
const FUNDING: &[&str] = &[
    "funding",
    "funds",
    "budget",
    "money",
    "capex",
    "cash",
    "spend",
    "investment",
];

/// Is money (an amount or a word for funding) what the release at `start..end` makes
/// available? An amount or funding word just after it ("released £1.2m", "unlocked another
/// £80k", "freed up funding") or earlier in its clause ("£300k released", "budget for the
/// kiosks has been released"). "Freed up £12k of spend" is what the work delivered, so
/// "freed up" takes a funding word, or an amount followed by "for"; "Tom confirmed the
/// date" is no approval, so "confirmed" takes a funding word.
fn funding_said(toks: &[Token], start: usize, end: usize) -> bool {
    // A currency, or a number with a multiplier ("2.4m", "80k", "2,4 Mio."): not "2
    // housekeepers".
    // Any currency code ("CHF 180'000 more"), and the krone's and franc's abbreviations.
    let currency = |t: &Token| {
        matches!(
            t.lower.as_str(),
            "£" | "$" | "€" | "¥" | "₹" | "euro" | "euros" | "dollars" | "kr" | "fr"
        ) || t.is_word()
            && t.lower.len() == 3
            && crate::money::Currency::from_code(&t.lower).is_some()
    };
    let money_at = |j: usize| {
        let t = &toks[j];
        currency(t)
            || t.kind == TokKind::Num
                && toks.get(j + 1).is_some_and(|n| {
                    currency(n)
                        || matches!(
                            n.lower.as_str(),
                            "k" | "m" | "mn" | "bn" | "million" | "mio" | "grand" | "thousand"
                        )
                })
    };
    let funding = |j: usize| FUNDING.contains(&toks[j].lower.as_str());
    let end = end.min(toks.len());
    let ahead: Vec<usize> = (end..toks.len())
        .take(4)
        .take_while(|&j| !toks[j].is_break())
        .collect();
    let funding_ahead = ahead.iter().any(|&j| funding(j));
    let before: Vec<usize> = (start.saturating_sub(12)..start)
        .rev()
        .take_while(|&j| !toks[j].is_break())
        .collect();
    let funding_before = before.iter().any(|&j| funding(j));
    // "gets £150k more", "got an extra £20k", "gets another €50k": more money, not money
    // come back ("got £20k back").
    if toks[start].is("gets") || toks[start].is("got") {
        let more = ahead.iter().take(4).any(|&j| {
            matches!(
                toks[j].lower.as_str(),
                "more" | "extra" | "another" | "additional"
            )
        });
        // "the app gets a new chat function for kr 350k", "ski school gets the booking
        // system at $180k", "gets €35k": a thing given at its price, once (not a yearly
        // figure it earns, nor a quote or a bill it receives).
        let clause: Vec<usize> = (end..toks.len())
            .take(10)
            .take_while(|&j| !toks[j].is_break())
            .collect();
        let priced = toks[start].is("gets")
            && clause.iter().enumerate().any(|(p, &j)| {
                money_at(j) && (p == 0 || matches!(toks[j - 1].lower.as_str(), "for" | "at"))
            })
            && !clause.iter().any(|&j| {
                matches!(
                    toks[j].lower.as_str(),
                    "year"
                        | "yr"
                        | "month"
                        | "per"
                        | "annually"
                        | "pa"
                        | "/"
                        | "quote"
                        | "quotes"
                        | "invoice"
                        | "bill"
                        | "offer"
                        | "bid"
                        | "estimate"
                        | "back"
                )
            });
        // "the crane gets a new slew ring while it's in bits, £12k extra": the thing given,
        // then its price after a comma, said as more money; "the app gets the SMS add-on,
        // $7,500 one-time and then $300/mo": or as a price paid once.
        let c = end + clause.len();
        let after: Vec<&Token> = toks.iter().skip(c + 1).take(5).collect();
        let once = |k: usize| {
            matches!(
                after[k].lower.as_str(),
                "extra" | "more" | "upfront" | "one-time" | "one-off"
            ) || after[k].is("one")
                && after
                    .iter()
                    .skip(k + 1)
                    .find(|t| !t.is("-"))
                    .is_some_and(|t| t.is("time") || t.is("off"))
        };
        let priced_after = toks[start].is("gets")
            && toks.get(c).is_some_and(|t| t.is(","))
            && c + 1 < toks.len()
            && money_at(c + 1)
            && (0..after.len())
                .take_while(|&k| !after[k].is_break())
                .any(once);
        // "we got €64k more from the funding than last quarter": more than before, a
        // result compared, not more money given.
        let compared = toks[end..]
            .iter()
            .take_while(|t| !t.is_break())
            .any(|t| t.is("than"));
        return priced
            || priced_after
            || more && !compared && ahead.iter().take(4).any(|&j| money_at(j));
    }
    if toks[start].is("confirmed") {
        return funding_ahead || funding_before;
    }
    if toks[start].lower.starts_with("free") {
        let amount_for = ahead.iter().position(|&j| money_at(j)).is_some_and(|p| {
            toks[end + p..]
                .iter()
                .take(4)
                .take_while(|t| !t.is_break())
                .any(|t| t.is("for"))
        });
        return funding_ahead || amount_for;
    }
    let money_ahead = ahead.iter().take(3).any(|&j| money_at(j));
    let money_before = before.iter().any(|&j| money_at(j));
    money_ahead || funding_ahead || money_before || funding_before
}

/// Words that end "keep … going": "keep the pilot going", "keeping it running".
const KEPT: &[&str] = &["going", "running", "alive", "funded"];

/// "keep the laundry pilot going", "keeping it running through winter", "keep the kiosks
/// for another year": keeping something alive is a continue. The end of the phrase (after
/// its last word), when `i` opens one.
fn keep_going_at(toks: &[Token], i: usize) -> Option<usize> {
    if !matches!(
        toks[i].lower.as_str(),
        "keep" | "keeps" | "keeping" | "kept"
    ) {
        return None;
    }
    // "H&S decided to keep the fatigue trial", "the board agreed to keep it": deciding to
    // keep something is a continue, whatever follows.
    let decided = i >= 2
        && toks[i - 1].is("to")
        && matches!(
            toks[i - 2].lower.as_str(),
            "decided" | "agreed" | "voted" | "chose" | "opted"
        );
    if decided {
        return Some(i + 1);
    }
    let span: Vec<&Token> = toks[i + 1..]
        .iter()
        .take(8)
        .take_while(|t| !t.is_break() && !t.is_sym("-"))
        .collect();
    // "for another year", "for another 2 years".
    let period = |k: usize| {
        let k = if span.get(k + 1).is_some_and(|t| t.kind == TokKind::Num) {
            k + 1
        } else {
            k
        };
        span.get(k + 1)
            .is_some_and(|t| super::verdict_shapes::PERIODS.contains(&t.lower.as_str()))
    };
    span.iter()
        .enumerate()
        .find_map(|(k, t)| {
            if KEPT.contains(&t.lower.as_str()) {
                Some(k + 1)
            } else if matches!(t.lower.as_str(), "another" | "one" | "further") && period(k) {
                let counted = span.get(k + 1).is_some_and(|t| t.kind == TokKind::Num);
                Some(k + 2 + usize::from(counted))
            } else {
                None
            }
        })
        .map(|n| i + 1 + n)
}

/// "the board accepted the new figure", "agreed the revised budget": a new cost accepted
/// is a rescope. The end of the phrase (after its noun), when `i` opens one.
fn new_cost_accepted_at(toks: &[Token], i: usize) -> Option<usize> {
    let w = |k: usize| toks.get(i + k).map_or("", |t| t.lower.as_str());
    let accepted = matches!(w(0), "accepted" | "accepts" | "accept" | "agreed")
        && w(1) == "the"
        && matches!(w(2), "new" | "revised" | "higher" | "updated" | "increased")
        && matches!(
            w(3),
            "figure" | "cost" | "costs" | "budget" | "price" | "estimate" | "quote" | "total"
        );
    // "Trustees approved the increase by email": the rise the message tells, approved.
    let rise = matches!(
        w(0),
        "accepted"
            | "accepts"
            | "accept"
            | "agreed"
            | "approved"
            | "approve"
            | "approves"
            | "okayed"
    ) && w(1) == "the"
        && matches!(
            w(2),
            "increase" | "rise" | "uplift" | "overrun" | "overspend"
        );
    if rise {
        return Some(i + 3);
    }
    accepted.then_some(i + 4)
}

/// A verdict found in the message, and where.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VerdictFinding {
    pub verdict: Verdict,
    pub start: usize,
    pub end: usize,
    /// Said as agreed or decided ("the board has agreed to defer"): a decision however
    /// the rest of the message reads.
    pub affirmed: bool,
}

fn priority(v: Verdict) -> u8 {
    match v {
        Verdict::Rescope => 0,
        Verdict::Defer => 1,
        Verdict::Stop => 2,
        Verdict::Reject => 3,
        Verdict::Continue => 4,
        Verdict::Approve => 5,
    }
}

/// Verbs whose misspellings are read too ("aprvd", "apprved", "rejcted"): compared by
/// consonant skeleton and first letter, since typists drop vowels and double letters.
/// Verbs whose skeletons other words share ("cancelled" / "concluded") are left out.
const FUZZY: &[(&str, Verdict)] = &[
    ("approved", Verdict::Approve),
    ("rejected", Verdict::Reject),
    ("postponed", Verdict::Defer),
    ("deferred", Verdict::Defer),
];

/// The consonants of a word with repeats collapsed, after its first letter: "approved" and
/// "aprvd" are both `a` + "prvd". Kept on the stack: this runs for many words of every
/// message.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Skeleton {
    first: char,
    len: usize,
    consonants: [u8; 16],
}

fn skeleton(w: &str) -> Option<Skeleton> {
    let mut chars = w.chars();
    let mut out = Skeleton {
        first: chars.next()?,
        len: 0,
        consonants: [0; 16],
    };
    for c in chars {
        if !c.is_ascii_alphabetic() {
            return None;
        }
        let c = c as u8;
        if matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
            || out.len > 0 && out.consonants[out.len - 1] == c
        {
            continue;
        }
        *out.consonants.get_mut(out.len)? = c;
        out.len += 1;
    }
    Some(out)
}

fn fuzzy_verdict(t: &Token) -> Option<Verdict> {
    if !t.is_word() || !(4..=12).contains(&t.lower.len()) {
        return None;
    }
    // The verbs' skeletons, worked out once: this runs for every word of every message.
    static SKELETONS: OnceLock<Vec<(Skeleton, &'static str, Verdict)>> = OnceLock::new();
    let skeletons = SKELETONS.get_or_init(|| {
        FUZZY
            .iter()
            .filter_map(|&(verb, v)| skeleton(verb).map(|s| (s, verb, v)))
            .collect()
    });
    // A misspelling keeps its first letter: most words start with none of the verbs'.
    if !skeletons.iter().any(|(s, ..)| t.lower.starts_with(s.first)) {
        return None;
    }
    let sk = skeleton(&t.lower)?;
    if sk.len < 3 {
        return None;
    }
    skeletons.iter().find_map(|(s, verb, v)| {
        (*s == sk && strsim::levenshtein(&t.lower, verb) <= 3).then_some(*v)
    })
}

/// The verdict the message states, if it states one.
pub fn find_verdict(toks: &[Token]) -> Option<VerdictFinding> {
    find_verdict_in(toks, 0, toks.len())
}

/// The verdict stated outside `spans` (in order, not overlapping): the investments' names,
/// when one holds a verdict word ("Delay Repay Automation: keep going").
pub fn find_verdict_outside(toks: &[Token], spans: &[(usize, usize)]) -> Option<VerdictFinding> {
    let mut best: Option<VerdictFinding> = None;
    let mut from = 0;
    for &(s, e) in spans
        .iter()
        .chain(std::iter::once(&(toks.len(), toks.len())))
    {
        if s > from {
            if let Some(f) = find_verdict_in(toks, from, s) {
                if best.is_none_or(|b| priority(f.verdict) < priority(b.verdict)) {
                    best = Some(f);
                }
            }
        }
        from = from.max(e);
    }
    best
}

/// The verdict stated between tokens `from` and `to`; a look-again on its own ("this
/// year, revisit in Q3") when no other verdict is said.
pub fn find_verdict_in(toks: &[Token], from: usize, to: usize) -> Option<VerdictFinding> {
    find_english_verdict_in(toks, from, to).or_else(|| find_french_verdict_in(toks, from, to))
}

/// The verdict stated between `from` and `to` in French words only (see
/// [`super::french_verdicts`]).
pub fn find_french_verdict_in(toks: &[Token], from: usize, to: usize) -> Option<VerdictFinding> {
    strong_verdict_in(
        toks,
        from,
        to.min(toks.len()),
        super::french_verdicts::table(),
    )
}

/// "Feb", "the Jan 12 meeting", "next month", "Q2", "3/10": words after "to" that name a
/// time (a month, a later period, a date), not a person or a body.
fn to_a_time(after: &[&Token]) -> bool {
    let after = match after.first() {
        Some(t) if t.is("the") => &after[1..],
        _ => after,
    };
    after.first().is_some_and(|t| {
        super::dates::month(&t.lower).is_some()
            || matches!(t.lower.as_str(), "next" | "q1" | "q2" | "q3" | "q4")
            || t.kind == TokKind::Num
    })
}

/// The verdict stated between `from` and `to` in English words only (see
/// [`super::french_verdicts`]).
pub fn find_english_verdict_in(toks: &[Token], from: usize, to: usize) -> Option<VerdictFinding> {
    let to = to.min(toks.len());
    cost_rise_accepted(toks, from, to)
        .or_else(|| super::figure_rescopes::new_figure_accepted(toks, from, to))
        .or_else(|| strong_verdict_in(toks, from, to, table()))
        .or_else(|| revisit_in(toks, from, to))
        .or_else(|| super::verdict_shapes::look_again_in(toks, from, to))
}

/// "cost up to £710k after the quote, Board accepted the new figure", "the budget has gone
/// up to $1.2m, signed off": a higher cost accepted is a rescope to it. The verdict is the
/// rise ("cost up to"), so the amount after its "to" is the new size.
fn cost_rise_accepted(toks: &[Token], from: usize, to: usize) -> Option<VerdictFinding> {
    let word = |k: usize| {
        toks.get(k)
            .filter(|_| k < to)
            .map_or("", |t| t.lower.as_str())
    };
    super::figure_rescopes::accepted_at(toks, from, to)?;
    (from..to).find_map(|i| {
        if !matches!(
            word(i),
            "cost" | "costs" | "price" | "budget" | "estimate" | "quote"
        ) {
            return None;
        }
        let mut j = i + 1;
        while matches!(
            word(j),
            "has" | "have" | "is" | "now" | "gone" | "went" | "'s"
        ) {
            j += 1;
        }
        if !matches!(
            word(j),
            "up" | "rose" | "risen" | "increased" | "grew" | "grown" | "jumped"
        ) {
            return None;
        }
        if word(j + 1) == "up" {
            j += 1;
        }
        let amount_next = toks
            .get(j + 2)
            .is_some_and(|t| t.kind == TokKind::Num || t.kind == TokKind::Sym);
        (word(j + 1) == "to" && amount_next).then_some(VerdictFinding {
            verdict: Verdict::Rescope,
            start: i,
            end: j + 2,
            affirmed: true,
        })
    })
}

/// "…, revisit in Q1", "— revisit next year": a clause that opens by saying when to look
/// again defers, but only when nothing else is decided ("approved phase 1, revisit in Q3
/// for phase 2" is an approval).
///
/// "sellers ops ask again to revisit in January": a unit's ask to look again later puts it
/// off as their hold-off does (convention 21 of `tests/corpus/README.md`).
fn revisit_in(toks: &[Token], from: usize, to: usize) -> Option<VerdictFinding> {
    let asked_to = |i: usize| {
        let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
        let back = |n: usize| i.checked_sub(n).map_or("", w);
        back(1) == "to"
            && [back(2), if back(2) == "again" { back(3) } else { "" }]
                .iter()
                .any(|v| matches!(*v, "ask" | "asks" | "asked" | "want" | "wants"))
    };
    (from..to).find_map(|i| {
        let opens = i == 0 || toks[i - 1].is_break() || toks[i - 1].is_sym("-") || asked_to(i);
        let when = toks.get(i + 1).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "in" | "next" | "after" | "once" | "when" | "early" | "late" | "at"
            )
        });
        (opens && toks[i].is("revisit") && when && i + 1 < to).then_some(VerdictFinding {
            verdict: Verdict::Defer,
            start: i,
            end: i + 1,
            affirmed: false,
        })
    })
}

/// Is a verdict word said by someone outside ("the regulator approved our plan") or only
/// leant towards ("leaning towards a no", "inclined to approve")?
pub fn verdict_not_ours(toks: &[Token]) -> bool {
    let mut i = 0;
    while i < toks.len() {
        let Some((_, len)) = table().match_at(toks, i) else {
            i += 1;
            continue;
        };
        let by = word_before(toks, i, &["has", "have", "'s", "just", "finally"]);
        let leaning = toks[i.saturating_sub(12)..i]
            .iter()
            .rev()
            .take_while(|t| !matches!(t.lower.as_str(), "." | "!" | "?" | "\n" | ";"))
            .any(|t| matches!(t.lower.as_str(), "leaning" | "leans" | "inclined"))
            // "the drone survey is probably a no": where it is heading, said of the work
            // ("we'll probably stop it" is the writer musing, no news).
            || {
                let probable = |k: usize| matches!(toks[k].lower.as_str(), "probably" | "likely");
                toks[i].is("a") && i >= 1 && probable(i - 1)
                    || i >= 2 && toks[i - 1].is("a") && probable(i - 2)
            };
        let to_come = super::verdict_shapes::passive_to_come(toks, i)
            && table()
                .match_at(toks, i)
                .is_some_and(|(v, _)| v == Verdict::Approve);
        let later = super::verdict_shapes::verdict_to_come(toks, i);
        if super::verdict_shapes::said_by_outsider(toks, i, by) || leaning || to_come || later {
            return true;
        }
        i += len;
    }
    false
}

/// The strongest verdict `phrases` finds between `from` and `to`.
fn strong_verdict_in(
    toks: &[Token],
    from: usize,
    to: usize,
    phrases: &PhraseTable<Verdict>,
) -> Option<VerdictFinding> {
    let mut best: Option<VerdictFinding> = None;
    let mut i = from;
    let toks_all = toks;
    let toks = &toks_all[..to.min(toks_all.len())];
    while i < toks.len() {
        // Most words open no shape: the phrases and a misspelt verb are all they can be.
        let shaped = opens_a_shape(&toks[i]);
        let found = shaped
            .then(|| shape_before_phrases_at(toks, i))
            .flatten()
            .or_else(|| phrases.match_at(toks, i))
            .or_else(|| shaped.then(|| shape_at(toks, i)).flatten())
            .or_else(|| fuzzy_verdict(&toks[i]).map(|v| (v, 1)));
        let Some((raw, len)) = found else {
            i += 1;
            continue;
        };
        let verdict = adjust(toks, i, i + len, raw);
        if let Some(v) = verdict {
            // "decision on the contract slipped to …" names the decision it moves.
            let moved =
                v == Verdict::Defer && super::verdict_shapes::decision_moved_at(toks, i).is_some();
            let found = VerdictFinding {
                verdict: v,
                start: i,
                end: i + len,
                // "Ops are happy to keep it …, so I'm signing the renewal": signing is the
                // act that decides; the keeping before it is the wish that led to it.
                affirmed: moved
                    || affirmed(toks, i)
                    || v == Verdict::Approve
                        && (restarted(toks, i)
                            || super::verdict_idioms::renewal_signed_at(toks, i).is_some()),
            };
            // A verdict said as decided ("decided to stop") wins over one said in passing
            // ("as the airlines moved to …"); otherwise the stronger kind wins.
            // Going on with less ("agreed to keep going with phase 1 only, budget cut to
            // $210k") is a rescope, however the going on is said.
            let smaller = |a: Verdict, b: Verdict| a == Verdict::Rescope && b == Verdict::Continue;
            // "knocked back in October but they're back on": the later verdict stands.
            let reversed =
                best.is_some_and(|b| super::verdict_shapes::turned_by_but(toks, b.end, i, i + len));
            // "we are stopping it. … the cost has gone from ₦900m to ₦1.4bn": a cost's move
            // from one figure to another told in a later sentence than a stop is its reason
            // ("… is now a no for the subsidiaries. Budget cut to ₦11m." still rescopes).
            let ends_between = |a: usize, b: usize| {
                toks[a..b]
                    .iter()
                    .any(|t| matches!(t.lower.as_str(), "." | "!" | "\n"))
            };
            let figure_after_ending = |b: &VerdictFinding| {
                v == Verdict::Rescope
                    && toks[i].is("from")
                    && b.verdict == Verdict::Stop
                    && ends_between(b.end, i)
            };
            // "we continue with the external lab, the upgrade is cancelled": what we keep
            // instead yields to the verdict on the work.
            let kept_instead = |f: &VerdictFinding| {
                f.verdict == Verdict::Continue
                    && super::verdict_shapes::alternative_kept(toks, f.start, f.end)
            };
            let better = match best {
                Some(_) if reversed => true,
                Some(b) if kept_instead(&b) != kept_instead(&found) => kept_instead(&b),
                Some(b) if figure_after_ending(&b) => false,
                Some(b) if smaller(v, b.verdict) => true,
                Some(b) if smaller(b.verdict, v) => false,
                Some(b) => {
                    (found.affirmed, std::cmp::Reverse(priority(v)))
                        > (b.affirmed, std::cmp::Reverse(priority(b.verdict)))
                }
                None => true,
            };
            if better {
                best = Some(found);
            }
        }
        i += len;
    }
    best
}

/// Every word a verdict said in a shape of its own ([`shape_at`], [`shape_before_phrases_at`])
/// can open on; a word not here opens none of them, which spares trying each shape at
/// every word of every message. A shape added there adds its first words here (the corpus
/// test `no_shape_opens_on_a_word_not_listed` checks).
const SHAPE_OPENERS: &[&str] = &[
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
    "nope",
    // money_given_at ("given" is one of verdict_shapes::GIVEN)
    "gave",
    "gives",
    "granted",
    // held_until_at ("hold" is listed above)
    "held",
    "holding",
    // new_figure_at, budget_moved_at
    "now",
    "from",
    // budget_stays_at
    "stays",
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
];

/// Whether a verdict shape may open at this word (see [`SHAPE_OPENERS`]).
pub(super) fn opens_a_shape(t: &Token) -> bool {
    static OPENERS: OnceLock<WordTable> = OnceLock::new();
    t.in_table(OPENERS.get_or_init(|| {
        WordTable::new(
            SHAPE_OPENERS
                .iter()
                .chain(super::new_budget::CHANGES)
                .chain(super::verdict_shapes::TRIED)
                .chain(super::verdict_shapes::GIVEN)
                .map(|w| w.to_string()),
        )
    }))
}

/// Counts said in words ("from two days to half a day"), read as a number is where a
/// count made smaller is told.
const COUNT_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "half",
];

/// A shape that wins over the phrase table's reading of the same words: "accepted the
/// revised budget" is a rescope before "accepted" is an approval; "is back on after the
/// pause" and "not pulling it after all" go on, before "is back on" approves and "pulling"
/// stops.
pub(super) fn shape_before_phrases_at(toks: &[Token], i: usize) -> Option<(Verdict, usize)> {
    new_cost_accepted_at(toks, i)
        .map(|e| (Verdict::Rescope, e - i))
        .or_else(|| {
            super::verdict_shapes::restarted_after_pause_at(toks, i)
                .or_else(|| super::verdict_shapes::stop_taken_back_at(toks, i))
                .map(|e| (Verdict::Continue, e - i))
        })
}

/// A verdict said in a shape of its own at `i` (a phrase table holds the fixed wordings):
/// the verdict and how many tokens it takes.
pub(super) fn shape_at(toks: &[Token], i: usize) -> Option<(Verdict, usize)> {
    keep_going_at(toks, i)
        .map(|e| (Verdict::Continue, e - i))
        .or_else(|| {
            super::verdict_shapes::trial_extended_at(toks, i).map(|e| (Verdict::Continue, e - i))
        })
        .or_else(|| super::verdict_shapes::no_chance_at(toks, i).map(|e| (Verdict::Reject, e - i)))
        .or_else(|| {
            super::verdict_shapes::refusal_overturned_at(toks, i).map(|e| (Verdict::Approve, e - i))
        })
        .or_else(|| {
            super::verdict_shapes::amount_agreed_at(toks, i).map(|e| (Verdict::Approve, e - i))
        })
        .or_else(|| {
            super::verdict_shapes::money_given_at(toks, i).map(|e| (Verdict::Approve, e - i))
        })
        .or_else(|| super::verdict_shapes::held_until_at(toks, i).map(|e| (Verdict::Defer, e - i)))
        .or_else(|| {
            super::verdict_shapes::new_figure_at(toks, i).map(|e| (Verdict::Rescope, e - i))
        })
        .or_else(|| {
            super::verdict_shapes::budget_moved_at(toks, i).map(|e| (Verdict::Rescope, e - i))
        })
        .or_else(|| {
            super::verdict_shapes::budget_stays_at(toks, i).map(|e| (Verdict::Continue, e - i))
        })
        .or_else(|| super::new_budget::set_at(toks, i).map(|e| (Verdict::Rescope, e - i)))
        .or_else(|| {
            super::verdict_shapes::bumped_to_money_at(toks, i).map(|e| (Verdict::Rescope, e - i))
        })
        .or_else(|| super::verdict_shapes::label_answer_at(toks, i).map(|(v, e)| (v, e - i)))
        .or_else(|| {
            super::verdict_shapes::decision_moved_at(toks, i).map(|e| (Verdict::Defer, e - i))
        })
        .or_else(|| {
            super::verdict_shapes::taken_to_more_sites_at(toks, i)
                .map(|e| (Verdict::Approve, e - i))
        })
        .or_else(|| super::verdict_idioms::written_off_at(toks, i).map(|e| (Verdict::Stop, e - i)))
        .or_else(|| {
            super::verdict_idioms::capped_at_money_at(toks, i)
                .or_else(|| super::verdict_idioms::part_of_the_full_at(toks, i))
                .map(|e| (Verdict::Rescope, e - i))
        })
        .or_else(|| {
            super::verdict_idioms::go_with_choice_at(toks, i)
                .or_else(|| super::verdict_idioms::go_for_it_at(toks, i))
                .or_else(|| super::verdict_idioms::told_fine_at(toks, i))
                .or_else(|| super::verdict_idioms::buying_it_at(toks, i))
                .map(|e| (Verdict::Approve, e - i))
        })
        .or_else(|| {
            super::verdict_idioms::passing_on_at(toks, i)
                .or_else(|| super::verdict_idioms::no_money_for_at(toks, i))
                .map(|e| (Verdict::Reject, e - i))
        })
        .or_else(|| super::verdict_idioms::ending_at(toks, i).map(|e| (Verdict::Stop, e - i)))
        .or_else(|| {
            super::verdict_idioms::renewal_signed_at(toks, i).map(|e| (Verdict::Approve, e - i))
        })
}

/// Is the word at `start` inside a clause of reason ("given the old ones …", "so that
/// renewals …", "because the vendor …") opened earlier in its clause, with a subject of its
/// own before it?
fn in_reason_clause(toks: &[Token], start: usize) -> bool {
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
fn restarted(toks: &[Token], start: usize) -> bool {
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
fn affirmed(toks: &[Token], start: usize) -> bool {
    super::tokens::back_in_clause(&toks[start.saturating_sub(3)..start])
        .any(|t| matches!(t.lower.as_str(), "agreed" | "decided" | "voted"))
}

/// "the launch is delayed to March", "go-live delayed again": a schedule that slips is news
/// about the work, not a verdict. Delaying something on purpose ("we delayed the app to
/// March", "decided to delay it", "Delay the kiosks till Q2") still defers it.
fn slipped(toks: &[Token], start: usize, end: usize) -> bool {
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
fn milestone_moved(toks: &[Token], start: usize, word: &str) -> bool {
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
    super::dates::MILESTONES.contains(&subject) && !matches!(subject, "out" | "ready")
        || meeting_moved(toks, start)
}

/// "kiosk vendor call moved to Thurs", "the demo got pushed to next week": a meeting moved
/// (its word just before the move) puts off no work; "the final call slipped" is the
/// decision moved, and a "data sync" is a product.
fn meeting_moved(toks: &[Token], start: usize) -> bool {
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
fn word_before<'t>(toks: &'t [Token], start: usize, passed: &[&str]) -> &'t str {
    toks[..start]
        .iter()
        .rev()
        .find(|t| !passed.contains(&t.lower.as_str()))
        .map_or("", |t| t.lower.as_str())
}

/// Who sells us a thing: a stop they make ("vendor sunset the product") is not ours.
const VENDORS: &[&str] = &[
    "vendor",
    "vendors",
    "supplier",
    "suppliers",
    "provider",
    "manufacturer",
    "oem",
];

/// Words for a meeting: calling one off stops no work.
pub(super) const MEETINGS: &[&str] = &[
    "call", "calls", "meeting", "meetings", "stand-up", "standup", "stand", "session", "demo",
    "workshop", "catch-up", "catchup", "sync", "1:1", "huddle", "webinar", "drinks", "lunch",
];

/// Things kept in step by a tool: "file sync", "data sync" is a product, not a meeting.
const SYNCED: &[&str] = &[
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
/// vendor call")?
fn meeting_called_off(toks: &[Token], start: usize, end: usize) -> bool {
    let word = toks[start].lower.as_str();
    if !(word.starts_with("cancel") || word.starts_with("call")) {
        return false;
    }
    let before = super::tokens::back_in_clause(&toks[start.saturating_sub(6)..start])
        .any(|t| MEETINGS.contains(&t.lower.as_str()));
    let after = toks[end..]
        .iter()
        .take(5)
        .take_while(|t| !t.is_break())
        .any(|t| MEETINGS.contains(&t.lower.as_str()));
    before || after
}

/// "due", "expected", "needed": what a verdict's noun is said to be when it is still to come.
fn to_come(w: &str) -> bool {
    matches!(
        w,
        "due" | "expected" | "needed" | "pending" | "scheduled" | "planned" | "outstanding"
    )
}

/// Applies negation and hedging in the few words before the phrase.
/// A meeting named in the verdict's clause, a few words before it or just after it.
fn meeting_near(toks: &[Token], start: usize, end: usize) -> bool {
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
const DROPPED: &[&str] = &[
    "off",
    "binned",
    "binning",
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
fn for_this_year(toks: &[Token], end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    word(end) == "for"
        && matches!(word(end + 1), "this" | "next")
        && matches!(word(end + 2), "year" | "fy" | "financial" | "season")
}

fn adjust(toks: &[Token], start: usize, end: usize, raw: Verdict) -> Option<Verdict> {
    if super::chat_verdicts::not_a_verdict(toks, start, end) {
        return None;
    }
    let word = toks[start].lower.as_str();
    // "Nixed the pilot, it's been running since August": said of work already running,
    // "nixed" stops it; of a thing asked for, it refuses it.
    // "the screens are off the table, £90k is too much", "climate control proposal binned":
    // a thing dropped for its price, or said as asked for, was turned down, not stopped.
    let running = || super::verdict_shapes::says_work_is_running(toks);
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
        && (super::verdict_shapes::turned_down_as_asked(toks) || for_this_year(toks, end))
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
        && !super::deciders::BODIES.contains(&toks[start - 2].lower.as_str());
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
        && (super::verdict_shapes::until_a_time(toks, end)
            || super::verdict_shapes::for_now_then_look_again(toks, end))
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
    if raw == Verdict::Approve && super::verdict_shapes::personal_yes_pending(toks, start, end) {
        return None;
    }
    // "the kiosks will be approved next week": an approval still to come.
    if raw == Verdict::Approve && super::verdict_shapes::passive_to_come(toks, start) {
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
        || super::verdict_shapes::said_by_outsider(toks, start, by)
    {
        return None;
    }
    // "the stock losses came back the week we paused it": a verdict told as the time of
    // something else is in passing.
    if super::verdict_shapes::told_as_a_time(toks, start) {
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
        !super::money_words::find_money(&toks[end..stop], crate::money::Currency::GBP).is_empty()
    };
    if matches!(word, "is" | "are" | "it's" | "they're" | "we're")
        && toks.get(start + 1).is_some_and(|t| t.is("back"))
        && toks.get(end).is_some_and(|t| !t.is_break())
        && !(next == "for"
            && (super::verdict_shapes::moved_to_a_time(toks, end + 1) || sentence_money()))
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
        && super::tokens::back_in_clause(&toks[start.saturating_sub(5)..start - 1]).any(|t| {
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
        });
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
    let before_clause = super::tokens::back_in_clause(&toks[..start])
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
        && !super::verdict_shapes::to_a_time(toks, end);
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
    if raw == Verdict::Defer && word == "can" && !super::verdict_shapes::until_a_time(toks, end) {
        return None;
    }
    if raw == Verdict::Defer
        && word == "wait"
        && toks
            .get(start + 1)
            .is_some_and(|t| t.is("till") || t.is("until"))
        && !super::verdict_shapes::until_a_time(toks, start + 1)
    {
        return None;
    }
    // "85 lessons moved to online": moved to a place, not put off to a time.
    if raw == Verdict::Defer
        && word == "moved"
        && !super::verdict_shapes::moved_to_a_time(toks, end)
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
            || super::verdict_shapes::stop_told_as_saving(toks, end)
            || super::verdict_shapes::stop_of_counted_habit(toks, end))
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
                        && !super::money_words::continues_amount(&w[2]))
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
    if hedged && !(wished && super::verdict_shapes::agreed_after(toks, end)) && !wait_wished {
        return None;
    }
    // "The board will sign off the upgrade in March": a verdict still to come.
    if super::verdict_shapes::verdict_to_come(toks, start) {
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

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    /// Each text's verdict is the one given (`None`: no verdict).
    fn assert_verdicts(cases: &[(&str, Option<Verdict>)]) {
        for (text, want) in cases {
            let got = find_verdict(&tokenize(text)).map(|f| f.verdict);
            assert_eq!(got, *want, "{text}");
        }
    }

    /// The shapes are tried only at their listed openers: over every message of the
    /// corpus, no shape finds a verdict at a word [`SHAPE_OPENERS`] lacks (a shape added
    /// without its first words would be skipped, and this fails).
    #[test]
    fn no_shape_opens_on_a_word_not_listed() {
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
        let mut files = vec![];
        for dir in [corpus.clone(), corpus.join("training")] {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                let file = if path.is_dir() {
                    path.join("messages.jsonl")
                } else {
                    path
                };
                // The holdout measures text nobody read for the rules: not even this.
                let holdout = file.file_name().is_some_and(|n| n == "holdout.jsonl");
                if file.extension().is_some_and(|e| e == "jsonl") && file.exists() && !holdout {
                    files.push(file);
                }
            }
        }
        assert!(files.len() > 40, "{files:?}");
        let mut opened = 0;
        for file in files {
            for line in std::fs::read_to_string(&file).unwrap().lines() {
                let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                    continue;
                };
                let toks = tokenize(v["message"].as_str().unwrap_or_default());
                for i in 0..toks.len() {
                    let found =
                        shape_at(&toks, i).is_some() || shape_before_phrases_at(&toks, i).is_some();
                    if opens_a_shape(&toks[i]) {
                        opened += usize::from(found);
                    } else {
                        assert!(!found, "{} at {:?} in {}", toks[i].lower, file, line);
                    }
                }
            }
        }
        assert!(opened > 50, "{opened}");
    }

    #[test]
    fn verbs_idioms_and_negation() {
        use Verdict::*;
        let cases: &[(&str, Option<Verdict>)] = &[
            ("we approved £250k", Some(Approve)),
            ("the board green-lit it", Some(Approve)),
            ("Finance signed off the spend", Some(Approve)),
            ("they turned it down", Some(Reject)),
            ("exec said no", Some(Reject)),
            ("Parking the HR portal till Q3", Some(Defer)),
            ("pushed to Q3", Some(Defer)),
            ("we pulled the plug on it", Some(Stop)),
            ("decided to stop the data lake", Some(Stop)),
            ("carry on as planned", Some(Continue)),
            ("cut to £100k", Some(Rescope)),
            ("we did not approve the bid", Some(Reject)),
            ("haven't approved it yet", None),
            ("we're not stopping it", Some(Continue)),
            ("need sign off from the CFO", None),
            ("should we approve it?", None),
            ("not approved, parked till March", Some(Defer)),
            ("met Ops today", None),
            ("the new firewall stopped 12 intrusion attempts", None),
            ("it has stopped over 300 duplicate orders", None),
            ("we stopped the pilot", Some(Stop)),
            ("the kiosks: we're winding it down", Some(Stop)),
            (
                "they decided to stop it as the airlines moved to Shell",
                Some(Stop),
            ),
            ("not this year, revisit in Q1", Some(Defer)),
            ("no budget left, revisit next spring", Some(Defer)),
            ("approved phase 1, revisit in Q3 for phase 2", Some(Approve)),
            ("we will revisit the numbers", None),
            ("we go on with the kiosk trial", Some(Continue)),
            ("kiosks: we're not going ahead", Some(Reject)),
            ("scrap rate is down to 2%", None),
        ];
        assert_verdicts(cases);
    }

    #[test]
    fn a_verdict_word_as_the_subject_is_a_noun() {
        use Verdict::*;
        let cases: &[(&str, Option<Verdict>)] = &[
            ("scrap is down since the oven telemetry went in", None),
            ("waste and scrap were up 4% in October", None),
            ("parking is a nightmare at the depot", None),
            ("we scrap it, the vendor is gone", Some(Stop)),
            ("scrapped, the vendor is gone", Some(Stop)),
        ];
        assert_verdicts(cases);
    }

    #[test]
    fn accepting_a_new_cost_is_a_rescope() {
        use Verdict::*;
        let cases: &[(&str, Option<Verdict>)] = &[
            (
                "cost up to £710k after the survey, the board accepted the new figure",
                Some(Rescope),
            ),
            ("exco accepted the revised budget of $2.1m", Some(Rescope)),
            ("the vendor accepted our terms", None),
        ];
        assert_verdicts(cases);
    }
}
