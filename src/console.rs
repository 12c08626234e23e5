//! The local console: an adapter like Slack or Discord, over stdin and stdout. Each line is
//! one invocation (the `/value` is optional); each reply is printed as plain text.

use crate::service::Service;
use tokio::io::{AsyncBufRead, AsyncBufReadExt, AsyncWrite, AsyncWriteExt};
use valuebridge_chat::{render_plain, Actor, Invocation, Role};

/// Who the console user is.
#[derive(Debug, Clone)]
pub struct ConsoleIdentity {
    pub tenant: String,
    pub channel: String,
    pub user: String,
    pub role: Role,
}

impl ConsoleIdentity {
    pub fn invocation(&self, text: &str) -> Invocation {
        Invocation {
            tenant: self.tenant.clone(),
            channel: self.channel.clone(),
            actor: Actor { user_id: self.user.clone(), display_name: self.user.clone(), role: Some(self.role) },
            text: text.to_string(),
            is_command: false,
        }
    }
}

/// Reads lines until end of input (or `quit`), answering each. `prompt` is printed before
/// each line when a person is typing.
pub async fn run<R, W>(service: &Service, identity: &ConsoleIdentity, input: R, mut output: W, prompt: bool) -> std::io::Result<()>
where
    R: AsyncBufRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let mut lines = input.lines();
    loop {
        if prompt {
            output.write_all(b"value> ").await?;
            output.flush().await?;
        }
        let Some(line) = lines.next_line().await? else { break };
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if matches!(line, "quit" | "exit") {
            break;
        }
        let reply = service.handle(&identity.invocation(line)).await;
        output.write_all(render_plain(&reply).as_bytes()).await?;
        output.write_all(b"\n").await?;
        output.flush().await?;
    }
    Ok(())
}
