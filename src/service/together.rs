//! Several commands confirmed at once (a plain-words draft that is an investment and its
//! decision): every permission is checked before anything is written, and the records are
//! stored in one atomic write, so a refusal or a failure leaves none of them.

use super::error::Failure;
use super::{permissions, writes, Caller, Service, Then};
use crate::command::{Command, InvestmentRef};
use valuebridge_chat::Reply;

impl Service {
    /// Runs `commands` as one: all of them are stored, or none. One reply per record.
    /// `then` (closing the draft they came from) goes with their writes: if it fails, none
    /// of the records is stored either.
    pub(crate) async fn execute_together_then(
        &self,
        caller: &Caller,
        commands: Vec<Command>,
        then: Option<Then>,
    ) -> Result<Vec<Reply>, Failure> {
        for command in &commands {
            permissions::check(&self.config.roles, caller, command)?;
        }
        match <[Command; 2]>::try_from(commands) {
            Ok([Command::Invest(invest), Command::Decide(decide)]) if matches!(&decide.investment, InvestmentRef::Name(n) if *n == invest.name) =>
            {
                let replies = self.store.all_or_nothing(|| {
                    let replies = writes::invest_and_decide(self, caller, invest, decide)?;
                    then.map_or(Ok(()), |then| then())?;
                    Ok::<_, Failure>(replies)
                })?;
                self.durable().await?;
                metrics::counter!(crate::telemetry::RECORDS).increment(replies.len() as u64);
                Ok(replies)
            }
            // A record and the amendment that goes with it (the alias a corrected draft
            // learnt): both are stored or neither.
            Ok(pair @ [_, Command::Amend(_)]) => {
                let replies = self.store.all_or_nothing(|| {
                    let mut replies = Vec::with_capacity(2);
                    for command in pair {
                        replies.push(self.apply(caller, command)?);
                    }
                    then.map_or(Ok(()), |then| then())?;
                    Ok::<_, Failure>(replies)
                })?;
                self.durable().await?;
                self.written.notify_one();
                metrics::counter!(crate::telemetry::RECORDS).increment(1);
                Ok(replies)
            }
            Ok(pair) => self.one_by_one(caller, Vec::from(pair), then).await,
            Err(commands) => self.one_by_one(caller, commands, then).await,
        }
    }

    /// Commands that each create one record on their own (a single command, in practice);
    /// `then` goes with the last.
    async fn one_by_one(
        &self,
        caller: &Caller,
        commands: Vec<Command>,
        mut then: Option<Then>,
    ) -> Result<Vec<Reply>, Failure> {
        let mut replies = Vec::with_capacity(commands.len());
        let last = commands.len().saturating_sub(1);
        for (k, command) in commands.into_iter().enumerate() {
            let then = if k == last { then.take() } else { None };
            replies.push(self.execute_then(caller, command, then).await?);
        }
        if let Some(then) = then {
            then()?;
        }
        Ok(replies)
    }
}
