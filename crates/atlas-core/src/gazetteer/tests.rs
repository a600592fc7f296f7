//! Checks on the gazetteer tables: the data is hand-written, so these tests are its compiler.

use super::*;
use std::collections::{HashMap, HashSet};

/// The 193 UN member states (ISO 3166-1 alpha-3), as a check on the table, not used by extraction.
const UN_MEMBERS: [&str; 193] = [
    // Africa (54)
    "DZA", "AGO", "BEN", "BWA", "BFA", "BDI", "CPV", "CMR", "CAF", "TCD", "COM", "COG", "COD", "CIV", "DJI",
    "EGY", "GNQ", "ERI", "SWZ", "ETH", "GAB", "GMB", "GHA", "GIN", "GNB", "KEN", "LSO", "LBR", "LBY", "MDG",
    "MWI", "MLI", "MRT", "MUS", "MAR", "MOZ", "NAM", "NER", "NGA", "RWA", "STP", "SEN", "SYC", "SLE", "SOM",
    "ZAF", "SSD", "SDN", "TZA", "TGO", "TUN", "UGA", "ZMB", "ZWE", // Americas (35)
    "ATG", "ARG", "BHS", "BRB", "BLZ", "BOL", "BRA", "CAN", "CHL", "COL", "CRI", "CUB", "DMA", "DOM", "ECU",
    "SLV", "GRD", "GTM", "GUY", "HTI", "HND", "JAM", "MEX", "NIC", "PAN", "PRY", "PER", "KNA", "LCA", "VCT",
    "SUR", "TTO", "USA", "URY", "VEN", // Asia (47)
    "AFG", "ARM", "AZE", "BHR", "BGD", "BTN", "BRN", "KHM", "CHN", "CYP", "GEO", "IND", "IDN", "IRN", "IRQ",
    "ISR", "JPN", "JOR", "KAZ", "KWT", "KGZ", "LAO", "LBN", "MYS", "MDV", "MNG", "MMR", "NPL", "PRK", "OMN",
    "PAK", "PHL", "QAT", "KOR", "SAU", "SGP", "LKA", "SYR", "TJK", "THA", "TLS", "TUR", "TKM", "ARE", "UZB",
    "VNM", "YEM", // Europe (43)
    "ALB", "AND", "AUT", "BLR", "BEL", "BIH", "BGR", "HRV", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC",
    "HUN", "ISL", "IRL", "ITA", "LVA", "LIE", "LTU", "LUX", "MLT", "MDA", "MCO", "MNE", "NLD", "MKD", "NOR",
    "POL", "PRT", "ROU", "RUS", "SMR", "SRB", "SVK", "SVN", "ESP", "SWE", "CHE", "UKR", "GBR",
    // Oceania (14)
    "AUS", "FJI", "KIR", "MHL", "FSM", "NRU", "NZL", "PLW", "PNG", "WSM", "SLB", "TON", "TUV", "VUT",
];

/// Every name of every actor, with the days (since the epoch) in which it stands for it.
fn all_names() -> Vec<(&'static str, &'static str, i32, i32)> {
    let forever = (i32::MIN, i32::MAX);
    let term = |l: &Leader| {
        let from = Date::parse(l.from).map(Date::days_since_epoch).unwrap_or(i32::MIN);
        let to =
            l.to.map_or(Ok(i32::MAX), |t| Date::parse(t).map(Date::days_since_epoch)).unwrap_or(i32::MAX);
        (from, to)
    };
    let mut names = Vec::new();
    for c in COUNTRIES {
        for n in std::iter::once(c.name).chain(c.aliases()).chain(c.adjectives()).chain(c.capitals()) {
            names.push((n, c.code, forever.0, forever.1));
        }
    }
    for b in BLOCS {
        for n in std::iter::once(b.name).chain(b.aliases()) {
            names.push((n, b.code, forever.0, forever.1));
        }
    }
    for (actor, l) in all_leaders() {
        let (from, to) = term(l);
        names.push((l.name, actor, from, to));
    }
    names
}

/// Every leader with the code of the actor it stands for.
fn all_leaders() -> impl Iterator<Item = (&'static str, &'static Leader)> {
    LEADERS.iter().flat_map(|&(actor, leaders)| leaders.iter().map(move |l| (actor, l)))
}

#[test]
fn actor_codes_are_unique_across_countries_and_blocs() {
    let mut seen = HashSet::new();
    for code in COUNTRIES.iter().map(|c| c.code).chain(BLOCS.iter().map(|b| b.code)) {
        assert!(seen.insert(code), "actor code {code} appears twice");
    }
}

#[test]
fn country_codes_are_three_capital_letters() {
    for c in COUNTRIES {
        assert!(c.code.len() == 3 && c.code.bytes().all(|b| b.is_ascii_uppercase()), "bad code {}", c.code);
    }
}

#[test]
fn every_un_member_state_is_present_as_a_member() {
    assert_eq!(UN_MEMBERS.iter().collect::<HashSet<_>>().len(), 193, "the check list itself repeats a code");
    for code in UN_MEMBERS {
        let c = country(code).unwrap_or_else(|| panic!("UN member {code} is missing"));
        assert_eq!(c.un, UnStatus::Member, "{code} should be a UN member");
    }
    let members = COUNTRIES.iter().filter(|c| c.un == UnStatus::Member).count();
    assert_eq!(members, 193, "only the 193 UN members may have UnStatus::Member");
}

#[test]
fn the_holy_see_and_palestine_are_the_only_observers() {
    let observers: HashSet<_> =
        COUNTRIES.iter().filter(|c| c.un == UnStatus::Observer).map(|c| c.code).collect();
    assert_eq!(observers, HashSet::from(["VAT", "PSE"]));
}

#[test]
fn kosovo_taiwan_and_unnumbered_shapes_are_other() {
    for code in ["XKX", "TWN", "XNC", "XSL", "ESH", "FLK", "GRL", "ATF", "PRI", "NCL", "ATA"] {
        let c = country(code).unwrap_or_else(|| panic!("{code} is missing"));
        assert_eq!(c.un, UnStatus::Other, "{code}");
    }
}

#[test]
fn every_country_has_one_map_entry_in_table_order() {
    let codes: Vec<_> = MAP_ENTRIES.iter().map(|m| m.code).collect();
    let countries: Vec<_> = COUNTRIES.iter().map(|c| c.code).collect();
    assert_eq!(codes, countries, "MAP_ENTRIES must list every country once, in the order of COUNTRIES");
    for c in COUNTRIES {
        assert_eq!(map_entry(c.code).map(|m| m.code), Some(c.code));
    }
    assert!(map_entry("EU").is_none() && map_entry("ZZZ").is_none());
}

#[test]
fn numeric_codes_are_unique_and_found_by_lookup() {
    let mut seen = HashMap::new();
    for m in MAP_ENTRIES {
        if let Some(n) = m.numeric {
            assert!(n > 0 && n < 1000, "{}: numeric {n} out of range", m.code);
            if let Some(other) = seen.insert(n, m.code) {
                panic!("numeric {n} used by {other} and {}", m.code);
            }
            assert_eq!(country_by_numeric(n).map(|c| c.code), Some(m.code));
        }
    }
    assert_eq!(country_by_numeric(862).map(|c| c.code), Some("VEN"));
    assert!(country_by_numeric(999).is_none());
}

#[test]
fn every_name_is_non_empty_and_trimmed() {
    for (name, actor, _, _) in all_names() {
        assert!(!name.is_empty(), "{actor} has an empty name");
        assert_eq!(name, name.trim(), "{actor}: `{name}` has surrounding spaces");
        assert!(!name.contains("  "), "{actor}: `{name}` has a double space");
    }
    for c in COUNTRIES {
        assert!(!c.subregion.is_empty(), "{} has no subregion", c.code);
    }
}

#[test]
fn no_name_stands_for_two_actors_at_the_same_time() {
    let names = all_names();
    let mut by_name: HashMap<&str, Vec<(&str, i32, i32)>> = HashMap::new();
    for (name, actor, from, to) in names {
        by_name.entry(name).or_default().push((actor, from, to));
    }
    for (name, uses) in by_name {
        for (i, a) in uses.iter().enumerate() {
            for b in &uses[i + 1..] {
                let overlap = a.1 <= b.2 && b.1 <= a.2;
                assert!(a.0 == b.0 || !overlap, "`{name}` stands for both {} and {} at once", a.0, b.0);
            }
        }
    }
}

#[test]
fn a_name_shared_over_time_switches_actor_cleanly() {
    // Borrell spoke for Spain, then for the EU; both must resolve by date, not by guess.
    let on = |d: &str| Date::parse(d).unwrap();
    let spain = leaders_of("ESP").iter().find(|l| l.name == "Borrell").unwrap();
    let eu = leaders_of("EU").iter().find(|l| l.name == "Borrell").unwrap();
    assert!(spain.in_office_on(on("2019-01-23")) && !eu.in_office_on(on("2019-01-23")));
    assert!(eu.in_office_on(on("2024-08-04")) && !spain.in_office_on(on("2024-08-04")));
}

#[test]
fn non_actor_phrases_are_not_names() {
    let names: HashSet<_> = all_names().into_iter().map(|n| n.0).collect();
    for p in NON_ACTOR_PHRASES {
        assert!(!names.contains(p), "`{p}` is both a name and a non-actor phrase");
    }
}

#[test]
fn leader_terms_are_valid_dates_in_order() {
    for (actor, l) in all_leaders() {
        let from = Date::parse(l.from).unwrap_or_else(|e| panic!("{actor} {}: {e}", l.name));
        if let Some(to) = l.to {
            let to = Date::parse(to).unwrap_or_else(|e| panic!("{actor} {}: {e}", l.name));
            assert!(from <= to, "{actor} {}: term ends before it starts", l.name);
        }
    }
}

#[test]
fn leaders_stand_for_known_actors_listed_once_in_table_order() {
    // LEADERS follows COUNTRIES then BLOCS, so each actor's leaders are found where its entry is.
    let order: Vec<&str> = COUNTRIES.iter().map(|c| c.code).chain(BLOCS.iter().map(|b| b.code)).collect();
    let mut last = None;
    for &(actor, leaders) in LEADERS {
        let at = order.iter().position(|&code| code == actor);
        let at = at.unwrap_or_else(|| panic!("leaders of {actor}, which is no country or bloc"));
        assert!(last.is_none_or(|last| last < at), "{actor}: listed twice or out of table order");
        assert!(!leaders.is_empty(), "{actor}: an empty entry (leave the actor out instead)");
        assert_eq!(leaders_of(actor), leaders);
        last = Some(at);
    }
    assert!(leaders_of("ZZZ").is_empty() && leaders_of("LIMA").is_empty());
    assert!(leaders_of("USA").iter().any(|l| l.name == "Obama"));
}

#[test]
fn leaders_are_in_office_only_during_their_terms() {
    let on = |d: &str| Date::parse(d).unwrap();
    let cases = [
        ("MEX", "López Obrador", "2018-12-01", true),
        ("MEX", "López Obrador", "2024-09-30", true),
        ("MEX", "López Obrador", "2024-10-01", false),
        ("MEX", "López Obrador", "2018-11-30", false),
        ("BOL", "Evo Morales", "2019-11-10", true),
        ("BOL", "Evo Morales", "2019-11-11", false),
        ("NIC", "Daniel Ortega", "2030-01-01", true),
    ];
    for (code, name, date, expected) in cases {
        let terms = leaders_of(code).iter().filter(|l| l.name == name);
        let in_office = terms.clone().any(|l| l.in_office_on(on(date)));
        assert!(terms.count() > 0, "{code} has no leader {name}");
        assert_eq!(in_office, expected, "{name} on {date}");
    }
}

#[test]
fn leaders_with_two_terms_are_out_of_office_between_them() {
    let on = |d: &str| Date::parse(d).unwrap();
    let cases =
        [("BRA", "Lula", "2015-06-01"), ("USA", "Trump", "2023-06-01"), ("CHL", "Piñera", "2016-01-01")];
    for (code, name, gap) in cases {
        let terms: Vec<_> = leaders_of(code).iter().filter(|l| l.name == name).collect();
        assert_eq!(terms.len(), 2, "{name} should have two terms");
        assert!(terms.iter().all(|l| !l.in_office_on(on(gap))), "{name} was out of office on {gap}");
    }
}

#[test]
fn a_malformed_term_is_never_in_office() {
    let bad = Leader { name: "Nobody", from: "2020-13-01", to: None };
    assert!(!bad.in_office_on(Date::new(2021, 1, 1)));
}

#[test]
fn news_names_resolve_to_their_actor() {
    let cases = [
        ("the United States", "USA"),
        ("United States of America", "USA"),
        ("the U.S.", "USA"),
        ("U.S.", "USA"),
        ("US", "USA"),
        ("USA", "USA"),
        ("America", "USA"),
        ("Washington", "USA"),
        ("the White House", "USA"),
        ("the United Kingdom", "GBR"),
        ("UK", "GBR"),
        ("U.K.", "GBR"),
        ("Britain", "GBR"),
        ("Great Britain", "GBR"),
        ("Downing Street", "GBR"),
        ("North Korea", "PRK"),
        ("DPRK", "PRK"),
        ("Russia", "RUS"),
        ("Russian Federation", "RUS"),
        ("Moscow", "RUS"),
        ("the Kremlin", "RUS"),
        ("México", "MEX"),
        ("Perú", "PER"),
        ("Brasil", "BRA"),
        ("Panamá", "PAN"),
        ("España", "ESP"),
        ("Estados Unidos", "USA"),
        ("Argentine", "ARG"),
        ("Argentinian", "ARG"),
        ("Mexican", "MEX"),
        ("Cuban", "CUB"),
        ("Chinese", "CHN"),
        ("Dominican", "DOM"),
        ("Costa Rican", "CRI"),
        ("Uruguayan", "URY"),
        ("Salvadoran", "SLV"),
        ("Salvadorean", "SLV"),
        ("Havana", "CUB"),
        ("Brasília", "BRA"),
        ("Brasilia", "BRA"),
        ("Itamaraty", "BRA"),
        ("Beijing", "CHN"),
        ("Bogotá", "COL"),
        ("Bogota", "COL"),
        ("AMLO", "MEX"),
        ("Lopez Obrador", "MEX"),
        ("Sheinbaum", "MEX"),
        ("Milei", "ARG"),
        ("Macri", "ARG"),
        ("Alberto Fernández", "ARG"),
        ("Boric", "CHL"),
        ("Piñera", "CHL"),
        ("Mulino", "PAN"),
        ("Cortizo", "PAN"),
        ("Abinader", "DOM"),
        ("Danilo Medina", "DOM"),
        ("Evo Morales", "BOL"),
        ("Luis Arce", "BOL"),
        ("Daniel Ortega", "NIC"),
        ("Ortega", "NIC"),
        ("Petro", "COL"),
        ("Duque", "COL"),
        ("Bolsonaro", "BRA"),
        ("Bukele", "SLV"),
        ("Noboa", "ECU"),
        ("Lasso", "ECU"),
        ("Lenín Moreno", "ECU"),
        ("the Trump administration", "USA"),
        ("the Biden administration", "USA"),
        ("Obama", "USA"),
        ("Putin", "RUS"),
        ("Xi Jinping", "CHN"),
        ("Díaz-Canel", "CUB"),
        ("Raúl Castro", "CUB"),
        ("Erdogan", "TUR"),
        ("Erdoğan", "TUR"),
        ("Pedro Sánchez", "ESP"),
        ("Rajoy", "ESP"),
        ("Venezuela", "VEN"),
        ("the European Union", "EU"),
        ("the EU", "EU"),
        ("the E.U.", "EU"),
        ("European Union", "EU"),
        ("the Lima Group", "LIMA"),
        ("Grupo de Lima", "LIMA"),
        ("Organization of American States", "OAS"),
        ("the OAS", "OAS"),
        ("Almagro", "OAS"),
    ];
    let names = all_names();
    for (name, expected) in cases {
        let actors: HashSet<_> = names.iter().filter(|n| n.0 == name).map(|n| n.1).collect();
        assert_eq!(actors, HashSet::from([expected]), "`{name}`");
    }
}

#[test]
fn venezuelan_leaders_are_not_actors() {
    assert!(leaders_of("VEN").is_empty());
    let names = all_names();
    for name in ["Maduro", "Nicolás Maduro", "Chávez", "Hugo Chávez", "Delcy Rodríguez", "Guaidó"] {
        assert!(names.iter().all(|n| n.0 != name), "`{name}` must not name an actor");
    }
}

#[test]
fn bloc_members_are_known_countries_listed_once() {
    for b in BLOCS {
        let mut seen = HashSet::new();
        for m in b.members() {
            assert!(country(m).is_some(), "{}: unknown member {m}", b.code);
            assert!(seen.insert(m), "{}: member {m} listed twice", b.code);
        }
    }
    let sizes = [("EU", 27), ("LIMA", 16), ("OAS", 35), ("CARICOM", 15), ("G7", 7), ("MERCOSUR", 6)];
    for (code, size) in sizes {
        assert_eq!(bloc(code).unwrap().members().count(), size, "{code}");
    }
}

#[test]
fn capitals_are_points_on_the_globe() {
    for m in MAP_ENTRIES {
        let (lon, lat) = m.point;
        assert!(
            (-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat),
            "{}: {:?}",
            m.code,
            m.point
        );
    }
    // A swapped pair would put Caracas in the Indian Ocean.
    let (lon, lat) = map_entry("VEN").unwrap().point;
    assert!((-67.5..-66.5).contains(&lon) && (10.0..11.0).contains(&lat));
}

#[test]
fn subregions_belong_to_their_region() {
    let allowed: &[(Region, &[&str])] = &[
        (
            Region::Africa,
            &["Northern Africa", "Eastern Africa", "Middle Africa", "Southern Africa", "Western Africa"],
        ),
        (Region::Americas, &["Caribbean", "Central America", "South America", "Northern America"]),
        (
            Region::Asia,
            &["Central Asia", "Eastern Asia", "South-eastern Asia", "Southern Asia", "Western Asia"],
        ),
        (Region::Europe, &["Eastern Europe", "Northern Europe", "Southern Europe", "Western Europe"]),
        (Region::Oceania, &["Australia and New Zealand", "Melanesia", "Micronesia", "Polynesia"]),
        (Region::Antarctica, &["Antarctica"]),
    ];
    for c in COUNTRIES {
        let subs = allowed.iter().find(|(r, _)| *r == c.region).unwrap().1;
        assert!(
            subs.contains(&c.subregion),
            "{}: `{}` is not a subregion of {:?}",
            c.code,
            c.subregion,
            c.region
        );
    }
}

#[test]
fn actor_name_covers_countries_blocs_and_unknown_codes() {
    let cases = [
        ("ARG", "Argentina"),
        ("USA", "United States"),
        ("EU", "European Union"),
        ("LIMA", "Lima Group"),
        ("XKX", "Kosovo"),
        ("ZZZ", "ZZZ"),
        ("", ""),
    ];
    for (code, name) in cases {
        assert_eq!(actor_name(code), name);
    }
}
