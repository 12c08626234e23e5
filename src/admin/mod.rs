//! The admin socket: lets the command line work against a running bot. sled locks its
//! directory, so while the bot runs, `export`, `import`, `chat` (and the rest) talk to it
//! over a Unix socket in the data directory instead of opening the store themselves.
//! The socket's permissions (owner only) and a peer-uid check are the access control; it
//! never listens on a network address.

pub mod client;
pub mod protocol;
pub mod server;
#[cfg(test)]
mod server_tests;

use std::path::{Path, PathBuf};

/// Where the bot listens: `<data_dir>/admin.sock`.
pub fn socket_path(data_dir: &Path) -> PathBuf {
    data_dir.join("admin.sock")
}
