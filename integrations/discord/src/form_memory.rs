//! The forms this adapter has opened lately, so a submission the bot finds wrong can be
//! reopened with what the person typed: Discord hands back only the modal's custom id and
//! the values, not its labels and hints, and a modal shows no per-field errors. Kept in
//! memory and bounded; after a restart the person runs the command again instead.

use std::collections::VecDeque;
use std::sync::Mutex;
use valuebridge_chat::Form;

/// Forms remembered, of each sort; the oldest are forgotten first.
pub const REMEMBERED: usize = 256;

#[derive(Default)]
pub struct FormMemory {
    /// By modal custom id (command and context): the form last opened with it.
    opened: Mutex<VecDeque<(String, Form)>>,
    /// By retry key: a form to reopen, prefilled with what was typed.
    retries: Mutex<VecDeque<(String, Form)>>,
}

fn put(list: &Mutex<VecDeque<(String, Form)>>, key: String, form: Form) {
    let mut list = list.lock().unwrap_or_else(|e| e.into_inner());
    list.retain(|(k, _)| *k != key);
    if list.len() >= REMEMBERED {
        list.pop_front();
    }
    list.push_back((key, form));
}

fn get(list: &Mutex<VecDeque<(String, Form)>>, key: &str) -> Option<Form> {
    let list = list.lock().unwrap_or_else(|e| e.into_inner());
    list.iter().find(|(k, _)| k == key).map(|(_, f)| f.clone())
}

impl FormMemory {
    /// Remembers a form opened as the modal with `custom_id`.
    pub fn opened(&self, custom_id: String, form: Form) {
        put(&self.opened, custom_id, form);
    }

    /// The form last opened as the modal with `custom_id`.
    pub fn form(&self, custom_id: &str) -> Option<Form> {
        get(&self.opened, custom_id)
    }

    /// Keeps a prefilled form to reopen by `key`.
    pub fn retry(&self, key: String, form: Form) {
        put(&self.retries, key, form);
    }

    /// The prefilled form kept by `key`.
    pub fn retried(&self, key: &str) -> Option<Form> {
        get(&self.retries, key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(command: &str) -> Form {
        Form {
            command: command.into(),
            title: String::new(),
            submit: String::new(),
            fields: Vec::new(),
            context: String::new(),
        }
    }

    #[test]
    fn the_latest_form_of_a_custom_id_is_kept_and_the_oldest_forgotten() {
        let memory = FormMemory::default();
        memory.opened("a".into(), form("note"));
        memory.opened("a".into(), form("invest"));
        assert_eq!(memory.form("a").unwrap().command, "invest");
        for n in 0..REMEMBERED {
            memory.opened(format!("k{n}"), form("note"));
        }
        assert_eq!(
            memory.form("a"),
            None,
            "forgotten once {REMEMBERED} newer were kept"
        );
        assert!(memory.form(&format!("k{}", REMEMBERED - 1)).is_some());
        assert_eq!(memory.retried("a"), None, "retries are kept apart");
    }
}
