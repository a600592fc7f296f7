//! Checks of the per-language gazetteers ([`LocalGazetteer`]), the same for each language.

#[cfg(test)]
mod tests {
    use crate::extract::normalize::fold_pattern as fold;
    use crate::gazetteer::{self, LocalGazetteer, LocalNames, SUBJECT};
    use std::collections::{HashMap, HashSet};

    /// The lists of an entry, with what each holds (for messages).
    fn lists(l: &LocalNames) -> [(&'static str, &'static str); 3] {
        [("names", l.names), ("adjectives", l.adjectives), ("seats", l.seats)]
    }

    /// Every `(name, actor)` of this language: countries, blocs, and the regime (Venezuela).
    fn local_names(g: &LocalGazetteer) -> Vec<(&'static str, &'static str)> {
        let mut all = Vec::new();
        for l in g.countries {
            for (_, list) in lists(l) {
                all.extend(gazetteer::names(list).map(|n| (n, l.code)));
            }
        }
        for &(code, list) in g.blocs {
            all.extend(gazetteer::names(list).map(|n| (n, code)));
        }
        all.extend(gazetteer::names(g.regime).map(|n| (n, SUBJECT)));
        all
    }

    /// Every `(name, actor)` of the shared English tables, which the extractor reads too.
    fn shared_names() -> Vec<(&'static str, &'static str)> {
        let mut all = Vec::new();
        for c in gazetteer::COUNTRIES {
            all.push((c.name, c.code));
            all.extend(c.aliases().chain(c.adjectives()).chain(c.capitals()).map(|n| (n, c.code)));
        }
        for b in gazetteer::BLOCS {
            all.push((b.name, b.code));
            all.extend(b.aliases().map(|n| (n, b.code)));
        }
        all
    }

    fn every_country_has_one_entry_in_table_order(g: &LocalGazetteer) {
        let codes: Vec<_> = g.countries.iter().map(|l| l.code).collect();
        let countries: Vec<_> = gazetteer::COUNTRIES.iter().map(|c| c.code).collect();
        assert_eq!(codes, countries, "one entry per country of data::COUNTRIES, in its order");
        for l in g.countries {
            assert!(gazetteer::country(l.code).is_some(), "unknown country {}", l.code);
            assert!(!l.names.is_empty(), "{} has no name", l.code);
        }
    }

    fn bloc_codes_are_known_and_listed_once(g: &LocalGazetteer) {
        let mut seen = HashSet::new();
        for &(code, list) in g.blocs {
            assert!(gazetteer::bloc(code).is_some(), "unknown bloc {code}");
            assert!(seen.insert(code), "bloc {code} listed twice");
            assert!(!list.is_empty(), "bloc {code} has no name");
        }
    }

    fn lists_have_no_empty_or_untrimmed_names(g: &LocalGazetteer) {
        let mut all: Vec<(&str, &str)> = Vec::new();
        for l in g.countries {
            all.extend(
                lists(l).into_iter().filter(|(_, list)| !list.is_empty()).map(|(_, list)| (l.code, list)),
            );
        }
        all.extend(g.blocs.iter().copied());
        all.extend([("regime", g.regime), ("blockers", g.blockers)]);
        for (owner, list) in all {
            for name in list.split('|') {
                assert!(!name.is_empty(), "{owner}: an empty name in `{list}`");
                assert_eq!(name, name.trim(), "{owner}: `{name}` has surrounding spaces");
                assert!(!name.contains("  "), "{owner}: `{name}` has a double space");
            }
        }
    }

    fn no_entry_repeats_a_name(g: &LocalGazetteer) {
        for l in g.countries {
            let mut seen = HashSet::new();
            for (field, list) in lists(l) {
                for name in gazetteer::names(list) {
                    assert!(seen.insert(name), "{}: `{name}` repeated (in {field})", l.code);
                }
            }
        }
        let others = g.blocs.iter().copied().chain([("regime", g.regime), ("blockers", g.blockers)]);
        for (owner, list) in others {
            let mut seen = HashSet::new();
            for name in gazetteer::names(list) {
                assert!(seen.insert(name), "{owner}: `{name}` repeated");
            }
        }
    }

    fn no_name_stands_for_two_actors(g: &LocalGazetteer) {
        // Accents are folded before matching, so `Níger` and `Niger` are one name; the English
        // tables are read with these, so a name here must not belong to another actor there.
        let mut by_name: HashMap<String, (&str, &str)> = HashMap::new();
        for (name, actor) in shared_names().into_iter().chain(local_names(g)) {
            let folded = fold(name);
            let bare = folded.strip_prefix("the ").or_else(|| folded.strip_prefix("The ")).unwrap_or(&folded);
            if let Some(&(first, other)) = by_name.get(bare) {
                assert_eq!(other, actor, "`{name}` stands for {actor}, `{first}` for {other}");
            } else {
                by_name.insert(bare.to_string(), (name, actor));
            }
        }
    }

    fn blockers_are_not_names(g: &LocalGazetteer) {
        let names: HashSet<String> =
            shared_names().into_iter().chain(local_names(g)).map(|(n, _)| fold(n)).collect();
        for blocker in gazetteer::names(g.blockers) {
            assert!(!names.contains(&fold(blocker)), "`{blocker}` is both a name and a blocker");
        }
    }

    fn adjectives_are_lower_case(g: &LocalGazetteer) {
        for l in g.countries {
            for a in gazetteer::names(l.adjectives) {
                assert!(a.starts_with(char::is_lowercase), "{}: adjective `{a}` is capitalised", l.code);
            }
        }
    }

    /// Every check, on every language's names.
    #[test]
    fn each_language_s_names_are_complete_consistent_and_unambiguous() {
        for g in [&gazetteer::es::GAZETTEER, &gazetteer::pt::GAZETTEER] {
            local_names(g);
            every_country_has_one_entry_in_table_order(g);
            bloc_codes_are_known_and_listed_once(g);
            lists_have_no_empty_or_untrimmed_names(g);
            no_entry_repeats_a_name(g);
            no_name_stands_for_two_actors(g);
            blockers_are_not_names(g);
            adjectives_are_lower_case(g);
        }
    }
}
