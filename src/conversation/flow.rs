//! The conversation: a plain-words message becomes a draft; the bot asks for what is
//! missing, one short question at a time; `yes` logs it through the same command path as
//! a typed command; `no` drops it; `edit <field> <value>` corrects it. Drafts belong to one
//! person in one channel, so someone else's "yes" never confirms yours.

use super::draft_fields::{question, user};
use super::drafts::{Draft, Drafts};
use super::learn_alias::set_draft_field;
use super::proposal::FIELDS;
use crate::service::{Caller, Failure, Service};
use valuebridge_chat::Reply;

const YES: &[&str] = &[
    "yes", "y", "yep", "yeah", "confirm", "ok", "okay", "save", "go ahead", "correct",
];
const NO: &[&str] = &["no", "n", "nope", "cancel", "drop", "discard", "stop"];

/// A question: a question mark, or a question's opening word ("what did we decide on the
/// CRM", "how much went on laptops").
fn asks_a_question(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("").to_lowercase();
    text.contains('?')
        || matches!(
            first.as_str(),
            "what"
                | "what's"
                | "how"
                | "when"
                | "why"
                | "who"
                | "which"
                | "where"
                | "did"
                | "have"
                | "has"
                | "was"
                | "were"
                | "any"
        )
}

fn words_eq(text: &str, set: &[&str]) -> bool {
    let t = text.trim().trim_end_matches(['.', '!']).to_lowercase();
    set.contains(&t.as_str())
}

/// `confirm draft 7`, `cancel draft 7`, `edit draft 7`: what a card's buttons send.
fn button(text: &str) -> Option<(&'static str, u64)> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let verb = match words.as_slice() {
        ["confirm", "draft", _] => "confirm",
        ["cancel", "draft", _] => "cancel",
        ["edit", "draft", _] => "edit",
        _ => return None,
    };
    Some((verb, words[2].parse().ok()?))
}

impl Service {
    /// A message that is not a command: continue the caller's draft, or start one.
    pub(crate) async fn converse(&self, caller: &Caller, text: &str) -> Result<Reply, Failure> {
        let drafts = Drafts::open(self.store())?;
        let now = self.clock.now();
        let (tenant, channel, user_id) = (
            &caller.tenant,
            caller.channel.as_str(),
            caller.user_id.as_str(),
        );
        // A button press names its draft: it acts only on the presser's own, live draft.
        if let Some((verb, id)) = button(text) {
            let live = drafts.get(tenant, channel, user_id, now)?;
            let Some(draft) = live.clone().filter(|d| d.id == id) else {
                if let Some(ids) = super::claims::outcome(self.store(), id).await? {
                    return Ok(super::claims::already_confirmed(id, &ids));
                }
                if let Some(top) = live.filter(|d| d.sets_aside(id)) {
                    let top = top.id;
                    return Err(user(format!("Draft {id} waits behind draft {top}: it comes back once draft {top} is logged (`yes`) or dropped (`no`); nothing changed.")));
                }
                return Err(user(format!("Draft {id} is not yours, or it has expired or been handled already; nothing changed.")));
            };
            return match verb {
                // The card shows what was stored; a press that arrived during another's
                // confirmation is answered beside it, leaving the card as it is.
                "confirm" => self.confirm(caller, &drafts, draft).await.map(|mut r| {
                    r.replaces_prompt = !super::claims::is_already_confirmed(&r);
                    r
                }),
                "cancel" => {
                    let mut r = Reply::info()
                        .paragraph(format!("Draft {id} cancelled; nothing was logged."))
                        .visible_to(valuebridge_chat::Visibility::Channel);
                    r.replaces_prompt = true;
                    self.finish(caller, &drafts, draft, r)
                }
                _ => Ok(self.edit_form(caller, &draft)),
            };
        }
        let mut older: Option<Draft> = None;
        if let Some(draft) = drafts.get(tenant, channel, user_id, now)? {
            if words_eq(text, YES) {
                if let Some(r) = self.not_yet(caller, &draft) {
                    return Ok(r);
                }
                return self.confirm(caller, &drafts, draft).await;
            }
            if words_eq(text, NO) {
                let reply = Reply::info()
                    .paragraph(format!("Dropped draft {}; nothing was logged.", draft.id));
                return self.finish(caller, &drafts, draft, reply);
            }
            let edit = text.trim().strip_prefix("edit ").map(str::trim);
            let answer = match (edit, &draft.asking) {
                (Some(rest), _) => {
                    let (field, value) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
                    let field = field.to_lowercase();
                    if !FIELDS.contains(&field.as_str()) {
                        return Err(user(format!(
                            "`{field}` is not a field; you can edit {}.",
                            FIELDS.join(", ")
                        )));
                    }
                    Some((field, value.to_string()))
                }
                // A long message while a question is pending is a new message, not an answer.
                (None, Some(_)) if text.split_whitespace().count() > 5 => None,
                (None, Some(asking)) => Some((asking.clone(), text.to_string())),
                (None, None) => None,
            };
            if let Some((field, value)) = answer {
                let mut edited = draft.clone();
                match set_draft_field(self, caller, &mut edited, &field, &value) {
                    Ok(()) => {
                        edited.expires_at = now + self.draft_ttl();
                        return self.show(caller, &drafts, edited);
                    }
                    // Not an answer to the question ("greenlit the erp at £400k" while asked
                    // "run, grow or transform?"): read it as a new message if it is one.
                    Err(Failure::User(e)) if edit.is_none() => {
                        if super::understand(self, caller, text)?.is_none() {
                            return Err(Failure::User(e));
                        }
                    }
                    Err(e) => return Err(e),
                }
            }
            older = Some(draft);
        } else if words_eq(text, YES) || words_eq(text, NO) || text.trim().starts_with("edit ") {
            // A reply to a draft that is gone (expired, dropped, or someone else's).
            return Ok(Reply::info().paragraph(format!(
                "There is no draft waiting for you here, so nothing was logged: a draft expires after {} minutes, and each person's drafts are their own. Say what happened in plain words to start one.",
                self.draft_ttl().num_minutes()
            )));
        }
        let Some(super::Understood {
            proposal,
            question: first_question,
            did_you_mean,
            more,
            new_name,
            guessed,
        }) = super::understand(self, caller, text)?
        else {
            // "what did we decide on the CRM?": no record to log, but the register may hold
            // the answer.
            if asks_a_question(text) {
                if let Some(answer) = crate::service::answer_question(self, caller, text)? {
                    return Ok(answer);
                }
            }
            return Ok(Reply::info().paragraph("I can log engagement notes, investments, decisions and benefits. Tell me in plain words (\"we approved £250k for the CRM replacement in Sales\"), or see `/value help` for the commands."));
        };
        let mut draft = Draft::new(
            drafts.next_id()?,
            proposal,
            now + self.draft_ttl(),
            new_name,
        )
        .guessed(guessed);
        // The message's further records wait behind the first, in order, each its own
        // draft; an older unfinished draft waits behind them.
        let mut queued: Vec<Draft> = Vec::new();
        let mut more_lines: Vec<String> = Vec::new();
        for m in more {
            let id = drafts.next_id()?;
            more_lines.push(format!("draft {id} ({})", m.proposal.kind()));
            if let Some(line) = m.did_you_mean {
                more_lines.push(format!("in draft {id}, {line}"));
            }
            queued.push(
                Draft::new(id, m.proposal, now + self.draft_ttl(), m.new_name).guessed(m.guessed),
            );
        }
        let records = 1 + queued.len();
        if records > 1 {
            draft.record_of = Some((1, records));
            for (i, d) in queued.iter_mut().enumerate() {
                d.record_of = Some((i + 2, records));
            }
        }
        let kept = older.as_ref().map(|o| o.id);
        let mut behind = older;
        while let Some(mut d) = queued.pop() {
            if let Some(b) = behind {
                d.set_aside(b);
            }
            behind = Some(d);
        }
        if let Some(b) = behind {
            draft.set_aside(b);
        }
        let draft_id = draft.id;
        let waiting = !draft.proposal.missing().is_empty();
        let reply = self.show(caller, &drafts, draft)?;
        // The reader's question can be sharper ("…for: Sales or Service?"); prefer it.
        let mut reply = match first_question {
            Some(q) if waiting => super::waiting::asking_instead(reply, draft_id, q),
            _ => reply,
        };
        if let Some(line) = did_you_mean {
            reply
                .blocks
                .insert(0, valuebridge_chat::Block::Paragraph { text: line });
        }
        if records > 1 {
            let (lines, guesses): (Vec<String>, Vec<String>) = more_lines
                .into_iter()
                .partition(|l| l.starts_with("draft "));
            let mut text = format!(
                "That message holds {records} records. Draft {} is below; then {}, each once the one before is logged or dropped.",
                draft_id,
                lines.join(", ")
            );
            for g in guesses {
                text.push(' ');
                text.push_str(&g[..1].to_uppercase());
                text.push_str(&g[1..]);
            }
            reply
                .blocks
                .insert(0, valuebridge_chat::Block::Paragraph { text });
        }
        if let Some(id) = kept {
            reply.blocks.insert(
                0,
                valuebridge_chat::Block::Paragraph {
                    text: format!("Draft {id} is kept for later; it comes back once this one is logged or dropped."),
                },
            );
        }
        Ok(reply)
    }

    /// Closes `draft` (logged or dropped) and brings back the draft it set aside, if any,
    /// saying so under `reply`.
    pub(super) fn finish(
        &self,
        caller: &Caller,
        drafts: &Drafts,
        draft: Draft,
        reply: Reply,
    ) -> Result<Reply, Failure> {
        let back = self.back_of(&draft);
        drafts.close(
            &caller.tenant,
            &caller.channel,
            &caller.user_id,
            back.as_ref(),
        )?;
        Ok(self.closed(caller, back, reply))
    }

    /// The draft `draft` set aside, ready to come back once `draft` is closed.
    pub(super) fn back_of(&self, draft: &Draft) -> Option<Draft> {
        let mut back = draft.waiting.clone().map(|b| *b)?;
        back.expires_at = self.clock.now() + self.draft_ttl();
        back.asking = back.proposal.missing().first().map(|f| f.to_string());
        Some(back)
    }

    /// `reply` to a closed draft, then the draft that came back in its place, if any.
    pub(super) fn closed(&self, caller: &Caller, back: Option<Draft>, mut reply: Reply) -> Reply {
        let Some(back) = back else {
            return reply;
        };
        reply.blocks.push(valuebridge_chat::Block::Paragraph {
            text: format!("Back to draft {}:", back.id),
        });
        reply.blocks.extend(self.view(caller, &back).blocks);
        reply
    }

    fn draft_ttl(&self) -> chrono::Duration {
        chrono::Duration::minutes(i64::from(self.config.conversation.draft_ttl_minutes))
    }

    /// Stores the draft and shows the next question, or the card.
    pub(super) fn show(
        &self,
        caller: &Caller,
        drafts: &Drafts,
        mut draft: Draft,
    ) -> Result<Reply, Failure> {
        draft.asking = draft.proposal.missing().first().map(|f| f.to_string());
        drafts.put(&caller.tenant, &caller.channel, &caller.user_id, &draft)?;
        Ok(self.view(caller, &draft))
    }

    /// A draft still waiting for an answer cannot be logged: says so, then asks (`None` when
    /// nothing is missing). Shown as it is stored, never written again: a `yes` or a press
    /// that logs nothing must not overwrite an answer typed meanwhile.
    pub(super) fn not_yet(&self, caller: &Caller, draft: &Draft) -> Option<Reply> {
        let field = *draft.proposal.missing().first()?;
        let mut r = self.asking(caller, draft, field);
        r.blocks.insert(
            0,
            valuebridge_chat::Block::Paragraph {
                text: format!(
                    "Draft {} can't be logged yet: it still needs an answer (or say `no` to drop it).",
                    draft.id
                ),
            },
        );
        Some(r)
    }

    /// A draft still waiting, as read so far, asking about `field`.
    fn asking(&self, caller: &Caller, draft: &Draft, field: &str) -> Reply {
        let q = question(self, caller, field);
        super::waiting::asking(draft, field, q)
    }

    /// A kept draft as it is shown: what was read so far and its next question, or its card.
    fn view(&self, caller: &Caller, draft: &Draft) -> Reply {
        match draft.proposal.missing().first() {
            Some(field) => self.asking(caller, draft, field),
            None => match &draft.learn {
                Some(offer) => super::learn_alias::with_offer(draft.proposal.card(draft.id), offer),
                None => draft.proposal.card(draft.id),
            },
        }
    }
}
