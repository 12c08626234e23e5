//! What each subcommand does.

use super::config_and_schedule::{check_config, schedule_preview};
use super::here_or_running::{held_error, store_command};
use super::{Cli, Command, StoreCommand};
use crate::clock::{SharedClock, SystemClock};
use crate::config::Config;
use crate::console::{self, ConsoleIdentity};
use crate::ids::TenantId;
use crate::service::Service;
use crate::store::Store;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

fn load_config(cli: &Cli) -> anyhow::Result<Config> {
    let default = PathBuf::from("config/valuebridge.toml");
    let file = cli
        .config
        .clone()
        .or_else(|| default.exists().then_some(default));
    let mut config = Config::load(file.as_deref(), std::env::vars())?;
    if let Some(dir) = &cli.data_dir {
        config.store.data_dir = dir.clone();
    }
    Ok(config)
}

fn tenant(cli: &Cli) -> anyhow::Result<TenantId> {
    Ok(cli.tenant.parse()?)
}

fn open_store(config: &Config) -> anyhow::Result<Store> {
    Ok(Store::open(&config.store.data_dir)?)
}

/// The startup check: what a few reads per tenant can find (a lost counter, a history cut
/// short) is reported before the bot says it is ready.
fn check_quickly(store: &Store) -> anyhow::Result<()> {
    damaged_if_any(store, store.verify_quick()?)
}

/// The full check, which reads every record (16 s at 1.9M records), runs once the bot is
/// up, without holding writes back. Resolves to the damage it finds, and never when the
/// store is whole: the bot stops on damage and says so, as it would have at startup.
fn check_fully_in_background(store: Store) -> impl std::future::Future<Output = anyhow::Error> {
    let (found, damage) = tokio::sync::oneshot::channel();
    std::thread::spawn(move || {
        let started = std::time::Instant::now();
        let outcome = store
            .verify()
            .map_err(anyhow::Error::from)
            .and_then(|problems| damaged_if_any(&store, problems));
        crate::allocator::give_back();
        match outcome {
            Ok(()) => tracing::info!(elapsed = ?started.elapsed(), "the store is whole"),
            Err(e) => {
                let _ = found.send(e);
            }
        }
    });
    async move {
        match damage.await {
            Ok(e) => e,
            Err(_) => std::future::pending().await,
        }
    }
}

fn damaged_if_any(store: &Store, problems: Vec<String>) -> anyhow::Result<()> {
    if problems.is_empty() {
        return Ok(());
    }
    let shown: Vec<&str> = problems.iter().take(5).map(String::as_str).collect();
    let more = problems.len().saturating_sub(shown.len());
    let detail = format!(
        "its records disagree with its indexes ({}{})",
        shown.join("; "),
        if more > 0 {
            format!("; and {more} more")
        } else {
            String::new()
        }
    );
    Err(crate::store::StoreError::Damaged {
        path: store.path().to_path_buf(),
        detail,
    }
    .into())
}

pub(super) fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    Ok(tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?)
}

/// Whether stdin is someone typing or a pipe (not /dev/null under a service manager).
fn stdin_is_interactive_or_pipe() -> bool {
    use std::os::unix::fs::FileTypeExt;
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        return true;
    }
    std::fs::metadata("/proc/self/fd/0")
        .map(|m| m.file_type().is_fifo() || m.file_type().is_file())
        .unwrap_or(false)
}

pub fn dispatch(cli: Cli) -> anyhow::Result<ExitCode> {
    let config = load_config(&cli)?;
    let quiet = !matches!(cli.command, None | Some(Command::Run));
    super::logging::init(&config.log, quiet);
    let tenant = tenant(&cli)?;
    match cli.command.unwrap_or(Command::Run) {
        Command::Run => run(config),
        Command::Chat {
            user,
            channel,
            role,
        } => {
            let identity = ConsoleIdentity {
                tenant: tenant.to_string(),
                channel,
                user,
                role,
            };
            chat(config, identity)
        }
        Command::Export { format, out } => store_command(
            &config,
            &tenant,
            StoreCommand::Export {
                format,
                out: absolute(&out),
            },
        ),
        Command::Import { file, user, update } => store_command(
            &config,
            &tenant,
            StoreCommand::Import {
                file: absolute(&file),
                user,
                update,
            },
        ),
        Command::Backup { out } => {
            if !config.store.data_dir.exists() {
                anyhow::bail!(
                    "There is no store in {} to back up. Pass the bot's --data-dir.",
                    config.store.data_dir.display()
                );
            }
            store_command(
                &config,
                &tenant,
                StoreCommand::Backup {
                    out: absolute(&out),
                },
            )
        }
        Command::Restore { file } => {
            let summary = crate::transfer::restore(&config.store.data_dir, &file)?;
            println!(
                "Restored {summary} from {} into {}.",
                file.display(),
                config.store.data_dir.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Digest {
            unit,
            period,
            as_of,
            format,
        } => match super::digest_snapshot::answer(
            &config,
            &tenant,
            unit.as_deref(),
            period.as_deref(),
            as_of,
        ) {
            Some(d) => {
                super::digest_snapshot::print(&d, format)?;
                super::digest_snapshot::end_now(d)
            }
            None => store_command(
                &config,
                &tenant,
                StoreCommand::Digest {
                    unit,
                    period,
                    as_of,
                    format,
                },
            ),
        },
        Command::Parse {
            message,
            today,
            speaker,
        } => store_command(
            &config,
            &tenant,
            StoreCommand::Parse {
                message,
                today,
                speaker,
            },
        ),
        Command::DigestAgg { action } => {
            store_command(&config, &tenant, StoreCommand::DigestAgg { action })
        }
        Command::Scorecard {
            unit,
            period,
            as_of,
            format,
        } => store_command(
            &config,
            &tenant,
            StoreCommand::Scorecard {
                unit,
                period,
                as_of,
                format,
            },
        ),
        Command::Org { action } => {
            let by = std::env::var("USER").unwrap_or_else(|_| "operator".into());
            store_command(&config, &tenant, StoreCommand::Org { action, by })
        }
        Command::Chart {
            kind,
            unit,
            investment,
            as_of,
            out,
        } => store_command(
            &config,
            &tenant,
            StoreCommand::Chart {
                kind,
                unit,
                investment,
                as_of,
                out: absolute(&out),
            },
        ),
        Command::CheckConfig => check_config(&config),
        Command::Schedule {
            action:
                super::ScheduleAction::Preview {
                    expression,
                    tz,
                    from,
                    count,
                },
        } => schedule_preview(&config, &expression, tz.as_deref(), from.as_deref(), count),
    }
}

fn run(config: Config) -> anyhow::Result<ExitCode> {
    let store = open_store(&config)?;
    check_quickly(&store)?;
    // Opening a large store decodes sled's snapshot into memory it then frees (about
    // 100 MB at 1M records): given back before the bot starts, not a second later.
    crate::allocator::give_back();
    let data_dir = config.store.data_dir.clone();
    let config = Arc::new(config);
    let runtime = runtime()?;
    let outcome = runtime.block_on(async move {
        let damage = Arc::new(std::sync::Mutex::new(None));
        let shutdown = {
            let damage = damage.clone();
            let found = check_fully_in_background(store.clone());
            // Called now, not when first polled: the handlers must be in place before the
            // bot says it is running, or an early SIGTERM kills it uncleanly.
            let signals = crate::bot::signals();
            async move {
                tokio::select! {
                    _ = signals => {}
                    e = found => {
                        *damage.lock().unwrap_or_else(|p| p.into_inner()) = Some(e);
                    }
                }
            }
        };
        let clock: SharedClock = Arc::new(SystemClock);
        let env: std::collections::BTreeMap<String, String> = std::env::vars().collect();
        let secrets = crate::secrets::Secrets::from_env(&env)?;
        let platforms = if secrets.any_platform() {
            "Slack and Discord start as `valuebridge check-config` reports; this terminal is a local console too"
        } else {
            "No Slack or Discord credentials are set, so this is the local console"
        };
        let console_io = stdin_is_interactive_or_pipe().then(|| {
            let interactive = std::io::stdin().is_terminal();
            if interactive {
                println!(
                    "valuebridge is running on {} (HTTP on {}). {platforms}.\nType `help` for the commands, or tell me in plain words. Ctrl-C stops the bot.",
                    config.store.data_dir.display(),
                    config.server.bind
                );
            }
            crate::bot::ConsoleIo { input: tokio::io::BufReader::new(tokio::io::stdin()), output: tokio::io::stdout(), prompt: interactive, posts: None }
        });
        let service = Service::new(store, config, clock)?;
        crate::bot::run(service, secrets, console_io, |_| {}, shutdown).await?;
        let found = damage.lock().unwrap_or_else(|p| p.into_inner()).take();
        match found {
            Some(e) => Err(e),
            None => Ok(ExitCode::SUCCESS),
        }
    });
    // The bot has stopped cleanly (or failed); only the console's read of stdin may still
    // be running, on a blocking thread that no one can cancel. Dropping the runtime would
    // wait for it, until someone presses Enter or the pipe is closed, so leave it behind.
    runtime.shutdown_background();
    settle(&data_dir);
    outcome
}

/// After a stop, so the next start does not replay what this run wrote (see
/// `Store::settle`). Whatever happens here, the stop itself has already succeeded.
fn settle(dir: &Path) {
    let started = std::time::Instant::now();
    match Store::settle(dir) {
        Ok(true) => {
            tracing::info!(elapsed = ?started.elapsed(), "the store is settled for the next start")
        }
        Ok(false) => {
            tracing::info!("the store is still in use; the next start replays this run's writes")
        }
        Err(e) => {
            tracing::warn!(error = %e, "could not settle the store; the next start replays this run's writes")
        }
    }
}

fn chat(config: Config, identity: ConsoleIdentity) -> anyhow::Result<ExitCode> {
    let store = match Store::open(&config.store.data_dir) {
        Ok(store) => store,
        Err(e) if e.is_held_elsewhere() => {
            let path = crate::admin::socket_path(&config.store.data_dir);
            runtime()?
                .block_on(crate::admin::client::chat(&path, &identity))
                .map_err(|ce| held_error(e, ce))?;
            return Ok(ExitCode::SUCCESS);
        }
        Err(e) => return Err(e.into()),
    };
    let config = Arc::new(config);
    runtime()?.block_on(async move {
        let service = Service::new(store.clone(), config.clone(), Arc::new(SystemClock))?;
        let interactive = std::io::stdin().is_terminal();
        // A person at the console sees scheduled digests as they fall due; a script does not.
        let posts = if interactive {
            let poster = console::ConsolePoster::default();
            let rx = poster.subscribe();
            let grace = chrono::Duration::hours(i64::from(config.schedule.grace_hours));
            let scheduler =
                crate::schedule::Scheduler::new(&store, Arc::new(service.clone()), grace)?;
            let router = Arc::new(crate::platforms::posters::Router {
                console: poster,
                slack: None,
                discord: None,
            });
            tokio::spawn(async move {
                scheduler
                    .run(router, chrono::Utc::now, std::future::pending())
                    .await
            });
            Some(rx)
        } else {
            None
        };
        let input = tokio::io::BufReader::new(tokio::io::stdin());
        console::run(
            &service,
            &identity,
            input,
            tokio::io::stdout(),
            interactive,
            posts,
        )
        .await?;
        store.flush()?;
        Ok(ExitCode::SUCCESS)
    })
}

fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}
