//! Handling one invocation: its request id, log span and metrics around it, and what it is
//! (a form's page, plain words for the conversation, or a command), never failing: errors
//! become replies.

use super::{error, Failure, Service};
use crate::command::{self, Command, RecordRef};
use valuebridge_chat::{Invocation, Reply};

impl Service {
    /// Handles one invocation; never fails: errors become replies. Every invocation gets a
    /// request id that appears in its log lines and in any apology the user sees.
    pub async fn handle(&self, inv: &Invocation) -> Reply {
        let _token = self.inflight.token();
        let without_controls;
        let inv = if inv
            .text
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\n' | '\t'))
        {
            without_controls = Invocation {
                text: crate::domain::limits::without_controls(&inv.text),
                ..inv.clone()
            };
            &without_controls
        } else {
            inv
        };
        let request_id = error::new_reference();
        let span = tracing::info_span!("request", id = %request_id, tenant = %inv.tenant, channel = %inv.channel, user = %inv.actor.user_id);
        let platform = crate::telemetry::platform(&inv.tenant);
        let (reply, name) =
            tracing::Instrument::instrument(self.try_handle(inv), span.clone()).await;
        let reply = match reply {
            Ok(reply) => reply,
            Err(failure) => {
                span.in_scope(|| error::to_reply(failure, &inv.text, name, &request_id))
            }
        };
        let outcome = match reply.kind {
            valuebridge_chat::ReplyKind::UserError => "user_error",
            valuebridge_chat::ReplyKind::InternalError => "internal_error",
            _ => "ok",
        };
        metrics::counter!(crate::telemetry::COMMANDS, "command" => name, "platform" => platform, "outcome" => outcome).increment(1);
        reply
    }

    async fn try_handle(&self, inv: &Invocation) -> (Result<Reply, Failure>, &'static str) {
        if let Some(problem) = crate::domain::limits::line_problem(&inv.text) {
            return (Err(error::user(problem)), "unparsed");
        }
        let caller = match self.caller(inv) {
            Ok(c) => c,
            Err(e) => return (Err(e), "unknown"),
        };
        if let Some(page) = self.form_page_line(inv) {
            return (page, "form");
        }
        let answers_question =
            || crate::conversation::answers_pending_question(self, &caller, &inv.text);
        let looks_like_command = command::looks_like_command(&inv.text);
        if !inv.is_command && (!looks_like_command || answers_question()) {
            let answered = self.converse(&caller, &inv.text).await;
            // A command typed while a question waits that does not answer it ("list
            // investments" asked "run, grow or transform?") runs as the command; the
            // refused answer stored nothing and the draft keeps waiting.
            let runs_instead = looks_like_command
                && matches!(answered, Err(Failure::User(_)))
                && command::parse(&inv.text, &self.context(&caller)).is_ok();
            if !runs_instead {
                return (answered, "conversation");
            }
        }
        if let Some(form) = self.bare_form(inv) {
            return (Ok(form), "form");
        }
        let command = match command::parse(&inv.text, &self.context(&caller)) {
            Ok(c) => c,
            // "Service desk knowledge base: continue", "Note: met Sales today, …": plain
            // words that open on a command's name and are no command, but a record.
            Err(_)
                if !inv.is_command
                    && crate::conversation::reads_as_record(self, &caller, &inv.text) =>
            {
                return (self.converse(&caller, &inv.text).await, "conversation");
            }
            Err(e) => return (Err(e.into()), "unparsed"),
        };
        let name = command.name();
        tracing::debug!(command = name, "handling");
        // "History shows we approved £50k for …": a line that opens on `show` or `history`
        // and names nothing is plain words, as one the grammar refuses is above.
        let by_name = !inv.is_command
            && matches!(
                &command,
                Command::Show(RecordRef::Name(_)) | Command::History(RecordRef::Name(_))
            );
        let done = self.execute(&caller, command).await;
        if by_name
            && matches!(done, Err(Failure::User(_)))
            && crate::conversation::reads_as_record(self, &caller, &inv.text)
        {
            return (self.converse(&caller, &inv.text).await, "conversation");
        }
        (done, name)
    }
}
