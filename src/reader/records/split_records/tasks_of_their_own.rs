//! Whether a sentence without a record of its own, or a task, after a record is a note of
//! its own: a task handed on, asked, told or wanted, or one closing work put off (see
//! `split`).

use super::*;

/// What `split`'s loop knows, at a sentence, of it and of the record before it.
#[derive(Clone, Copy)]
pub(super) struct Current<'a> {
    /// Whether the current record carries one yet.
    pub(super) carries: bool,
    /// Whether the sentence has a record.
    pub(super) record: bool,
    /// The investment the sentence names.
    pub(super) named: Option<&'a Vec<Target>>,
    /// The investment the current record names.
    pub(super) about: Option<&'a Vec<Target>>,
    /// Whether the sentence names its investment only by a guess from the work a name
    /// says ("set up the rollout calendar" for MFA Rollout).
    pub(super) guessed: bool,
}

/// Whether every investment named in the sentence `(a, b)` is a guess from one word of
/// work done ("rollout", "migration", "upgrade"): the work at hand, said of the record's
/// own thing as much as of the name's; or from one word the name does not hold ("the
/// tills" for Concessions POS Refresh), which may be any thing's.
pub(super) fn named_only_by_its_work(
    toks: &[Token],
    names: &[NameMatch],
    index: &NameIndex,
    (a, b): (usize, usize),
) -> bool {
    let by_work = |m: &NameMatch| {
        let word = &toks[m.start].lower;
        let not_its_own = match m.targets[..] {
            [Target::Investment(inv)] => !index.name_has_word(inv, word),
            _ => false,
        };
        m.guessed
            && m.end == m.start + 1
            && (crate::reader::name_variants::work_on(word)
                || not_its_own
                || before_its_seller(toks, m.end))
    };
    let mut named = names.iter().filter(|m| {
        m.start >= a && m.start < b && m.targets.iter().any(|t| matches!(t, Target::Investment(_)))
    });
    named.next().is_some_and(by_work) && named.all(by_work)
}

/// "… send the revised layout to the machine supplier" (round B57): the word guessed is
/// said before who sells, fits or services such things, the other noun its phrase is
/// about, not a thing of its own.
fn before_its_seller(toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "supplier"
                | "suppliers"
                | "vendor"
                | "vendors"
                | "dealer"
                | "dealers"
                | "installer"
                | "installers"
                | "manufacturer"
                | "maker"
                | "rep"
        )
    })
}

/// Whether the sentence `part` is a task that is a note of its own after the record opened
/// at the last of `starts`.
#[inline]
pub(super) fn task_of_its_own(
    toks: &[Token],
    part: (usize, usize),
    current: Current<'_>,
    starts: &[usize],
    currency: Currency,
) -> bool {
    let Current {
        carries,
        record,
        named,
        about,
        guessed,
    } = current;
    // "… approved, £33k, also @dwayne to order the silos by 12/15": a task handed to a
    // handle, announced as another item after a record, is a note of its own, whatever it
    // names (one joined by ", and @lee is to …" stays the decision's: convention 46).
    let handed_on = carries
        && !record
        && part.0 > 0
        && toks[part.0 - 1].is_sym(",")
        && announced_task(toks, part);
    // "… approved forty thousand new line and Shane can you get the inspector booked by
    // the 11th": a task asked of someone on a line of its own, after a record, is a note
    // of its own.
    let asked_on_a_line = carries
        && asks_someone_on_a_line(toks, part)
        && find_verdict_in(toks, part.0, part.1).is_none();
    // "… about $4,100 for the month. @ronnie send the bank the kiln 4 drawings too by
    // Monday": a handle told to work on another investment than the result before, told
    // with its figure though with no verdict, is a note of its own (after news with no
    // figure, "Bore at Lorna Downs is pumping sand again. @tommo pull it …", the errand
    // is the news's own, whatever else its words name).
    let figure_before = || {
        let last = *starts.last().expect("starts with the first");
        !find_money(&toks[last..part.0], currency).is_empty()
    };
    // "… approved for every Arizona site, $186k, …. @kayla will set up the rollout calendar
    // by 12/14": a name only guessed from the work the task is on is no other investment.
    let told_other = (carries || about.is_some() && figure_before())
        && named.is_some()
        && !guessed
        && named != about
        && tells_a_handle_to_work(toks, part)
        && find_verdict_in(toks, part.0, part.1).is_none();
    // "… on hold till April; …. @gareth to get crane hire costs for the gap by 11/12.".
    let closing_task = carries
        && !record
        && later_items::task_closing_after_work_put_off(
            toks,
            part,
            *starts.last().expect("starts with the first"),
            starts.len(),
        );
    // "… passed its load test. Also Mick wants the parts washer priced by the 18th":
    // after news or a record, a task someone wants, announced as another item.
    let wanted_task = (carries || about.is_some())
        && !record
        && named.is_none_or(|n| Some(n) != about)
        && someone_wants_a_task(toks, part);
    // "…\n• new site offices – no, …\nGemma to send the bank the papers by 11/12.".
    let closes_list =
        carries && !record && super::list_closing_task::task_closing_a_list(toks, part);
    // "… told Nate no on the new phone system, …. Troy, can you get me the updated rail loop
    // schedule by the 11th?": asked by name about another thing than the record before's
    // (round B48).
    let asked_by_name = carries
        && named.is_some()
        && !guessed
        && named != about
        && asks_someone_by_name(toks, part)
        && find_verdict_in(toks, part.0, part.1).is_none();
    handed_on
        || wanted_task
        || closing_task
        || told_other
        || asked_on_a_line
        || closes_list
        || asked_by_name
}
