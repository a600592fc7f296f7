//! The reader's articles in `localStorage`: the only place the app touches storage. Reading,
//! saving and rescuing damaged data are `atlas_core::local::storage`'s, over the store here.

pub use atlas_core::local::storage::{
    backup_file, discard, save, settle, stored, Damaged, KeyValueStore, MemoryStore, Opened, WriteError,
};

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

    fn remove(&self, key: &str) {
        let _ = self.0.remove_item(key);
    }
}
