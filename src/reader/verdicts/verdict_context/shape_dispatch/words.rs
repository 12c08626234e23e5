//! Words several verdict shapes open on, listed once for [`super::SHAPES`], and the words
//! that open none of them but those that open on any word.

pub(super) const YES_NO: &[&str] = &["ok", "okay", "yes", "go", "no", "nah", "nope", "hold"];
pub(super) const TERSE: &[&str] = &[
    "tbd", "yeah", "sign", "dead", "agreed", "✅", "🚫", "❌", "⛔", "won't", "wont", "👍", "no",
    "agree", "⏸",
];
pub(super) const PUT_OFF: &[&str] = &[
    "leave", "leaving", "left", "wait", "waiting", "put", "sits", "waits", "slide", "slip", "tbd",
    "tbc",
];
pub(super) const KEEP: &[&str] = &["keep", "keeps", "keeping", "kept"];
pub(super) const SIGN: &[&str] = &["sign", "signs", "signed", "signing"];
pub(super) const TELL: &[&str] = &["told", "tell", "telling"];
pub(super) const PULL: &[&str] = &["pull", "pulls", "pulled", "pulling"];
pub(super) const FINE: &[&str] = &["fine", "grand", "ok", "okay", "good", "happy"];

/// Words a shape may open on (`opens_a_shape`) that open none of [`super::SHAPES`] but those
/// that open on any word: only shapes tried before the phrases (`shape_before_phrases_at`)
/// or a time open here.
pub(super) const NONE_BUT_ANY_WORDS: &[&str] = &[
    "accept",
    "accepts",
    "ahead",
    "approve",
    "approved",
    "approves",
    "are",
    "aren't",
    "back",
    "continues",
    "okayed",
    "proceeds",
    "restarted",
    "restarting",
    "restarts",
    "they're",
    "we're",
    "q1",
    "q2",
    "q3",
    "q4",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
