//! Confirming a draft: once however many presses arrive, all of its records (and the alias
//! it learnt) stored with the draft's closing in one write, or none of them.

use super::draft_fields::user;
use super::drafts::{Draft, Drafts};
use crate::service::{Caller, Failure, Service};
use valuebridge_chat::Reply;

impl Service {
    /// Confirms the draft once, however many presses arrive together: the others are told
    /// what it stored.
    pub(super) async fn confirm(
        &self,
        caller: &Caller,
        drafts: &Drafts,
        draft: Draft,
    ) -> Result<Reply, Failure> {
        let id = draft.id;
        let won = match super::claims::claim(self.store(), id).await? {
            super::claims::Claim::Won(won) => won,
            super::claims::Claim::Done(ids) => {
                return Ok(super::claims::already_confirmed(id, &ids))
            }
        };
        let result = self.confirm_claimed(caller, drafts, draft).await;
        won.finish(&result)?;
        result
    }

    async fn confirm_claimed(
        &self,
        caller: &Caller,
        drafts: &Drafts,
        draft: Draft,
    ) -> Result<Reply, Failure> {
        let Some(mut commands) = draft.proposal.to_commands() else {
            // Made incomplete since its card was shown: nothing to log, and the draft is
            // left as stored (an answer typed while this press ran is kept).
            if let Some(r) = self.not_yet(caller, &draft) {
                return Ok(r);
            }
            return self.show(caller, drafts, draft);
        };
        // The other name offered goes with the record, in the same write.
        let learnt = super::learn_alias::on_confirm(self, caller, &draft)?;
        let (amended, not_learnt) = match learnt {
            Some(Ok(amend)) => {
                commands.push(amend);
                (true, None)
            }
            Some(Err(why)) => (false, Some(why)),
            None => (false, None),
        };
        // All or nothing: a refusal or a failure leaves no record of the draft stored, and
        // the draft is closed with the records' writes, or kept with none of them.
        let back = self.back_of(&draft);
        let close = closing(drafts, caller, &back);
        let mut replies = match self
            .execute_together_then(caller, commands, Some(close))
            .await
        {
            Ok(replies) => replies,
            Err(Failure::User(e)) => {
                return Err(user(format!("{e}\nThe draft is kept: fix it with `edit <field> <value>`, or say `no` to drop it.")));
            }
            // A failure on our side stored nothing either: the draft stays, so the apology's
            // "please try again" is a `yes` away (and `no` still drops it).
            Err(e) => return Err(e),
        };
        // The amendment's own reply is said in one line.
        let remembered = match (&draft.learn, amended) {
            (Some(offer), true) => {
                replies.pop();
                Some(super::learn_alias::remembered(offer))
            }
            _ => not_learnt,
        };
        Ok(self.closed(caller, back, said_as_one(replies, remembered)))
    }
}

/// A confirmation's replies (a record's, its decision's) said as one, with the line saying
/// which other name was remembered, if one was. It notifies every record it logged: "Logged
/// investment INV-2 Yard cameras — decision DEC-1 reject Yard cameras (INV-2)".
pub(super) fn said_as_one(mut replies: Vec<Reply>, remembered: Option<String>) -> Reply {
    let mut reply = replies.remove(0);
    for more in replies {
        if let (Some(line), Some(next)) = (reply.notification.as_mut(), more.notification) {
            line.push_str(" — ");
            line.push_str(next.strip_prefix("Logged ").unwrap_or(&next));
        }
        reply.blocks.extend(more.blocks);
    }
    if let Some(text) = remembered {
        reply
            .blocks
            .push(valuebridge_chat::Block::Paragraph { text });
    }
    reply
}

/// The write that closes a confirmed draft (bringing `back` the one it set aside), run with
/// the records' own writes so the draft is closed with them or kept with none of them.
pub(super) fn closing(
    drafts: &Drafts,
    caller: &Caller,
    back: &Option<Draft>,
) -> crate::service::Then {
    let (drafts, caller, back) = (drafts.clone(), caller.clone(), back.clone());
    Box::new(move || {
        drafts
            .close(
                &caller.tenant,
                &caller.channel,
                &caller.user_id,
                back.as_ref(),
            )
            .map_err(Failure::from)
    })
}
