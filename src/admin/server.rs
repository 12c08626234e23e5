//! The bot's side of the admin socket.

use super::protocol::{
    read_frame, read_frame_within, write_frame, ClientFrame, ServerFrame, MAX_HELLO,
    PROTOCOL_VERSION,
};
use crate::console::{ConsoleIdentity, ConsolePoster};
use crate::server::accept::{Accept, Backoff};
use crate::service::Service;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tokio::io::AsyncReadExt;
use tokio::net::{UnixListener, UnixStream};
use tokio::sync::Semaphore;
use tokio_util::sync::CancellationToken;
use valuebridge_chat::render_plain;

/// Binds the socket, replacing a stale one left by a bot that was killed.
pub async fn bind(path: &Path) -> anyhow::Result<UnixListener> {
    if path.exists() {
        match UnixStream::connect(path).await {
            Ok(_) => anyhow::bail!(
                "another valuebridge is answering on {}; stop it first",
                path.display()
            ),
            Err(_) => {
                tracing::info!(path = %path.display(), "removing a stale admin socket left by a previous run");
                std::fs::remove_file(path)?;
            }
        }
    }
    let listener = UnixListener::bind(path)
        .map_err(|e| anyhow::anyhow!("cannot create the admin socket {}: {e}", path.display()))?;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
    Ok(listener)
}

/// Serves admin connections until `stop`; removes the socket file on the way out. Failing
/// accepts (out of file descriptors) back off instead of spinning.
pub async fn serve<A: Accept<Conn = UnixStream>>(
    mut listener: A,
    path: PathBuf,
    service: Service,
    console: ConsolePoster,
    stop: CancellationToken,
) {
    let mut backoff = Backoff::new("admin socket");
    let cap = service.config().admin.max_connections.max(1);
    let places = Arc::new(Semaphore::new(cap as usize));
    loop {
        tokio::select! {
            stream = backoff.accept(&mut listener) => {
                let Ok(place) = places.clone().try_acquire_owned() else {
                    tokio::spawn(refuse_busy(stream, cap));
                    continue;
                };
                let service = service.clone();
                let console = console.clone();
                let stop = stop.clone();
                tokio::spawn(async move {
                    let mut stream = stream;
                    if let Err(e) = handle(&mut stream, service, console, stop).await {
                        tracing::warn!(error = %e, "admin connection ended with an error");
                    }
                    // The place is free before the client sees the connection close, so a
                    // client that waited for the close finds it free.
                    drop(place);
                });
            }
            _ = stop.cancelled() => break,
        }
    }
    let _ = std::fs::remove_file(&path);
}

/// A client beyond `admin.max_connections`: told so, and nothing it sends is parsed.
async fn refuse_busy(stream: UnixStream, cap: u32) {
    tracing::warn!(
        max_connections = cap,
        "refused an admin connection: all places are taken"
    );
    let (mut r, mut w) = stream.into_split();
    let message = format!(
        "The running bot is already serving {cap} admin connections (admin.max_connections); try again when one of them finishes, or raise admin.max_connections in the configuration."
    );
    if write_frame(&mut w, &ServerFrame::Refused { message })
        .await
        .is_ok()
    {
        let _ = tokio::time::timeout(std::time::Duration::from_secs(2), drain_hello(&mut r)).await;
    }
}

/// Reads and discards the client's hello (at most a hello's worth, unparsed), so a refused
/// client reads its refusal rather than a broken pipe.
async fn drain_hello(r: &mut (impl tokio::io::AsyncRead + Unpin)) -> std::io::Result<()> {
    let len = r.read_u32().await?;
    if len <= MAX_HELLO {
        let mut sink = vec![0u8; len as usize];
        r.read_exact(&mut sink).await?;
    }
    Ok(())
}

/// The uid that may connect besides root: the owner of the data directory.
fn owner_uid(service: &Service) -> Option<u32> {
    std::fs::metadata(service.store().path())
        .ok()
        .map(|m| m.uid())
}

async fn handle(
    stream: &mut UnixStream,
    service: Service,
    console: ConsolePoster,
    stop: CancellationToken,
) -> std::io::Result<()> {
    // Who is calling is settled before anything they send is read.
    let peer = stream.peer_cred()?.uid();
    let (mut r, mut w) = stream.split();
    let owner = owner_uid(&service);
    if peer != 0 && Some(peer) != owner {
        let message = format!(
            "Only the owner of the data directory {} (uid {}) or root may use the running bot's admin socket; you are uid {peer}.",
            service.store().path().display(),
            owner.map(|o| o.to_string()).unwrap_or_else(|| "?".into())
        );
        tracing::warn!(peer, "refused an admin connection from another user");
        write_frame(&mut w, &ServerFrame::Refused { message }).await?;
        let _ = tokio::time::timeout(std::time::Duration::from_secs(2), drain_hello(&mut r)).await;
        return Ok(());
    }
    let hello = match read_frame_within(&mut r, MAX_HELLO).await {
        Ok(hello) => hello,
        Err(e) if e.kind() == std::io::ErrorKind::InvalidData => {
            let message = format!("the admin protocol starts with a hello ({e})");
            return write_frame(&mut w, &ServerFrame::Refused { message }).await;
        }
        Err(e) => return Err(e),
    };
    let Some(ClientFrame::Hello { protocol, version }) = hello else {
        return write_frame(
            &mut w,
            &ServerFrame::Refused {
                message: "the admin protocol starts with a hello".into(),
            },
        )
        .await;
    };
    if protocol != PROTOCOL_VERSION {
        let message = format!(
            "The running bot (valuebridge {}) speaks admin protocol {PROTOCOL_VERSION}, but this command line (valuebridge {version}) speaks protocol {protocol}. Use the valuebridge binary that matches the running bot.",
            env!("CARGO_PKG_VERSION")
        );
        return write_frame(&mut w, &ServerFrame::Refused { message }).await;
    }
    write_frame(
        &mut w,
        &ServerFrame::Welcome {
            protocol: PROTOCOL_VERSION,
            version: env!("CARGO_PKG_VERSION").into(),
        },
    )
    .await?;
    match read_frame::<_, ClientFrame>(&mut r).await? {
        Some(ClientFrame::Command {
            tenant,
            command,
            progress,
        }) => {
            let out = match tenant.parse() {
                Ok(tenant) => {
                    let (service, command) = (service.clone(), command.clone());
                    let _token = service.in_flight().token();
                    let s = service.clone();
                    let (said, mut lines) = tokio::sync::mpsc::unbounded_channel::<String>();
                    let mut work = tokio::task::spawn_blocking(move || {
                        crate::cli::execute_saying(
                            s.store(),
                            s.config(),
                            &tenant,
                            &command,
                            &mut |line| {
                                if progress {
                                    let _ = said.send(line);
                                }
                            },
                        )
                    });
                    // Progress goes out as it comes; the output once the command is done
                    // and everything it said has gone out before it.
                    let done = loop {
                        tokio::select! {
                            Some(line) = lines.recv() => {
                                write_frame(&mut w, &ServerFrame::Progress { line }).await?;
                            }
                            done = &mut work => break done,
                        }
                    };
                    while let Ok(line) = lines.try_recv() {
                        write_frame(&mut w, &ServerFrame::Progress { line }).await?;
                    }
                    done.unwrap_or_else(|e| crate::cli::Output::failure(format!("error: {e}")))
                }
                Err(e) => crate::cli::Output::failure(format!("error: {e}")),
            };
            write_frame(
                &mut w,
                &ServerFrame::Output {
                    stdout: out.stdout,
                    stderr: out.stderr,
                    code: out.code,
                },
            )
            .await
        }
        Some(ClientFrame::ChatStart {
            tenant,
            channel,
            user,
            role,
        }) => {
            let identity = ConsoleIdentity {
                tenant,
                channel,
                user,
                role,
            };
            let mut posts = console.subscribe();
            loop {
                tokio::select! {
                    frame = read_frame::<_, ClientFrame>(&mut r) => match frame? {
                        Some(ClientFrame::ChatLine { text }) => {
                            let line = text.trim();
                            if line.is_empty() || line.starts_with('#') {
                                continue;
                            }
                            let reply = service.handle(&identity.invocation(line)).await;
                            write_frame(&mut w, &ServerFrame::ChatText { text: render_plain(&reply) + "\n" }).await?;
                        }
                        _ => break,
                    },
                    post = posts.recv() => {
                        if let Ok((channel, reply)) = post {
                            let text = format!("[scheduled post in #{channel}]\n{}\n", render_plain(&reply));
                            write_frame(&mut w, &ServerFrame::ChatText { text }).await?;
                        }
                    }
                    _ = stop.cancelled() => break,
                }
            }
            write_frame(&mut w, &ServerFrame::ChatDone).await
        }
        _ => {
            write_frame(
                &mut w,
                &ServerFrame::Refused {
                    message: "expected a command or a chat session".into(),
                },
            )
            .await
        }
    }
}
