//! The admin protocol: length-prefixed JSON frames (4-byte big-endian length), versioned.
//! The client says hello with its protocol version; the bot answers welcome or refuses.

use crate::cli::StoreCommand;
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use valuebridge_chat::Role;

pub const PROTOCOL_VERSION: u32 = 1;
const MAX_FRAME: u32 = 64 * 1024 * 1024;
/// The largest frame read before the client is known (its hello): a hello is a few dozen
/// bytes, and nobody gets the bot to allocate more before it knows who they are.
pub const MAX_HELLO: u32 = 4 * 1024;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ClientFrame {
    Hello {
        protocol: u32,
        version: String,
    },
    /// Run one command and answer with its output; with `progress`, what it says while it
    /// works comes first, as `Progress` frames (a client that does not ask gets none).
    Command {
        tenant: String,
        command: StoreCommand,
        #[serde(default)]
        progress: bool,
    },
    /// Start a console session; then `ChatLine`s, then `ChatEnd`.
    ChatStart {
        tenant: String,
        channel: String,
        user: String,
        role: Role,
    },
    ChatLine {
        text: String,
    },
    ChatEnd,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ServerFrame {
    Welcome {
        protocol: u32,
        version: String,
    },
    /// The bot will not serve this client; the message says why.
    Refused {
        message: String,
    },
    /// The whole output of a command, as the command line would print it.
    Output {
        stdout: String,
        stderr: String,
        code: u8,
    },
    /// A line a command says while it works (a register import's progress), for stderr.
    Progress {
        line: String,
    },
    /// Text for a console session (a reply or a scheduled post).
    ChatText {
        text: String,
    },
    ChatDone,
}

pub async fn write_frame<W: AsyncWrite + Unpin, T: Serialize>(
    w: &mut W,
    frame: &T,
) -> std::io::Result<()> {
    let body = serde_json::to_vec(frame).map_err(std::io::Error::other)?;
    w.write_all(&(body.len() as u32).to_be_bytes()).await?;
    w.write_all(&body).await?;
    w.flush().await
}

/// The next frame, or `None` at a clean end of stream.
pub async fn read_frame<R: AsyncRead + Unpin, T: DeserializeOwned>(
    r: &mut R,
) -> std::io::Result<Option<T>> {
    read_frame_within(r, MAX_FRAME).await
}

/// The next frame of at most `max` bytes, or `None` at a clean end of stream. A longer
/// frame is an error before any of it is read.
pub async fn read_frame_within<R: AsyncRead + Unpin, T: DeserializeOwned>(
    r: &mut R,
    max: u32,
) -> std::io::Result<Option<T>> {
    let mut len = [0u8; 4];
    match r.read_exact(&mut len).await {
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(None),
        Err(e) => return Err(e),
    }
    let len = u32::from_be_bytes(len);
    if len > max {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("frame of {len} bytes is too large"),
        ));
    }
    let mut body = vec![0u8; len as usize];
    r.read_exact(&mut body).await?;
    serde_json::from_slice(&body)
        .map(Some)
        .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
}
