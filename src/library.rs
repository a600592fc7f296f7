//! The reader's own articles while the page is open: those saved in this browser, the one a shared
//! link carries, and the claim index rebuilt over the baked corpus plus them whenever they change.
//!
//! Their stances are read by the extractor module, loaded on demand ([`crate::extractor`]): while
//! it loads the map shows the baked claims and the reader's articles join when it is ready; if it
//! fails, the articles stay in storage and a notice says why their stances are missing.

use crate::extractor::{self, ExtractorHandle, ExtractorService};
use crate::local_store::{self, BrowserStore, KeyValueStore, MemoryStore};
use crate::{baked, link};
use atlas_core::local::{local_records, share, LocalArticle, LocalRecord};
use atlas_core::model::{ArticleRecord, Claim};
use atlas_core::query::{ClaimIndex, Gazetteer};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use yew::prelude::*;

thread_local! {
    /// The index the page currently shows; `None` until a local article exists.
    static CURRENT: Cell<Option<&'static ClaimIndex>> = const { Cell::new(None) };
    /// Each local article's record, leaked once and reused by every later index.
    static RECORDS: RefCell<HashMap<String, (LocalRecord, ArticleRecord)>> = RefCell::new(HashMap::new());
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
                    let leaked = match cache.get(&record.file) {
                        Some((kept, leaked)) if *kept == record => *leaked,
                        _ => {
                            let leaked = record.clone().leak();
                            cache.insert(record.file.clone(), (record, leaked));
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
    /// Nothing is saved this session (see [`local_store::Opened::save_blocked`]).
    pub save_blocked: bool,
    /// Bumped on every change of `mine`, so saving happens once per change.
    pub revision: u32,
    pub index: IndexKey,
    pub extractor: ExtractorState,
    /// Bumped each time loading starts, so the loading effect runs once per attempt.
    pub load_attempt: u32,
    /// The link's fragment while it carries an article not read yet (the extractor is loading).
    pending_link: Option<String>,
}

/// A change of the reader's articles.
pub enum LibraryAction {
    Add(LocalArticle),
    Remove(String),
    /// Moves the shared article into the reader's own.
    KeepShared,
    Import {
        added: Vec<LocalArticle>,
        summary: String,
        problems: Vec<String>,
    },
    Notify(String),
    DismissNotices,
    /// Something needs the extractor: load it unless it is loading or loaded.
    NeedExtractor,
    /// The extractor module loaded, or why it did not.
    ExtractorLoaded(Result<ExtractorHandle, String>),
}

impl Library {
    /// Reads the store and notes the shared article of `fragment` (the URL's `#…`). With `reader`
    /// (tests provide one) the articles are read at once; otherwise the extractor module starts
    /// loading if the store or the link holds an article, and they are read when it arrives.
    pub fn open(
        store: &dyn KeyValueStore,
        now: u64,
        fragment: &str,
        reader: Option<ExtractorHandle>,
    ) -> Library {
        let opened = local_store::open(store, now);
        let pending_link = share::shared_value(fragment).map(|_| fragment.to_string());
        let mut library = Library {
            mine: Rc::new(opened.articles),
            shared: None,
            notices: opened.notices,
            save_blocked: opened.save_blocked,
            revision: 0,
            index: IndexKey(crate::state::baked_index()),
            extractor: ExtractorState::Idle,
            load_attempt: 0,
            pending_link,
        };
        match reader {
            Some(handle) => library.extractor_ready(handle),
            None if library.needs_extractor() => library.start_loading(),
            None => {}
        }
        library
    }

    /// Every local article on the map: the reader's, then the shared one.
    pub fn all(&self) -> Vec<LocalArticle> {
        all(&self.mine, self.shared.as_ref())
    }

    /// Whether stances are waiting to be read: stored articles, or an article in the link.
    fn needs_extractor(&self) -> bool {
        !self.mine.is_empty() || self.pending_link.is_some()
    }

    fn start_loading(&mut self) {
        self.extractor = ExtractorState::Loading;
        self.load_attempt += 1;
    }

    /// Opens the link's article (now that it can be decompressed) and reads every stance.
    fn extractor_ready(&mut self, handle: ExtractorHandle) {
        if let Some(link) = self.pending_link.take() {
            let (shared, link_notices) = share::read_shared(&link, &*handle.0);
            self.notices.extend(link_notices.iter().map(|n| format!("Link: {n}")));
            self.shared = shared.filter(|s| !self.mine.iter().any(|a| a.id == s.id));
        }
        self.extractor = ExtractorState::Ready(handle);
        self.rebuild_index();
    }

    /// Says what the failure leaves out; the articles themselves stay in storage.
    fn extractor_failed(&mut self, why: String) {
        if !self.mine.is_empty() {
            self.notices.push(format!(
                "The stances of your {} cannot be shown: {why}. They are kept in this browser; reload \
                 the page to try again.",
                crate::format::count(self.mine.len(), "article", "articles")
            ));
        }
        if self.pending_link.is_some() {
            self.notices.push(format!("Link: the shared article could not be opened: {why}."));
        }
        self.extractor = ExtractorState::Failed(why);
    }

    fn rebuild_index(&mut self) {
        let (index, problems) = build_index(&self.all(), self.extractor.ready());
        self.index = IndexKey(index);
        self.notices.extend(problems);
    }
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
            LibraryAction::Import { added, summary, problems } => {
                Rc::make_mut(&mut next.mine).extend(added);
                next.notices.push(summary);
                next.notices.extend(problems);
            }
            LibraryAction::Notify(message) => {
                next.notices.push(message);
                changed = false;
            }
            LibraryAction::DismissNotices => {
                next.notices.clear();
                changed = false;
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
                    Ok(handle) => next.extractor_ready(handle),
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
        move || Library::open(&*store.0, now_ms(), &fragment(), reader)
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
                let result = if library.save_blocked {
                    Err("Your articles were not saved: earlier data could not be backed up first."
                        .to_string())
                } else {
                    local_store::save(&*store.0, &library.mine)
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
    let value = share::share_value(article, reader)?;
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
