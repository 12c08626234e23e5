//! Approvals: wordings that give the go-ahead ("signed off", "green-lit", "got the nod"),
//! with the money-made-available, restarted and part-granted forms read as approvals.

use crate::domain::Verdict;

pub(super) const APPROVALS: &[(&str, Verdict)] = &[
    ("approve", Verdict::Approve),
    ("approved", Verdict::Approve),
    ("approves", Verdict::Approve),
    ("approving", Verdict::Approve),
    ("aproved", Verdict::Approve),
    // "jeremy say ok to cctv …, kumar can proceed" (round S50): the go-ahead told to the
    // one who does it, not work carried on.
    ("can proceed", Verdict::Approve),
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
    // "ok so de truck deal done - Chairman sign", "Di generator deal done after all" (round
    // V68): the purchase's deal closed.
    ("deal done", Verdict::Approve),
    ("deal is done", Verdict::Approve),
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
    // "he agree to the refrigerated vans, HK$760k": the verb's ending left out, as
    // second-language writers do (round S46).
    ("agree to the", Verdict::Approve),
    // A board or committee "agreed the CRM replacement at £86,000": agreeing a thing is
    // approving it ("agreed the revised budget" is a rescope: `new_cost_accepted_at`).
    ("agreed the", Verdict::Approve),
    // "He has agreed to the new greenhouse poly for blocks 1 to 4 at KSh 16M" (round V54):
    // agreeing to the thing ("have agreed to push it to March" agrees to a wait; "hasn't
    // agreed to the roof unit" is no yes).
    ("has agreed to the", Verdict::Approve),
    ("have agreed to the", Verdict::Approve),
    ("will fund", Verdict::Approve),
    ("said yes", Verdict::Approve),
    // "They'll do the equipment loan at 6.9%, so Gary says go — $58,000 for the T66": the
    // decider's "go" passed on (round S47).
    ("says go", Verdict::Approve),
    ("said go", Verdict::Approve),
    // "the board said aye to the lice cameras": Scots and northern English yes.
    ("said aye to", Verdict::Approve),
    // The yes in the writer's own tongue (round S55): Fijian "Mr Prasad said io to the
    // vacuum packer", Guyanese Creole "Mrs R seh yes fuh de staff bus", Tok Pisin "GM tok
    // yes long bean grader".
    ("said io to the", Verdict::Approve),
    // "moisture lab ok by GM. 30k" (round S55): the ok given by the one who decides, named
    // by their title ("is it ok by you?" names no decider).
    ("ok by gm", Verdict::Approve),
    ("ok by the gm", Verdict::Approve),
    ("ok by md", Verdict::Approve),
    ("ok by the md", Verdict::Approve),
    ("ok by ceo", Verdict::Approve),
    ("ok by the ceo", Verdict::Approve),
    ("ok by cfo", Verdict::Approve),
    ("ok by the cfo", Verdict::Approve),
    ("ok by board", Verdict::Approve),
    ("ok by the board", Verdict::Approve),
    ("ok by boss", Verdict::Approve),
    ("ok by the boss", Verdict::Approve),
    ("says io to the", Verdict::Approve),
    ("seh yes", Verdict::Approve),
    ("tok yes long", Verdict::Approve),
    // "alhaji said ok for the borehole. 95k cedis." (round S52): the ok said for the thing.
    ("said ok for the", Verdict::Approve),
    ("said okay for the", Verdict::Approve),
    ("says ok for the", Verdict::Approve),
    // "the supplier cannae fit the new one till February, so Alasdair says order it anyway"
    // (round S52): going ahead whatever the delay.
    ("order it anyway", Verdict::Approve),
    ("order them anyway", Verdict::Approve),
    ("buy it anyway", Verdict::Approve),
    // "so Alhaji says we should pay anyway and hire a truck for January" (round V54,
    // convention 72): the spending word said "anyway" by the one deciding, or told to us,
    // is the yes to spend ("we pay anyway if it sits" is a fact, with no such opener).
    ("should pay anyway", Verdict::Approve),
    ("says pay anyway", Verdict::Approve),
    ("said pay anyway", Verdict::Approve),
    ("pay for it anyway", Verdict::Approve),
    ("pay for them anyway", Verdict::Approve),
    ("buy them anyway", Verdict::Approve),
    ("should order anyway", Verdict::Approve),
    ("should buy anyway", Verdict::Approve),
    // "madam akosua has signed for the staff bus after all, GHS 410k" (round S52): signed
    // for the thing, the spending signed.
    ("has signed for the", Verdict::Approve),
    // "The board went round the houses and landed on one machine now instead of two —
    // £215k instead of £410k" (round S52): the choice settled on, a yes to it (cut back
    // to its figure when said against a bigger one: `figure_instead`).
    ("landed on", Verdict::Approve),
    ("settled on", Verdict::Approve),
    // "Gary came round on the Tucson forklift after all, $26k": the decider, won over,
    // agrees to the thing ("came round on Tuesday", "came round to the office" only visited).
    ("came round on the", Verdict::Approve),
    ("come round on the", Verdict::Approve),
    ("came around on the", Verdict::Approve),
    ("come around on the", Verdict::Approve),
    // "Robin changed his mind on the wi-fi for the touring field, £12k, since …": the same,
    // said as a mind changed (a "no" said after it is read as the refusal it is).
    ("changed his mind on the", Verdict::Approve),
    ("changed her mind on the", Verdict::Approve),
    ("changed their mind on the", Verdict::Approve),
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
    // "Bronwyn's given the thumbs up to the parent app": the thumbs up given ("the thumbs
    // up" alone is the noun, and the emoji given to a post decides nothing: `adjust`).
    ("given the thumbs up", Verdict::Approve),
    ("gave the thumbs up", Verdict::Approve),
    ("gives the thumbs up", Verdict::Approve),
    ("giving the thumbs up", Verdict::Approve),
    ("got the thumbs up", Verdict::Approve),
    ("gets the thumbs up", Verdict::Approve),
    // "Auntie Lei went give da thumbs up for repower Mana's twin diesels" (round V54):
    // Hawaiian Pidgin's past "went" before the verb, "gave".
    ("went give the thumbs up", Verdict::Approve),
    // Founders' chat: "LGTM on the SSO work, $85k" (a bare "lgtm" is a reaction).
    ("lgtm on", Verdict::Approve),
    ("lgtm for", Verdict::Approve),
    ("backed", Verdict::Approve),
    ("pouring", Verdict::Approve),
    ("is a go", Verdict::Approve),
    ("is go", Verdict::Approve),
    ("are a go", Verdict::Approve),
    ("it's a go", Verdict::Approve),
    // "he's ok with us buying the x-ray unit outright …, so that's a go" (round S51).
    ("that's a go", Verdict::Approve),
    // "We're a go on the LED field lights at $412k".
    ("we're a go", Verdict::Approve),
    // "We gone ahead and order 3 more strobe tuners" (round S57): the go-ahead told done
    // ("gone ahead and" is no phrase the table can hold: "and" ends one).
    ("gone ahead", Verdict::Approve),
    ("going ahead with", Verdict::Approve),
    ("going ahead", Verdict::Approve),
    // Australian: "the bottling line upgrade's a goer, $340k".
    ("a goer", Verdict::Approve),
    // "the donor CRM goes ahead since …".
    ("goes ahead", Verdict::Approve),
    ("go ahead with", Verdict::Approve),
    // "We're pressing ahead with thermal cameras over the wood pile, £46k".
    ("pressing ahead with", Verdict::Approve),
    ("press ahead with", Verdict::Approve),
    ("pressed ahead with", Verdict::Approve),
    // "Howard signed the lease on the Colne yard extension on Monday".
    ("signed the lease on", Verdict::Approve),
    ("signed the lease for", Verdict::Approve),
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
    // "Board voted to replace the 6,000 gal tank, not to exceed $41,000" (round S67): a body
    // that voted or decided to replace, buy, purchase or fund the thing approved it, as
    // one that agreed to does.
    ("voted to replace", Verdict::Approve),
    ("voted to buy", Verdict::Approve),
    ("voted to purchase", Verdict::Approve),
    ("voted to fund", Verdict::Approve),
    ("decided to replace", Verdict::Approve),
    ("decided to buy", Verdict::Approve),
    ("decided to purchase", Verdict::Approve),
    ("decided to fund", Verdict::Approve),
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
    // "It's back in at $135k", "It is on again, ₹12 lakh": back in the plan at a price,
    // or on again.
    ("it's back in at", Verdict::Approve),
    ("is back in at", Verdict::Approve),
    ("is on again", Verdict::Approve),
    ("it's on again", Verdict::Approve),
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
    // "Deb — ok on the spin casting machine, $54,000" (round S66): a yes said "on" the
    // thing, as "no on the …" refuses it.
    ("ok on the", Verdict::Approve),
    ("okay on the", Verdict::Approve),
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
    // "The commissary does get its walk-in freezer, another $22k": "gets" said with weight.
    ("does get", Verdict::Approve),
    ("do get", Verdict::Approve),
];
