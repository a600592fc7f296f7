//! The reader's articles in a key-value store (the page's `localStorage`): opening the stored
//! document (backing up whatever cannot be read), saving with the quota handled, and rescuing data
//! that could not be read: downloading it as it was stored, and discarding it to free the space.
//!
//! The app implements [`KeyValueStore`] over `localStorage`; [`MemoryStore`] is the fallback where
//! storage is refused, and the double with a quota in tests. The document is written by a
//! [`WriteJson`]: the extractor module in the app, [`crate::serial::SerdeJson`] natively.
//!
//! ```
//! use atlas_core::local::storage::{discard, settle, KeyValueStore, MemoryStore};
//! use atlas_core::local::store::{load, STORAGE_KEY};
//! use atlas_core::serial::SerdeJson;
//! // Garbage fills the quota: no room for a backup copy, so it stays where it was.
//! let store = MemoryStore::with_quota(1_000);
//! store.insert(STORAGE_KEY, &"#".repeat(900));
//! let opened = settle(&store, &SerdeJson, load(&"#".repeat(900)), 0);
//! let damaged = opened.damaged.unwrap();
//! assert!(opened.save_blocked && damaged.key == STORAGE_KEY);
//! discard(&store, &SerdeJson, &damaged, &opened.articles);
//! assert_eq!(store.get(STORAGE_KEY), None);
//! ```

use super::store::{backup_key, quota_exceeded_message, LoadOutcome, EMPTY_DOCUMENT, STORAGE_KEY};
use super::{day_of, format_size, LocalArticle};
use crate::serial::WriteJson;
use std::cell::RefCell;

/// Why a value could not be written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WriteError {
    /// The browser's quota for the site is used up (`QuotaExceededError`).
    Quota,
    /// Storage is switched off or unavailable (private mode, blocked by settings).
    Unavailable,
}

/// A string key-value store: `localStorage` in the page, [`MemoryStore`] where it is not available.
pub trait KeyValueStore {
    fn get(&self, key: &str) -> Option<String>;
    fn set(&self, key: &str, value: &str) -> Result<(), WriteError>;
    /// Deletes the value, if any, freeing its share of the quota.
    fn remove(&self, key: &str);
}

/// Keeps values in memory for this page only, up to `quota` UTF-16 code units in all (as browsers
/// count): the fallback when `localStorage` is unavailable, and the test double for a full quota.
#[derive(Default)]
pub struct MemoryStore {
    /// By key, ascending: a page stores a few keys, and a map type would add its code to the wasm.
    values: RefCell<Vec<(String, String)>>,
    quota: Option<usize>,
}

impl MemoryStore {
    pub fn with_quota(units: usize) -> MemoryStore {
        MemoryStore { quota: Some(units), ..MemoryStore::default() }
    }

    /// Seeds a value, whatever the quota.
    pub fn insert(&self, key: &str, value: &str) {
        let mut values = self.values.borrow_mut();
        match values.binary_search_by(|(k, _)| k.as_str().cmp(key)) {
            Ok(i) => values[i].1 = value.to_string(),
            Err(i) => values.insert(i, (key.to_string(), value.to_string())),
        }
    }

    /// Every key and value, by key, for tests to check what was written.
    pub fn entries(&self) -> Vec<(String, String)> {
        self.values.borrow().clone()
    }
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Option<String> {
        self.values.borrow().iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), WriteError> {
        if let Some(quota) = self.quota {
            let units = |s: &str| s.encode_utf16().count();
            let others: usize =
                self.values.borrow().iter().filter(|(k, _)| k != key).map(|(k, v)| units(k) + units(v)).sum();
            if others + units(key) + units(value) > quota {
                return Err(WriteError::Quota);
            }
        }
        self.insert(key, value);
        Ok(())
    }

    fn remove(&self, key: &str) {
        self.values.borrow_mut().retain(|(k, _)| k != key);
    }
}

/// Stored data that could not be read, and where it is kept: under a backup key, or, when there
/// was no room for a copy, where it was ([`STORAGE_KEY`]), which then blocks saving until it is
/// discarded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Damaged {
    /// The storage key that holds it, as stored.
    pub key: String,
    /// Its size in UTF-8 bytes: the size of the file it downloads as.
    pub bytes: u64,
}

impl Damaged {
    /// What and where, for the page: “4.50 MB of saved data that could not be read is kept in this
    /// browser's storage under “stance-atlas.local-articles”.”
    pub fn describe(&self) -> String {
        format!(
            "{} of saved data that could not be read is kept in this browser's storage under “{}”.",
            format_size(self.bytes),
            self.key
        )
    }

    /// What the page says before [`discard`] (the data itself is named next to the button): what
    /// goes, that it cannot come back, and what stays. One text for every case, as each `format!`
    /// is code in the wasm.
    pub const CONFIRMATION: &'static str = "The damaged data will be deleted from this browser's storage \
        and cannot be brought back: download the backup first to keep a copy. Articles that could be \
        read are kept.";

    /// The downloaded backup's name, dated by the day it is made.
    pub fn file_name(now_ms: u64) -> String {
        format!("stance-atlas-backup-{}.json", day_of(now_ms))
    }
}

/// The damaged data as a file: the text exactly as stored, or, if it is gone (removed in another
/// tab), what to tell the reader.
pub fn backup_file(store: &dyn KeyValueStore, damaged: &Damaged) -> Result<String, String> {
    store
        .get(&damaged.key)
        .ok_or_else(|| "The damaged data is no longer in this browser's storage.".to_string())
}

/// Deletes the damaged data. When it sat where the articles are kept, the articles that could be
/// read are written there in its place, so saving works again. Returns what to tell the reader.
pub fn discard(
    store: &dyn KeyValueStore,
    json: &(impl WriteJson + ?Sized),
    damaged: &Damaged,
    readable: &[LocalArticle],
) -> String {
    store.remove(&damaged.key);
    let mut message = String::from("The damaged data was deleted from this browser's storage.");
    if damaged.key == STORAGE_KEY && !readable.is_empty() {
        match save(store, json, readable) {
            Ok(()) => message.push_str(" Your articles are saved again."),
            Err(why) => {
                message.push(' ');
                message.push_str(&why);
            }
        }
    }
    message
}

/// What the page starts with: the articles read back, and what the reader should be told.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Opened {
    pub articles: Vec<LocalArticle>,
    pub notices: Vec<String>,
    /// Unreadable data could not be backed up, so nothing may be written over it until it is
    /// discarded.
    pub save_blocked: bool,
    /// Where the data that could not be read is kept, to download or discard it.
    pub damaged: Option<Damaged>,
}

/// The stored document, unread: the extractor module reads it, so the app carries no JSON parser.
/// `None` when there is none, or it holds no articles (as written by [`save`]), so a page whose
/// reader removed every article does not load the module for nothing.
pub fn stored(store: &dyn KeyValueStore) -> Option<String> {
    store.get(STORAGE_KEY).filter(|raw| !raw.trim().is_empty() && raw != EMPTY_DOCUMENT)
}

/// Settles what reading the stored document found. Whatever could not be read is first copied
/// whole under a backup key; only then are the recovered (or migrated) articles written back over
/// the damaged document. Without room for the copy, the data stays where it was and nothing is
/// saved over it.
pub fn settle(
    store: &dyn KeyValueStore,
    json: &(impl WriteJson + ?Sized),
    outcome: LoadOutcome,
    now_ms: u64,
) -> Opened {
    let mut notices: Vec<String> = outcome.notices.iter().map(ToString::to_string).collect();
    let mut damaged = None;
    if let Some(aside) = &outcome.set_aside {
        // Where it is kept is said by [`Damaged::describe`], next to the buttons that rescue it.
        let mut key = backup_key(now_ms);
        if store.set(&key, aside).is_err() {
            // The key is STORAGE_KEY's, written out: a `format!` would be code in the wasm.
            notices.push(
                "The unreadable data could not be copied to a backup, so it was left where it was, under \
                 “stance-atlas.local-articles”; changes you make now are not saved until it is discarded."
                    .to_string(),
            );
            key = STORAGE_KEY.to_string();
        }
        damaged = Some(Damaged { key, bytes: aside.len() as u64 });
    }
    let save_blocked = damaged.as_ref().is_some_and(|d| d.key == STORAGE_KEY);
    if !save_blocked && (outcome.set_aside.is_some() || outcome.migrated_from.is_some()) {
        if let Err(message) = save(store, json, &outcome.articles) {
            notices.push(message);
        }
    }
    Opened { articles: outcome.articles, notices, save_blocked, damaged }
}

/// Writes the articles (as `json` writes the document; no articles are [`EMPTY_DOCUMENT`], which
/// needs no writer); the error is the message to show the reader.
pub fn save(
    store: &dyn KeyValueStore,
    json: &(impl WriteJson + ?Sized),
    articles: &[LocalArticle],
) -> Result<(), String> {
    let serialized = match articles {
        [] => EMPTY_DOCUMENT.to_string(),
        _ => json.document(articles).map_err(|why| format!("Your articles were not saved: {why}."))?,
    };
    store.set(STORAGE_KEY, &serialized).map_err(|e| match e {
        WriteError::Quota => quota_exceeded_message(&serialized),
        WriteError::Unavailable => "This browser does not let the page save your articles (storage is \
                                    switched off); they are shown but will be gone when you close the page. \
                                    Export them to a file to keep them."
            .to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::{article, NOW};
    use super::*;
    use crate::local::store::{export_file, load, serialize};
    use crate::serial::SerdeJson;

    /// About what Chromium allows one origin, in UTF-16 code units.
    const QUOTA: usize = 5_242_880;

    fn backups(store: &MemoryStore) -> Vec<(String, String)> {
        store
            .entries()
            .into_iter()
            .filter(|(k, _)| k.starts_with(&format!("{STORAGE_KEY}.backup-")))
            .collect()
    }

    #[test]
    fn garbage_filling_the_quota_is_named_downloadable_and_discarding_it_makes_saving_work() {
        let garbage: String = (0..4_500_000u32).map(|i| char::from(b'!' + (i * 7 % 90) as u8)).collect();
        let store = MemoryStore::with_quota(QUOTA);
        store.insert(STORAGE_KEY, &garbage);
        let raw = stored(&store).unwrap();
        let opened = settle(&store, &SerdeJson, load(&raw), NOW);

        // No room for a copy: the data stays where it was, saving is blocked, and the page is told
        // what and where.
        assert!(opened.articles.is_empty() && opened.save_blocked);
        assert!(backups(&store).is_empty());
        let damaged = opened.damaged.clone().expect("the damaged data is named");
        assert_eq!(damaged, Damaged { key: STORAGE_KEY.into(), bytes: 4_500_000 });
        assert_eq!(
            damaged.describe(),
            "4.50 MB of saved data that could not be read is kept in this browser's storage under \
             “stance-atlas.local-articles”."
        );
        assert!(opened
            .notices
            .iter()
            .any(|n| n.contains("left where it was, under “stance-atlas.local-articles”")));
        assert_eq!(store.set(&backup_key(NOW), &garbage), Err(WriteError::Quota), "a copy fits");
        let new = article("Peru recalled its ambassador.");

        // The backup is the stored text, byte for byte.
        assert_eq!(backup_file(&store, &damaged).as_deref(), Ok(garbage.as_str()));
        assert_eq!(Damaged::file_name(NOW), "stance-atlas-backup-2024-07-30.json");

        // Discarding frees the quota: a new article is saved and reads back.
        let message = discard(&store, &SerdeJson, &damaged, &opened.articles);
        assert_eq!(message, "The damaged data was deleted from this browser's storage.");
        assert_eq!(store.entries(), vec![]);
        assert!(backup_file(&store, &damaged).unwrap_err().contains("no longer in this browser's storage"));
        assert_eq!(save(&store, &SerdeJson, std::slice::from_ref(&new)), Ok(()));
        assert_eq!(load(&stored(&store).unwrap()).articles, vec![new]);
    }

    #[test]
    fn what_could_be_read_of_a_partly_damaged_document_is_kept_exportable_and_saved_on_discard() {
        let good = article("Peru recalled its ambassador. Argentina rejected the result.");
        // A second entry too big to be an article, and too big to leave room for a copy.
        let doc = serialize(std::slice::from_ref(&good));
        let bad = format!(r#"{{"id":"local:0","text":"{}"}}"#, "x".repeat(3_000_000));
        let raw = format!("{},{bad}]}}", doc.strip_suffix("]}").unwrap());
        let store = MemoryStore::with_quota(QUOTA);
        store.insert(STORAGE_KEY, &raw);
        let opened = settle(&store, &SerdeJson, load(&raw), NOW);
        assert_eq!(opened.articles, vec![good.clone()]);
        assert!(opened.save_blocked);
        assert!(
            opened.notices.iter().any(|n| n.starts_with("Article 2 was skipped")),
            "{:?}",
            opened.notices
        );
        // Export works on what was read.
        assert_eq!(load(&export_file(&opened.articles)).articles, vec![good.clone()]);
        let damaged = opened.damaged.unwrap();
        assert_eq!(backup_file(&store, &damaged), Ok(raw.clone()));

        let message = discard(&store, &SerdeJson, &damaged, &opened.articles);
        assert!(message.ends_with("Your articles are saved again."), "{message}");
        assert_eq!(store.entries(), vec![(STORAGE_KEY.to_string(), serialize(&[good]))]);
    }

    #[test]
    fn damaged_data_with_room_for_a_copy_is_backed_up_named_and_discarding_frees_the_copy() {
        let raw = "{\"kind\": \"stance-atlas/local-art".to_string();
        let store = MemoryStore::with_quota(QUOTA);
        store.insert(STORAGE_KEY, &raw);
        let opened = settle(&store, &SerdeJson, load(&raw), NOW);
        assert!(!opened.save_blocked);
        let damaged = opened.damaged.unwrap();
        assert_eq!(damaged, Damaged { key: backup_key(NOW), bytes: raw.len() as u64 });
        assert_eq!(backups(&store), vec![(backup_key(NOW), raw.clone())]);
        assert_eq!(backup_file(&store, &damaged), Ok(raw));
        // The articles' own key now holds what could be read (nothing), written over the damage.
        assert_eq!(store.get(STORAGE_KEY), Some(serialize(&[])));
        let message = discard(&store, &SerdeJson, &damaged, &[]);
        assert!(message.contains("was deleted") && !message.contains("saved again"), "{message}");
        assert_eq!(store.entries(), vec![(STORAGE_KEY.to_string(), serialize(&[]))]);
    }

    #[test]
    fn a_readable_document_names_no_damaged_data() {
        let store = MemoryStore::default();
        let raw = serialize(&[article("Peru recalled its ambassador.")]);
        store.insert(STORAGE_KEY, &raw);
        let opened = settle(&store, &SerdeJson, load(&raw), NOW);
        assert_eq!((opened.damaged, opened.save_blocked, opened.notices.len()), (None, false, 0));
        assert_eq!(store.entries(), vec![(STORAGE_KEY.to_string(), raw)]);
    }
}
