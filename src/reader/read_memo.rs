//! Answers worked out once per message read: the same span of a message is asked for its
//! verdict or its amounts by several passes (splitting records, each record's passes, the
//! spans outside names), and each asking used to scan the words again.
//!
//! Why a remembered answer is the answer a new scan would give:
//! - [`Reader::read`](super::Reader::read) holds a [`MessageMemo`] for the message's own
//!   tokens while it reads. That vector is neither changed nor freed until the read ends
//!   (only the tokens' look-up memos, which change no answer, are written), so a non-empty
//!   slice whose memory lies inside it *is* those tokens: its place (offset and length)
//!   fixes its words. Slices of other vectors (a sentence re-tokenised, "said with the
//!   verdict") are never remembered, since their memory may be reused by the next one.
//! - The functions remembered read nothing but their arguments (no settings, no state): the
//!   same words, bounds and currencies give the same answer. The one setting a verdict
//!   look reads, the tenant's currency (round V61: whether money is said after "no longer
//!   on hold"), is held by the memo itself and fixed for the read, as the tokens are. The key holds the slice's
//!   whole place, not just the bounds asked about, because the passes look past their
//!   bounds ("revisit in …" looks at the next word) and back to the slice's start.
//! - The memo is dropped when the read ends (or unwinds), and a read inside a read keeps
//!   its own, restoring the outer one after.

use super::money_words::MoneyMention;
use super::names::NameMatch;
use super::tokens::Token;
use super::verdicts::VerdictFinding;
use crate::money::Currency;
use std::cell::RefCell;

/// Which verdict look a remembered answer is for.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum VerdictLook {
    English,
    French,
}

/// A slice's place in the message's tokens: offset and length.
type Place = (usize, usize);

struct Memo {
    /// The message's tokens: their first token's address and how many.
    base: usize,
    len: usize,
    verdicts: Vec<(VerdictLook, Place, usize, usize, Option<VerdictFinding>)>,
    money: Vec<(Place, Currency, Currency, Vec<MoneyMention>)>,
    /// The names a name index (by its address: the reader's, alive for the whole read)
    /// finds in a slice.
    names: Vec<(usize, Place, Vec<NameMatch>)>,
    /// Where a text said lies in a slice's tokens of a message text (round P58): the
    /// text and what was said kept whole, compared whole.
    spans: Vec<SpanKept>,
    /// The currency the tenant counts in, for the few verdict looks that ask whether money
    /// is said (round V61); fixed for the whole read, as the tokens are, so a remembered
    /// verdict stays the one a new look would find. `None` outside a read.
    currency: Option<Currency>,
}

impl Memo {
    /// A memo for `toks` read in `currency`, in the room `spare` kept (its lists emptied)
    /// or in new room made for a message's usual asks.
    fn for_tokens(toks: &[Token], currency: Option<Currency>, spare: Option<Memo>) -> Memo {
        let mut memo = spare.unwrap_or_else(|| Memo {
            base: 0,
            len: 0,
            verdicts: Vec::with_capacity(16),
            money: Vec::with_capacity(8),
            names: Vec::new(),
            spans: Vec::new(),
            currency: None,
        });
        memo.base = toks.as_ptr() as usize;
        memo.len = toks.len();
        memo.currency = currency;
        memo
    }

    /// The memo emptied, its room kept for the next message (round P63): it remembers
    /// nothing and holds no currency, as no memo does, so no answer changes.
    fn emptied(mut self) -> Memo {
        self.base = 0;
        self.len = 0;
        self.currency = None;
        self.verdicts.clear();
        self.money.clear();
        self.names.clear();
        self.spans.clear();
        self
    }
}

/// A remembered span: the slice's place, the text, the words said, and where they lie.
type SpanKept = (Place, String, String, Option<(usize, usize)>);

impl Memo {
    /// Where `toks` sits in the message's tokens, if it is a non-empty slice of them.
    fn place(&self, toks: &[Token]) -> Option<Place> {
        let size = std::mem::size_of::<Token>();
        let at = (toks.as_ptr() as usize).checked_sub(self.base)?;
        let offset = at / size;
        (!toks.is_empty() && at % size == 0 && offset + toks.len() <= self.len)
            .then_some((offset, toks.len()))
    }
}

thread_local! {
    static MEMO: RefCell<Option<Memo>> = const { RefCell::new(None) };
    /// The last read's memo, emptied, whose room the next read takes rather than making
    /// its own (round P63: four lists made and freed at every message).
    static SPARE: RefCell<Option<Memo>> = const { RefCell::new(None) };
}

/// Remembers answers about one message's tokens while it lives (see the module's note).
pub(super) struct MessageMemo {
    outer: Option<Memo>,
}

impl MessageMemo {
    /// [`MessageMemo::start_in`] in the currency of the read under way, if any: tests of the
    /// memo alone start one this way.
    #[cfg(test)]
    pub(super) fn start(toks: &[Token]) -> MessageMemo {
        let currency = tenant_currency();
        MessageMemo::start_in(toks, currency)
    }

    /// Starts remembering answers about `toks`, which must stay unchanged and alive for as
    /// long as the returned guard lives (hold it next to them), read in a tenant that counts
    /// in `currency`.
    pub(super) fn start_in(toks: &[Token], currency: Option<Currency>) -> MessageMemo {
        let spare = SPARE.with(|s| s.borrow_mut().take());
        let memo = Memo::for_tokens(toks, currency, spare);
        MessageMemo {
            outer: MEMO.with(|m| m.replace(Some(memo))),
        }
    }
}

impl Drop for MessageMemo {
    fn drop(&mut self) {
        let outer = self.outer.take();
        let done = MEMO.with(|m| m.replace(outer));
        // Its room kept for the next read (a read inside a read leaves the outer's spare).
        if let Some(done) = done {
            SPARE.with(|s| {
                if let Ok(mut spare) = s.try_borrow_mut() {
                    if spare.is_none() {
                        *spare = Some(done.emptied());
                    }
                }
            });
        }
    }
}

/// The currency the tenant of the message being read counts in, if a read is under way.
pub(super) fn tenant_currency() -> Option<Currency> {
    MEMO.with(|m| m.borrow().as_ref().and_then(|memo| memo.currency))
}

/// `look`'s verdict between `from` and `to` of `toks`, remembered for the message's own
/// tokens; `find` works it out when it is not yet known.
pub(super) fn verdict_in(
    look: VerdictLook,
    toks: &[Token],
    from: usize,
    to: usize,
    find: impl FnOnce() -> Option<VerdictFinding>,
) -> Option<VerdictFinding> {
    remembered(
        toks,
        |memo, place| {
            memo.verdicts
                .iter()
                .find(|e| e.0 == look && e.1 == place && e.2 == from && e.3 == to)
                .map(|e| e.4)
        },
        |memo, place, found| memo.verdicts.push((look, place, from, to, *found)),
        find,
    )
}

/// `look`'s verdict between `from` and `to` of `toks` if it is remembered already
/// (`Some(None)`: looked for, and none found); `None` when it was not looked for yet, or
/// `toks` are not the message's own.
pub(super) fn known_verdict(
    look: VerdictLook,
    toks: &[Token],
    from: usize,
    to: usize,
) -> Option<Option<VerdictFinding>> {
    MEMO.with(|m| {
        let m = m.borrow();
        let memo = m.as_ref()?;
        let place = memo.place(toks)?;
        memo.verdicts
            .iter()
            .find(|e| e.0 == look && e.1 == place && e.2 == from && e.3 == to)
            .map(|e| e.4)
    })
}

/// The amounts of `toks` (see [`super::money_words::find_money_in`]), remembered for the
/// message's own tokens; `find` works them out when they are not yet known.
pub(super) fn money_in(
    toks: &[Token],
    default: Currency,
    bare: Currency,
    find: impl FnOnce() -> Vec<MoneyMention>,
) -> Vec<MoneyMention> {
    remembered(
        toks,
        |memo, place| {
            memo.money
                .iter()
                .find(|e| e.0 == place && e.1 == default && e.2 == bare)
                .map(|e| e.3.clone())
        },
        |memo, place, found| memo.money.push((place, default, bare, found.clone())),
        find,
    )
}

/// The names the index at address `index` finds in `toks` (see
/// [`super::names::NameIndex::find`]), remembered for the message's own tokens; `find`
/// works them out when they are not yet known. The index is the reader's own, which lives
/// and stays unchanged for the whole read, so its address names it while the memo lives.
pub(super) fn names_in(
    index: usize,
    toks: &[Token],
    find: impl FnOnce() -> Vec<NameMatch>,
) -> Vec<NameMatch> {
    remembered(
        toks,
        |memo, place| {
            memo.names
                .iter()
                .find(|e| e.0 == index && e.1 == place)
                .map(|e| e.2.clone())
        },
        |memo, place, found| memo.names.push((index, place, found.clone())),
        find,
    )
}

/// Where `said` lies in `toks` of `text` (`reasons::choosing::span_of`), remembered for the
/// message's own tokens with the text and the words said: the rationale's choices ask it
/// of the same chosen clause again and again (round P58). `span_of` reads nothing but
/// these three, and the tokens' offsets are fixed by their place (see the module's note).
pub(super) fn span_in(
    text: &str,
    toks: &[Token],
    said: &str,
    find: impl Fn() -> Option<(usize, usize)>,
) -> Option<(usize, usize)> {
    let found = remembered(
        toks,
        |memo, place| {
            memo.spans
                .iter()
                .find(|e| e.0 == place && e.1 == text && e.2 == said)
                .map(|e| e.3)
        },
        |memo, place, found| {
            memo.spans
                .push((place, text.to_string(), said.to_string(), *found))
        },
        &find,
    );
    // Every remembered answer in the library's tests is checked against a new one.
    #[cfg(test)]
    assert_eq!(found, find(), "{said:?} in {text:?}");
    found
}

/// The answer `known` finds remembered for `toks`' place, or `find`'s, then remembered
/// with `keep`. Without a memo for the message, or for a slice of other tokens, just
/// `find`'s. No borrow is held while `find` runs: it may ask for other answers.
fn remembered<T>(
    toks: &[Token],
    known: impl FnOnce(&Memo, Place) -> Option<T>,
    keep: impl FnOnce(&mut Memo, Place, &T),
    find: impl FnOnce() -> T,
) -> T {
    let looked = MEMO.with(|m| {
        let m = m.borrow();
        let memo = m.as_ref()?;
        let place = memo.place(toks)?;
        Some((place, known(memo, place)))
    });
    match looked {
        None => find(),
        Some((_, Some(found))) => found,
        Some((place, None)) => {
            let found = find();
            MEMO.with(|m| {
                if let Some(memo) = m.borrow_mut().as_mut() {
                    keep(memo, place, &found);
                }
            });
            found
        }
    }
}

#[cfg(test)]
mod p63_tests {
    use super::*;
    use crate::reader::tokens::tokenize;

    /// Round P63: a read's memo made in the room the last read's left remembers nothing
    /// of it (neither its answers nor its currency), and a read inside a read still keeps
    /// its own. Invented: a ropewalk's message.
    #[test]
    fn a_memo_in_the_last_reads_room_remembers_nothing_of_it() {
        let toks = tokenize("The ropewalk approved the new hemp twister at £8k");
        let worked_out = std::cell::Cell::new(0);
        let find = || {
            worked_out.set(worked_out.get() + 1);
            Vec::new()
        };
        {
            let _memo = MessageMemo::start_in(&toks, Some(Currency::GBP));
            names_in(1, &toks, find);
            names_in(1, &toks, find);
            assert_eq!(worked_out.get(), 1);
            assert_eq!(tenant_currency(), Some(Currency::GBP));
            {
                let _inner = MessageMemo::start_in(&toks[1..], None);
                assert_eq!(tenant_currency(), None);
                names_in(1, &toks, find);
                assert_eq!(worked_out.get(), 2);
            }
            assert_eq!(tenant_currency(), Some(Currency::GBP));
            names_in(1, &toks, find);
            assert_eq!(worked_out.get(), 2);
        }
        assert_eq!(tenant_currency(), None);
        for _ in 0..2 {
            let _memo = MessageMemo::start_in(&toks, None);
            assert_eq!(tenant_currency(), None);
            let before = worked_out.get();
            names_in(1, &toks, find);
            names_in(1, &toks, find);
            assert_eq!(worked_out.get(), before + 1);
        }
    }
}
