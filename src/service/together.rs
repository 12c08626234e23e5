//! Several commands confirmed at once (a plain-words draft that is an investment and its
//! decision): every permission is checked before anything is written, and the records are
//! stored in one atomic write, so a refusal or a failure leaves none of them.

use super::error::Failure;
use super::{permissions, writes, Caller, Service};
use crate::command::{Command, InvestmentRef};
use valuebridge_chat::Reply;

impl Service {
    /// Runs `commands` as one: all of them are stored, or none. One reply per record.
    pub(crate) async fn execute_together(
        &self,
        caller: &Caller,
        commands: Vec<Command>,
    ) -> Result<Vec<Reply>, Failure> {
        for command in &commands {
            permissions::check(&self.config.roles, caller, command)?;
        }
        match <[Command; 2]>::try_from(commands) {
            Ok([Command::Invest(invest), Command::Decide(decide)]) if matches!(&decide.investment, InvestmentRef::Name(n) if *n == invest.name) =>
            {
                let replies = writes::invest_and_decide(self, caller, invest, decide)?;
                self.durable().await?;
                metrics::counter!(crate::telemetry::RECORDS).increment(replies.len() as u64);
                Ok(replies)
            }
            Ok(pair) => self.one_by_one(caller, Vec::from(pair)).await,
            Err(commands) => self.one_by_one(caller, commands).await,
        }
    }

    /// Commands that each create one record on their own (a single command, in practice).
    async fn one_by_one(
        &self,
        caller: &Caller,
        commands: Vec<Command>,
    ) -> Result<Vec<Reply>, Failure> {
        let mut replies = Vec::with_capacity(commands.len());
        for command in commands {
            replies.push(self.execute(caller, command).await?);
        }
        Ok(replies)
    }
}
