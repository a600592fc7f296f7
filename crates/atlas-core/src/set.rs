//! [`StringSet`]: the one set type of the app, for the articles and outlets a view keeps.
//!
//! A sorted `Vec` rather than a `BTreeSet`: every B-tree key and value type compiles to its own copy
//! of the B-tree code (kilobytes of wasm each), and these sets hold a handful of names.
//! `cargo xtask hand-written` measures what a `BTreeSet` would cost the page.

#[cfg(not(feature = "std-set"))]
use std::fmt;

/// The standard set, only to measure what it costs (`cargo xtask hand-written`).
#[cfg(feature = "std-set")]
pub type StringSet = std::collections::BTreeSet<String>;

/// Distinct strings in ascending order, looked up by binary search.
#[cfg(not(feature = "std-set"))]
#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub struct StringSet(Vec<String>);

#[cfg(not(feature = "std-set"))]
impl StringSet {
    pub fn new() -> StringSet {
        StringSet::default()
    }

    fn find(&self, value: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|s| s.as_str().cmp(value))
    }

    pub fn contains(&self, value: &str) -> bool {
        self.find(value).is_ok()
    }

    /// Adds `value`; `false` if it was there already.
    pub fn insert(&mut self, value: String) -> bool {
        match self.find(&value) {
            Ok(_) => false,
            Err(i) => {
                self.0.insert(i, value);
                true
            }
        }
    }

    /// Removes `value`; `false` if it was not there.
    pub fn remove(&mut self, value: &str) -> bool {
        match self.find(value) {
            Ok(i) => {
                self.0.remove(i);
                true
            }
            Err(_) => false,
        }
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// The strings in ascending order.
    pub fn iter(&self) -> std::slice::Iter<'_, String> {
        self.0.iter()
    }
}

#[cfg(not(feature = "std-set"))]
impl FromIterator<String> for StringSet {
    fn from_iter<I: IntoIterator<Item = String>>(items: I) -> StringSet {
        let mut set = StringSet::new();
        for item in items {
            set.insert(item);
        }
        set
    }
}

#[cfg(not(feature = "std-set"))]
impl IntoIterator for StringSet {
    type Item = String;
    type IntoIter = std::vec::IntoIter<String>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

#[cfg(not(feature = "std-set"))]
impl<'a> IntoIterator for &'a StringSet {
    type Item = &'a String;
    type IntoIter = std::slice::Iter<'a, String>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// As a `BTreeSet` prints: `{"a", "b"}`.
#[cfg(not(feature = "std-set"))]
impl fmt::Debug for StringSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(&self.0).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::BTreeSet;

    #[test]
    fn keeps_each_string_once_in_order() {
        let mut set: StringSet = ["b", "a", "c", "a"].map(String::from).into_iter().collect();
        assert_eq!(set.len(), 3);
        assert_eq!(set.iter().collect::<Vec<_>>(), ["a", "b", "c"]);
        assert!(!set.insert("b".into()) && set.insert("ab".into()));
        assert!(set.remove("a") && !set.remove("a") && !set.contains("a") && set.contains("ab"));
        assert_eq!(format!("{set:?}"), r#"{"ab", "b", "c"}"#);
        set.clear();
        assert!(set.is_empty() && set.iter().next().is_none());
    }

    proptest! {
        #[test]
        fn behaves_as_a_btree_set(ops in proptest::collection::vec((any::<bool>(), "[a-d]{0,2}"), 0..60)) {
            let (mut ours, mut theirs) = (StringSet::new(), BTreeSet::new());
            for (add, s) in ops {
                if add {
                    prop_assert_eq!(ours.insert(s.clone()), theirs.insert(s));
                } else {
                    prop_assert_eq!(ours.remove(&s), theirs.remove(&s));
                }
                prop_assert_eq!(ours.iter().collect::<Vec<_>>(), theirs.iter().collect::<Vec<_>>());
                prop_assert_eq!(ours.contains("ab"), theirs.contains("ab"));
            }
        }
    }
}
