//! Verdicts as round S25's writers said them: a reply in a pasted chat log ("not doing
//! it"), and English written as a second language by
//! Portuguese and Spanish speakers ("we make a pause until February", "stays in stand-by
//! until April", "we will not do this investment now, maybe in next year").

use crate::domain::Verdict;

/// Fixed wordings, added to the verdict phrase table. ("no from me" and "we pass" are not
/// among them: "She's a no from me on the station coffee machine lol" is chat, and "so we
/// pass the 2 stage cooling rule" passes a test.)
pub(super) const PHRASES: &[(&str, Verdict)] = &[
    // "not doing it. CS already records on the phone system".
    ("not doing it", Verdict::Reject),
    ("not doing this", Verdict::Reject),
    // "we make a pause until February" ("fazer uma pausa", "hacer una pausa").
    ("make a pause", Verdict::Defer),
    ("making a pause", Verdict::Defer),
    ("do a pause", Verdict::Defer),
    // "stays in stand-by until April", "we put it in standby".
    ("in stand-by", Verdict::Defer),
    ("in standby", Verdict::Defer),
    ("on stand-by", Verdict::Defer),
    ("on standby", Verdict::Defer),
    // "we will not do this investment now, maybe in next year".
    ("not do this investment now", Verdict::Defer),
    // Round S54's Icelandic and Tanzanian writers: "Gunni told me on the phone: ok for the
    // CO2 dosing", "the Director signed for the rainwater tanks, TSh 6.7m", "ok take it"
    // closing a pasted chat, and "bumblebees yes again next year".
    ("ok for the", Verdict::Approve),
    ("signed for the", Verdict::Approve),
    ("ok take it", Verdict::Approve),
    ("yes again", Verdict::Continue),
];
