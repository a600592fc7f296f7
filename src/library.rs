//! The reader's own articles while the page is open: those saved in this browser, the one a shared
//! link carries, and the claim index rebuilt over the baked corpus plus them whenever they change.

use crate::local_store::{self, BrowserStore, KeyValueStore, MemoryStore};
use crate::{baked, link};
use atlas_core::extract::Extractor;
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

/// Indexes the baked corpus plus `local` (their claims extracted here, unticked ones left out) and
/// makes it the page's index. The index is leaked, as the filtered views borrow it for `'static`:
/// it is rebuilt only when the reader adds, removes or keeps an article.
pub fn build_index(local: &[LocalArticle]) -> &'static ClaimIndex {
    let index: &'static ClaimIndex = if local.is_empty() {
        crate::state::baked_index()
    } else {
        let baked_articles = baked::articles();
        let (records, local_claims) = local_records(local, baked_articles.len() as u32, |text, date| {
            Extractor::global().extract(text, date)
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
    };
    CURRENT.with(|c| c.set(Some(index)));
    index
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
}

impl Library {
    /// Reads the store and the shared article of `fragment` (the URL's `#…`).
    pub fn open(store: &dyn KeyValueStore, now: u64, fragment: &str) -> Library {
        let opened = local_store::open(store, now);
        let mut notices = opened.notices;
        let (shared, link_notices) = share::read_shared(fragment);
        notices.extend(link_notices.iter().map(|n| format!("Link: {n}")));
        let shared = shared.filter(|s| !opened.articles.iter().any(|a| a.id == s.id));
        let mine = Rc::new(opened.articles);
        let index = IndexKey(build_index(&all(&mine, shared.as_ref())));
        Library { mine, shared, notices, save_blocked: opened.save_blocked, revision: 0, index }
    }

    /// Every local article on the map: the reader's, then the shared one.
    pub fn all(&self) -> Vec<LocalArticle> {
        all(&self.mine, self.shared.as_ref())
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
        }
        if changed {
            next.revision += 1;
            next.index = IndexKey(build_index(&next.all()));
        }
        Rc::new(next)
    }
}

/// The library of the page: opened once from the store in context (or `localStorage`) and the
/// link's fragment, and saved after every change of the reader's articles.
#[hook]
pub fn use_library() -> UseReducerHandle<Library> {
    let context = use_context::<StoreHandle>();
    let store = use_memo((), move |_| context.unwrap_or_else(StoreHandle::browser));
    let library = use_reducer({
        let store = Rc::clone(&store);
        move || Library::open(&*store.0, now_ms(), &fragment())
    });
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
pub fn share_link(view: &str, article: &LocalArticle) -> Result<String, share::ShareTooLong> {
    let value = share::share_value(article)?;
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
