//! Refusals: wordings that turn the work down ("rejected", "hard no", "told them no",
//! "will not be bought"), plain, formal and in chat.

use crate::domain::Verdict;

pub(super) const REFUSALS: &[(&str, Verdict)] = &[
    ("reject", Verdict::Reject),
    ("rejected", Verdict::Reject),
    // "rej on the catering van", "SXSW popup — rej.": the chat abbreviation.
    ("rej", Verdict::Reject),
    ("rejecting", Verdict::Reject),
    // "Let's not do it this year. If QuickBooks is still giving trouble in June we'll look
    // again." (round V54): the writer's own no, put off when a time to look again follows
    // (convention 60).
    ("let's not do it", Verdict::Reject),
    ("lets not do it", Verdict::Reject),
    // "Chamara says we cannot do it this year, we will continue hiring …", "Weighbridge
    // replacement cannot be considered in this budget." (round V57): a formal "cannot" for
    // the year or the budget, no time to look again given (convention 60).
    ("cannot do it this year", Verdict::Reject),
    ("can't do it this year", Verdict::Reject),
    ("cannot be considered in this budget", Verdict::Reject),
    ("cannot be considered this year", Verdict::Reject),
    ("cannot be considered at this time", Verdict::Reject),
    ("can't be considered in this budget", Verdict::Reject),
    ("can't be considered this year", Verdict::Reject),
    ("rejects", Verdict::Reject),
    // "Board decision: de Holetown distributor deal off." (round V68): the deal called off
    // before it was made, as "deal done" approves it.
    ("deal off", Verdict::Reject),
    ("deal is off", Verdict::Reject),
    // "Chairman Sir has not agreed to the gas generator. … So it is dropped." (round V63):
    // who decides not agreeing to the thing refuses it ("hasn't agreed to the roof unit",
    // a landlord's, is a reason after the verdict and stays so).
    ("has not agreed to the", Verdict::Reject),
    ("have not agreed to the", Verdict::Reject),
    ("turned down", Verdict::Reject),
    // "seamus says catch yerself on re the crisp vending machines": Ulster's "don't be
    // daft" said to a thing (round V49).
    ("catch yerself on", Verdict::Reject),
    ("catch yourself on", Verdict::Reject),
    ("catch yersel on", Verdict::Reject),
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
    // "oom says nee to the zipline over the camps" (round S49): Afrikaans and Dutch "no",
    // and Geordie's "nee", in English chat.
    ("nee to", Verdict::Reject),
    ("said nee", Verdict::Reject),
    ("declined", Verdict::Reject),
    // "Ma'am Tess disapproved the driver simulator" (round V48): approval refused.
    ("disapproved", Verdict::Reject),
    ("disapprove", Verdict::Reject),
    // "the change request was denied": formal and passive.
    ("denied", Verdict::Reject),
    ("knocked back", Verdict::Reject),
    // "we're NOT doing the sensors rollout": the work refused, said plainly.
    ("we're not doing", Verdict::Reject),
    ("we are not doing", Verdict::Reject),
    ("we aren't doing", Verdict::Reject),
    // "We will not be doing the drone spraying trial that the rep pitched" (round S43).
    ("we will not be doing", Verdict::Reject),
    ("we won't be doing", Verdict::Reject),
    ("we'll not be doing", Verdict::Reject),
    // "We will not be buying the second gas generator", "we won't be buying a …", and the
    // one named not doing it: "Gil came back to me … He's not doing it this year — …"
    // (round S44).
    ("we will not be buying", Verdict::Reject),
    ("we won't be buying", Verdict::Reject),
    ("we'll not be buying", Verdict::Reject),
    ("we're not buying", Verdict::Reject),
    ("we are not buying", Verdict::Reject),
    ("he's not doing it", Verdict::Reject),
    ("she's not doing it", Verdict::Reject),
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
    // Fijian "sega" (no): "Outer-island buying boat — sega for now, …" (round S55).
    ("sega for now", Verdict::Defer),
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
];
