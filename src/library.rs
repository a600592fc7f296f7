//! The reader's own articles while the page is open: those saved in this browser, the one a shared
//! link carries, and the claim index rebuilt over the baked corpus plus them whenever they change.
//!
//! Their stances are read by the extractor module, loaded on demand ([`crate::extractor`]), and so
//! is their JSON, both ways (the stored document, an imported file, the link's article; saving
//! waits for the module when it is not loaded yet): while it loads the map
//! shows the baked claims and the reader's articles join when it is ready; if it fails, the articles
//! stay in storage, unread and untouched, and a notice says why they are missing.

use crate::extractor::{self, ExtractorHandle, ExtractorService};
use crate::local_store::{self, BrowserStore, Damaged, KeyValueStore, MemoryStore};
use crate::{baked, link};
use atlas_core::local::{local_records, share, LocalArticle, LocalRecord};
use atlas_core::model::{ArticleRecord, Claim};
use atlas_core::query::{ClaimIndex, Gazetteer};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use yew::prelude::*;

thread_local! {
    /// The index the page currently shows; `None` until a local article exists.
    static CURRENT: Cell<Option<&'static ClaimIndex>> = const { Cell::new(None) };
    /// Each local article's record, leaked once and reused by every later index. A list: a reader
    /// keeps a handful of articles, and a map type would add its own code to the wasm.
    static RECORDS: RefCell<Vec<(LocalRecord, ArticleRecord)>> = const { RefCell::new(Vec::new()) };
}

/// The index over baked and local articles last built by [`build_index`], if any.
pub fn current_index() -> Option<&'static ClaimIndex> {
    CURRENT.with(Cell::get)
}

/// Indexes the baked corpus plus `local` (their claims extracted by `reader`, unticked ones left
/// out) and makes it the page's index; returns it with a message for each article whose stances
/// could not be read. Without a reader (not loaded yet) the index is the baked one. The index is
/// leaked, as the filtered views borrow it for `'static`: it is rebuilt only when the reader's
/// articles change or the extractor arrives.
pub fn build_index(
    local: &[LocalArticle],
    reader: Option<&dyn ExtractorService>,
) -> (&'static ClaimIndex, Vec<String>) {
    let mut problems = Vec::new();
    let index: &'static ClaimIndex = match reader {
        Some(reader) if !local.is_empty() => {
            let baked_articles = baked::articles();
            let (records, local_claims) = local_records(local, baked_articles.len() as u32, |text, date| {
                reader.extract(text, date).unwrap_or_else(|why| {
                    let title = local.iter().find(|a| a.text == text).map(LocalArticle::display_title);
                    problems.push(format!(
                        "The stances of “{}” could not be read: {why}. The article is kept.",
                        title.unwrap_or_default()
                    ));
                    Vec::new()
                })
            });
            let mut articles: Vec<ArticleRecord> = baked_articles.to_vec();
            RECORDS.with(|cache| {
                let mut cache = cache.borrow_mut();
                for record in records {
                    let leaked = match cache.iter().find(|(kept, _)| *kept == record) {
                        Some(&(_, leaked)) => leaked,
                        None => {
                            // One record per article: an edited one replaces its earlier record.
                            let leaked = record.clone().leak();
                            cache.retain(|(kept, _)| kept.file != record.file);
                            cache.push((record, leaked));
                            leaked
                        }
                    };
                    articles.push(leaked);
                }
            });
            let claims: Vec<Claim> = baked::claims().iter().copied().chain(local_claims).collect();
            Box::leak(Box::new(ClaimIndex::new(&articles, &claims, Gazetteer::global())))
        }
        _ => crate::state::baked_index(),
    };
    CURRENT.with(|c| c.set(Some(index)));
    (index, problems)
}

/// Compares indexes by identity, so a memo keyed on it recomputes when the index is rebuilt.
#[derive(Clone, Copy)]
pub struct IndexKey(pub &'static ClaimIndex);

impl PartialEq for IndexKey {
    fn eq(&self, other: &IndexKey) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

/// Where the articles are saved; tests provide a [`MemoryStore`] through a context.
#[derive(Clone)]
pub struct StoreHandle(pub Rc<dyn KeyValueStore>);

impl PartialEq for StoreHandle {
    fn eq(&self, other: &StoreHandle) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl StoreHandle {
    /// `localStorage`, or memory for this page only where the browser refuses storage.
    pub fn browser() -> StoreHandle {
        match BrowserStore::open() {
            Some(store) => StoreHandle(Rc::new(store)),
            None => StoreHandle(Rc::new(MemoryStore::default())),
        }
    }
}

/// Milliseconds since the epoch.
pub fn now_ms() -> u64 {
    js_sys::Date::now().max(0.0) as u64
}

/// Where the extractor module stands.
#[derive(Clone, PartialEq)]
pub enum ExtractorState {
    /// Not needed yet: nothing on the page has asked for it.
    Idle,
    Loading,
    Ready(ExtractorHandle),
    /// Loading failed; says why. Asking again retries.
    Failed(String),
}

impl ExtractorState {
    pub fn ready(&self) -> Option<&dyn ExtractorService> {
        match self {
            ExtractorState::Ready(handle) => Some(&*handle.0),
            _ => None,
        }
    }
}

/// The reader's articles and what to tell them about storage and links.
#[derive(Clone, PartialEq)]
pub struct Library {
    /// Saved in this browser, in the order added.
    pub mine: Rc<Vec<LocalArticle>>,
    /// The article the link carries, shown but not saved until the reader keeps it.
    pub shared: Option<LocalArticle>,
    pub notices: Vec<String>,
    /// Nothing is saved until the damaged data is discarded (see [`local_store::Opened::save_blocked`]).
    pub save_blocked: bool,
    /// Stored data that could not be read, offered for download and to discard.
    pub damaged: Option<Damaged>,
    /// Bumped on every change of `mine`, so saving happens once per change.
    pub revision: u32,
    pub index: IndexKey,
    pub extractor: ExtractorState,
    /// Bumped each time loading starts, so the loading effect runs once per attempt.
    pub load_attempt: u32,
    /// The link's fragment while it carries an article not read yet (the extractor is loading).
    pending_link: Option<String>,
    /// The stored document until the extractor has read it: nothing is saved over it meanwhile.
    pending_store: Option<String>,
    /// An export file the reader chose before the extractor was loaded, imported when it is.
    pending_import: Option<String>,
    store: StoreHandle,
    /// When the page opened: names the backup of unreadable stored data.
    opened_at: u64,
}

/// A change of the reader's articles.
pub enum LibraryAction {
    Add(LocalArticle),
    Remove(String),
    /// Moves the shared article into the reader's own.
    KeepShared,
    /// Imports the text of an export file (once the extractor, which reads it, is loaded).
    Import(String),
    Notify(String),
    DismissNotices,
    /// Deletes the damaged data (the reader confirmed), so that saving works again.
    DiscardDamaged,
    /// Something needs the extractor: load it unless it is loading or loaded.
    NeedExtractor,
    /// The extractor module loaded, or why it did not.
    ExtractorLoaded(Result<ExtractorHandle, String>),
}

impl Library {
    /// Takes the stored document and notes the shared article of `fragment` (the URL's `#…`). With
    /// `reader` (tests provide one) they are read at once; otherwise the extractor module starts
    /// loading if the store or the link holds an article, and they are read when it arrives.
    pub fn open(store: StoreHandle, now: u64, fragment: &str, reader: Option<ExtractorHandle>) -> Library {
        let pending_link = share::shared_value(fragment).map(|_| fragment.to_string());
        let mut library = Library {
            mine: Rc::new(Vec::new()),
            shared: None,
            notices: Vec::new(),
            save_blocked: false,
            damaged: None,
            revision: 0,
            index: IndexKey(crate::state::baked_index()),
            extractor: ExtractorState::Idle,
            load_attempt: 0,
            pending_link,
            pending_store: local_store::stored(&*store.0),
            pending_import: None,
            store,
            opened_at: now,
        };
        match reader {
            Some(handle) => {
                library.extractor_ready(handle);
            }
            None if library.needs_extractor() => library.start_loading(),
            None => {}
        }
        library
    }

    /// Every local article on the map: the reader's, then the shared one.
    pub fn all(&self) -> Vec<LocalArticle> {
        all(&self.mine, self.shared.as_ref())
    }

    /// Whether every article this browser holds (saved, or carried by the link) has been read into
    /// the index: only then may the page say that an article the link names is not here.
    pub fn settled(&self) -> bool {
        let unread = self.pending_store.is_some() || self.pending_link.is_some();
        !unread && (self.mine.is_empty() || self.extractor.ready().is_some())
    }

    /// Whether stances are waiting to be read: stored articles, or an article in the link.
    fn needs_extractor(&self) -> bool {
        !self.mine.is_empty() || self.pending_link.is_some() || self.pending_store.is_some()
    }

    /// Why nothing may be saved now, if so: unreadable data not backed up, or the stored articles
    /// not read yet (saving would overwrite them).
    pub fn save_refused(&self) -> Option<&'static str> {
        if self.save_blocked {
            Some("Your articles were not saved: discard the damaged data first.")
        } else if self.pending_store.is_some() {
            Some(
                "Your articles were not saved: the articles saved earlier in this browser could not be \
                 read first.",
            )
        } else {
            None
        }
    }

    /// Downloads the damaged data as stored; the error is the message to show.
    pub fn download_backup(&self) -> Result<(), String> {
        let Some(damaged) = &self.damaged else { return Ok(()) };
        let text = local_store::backup_file(&*self.store.0, damaged)?;
        crate::download::save_text(&Damaged::file_name(now_ms()), "application/json", &text)
    }

    fn start_loading(&mut self) {
        self.extractor = ExtractorState::Loading;
        self.load_attempt += 1;
    }

    /// Reads the stored articles and the link's article (now that the extractor can), imports a
    /// file chosen meanwhile and reads every stance. Says whether the reader's articles changed
    /// (so they are saved).
    fn extractor_ready(&mut self, handle: ExtractorHandle) -> bool {
        let reader = &*handle.0;
        if let Some(raw) = self.pending_store.take() {
            match reader.read_store(&raw) {
                Ok(outcome) => {
                    let opened = local_store::settle(&*self.store.0, reader, outcome, self.opened_at);
                    Rc::make_mut(&mut self.mine).splice(0..0, opened.articles);
                    self.notices.splice(0..0, opened.notices);
                    self.save_blocked |= opened.save_blocked;
                    self.damaged = opened.damaged;
                }
                Err(why) => {
                    self.pending_store = Some(raw);
                    self.notices.push(stored_not_shown(&why));
                }
            }
        }
        if let Some(link) = self.pending_link.take() {
            match reader.read_shared(&link) {
                Ok((shared, link_notices)) => {
                    self.notices.extend(link_notices.iter().map(ToString::to_string));
                    self.shared = shared.filter(|s| !self.mine.iter().any(|a| a.id == s.id));
                }
                Err(why) => {
                    self.notices.push(format!("The article in this link could not be opened: {why}."))
                }
            }
        }
        let imported = self.pending_import.take().is_some_and(|raw| self.import(reader, &raw));
        self.extractor = ExtractorState::Ready(handle);
        self.rebuild_index();
        imported
    }

    /// Imports an export file with `reader`; says whether anything was added.
    fn import(&mut self, reader: &dyn ExtractorService, raw: &str) -> bool {
        match reader.import(raw, &self.mine) {
            Ok(report) => {
                self.notices.push(format!("Import: {}", report.summary()));
                self.notices.extend(report.invalid.iter().map(ToString::to_string));
                Rc::make_mut(&mut self.mine).extend(report.added);
                true
            }
            Err(message) => {
                self.notices.push(message);
                false
            }
        }
    }

    /// Says what the failure leaves out; the articles themselves stay in storage.
    fn extractor_failed(&mut self, why: String) {
        if self.pending_store.is_some() {
            self.notices.push(stored_not_shown(&why));
        }
        if self.pending_import.take().is_some() {
            self.notices.push(format!("This file could not be imported: {why}."));
        }
        if !self.mine.is_empty() {
            self.notices.push(format!(
                "The stances of your {} cannot be shown: {why}. They are kept in this browser; reload \
                 the page to try again.",
                crate::format::count(self.mine.len(), "article", "articles")
            ));
        }
        if self.pending_link.is_some() {
            self.notices.push(format!("The article in this link could not be opened: {why}."));
        }
        self.extractor = ExtractorState::Failed(why);
    }

    fn rebuild_index(&mut self) {
        let (index, problems) = build_index(&self.all(), self.extractor.ready());
        self.index = IndexKey(index);
        self.notices.extend(problems);
    }
}

/// Said when the stored document could not be read: it stays in storage as it was.
fn stored_not_shown(why: &str) -> String {
    format!(
        "Your saved articles cannot be shown: {why}. They are kept in this browser; reload the page to try \
         again."
    )
}

fn all(mine: &[LocalArticle], shared: Option<&LocalArticle>) -> Vec<LocalArticle> {
    mine.iter().chain(shared).cloned().collect()
}

impl Reducible for Library {
    type Action = LibraryAction;

    fn reduce(self: Rc<Self>, action: LibraryAction) -> Rc<Self> {
        let mut next = (*self).clone();
        let mut changed = true;
        match action {
            LibraryAction::Add(article) => {
                if next.mine.iter().any(|a| a.id == article.id) {
                    return self;
                }
                if next.shared.as_ref().is_some_and(|s| s.id == article.id) {
                    next.shared = None;
                }
                Rc::make_mut(&mut next.mine).push(article);
            }
            LibraryAction::Remove(id) => Rc::make_mut(&mut next.mine).retain(|a| a.id != id),
            LibraryAction::KeepShared => match next.shared.take() {
                Some(article) => Rc::make_mut(&mut next.mine).push(article),
                None => return self,
            },
            LibraryAction::Import(raw) => match next.extractor.clone() {
                ExtractorState::Ready(handle) => changed = next.import(&*handle.0, &raw),
                state => {
                    // Read when the extractor arrives; meanwhile the reader sees it loading.
                    next.pending_import = Some(raw);
                    if matches!(state, ExtractorState::Idle | ExtractorState::Failed(_)) {
                        next.start_loading();
                    }
                    return Rc::new(next);
                }
            },
            LibraryAction::Notify(message) => {
                next.notices.push(message);
                changed = false;
            }
            LibraryAction::DismissNotices => {
                next.notices.clear();
                changed = false;
            }
            LibraryAction::DiscardDamaged => {
                // Damaged data is only known once the extractor read the store: it is loaded.
                let (Some(damaged), ExtractorState::Ready(handle)) = (next.damaged.take(), &next.extractor)
                else {
                    return self;
                };
                next.notices = vec![local_store::discard(&*next.store.0, &*handle.0, &damaged, &next.mine)];
                next.save_blocked = false;
                return Rc::new(next);
            }
            LibraryAction::NeedExtractor => match next.extractor {
                ExtractorState::Idle | ExtractorState::Failed(_) => {
                    next.start_loading();
                    return Rc::new(next);
                }
                ExtractorState::Loading | ExtractorState::Ready(_) => return self,
            },
            LibraryAction::ExtractorLoaded(loaded) => {
                match loaded {
                    Ok(handle) => {
                        // Changes made before it arrived are saved now: it writes the document.
                        if next.extractor_ready(handle) || next.revision > 0 {
                            next.revision += 1;
                        }
                    }
                    Err(why) => next.extractor_failed(why),
                }
                return Rc::new(next);
            }
        }
        if changed {
            next.revision += 1;
            if next.extractor == ExtractorState::Idle && next.needs_extractor() {
                next.start_loading();
            }
            next.rebuild_index();
        }
        Rc::new(next)
    }
}

/// The library of the page: opened once from the store in context (or `localStorage`) and the
/// link's fragment, and saved after every change of the reader's articles.
#[hook]
pub fn use_library() -> UseReducerHandle<Library> {
    let context = use_context::<StoreHandle>();
    let reader = use_context::<ExtractorHandle>();
    let store = use_memo((), move |_| context.unwrap_or_else(StoreHandle::browser));
    let library = use_reducer({
        let store = Rc::clone(&store);
        move || Library::open((*store).clone(), now_ms(), &fragment(), reader)
    });
    {
        let library = library.clone();
        use_effect_with(library.load_attempt, move |_| {
            if library.extractor == ExtractorState::Loading {
                wasm_bindgen_futures::spawn_local(async move {
                    let loaded = extractor::load().await;
                    library.dispatch(LibraryAction::ExtractorLoaded(loaded));
                });
            }
        });
    }
    {
        let library = library.clone();
        use_effect_with(library.revision, move |&revision| {
            if revision > 0 {
                let result = match (library.save_refused(), &library.extractor) {
                    (Some(why), _) => Err(why.to_string()),
                    (None, ExtractorState::Ready(writer)) => {
                        local_store::save(&*store.0, &*writer.0, &library.mine)
                    }
                    (None, ExtractorState::Failed(why)) => {
                        Err(format!("Your articles were not saved: {why}."))
                    }
                    // Only the extractor writes the document: changes made before it is loaded are
                    // saved when it arrives ([`LibraryAction::ExtractorLoaded`]). (The articles
                    // only ever come through it, so there is nothing to save before.)
                    (None, _) => Ok(()),
                };
                if let Err(message) = result {
                    library.dispatch(LibraryAction::Notify(message));
                }
            }
        });
    }
    library
}

/// The URL's fragment (`#…`), where shared articles travel: it is never sent to a server.
pub fn fragment() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// A link to this page showing `view` (from [`atlas_core::url::encode`]) with `article` carried in the fragment:
/// `page?view#art=…` when served, `page#view&art=…` from a file, where the view is in the fragment too.
pub fn share_link(
    view: &str,
    article: &LocalArticle,
    reader: &dyn ExtractorService,
) -> Result<String, share::ShareError> {
    let value = reader.share_value(article)?;
    let href = link::href();
    let page = href.split(['?', '#']).next().unwrap_or_default();
    Ok(if link::uses_fragment() {
        format!("{page}#{}", share::link_with_article(view, &value))
    } else if view.is_empty() {
        format!("{page}#{}", share::link_with_article("", &value))
    } else {
        format!("{page}?{view}#{}", share::link_with_article("", &value))
    })
}
