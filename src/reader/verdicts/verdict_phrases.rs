//! The phrase table of verdicts: every fixed wording and the verdict it gives.

use super::*;

pub(super) const PHRASES: &[(&str, Verdict)] = &[
    // approve
    ("approve", Verdict::Approve),
    ("approved", Verdict::Approve),
    ("approves", Verdict::Approve),
    ("approving", Verdict::Approve),
    ("aproved", Verdict::Approve),
    // "Pulpery upgrade aprove, $6.2 million": approve misspelt, as "aproved" is.
    ("aprove", Verdict::Approve),
    ("approvd", Verdict::Approve),
    // "new smoker — appr, 22k", "stage 2 appr, $145k": the chat abbreviation ("appr." before
    // a number is "approximately": `terse_verdicts::approximately_at`).
    ("appr", Verdict::Approve),
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
    // "the board said aye to the lice cameras": Scots and northern English yes.
    ("said aye to", Verdict::Approve),
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
    // "we'll pick it back up in February": resumed later, so put off till then (only to a
    // time, as "comes back").
    ("pick it back up", Verdict::Defer),
    ("picking it back up", Verdict::Defer),
    ("pick it up again", Verdict::Defer),
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
    // "rej on the catering van", "SXSW popup — rej.": the chat abbreviation.
    ("rej", Verdict::Reject),
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
    // "Sales pitched a QR tracking tool, $18k — told them no, …": the writer's refusal.
    ("told them no", Verdict::Reject),
    ("told him no", Verdict::Reject),
    ("told her no", Verdict::Reject),
    // "Sauna refurb: trustees said nah.": the same answer in Australian and British chat.
    ("said nah", Verdict::Reject),
    ("said nope", Verdict::Reject),
    // "the board said non merci to the wearables": French "no thanks" in English chat.
    ("said non merci", Verdict::Reject),
    // "Told the fella thanks but no thanks on the aerial survey": a polite refusal.
    ("thanks but no thanks", Verdict::Reject),
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
    // "Vehicle GPS - knocking it on the head. $14k a year in subscriptions …": said of
    // work we have, ending it.
    ("knocking it on the head", Verdict::Stop),
    ("knock it on the head", Verdict::Stop),
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
    // "we're putting off the stormwater work till after the permit": the work named after.
    ("putting off", Verdict::Defer),
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
    // "We're quitting on them": we give the work up (a machine that "quit on us" broke).
    ("we're quitting on", Verdict::Stop),
    ("we are quitting on", Verdict::Stop),
    ("we're quittin on", Verdict::Stop),
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
    // "Payroll switch stays on track, Bev says …": kept going as planned, a choice; "is on
    // track" is news of progress, a note.
    ("stays on track", Verdict::Continue),
    ("stay on track", Verdict::Continue),
    // "we keep giving'r": Canadian for keeping at it full tilt.
    ("keep giving'r", Verdict::Continue),
    ("keep givin'er", Verdict::Continue),
    ("keep giving'er", Verdict::Continue),
    ("keep giving 'er", Verdict::Continue),
    ("carrying on", Verdict::Continue),
    // "Roof's going ahead as planned": work under way carries on, no new approval.
    ("going ahead as planned", Verdict::Continue),
    ("goes ahead as planned", Verdict::Continue),
    ("still going ahead as planned", Verdict::Continue),
    // "Accounts software – carry on as rescoped", "we continue as rescoped": the work goes
    // on in the scope already cut, no new rescope.
    ("carry on as rescoped", Verdict::Continue),
    ("carrying on as rescoped", Verdict::Continue),
    ("carries on as rescoped", Verdict::Continue),
    ("continue as rescoped", Verdict::Continue),
    ("continues as rescoped", Verdict::Continue),
    ("continuing as rescoped", Verdict::Continue),
    ("keep going as rescoped", Verdict::Continue),
    ("goes ahead as rescoped", Verdict::Continue),
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
    // "We stay with the migration even with the delay": the work kept going (what is kept
    // instead, "stay with the old system", yields to the verdict on the work:
    // `alternative_kept`).
    ("stay with the", Verdict::Continue),
    ("stays with the", Verdict::Continue),
    ("staying with the", Verdict::Continue),
    ("keep it going", Verdict::Continue),
    ("keep funding", Verdict::Continue),
    ("proceed", Verdict::Continue),
    ("proceeding", Verdict::Continue),
    // "RESOLVED that the hoist overhaul proceeds to the second phase as planned" (the
    // money a sale brings, "the proceeds of …", is said as a noun).
    ("proceeds", Verdict::Continue),
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
    // "the quote came in at $92k, way over the $60k we budgeted, so we're only doing the bit
    // over the gear bay this year, $41k": part of the work kept, a smaller version.
    ("we're only doing", Verdict::Rescope),
    ("we are only doing", Verdict::Rescope),
    ("we'll only do", Verdict::Rescope),
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
    // "Raw bar reno is getting pared back to $85k": cut back, as "trimmed" is.
    ("pared back", Verdict::Rescope),
    ("pared it back", Verdict::Rescope),
    ("pared down", Verdict::Rescope),
    // "Headrig carriage job's been whittled down to $96k": cut down, as "pared" is.
    ("whittled down", Verdict::Rescope),
    ("whittled back", Verdict::Rescope),
    ("whittled it down", Verdict::Rescope),
    ("downsized to", Verdict::Rescope),
    // "water reuse system is down to phase 1, $210k": brought down to one of its phases.
    ("down to phase", Verdict::Rescope),
    ("down to stage", Verdict::Rescope),
    ("halved", Verdict::Rescope),
    ("cut", Verdict::Rescope),
    ("slashed", Verdict::Rescope),
    ("cuts", Verdict::Rescope),
    ("reduced", Verdict::Rescope),
    ("reduce", Verdict::Rescope),
];

pub(super) fn table() -> &'static PhraseTable<Verdict> {
    static TABLE: OnceLock<PhraseTable<Verdict>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let phrases = [
            PHRASES,
            crate::reader::spoken_verdicts::PHRASES,
            crate::reader::plain_verdicts::PHRASES,
            crate::reader::second_language_verdicts::PHRASES,
        ]
        .concat();
        let pointed = super::pointed_phrases::pointed_variants(&phrases);
        let pointed: Vec<(&str, Verdict)> = pointed.iter().map(|(p, v)| (p.as_str(), *v)).collect();
        PhraseTable::new(&[phrases, pointed].concat())
    })
}
