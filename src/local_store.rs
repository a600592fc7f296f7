//! The reader's articles in `localStorage`: read on start (backing up whatever cannot be read), saved
//! on every change, with the quota handled. The only place the app touches storage.

use atlas_core::local::store::{self, backup_key, quota_exceeded_message, LoadOutcome, STORAGE_KEY};
use atlas_core::local::LocalArticle;
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
}

/// The browser's `localStorage`.
pub struct BrowserStore(web_sys::Storage);

impl BrowserStore {
    /// `None` where the page may not use storage (blocked cookies, some `file:` pages).
    pub fn open() -> Option<BrowserStore> {
        web_sys::window()?.local_storage().ok()?.map(BrowserStore)
    }
}

impl KeyValueStore for BrowserStore {
    fn get(&self, key: &str) -> Option<String> {
        self.0.get_item(key).ok().flatten()
    }

    fn set(&self, key: &str, value: &str) -> Result<(), WriteError> {
        self.0.set_item(key, value).map_err(|e| {
            let name = js_sys::Reflect::get(&e, &"name".into()).ok().and_then(|n| n.as_string());
            match name.as_deref() {
                Some("QuotaExceededError") | Some("NS_ERROR_DOM_QUOTA_REACHED") => WriteError::Quota,
                _ => WriteError::Unavailable,
            }
        })
    }
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
}

/// What the page starts with: the articles read back, and what the reader should be told.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Opened {
    pub articles: Vec<LocalArticle>,
    pub notices: Vec<String>,
    /// Unreadable data could not be backed up, so nothing may be written over it this session.
    pub save_blocked: bool,
}

/// The stored document, unread: the extractor module reads it ([`crate::extractor`]), so the app
/// carries no JSON parser. `None` when there is none, or it holds no articles (as written by
/// [`save`]), so a page whose reader removed every article does not load the module for nothing.
pub fn stored(store: &dyn KeyValueStore) -> Option<String> {
    store.get(STORAGE_KEY).filter(|raw| !raw.trim().is_empty() && *raw != store::serialize(&[]))
}

/// Settles what reading the stored document found. Whatever could not be read is first copied
/// whole under a backup key; only then are the recovered (or migrated) articles written back over
/// the damaged document.
pub fn settle(store: &dyn KeyValueStore, outcome: LoadOutcome, now_ms: u64) -> Opened {
    let mut notices: Vec<String> = outcome.notices.iter().map(ToString::to_string).collect();
    let mut may_overwrite = true;
    if let Some(aside) = &outcome.set_aside {
        let key = backup_key(now_ms);
        match store.set(&key, aside) {
            Ok(()) => {
                notices.push(format!("The unreadable data is kept in this browser's storage under “{key}”."))
            }
            Err(_) => {
                may_overwrite = false;
                notices.push(
                    "The unreadable data could not be copied to a backup, so it was left where it was; \
                     changes you make now are not saved."
                        .to_string(),
                );
            }
        }
    }
    if may_overwrite && (outcome.set_aside.is_some() || outcome.migrated_from.is_some()) {
        if let Err(message) = save(store, &outcome.articles) {
            notices.push(message);
        }
    }
    Opened { articles: outcome.articles, notices, save_blocked: !may_overwrite }
}

/// Writes the articles; the error is the message to show the reader.
pub fn save(store: &dyn KeyValueStore, articles: &[LocalArticle]) -> Result<(), String> {
    let serialized = store::serialize(articles);
    store.set(STORAGE_KEY, &serialized).map_err(|e| match e {
        WriteError::Quota => quota_exceeded_message(&serialized),
        WriteError::Unavailable => "This browser does not let the page save your articles (storage is \
                                    switched off); they are shown but will be gone when you close the page. \
                                    Export them to a file to keep them."
            .to_string(),
    })
}
