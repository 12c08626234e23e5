//! A draft still waiting for an answer: its one short question, with the card's **Edit**
//! (the same form a full draft opens, to fill the asked field or name a registered
//! investment) and **Cancel**; no Confirm, since it cannot be logged until answered.

use valuebridge_chat::{Block, Button, ButtonStyle, Reply};

/// Draft `draft_id`'s `question`, with its Edit and Cancel buttons.
pub(super) fn asking(draft_id: u64, question: String) -> Reply {
    Reply::info().paragraph(question).buttons(vec![
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

/// `reply` (a waiting draft's, from [`asking`]) asking `question` instead: the reader's
/// question can be sharper ("…for: Sales or Service?") than the field's.
pub(super) fn asking_instead(mut reply: Reply, question: String) -> Reply {
    if let Some(Block::Paragraph { text }) = reply.blocks.first_mut() {
        *text = question;
    }
    reply
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actions(r: &Reply) -> Vec<String> {
        r.blocks
            .iter()
            .flat_map(|b| match b {
                Block::Buttons { buttons } => buttons.iter().map(|b| b.action.clone()).collect(),
                _ => Vec::new(),
            })
            .collect()
    }

    #[test]
    fn a_waiting_draft_offers_edit_and_cancel_but_no_confirm() {
        let r = asking(7, "What benefit a year do you expect from it?".into());
        assert_eq!(actions(&r), ["edit draft 7", "cancel draft 7"]);
        assert!(
            matches!(&r.blocks[0], Block::Paragraph { text } if text.starts_with("What benefit"))
        );
    }

    #[test]
    fn the_readers_sharper_question_keeps_the_buttons() {
        let r = asking_instead(
            asking(3, "Which business unit is this for?".into()),
            "Which business unit is the CRM for: Sales or Service?".into(),
        );
        assert!(
            matches!(&r.blocks[0], Block::Paragraph { text } if text.contains("Sales or Service"))
        );
        assert_eq!(actions(&r), ["edit draft 3", "cancel draft 3"]);
    }
}
