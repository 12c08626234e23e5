//! A draft still waiting for an answer: what was read so far (the card's fields, the asked
//! one "asked below"), then its one short question, with the card's **Edit** (the same form
//! a full draft opens, to fill the asked field or name a registered investment) and
//! **Cancel**; no Confirm, since it cannot be logged until answered. Seeing what was read,
//! the person can tell whether the question is about the right thing before answering it.

use super::drafts::Draft;
use valuebridge_chat::{Block, Button, ButtonStyle, Reply};

/// Said under the question: the console has no form, and a field read wrong is better
/// corrected before the answer than after.
const HOW: &str = "Reply with your answer, `edit <field> <value>` to correct a field above, or `no` to drop the draft.";

/// `draft` as read so far, asking `question` about field `asked`, with its Edit and Cancel
/// buttons. A record of a message that held several says which one it is.
pub(super) fn asking(draft: &Draft, asked: &str, question: String) -> Reply {
    let draft_id = draft.id;
    let place = match draft.record_of {
        Some((i, n)) => format!(" (record {i} of {n} of your message)"),
        None => String::new(),
    };
    Reply::info()
        .notify(notification(draft_id, &question))
        .heading(format!(
            "Draft {draft_id}{place}, as read so far: {}",
            draft.proposal.kind()
        ))
        .fields(draft.proposal.read_so_far(asked))
        .paragraph(question)
        .paragraph(HOW)
        .buttons(vec![
            Button {
                label: "Edit".into(),
                action: format!("edit draft {draft_id}"),
                style: ButtonStyle::Secondary,
            },
            Button {
                label: "Cancel".into(),
                action: format!("cancel draft {draft_id}"),
                style: ButtonStyle::Danger,
            },
        ])
}

/// `reply` (draft `draft_id`'s, from [`asking`]) asking `question` instead: the reader's
/// question can be sharper ("…for: Sales or Service?") than the field's. The question is
/// the first paragraph after the draft's fields; the notification says the new one.
pub(super) fn asking_instead(mut reply: Reply, draft_id: u64, question: String) -> Reply {
    let after_fields = reply
        .blocks
        .iter()
        .position(|b| matches!(b, Block::Fields { .. }))
        .map_or(0, |i| i + 1);
    let asked = reply.blocks[after_fields..]
        .iter_mut()
        .find_map(|b| match b {
            Block::Paragraph { text } => Some(text),
            _ => None,
        });
    if let Some(text) = asked {
        // Made again from the draft and the question, never patched from the old line.
        reply.notification = Some(notification(draft_id, &question));
        *text = question;
    }
    reply
}

/// What a notification of the waiting draft says: the question, and which draft asks it
/// (the person may have several waiting).
fn notification(draft_id: u64, question: &str) -> String {
    format!("Draft {draft_id}: {question}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conversation::Proposal;
    use crate::money::{Currency, Money};

    fn actions(r: &Reply) -> Vec<String> {
        r.blocks
            .iter()
            .flat_map(|b| match b {
                Block::Buttons { buttons } => buttons.iter().map(|b| b.action.clone()).collect(),
                _ => Vec::new(),
            })
            .collect()
    }

    fn fields(r: &Reply) -> Vec<(String, String)> {
        r.blocks
            .iter()
            .flat_map(|b| match b {
                Block::Fields { fields } => fields.clone(),
                _ => Vec::new(),
            })
            .collect()
    }

    fn paragraphs(r: &Reply) -> Vec<&str> {
        r.blocks
            .iter()
            .filter_map(|b| match b {
                Block::Paragraph { text } => Some(text.as_str()),
                _ => None,
            })
            .collect()
    }

    /// Draft `id` of [`new_one`].
    fn draft(id: u64) -> Draft {
        Draft::new(id, new_one(), chrono::Utc::now(), None)
    }

    /// "ServiceTitan renewal approved at £40k", its unit not said.
    fn new_one() -> Proposal {
        Proposal::Investment {
            name: Some("ServiceTitan renewal".into()),
            unit: None,
            cost: Some(Money::new(4_000_000, Currency::GBP)),
            annual_benefit: None,
            years: None,
            category: None,
            start: None,
            then_decide: Some(crate::domain::Verdict::Approve),
            rationale: None,
            by: None,
            review: None,
        }
    }

    fn shown(r: &Reply, label: &str) -> String {
        fields(r)
            .into_iter()
            .find(|(k, _)| k == label)
            .map(|(_, v)| v)
            .unwrap_or_else(|| panic!("no {label} in {r:?}"))
    }

    #[test]
    fn a_waiting_draft_offers_edit_and_cancel_but_no_confirm() {
        let r = asking(&draft(7), "unit", "Which business unit is this for?".into());
        assert_eq!(actions(&r), ["edit draft 7", "cancel draft 7"]);
        assert_eq!(paragraphs(&r)[0], "Which business unit is this for?");
    }

    #[test]
    fn a_waiting_draft_shows_the_cards_fields_read_so_far_the_asked_one_to_come() {
        let r = asking(&draft(7), "unit", "Which business unit is this for?".into());
        assert!(
            matches!(&r.blocks[0], Block::Heading { text } if text == "Draft 7, as read so far: new investment and its decision"),
            "{r:?}"
        );
        assert!(matches!(r.blocks[1], Block::Fields { .. }), "{r:?}");
        assert!(matches!(r.blocks[2], Block::Paragraph { .. }), "{r:?}");
        // The card's labels, in the card's order.
        let card = new_one().card(7);
        let labels = |r: &Reply| fields(r).into_iter().map(|(k, _)| k).collect::<Vec<_>>();
        assert_eq!(labels(&r), labels(&card));
        assert_eq!(shown(&r, "Name"), "ServiceTitan renewal");
        assert_eq!(shown(&r, "Cost"), "£40,000");
        assert_eq!(shown(&r, "Then"), "log the decision: approve");
        assert_eq!(shown(&r, "Unit"), "asked below");
        assert_eq!(shown(&r, "Benefit a year"), "still needed");
        assert_eq!(shown(&r, "Category"), "still needed");
        // Not required: shown as the card shows it.
        assert_eq!(shown(&r, "Start"), "—");
    }

    #[test]
    fn under_the_question_it_says_how_to_correct_what_was_read() {
        let r = asking(&draft(7), "unit", "Which business unit is this for?".into());
        assert_eq!(
            paragraphs(&r),
            [
                "Which business unit is this for?",
                "Reply with your answer, `edit <field> <value>` to correct a field above, or `no` to drop the draft."
            ]
        );
    }

    #[test]
    fn a_record_of_a_message_that_held_several_says_which_it_is() {
        let second = Draft {
            record_of: Some((2, 3)),
            ..draft(8)
        };
        let r = asking(&second, "unit", "Which business unit is this for?".into());
        assert!(
            matches!(&r.blocks[0], Block::Heading { text } if text == "Draft 8 (record 2 of 3 of your message), as read so far: new investment and its decision"),
            "{r:?}"
        );
    }

    #[test]
    fn the_readers_sharper_question_keeps_the_fields_and_the_buttons() {
        let r = asking_instead(
            asking(&draft(3), "unit", "Which business unit is this for?".into()),
            3,
            "Which business unit is the CRM for: Sales or Service?".into(),
        );
        assert_eq!(
            paragraphs(&r),
            [
                "Which business unit is the CRM for: Sales or Service?",
                "Reply with your answer, `edit <field> <value>` to correct a field above, or `no` to drop the draft."
            ]
        );
        assert_eq!(shown(&r, "Name"), "ServiceTitan renewal");
        assert_eq!(actions(&r), ["edit draft 3", "cancel draft 3"]);
    }

    #[test]
    fn its_notification_is_the_question_with_its_draft_even_when_sharper() {
        let r = asking(&draft(3), "unit", "Which business unit is this for?".into());
        assert_eq!(
            r.notification.as_deref(),
            Some("Draft 3: Which business unit is this for?")
        );
        let r = asking_instead(
            r,
            3,
            "Which business unit is the CRM for: Sales or Service?".into(),
        );
        assert_eq!(
            r.notification.as_deref(),
            Some("Draft 3: Which business unit is the CRM for: Sales or Service?")
        );
    }

    /// The line is made again from the draft and the question, never patched from the old
    /// one: whatever the old line said (or if it said none), the new one names the draft.
    #[test]
    fn a_sharper_questions_notification_is_made_from_the_draft_not_from_the_old_line() {
        let mut r = asking(&draft(3), "unit", "Which unit: Sales or Service?".into());
        r.notification = Some("Which unit: Sales or Service?".into());
        let r = asking_instead(r, 3, "Which unit is the CRM for: Sales or Service?".into());
        assert_eq!(
            r.notification.as_deref(),
            Some("Draft 3: Which unit is the CRM for: Sales or Service?")
        );
        let mut r = asking(&draft(4), "unit", "Which unit is this for?".into());
        r.notification = None;
        let r = asking_instead(r, 4, "Which unit: Sales or Service?".into());
        assert_eq!(
            r.notification.as_deref(),
            Some("Draft 4: Which unit: Sales or Service?")
        );
    }
}
