//! Verdicts as Filipino writers say them in Taglish and Cebuano-English (round S45): the
//! English verb with the particles "na" (now, already), "lang" (just), "muna" and "sa"
//! (for now), and the Tagalog and Cebuano "tuloy" / "padayon" (it goes on); the Cebuano
//! "dili" (not) before "mo-proceed" refuses (round V46); the Tagalog "tigil na" (stop now)
//! stops, "no muna" (no for now) puts off, and an "ok daw" passed on approves (round S47).

use crate::domain::Verdict;

/// Fixed wordings, added to the verdict phrase table.
pub(super) const PHRASES: &[(&str, Verdict)] = &[
    // "go na ang queue kiosks sa Talisay", "Ok go na for the genset".
    ("go na", Verdict::Approve),
    // "tuloy ang appraiser training center", "tuloy pa rin ang …", "padayon ang …".
    ("tuloy ang", Verdict::Continue),
    ("tuloy na ang", Verdict::Continue),
    ("tuloy pa rin", Verdict::Continue),
    ("padayon ang", Verdict::Continue),
    // "hold lang sa, wala pay budget", "hold muna", "wait muna".
    ("hold lang", Verdict::Defer),
    ("hold muna", Verdict::Defer),
    ("wait muna", Verdict::Defer),
    // "stop na ang FB ads boost".
    ("stop na", Verdict::Stop),
    // "tigil na yung sms blast, ₱60k na nagastos …": Tagalog's "tigil" (stop) with "na"
    // (now) stops the thing (round S47).
    ("tigil na", Verdict::Stop),
    ("itigil na", Verdict::Stop),
    // "no muna sa tire changer, …": no for now puts off, as "a no for now" does (S47).
    ("no muna", Verdict::Defer),
    // "Ok daw ₱1.2M for the 2-post lift": "daw" passes on someone's "ok" (S47).
    ("ok daw", Verdict::Approve),
    ("okay daw", Verdict::Approve),
    // "dili na ta mo-proceed sa collector motorcycles, ₱285k for 3 …": the Cebuano "dili"
    // (not), "na" (any more) and "ta" / "mi" / "nato" (we) before "mo-proceed" or
    // "i-proceed" (go ahead with) refuse the thing (round V46).
    ("dili ta mo-proceed", Verdict::Reject),
    ("dili na ta mo-proceed", Verdict::Reject),
    ("dili mi mo-proceed", Verdict::Reject),
    ("dili na mi mo-proceed", Verdict::Reject),
    ("dili na nato i-proceed", Verdict::Reject),
    ("dili nato i-proceed", Verdict::Reject),
];
