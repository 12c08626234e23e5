//! The command line's side of the admin socket.

use super::protocol::{read_frame, write_frame, ClientFrame, ServerFrame, PROTOCOL_VERSION};
use crate::cli::Output;
use std::path::Path;
use tokio::io::AsyncWriteExt;
use tokio::net::UnixStream;

#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    #[error("no bot answers on {path}: {source}")]
    Unreachable {
        path: String,
        source: std::io::Error,
    },
    #[error("{0}")]
    Refused(String),
    #[error("the admin connection failed: {0}")]
    Io(#[from] std::io::Error),
}

async fn connect(
    path: &Path,
) -> Result<
    (
        tokio::net::unix::OwnedReadHalf,
        tokio::net::unix::OwnedWriteHalf,
    ),
    ClientError,
> {
    let stream = UnixStream::connect(path)
        .await
        .map_err(|source| ClientError::Unreachable {
            path: path.display().to_string(),
            source,
        })?;
    let (mut r, mut w) = stream.into_split();
    write_frame(
        &mut w,
        &ClientFrame::Hello {
            protocol: PROTOCOL_VERSION,
            version: env!("CARGO_PKG_VERSION").into(),
        },
    )
    .await?;
    match read_frame::<_, ServerFrame>(&mut r).await? {
        Some(ServerFrame::Welcome { .. }) => Ok((r, w)),
        Some(ServerFrame::Refused { message }) => Err(ClientError::Refused(message)),
        _ => Err(ClientError::Refused(
            "the bot answered the hello with something unexpected".into(),
        )),
    }
}

/// Runs one command on the bot.
pub async fn command(
    path: &Path,
    tenant: &str,
    command: crate::cli::StoreCommand,
) -> Result<Output, ClientError> {
    let (mut r, mut w) = connect(path).await?;
    write_frame(
        &mut w,
        &ClientFrame::Command {
            tenant: tenant.into(),
            command,
            progress: true,
        },
    )
    .await?;
    let mut answer = read_frame::<_, ServerFrame>(&mut r).await?;
    while let Some(ServerFrame::Progress { line }) = answer {
        eprintln!("{line}");
        answer = read_frame::<_, ServerFrame>(&mut r).await?;
    }
    match answer {
        Some(ServerFrame::Output {
            stdout,
            stderr,
            code,
        }) => Ok(Output {
            stdout,
            stderr,
            code,
        }),
        Some(ServerFrame::Refused { message }) => Err(ClientError::Refused(message)),
        _ => Err(ClientError::Refused(
            "the bot closed the connection without an answer".into(),
        )),
    }
}

/// A console session on the bot: stdin lines go up, replies and scheduled posts come down.
pub async fn chat(
    path: &Path,
    identity: &crate::console::ConsoleIdentity,
) -> Result<(), ClientError> {
    let (mut r, mut w) = connect(path).await?;
    write_frame(
        &mut w,
        &ClientFrame::ChatStart {
            tenant: identity.tenant.clone(),
            channel: identity.channel.clone(),
            user: identity.user.clone(),
            role: identity.role,
        },
    )
    .await?;
    let printer = tokio::spawn(async move {
        let mut out = tokio::io::stdout();
        loop {
            match read_frame::<_, ServerFrame>(&mut r).await {
                Ok(Some(ServerFrame::ChatText { text })) => {
                    out.write_all(crate::terminal::for_terminal(&text).as_bytes())
                        .await?;
                    out.flush().await?;
                }
                Ok(Some(ServerFrame::Refused { message })) => {
                    return Err(std::io::Error::other(message))
                }
                Ok(Some(ServerFrame::ChatDone)) | Ok(None) => return Ok(()),
                Ok(Some(_)) => {}
                Err(e) => return Err(e),
            }
        }
    });
    let mut lines = crate::terminal::LineReader::new(tokio::io::BufReader::new(tokio::io::stdin()));
    while let Some(line) = lines.next_line().await? {
        let line = match line {
            Ok(line) => line,
            Err(problem) => {
                eprintln!("{problem}");
                continue;
            }
        };
        if matches!(line.trim(), "quit" | "exit") {
            break;
        }
        write_frame(&mut w, &ClientFrame::ChatLine { text: line }).await?;
    }
    write_frame(&mut w, &ClientFrame::ChatEnd).await?;
    printer.await.map_err(std::io::Error::other)??;
    Ok(())
}
