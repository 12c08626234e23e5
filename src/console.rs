//! The local console: an adapter like Slack or Discord, over stdin and stdout. Each line is
//! one invocation (the `/value` is optional); each reply is printed as plain text.

use crate::console_form::{ConsoleForm, Step};
use crate::ids::TenantId;
use crate::schedule::{PostError, PostFuture, Poster};
use crate::service::Service;
use crate::terminal::{for_terminal, LineReader};
use tokio::io::{AsyncBufRead, AsyncWrite, AsyncWriteExt};
use tokio::sync::broadcast;
use valuebridge_chat::{render_plain, Actor, Block, Invocation, Reply, Role};

/// A scheduled post for a console channel, on its way to the console's output.
pub type ConsolePost = (String, Reply);

/// Delivers scheduled posts of console channels to every open console session (the bot's
/// own stdin console and `valuebridge chat` sessions over the admin socket). With no
/// session open the post waits in the outbox and is retried.
#[derive(Clone)]
pub struct ConsolePoster {
    tx: broadcast::Sender<ConsolePost>,
}

impl Default for ConsolePoster {
    fn default() -> Self {
        ConsolePoster {
            tx: broadcast::channel(64).0,
        }
    }
}

impl ConsolePoster {
    /// A receiver for one console session.
    pub fn subscribe(&self) -> broadcast::Receiver<ConsolePost> {
        self.tx.subscribe()
    }
}

impl Poster for ConsolePoster {
    fn post<'a>(
        &'a self,
        _tenant: &'a TenantId,
        channel: &'a str,
        reply: &'a Reply,
    ) -> PostFuture<'a> {
        Box::pin(async move {
            self.tx
                .send((channel.to_string(), reply.clone()))
                .map(|_| ())
                .map_err(|_| PostError {
                    message: "no console session is open to show it".into(),
                    retry_after: None,
                    permanent: false,
                })
        })
    }
}

/// A reply as the console prints it: its text, and how to press its buttons, which the
/// console cannot click: each is pressed by typing its words (`edit draft 1` asks for the
/// draft's form field by field).
fn shown(reply: &Reply) -> String {
    let mut text = render_plain(reply);
    let typed: Vec<String> = reply
        .blocks
        .iter()
        .flat_map(|b| match b {
            Block::Buttons { buttons } => {
                buttons.iter().map(|b| format!("`{}`", b.action)).collect()
            }
            _ => Vec::new(),
        })
        .collect();
    if let Some((last, first)) = typed.split_last() {
        let said = match first {
            [] => last.clone(),
            _ => format!("{} or {last}", first.join(", ")),
        };
        if !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(&format!("To press a button, type it: {said}."));
    }
    text
}

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
            actor: Actor {
                user_id: self.user.clone(),
                display_name: self.user.clone(),
                role: Some(self.role),
            },
            text: text.to_string(),
            is_command: false,
        }
    }
}

/// One answer to the form being filled in: what to print, and whether the form goes on.
async fn answer(
    service: &Service,
    identity: &ConsoleIdentity,
    form: &mut ConsoleForm,
    line: &str,
) -> (String, bool) {
    let command = form.command().to_string();
    let step = form.answer(line, |values, field| {
        service.field_error(&command, values, field)
    });
    match step {
        Step::Ask(question) => (question, true),
        Step::Cancelled(said) => (said + "\n", false),
        Step::Submit => {
            let (said, again) =
                crate::console_form::submit(service, form, &identity.invocation(line)).await;
            (if again { said } else { said + "\n" }, again)
        }
    }
}

/// Reads lines until end of input (or `quit`), answering each. `prompt` is printed before
/// each line when a person is typing. A line that cannot be read (not UTF-8) gets an error
/// and the session goes on; replies are printed with control characters made visible.
/// Scheduled posts arriving on `posts` are printed between commands as they happen.
pub async fn run<R, W>(
    service: &Service,
    identity: &ConsoleIdentity,
    input: R,
    mut output: W,
    prompt: bool,
    mut posts: Option<broadcast::Receiver<ConsolePost>>,
) -> std::io::Result<()>
where
    R: AsyncBufRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let mut lines = LineReader::new(input);
    // A form being filled in: its questions come before the prompt.
    let mut form: Option<ConsoleForm> = None;
    loop {
        if prompt && form.is_none() {
            output.write_all(b"value> ").await?;
            output.flush().await?;
        }
        let next = loop {
            let post = async {
                match posts.as_mut() {
                    Some(rx) => loop {
                        match rx.recv().await {
                            Ok(p) => break Some(p),
                            Err(broadcast::error::RecvError::Lagged(_)) => continue,
                            Err(broadcast::error::RecvError::Closed) => break None,
                        }
                    },
                    None => std::future::pending().await,
                }
            };
            tokio::select! {
                line = lines.next_line() => break line?,
                post = post => match post {
                    Some((channel, reply)) => {
                        let text = for_terminal(&format!("[scheduled post in #{channel}]\n{}\n", render_plain(&reply)));
                        output.write_all(text.as_bytes()).await?;
                        output.flush().await?;
                    }
                    None => posts = None,
                },
            }
        };
        let Some(line) = next else { break };
        let line = match line {
            Ok(line) => line,
            Err(problem) => {
                output.write_all(format!("{problem}\n").as_bytes()).await?;
                output.flush().await?;
                continue;
            }
        };
        let line = line.trim();
        if let Some(active) = form.as_mut() {
            let said = answer(service, identity, active, line).await;
            if !said.1 {
                form = None;
            }
            output.write_all(for_terminal(&said.0).as_bytes()).await?;
            output.flush().await?;
            continue;
        }
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if matches!(line, "quit" | "exit") {
            break;
        }
        let opened = match service.console_form(&identity.invocation(line)) {
            Some(bare) => Some(bare),
            None => {
                let reply = service.handle(&identity.invocation(line)).await;
                if reply.form.is_none() {
                    output
                        .write_all(for_terminal(&shown(&reply)).as_bytes())
                        .await?;
                    output.write_all(b"\n").await?;
                }
                reply.form
            }
        };
        if let Some(opened) = opened {
            let active = ConsoleForm::new(opened);
            output
                .write_all(for_terminal(&active.start()).as_bytes())
                .await?;
            form = Some(active);
        }
        output.flush().await?;
    }
    Ok(())
}
