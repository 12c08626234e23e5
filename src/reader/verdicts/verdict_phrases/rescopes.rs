//! Rescopes: wordings that change the work's size or price ("went with the cheaper",
//! "scaled back", "pared back", "down to phase 1", "halved", "cut").

use crate::domain::Verdict;

pub(super) const RESCOPES: &[(&str, Verdict)] = &[
    // "the board went with the cheaper big screen option, £210k instead of £340k": a
    // smaller version of the work chosen.
    // "the quote came in at $92k, way over the $60k we budgeted, so we're only doing the bit
    // over the gear bay this year, $41k": part of the work kept, a smaller version.
    ("we're only doing", Verdict::Rescope),
    // "Bean grader — supplier out of the big model, we take the smaller one at K98,000"
    // (round S55): the smaller or cheaper one taken at its price.
    ("take the smaller one at", Verdict::Rescope),
    ("take the cheaper one at", Verdict::Rescope),
    ("taking the smaller one at", Verdict::Rescope),
    ("taking the cheaper one at", Verdict::Rescope),
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
    // "We are scaling down solar phase two to the packhouse roof only" (round S43).
    ("scaling down", Verdict::Rescope),
    ("scaling it down", Verdict::Rescope),
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
    // "cutting it down to just a bigger compressor, $6,500 not the $21k full build" (round
    // S50): cut down, as "scaled down" is.
    ("cutting it down", Verdict::Rescope),
    ("cut it down", Verdict::Rescope),
    ("cutting down", Verdict::Rescope),
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
    // "We are reducing the sewing machines order from 12 to 8 — P 85k becomes P 57k" (round
    // S58): a count cut, kept only with its new money (see `qualified_or_counted`).
    ("we are reducing", Verdict::Rescope),
    ("we're reducing", Verdict::Rescope),
];
