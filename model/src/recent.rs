//! The last comparisons a reader made, as stored text: one comparison a line, role ids
//! separated by commas. Anything unreadable or foreign is dropped without a word.

use crate::dataset::Dataset;
use crate::gather::Gather;
use crate::state::MAX_COMPARE;

pub const MAX_RECENT: usize = 5;
/// Stored text longer than this is not ours.
const MAX_TEXT: usize = 4_096;

pub fn parse_recent(text: &str, ds: &Dataset) -> Vec<Vec<String>> {
    if text.len() > MAX_TEXT {
        return Vec::new();
    }
    let mut out: Vec<Vec<String>> = Vec::new();
    for line in text.lines() {
        let ids: Vec<String> = line.split(',').map(str::trim).map(String::from).gather();
        let valid = (2..=MAX_COMPARE).contains(&ids.len())
            && ids.iter().all(|id| ds.role(id).is_some())
            && ids.iter().enumerate().all(|(i, id)| !ids[..i].contains(id));
        if valid && !out.contains(&ids) && out.len() < MAX_RECENT {
            out.push(ids);
        }
    }
    out
}

pub fn print_recent(list: &[Vec<String>]) -> String {
    list.iter().map(|ids| ids.join(",")).join_with("\n")
}

/// Puts `current` first. A comparison still being built (one that adds to or takes from
/// the latest) replaces the latest instead of adding a line.
pub fn remember(list: &mut Vec<Vec<String>>, current: &[String]) {
    if current.len() < 2 {
        return;
    }
    let cur: Vec<String> = current.to_vec();
    let related = |a: &[String], b: &[String]| a.iter().all(|x| b.contains(x)) || b.iter().all(|x| a.contains(x));
    if list.first().is_some_and(|first| related(first, &cur)) {
        list.remove(0);
    }
    list.retain(|l| *l != cur);
    list.insert(0, cur);
    list.truncate(MAX_RECENT);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::{Role, Source};

    fn ds() -> Dataset {
        let mut ds = Dataset::default();
        ds.sources.push(Source { id: "s".into(), title: "S".into(), file: "f".into(), publisher: None });
        for id in ["a", "b", "c", "d", "e"] {
            ds.roles.push(Role { id: id.into(), title: id.into(), sources: vec!["s".into()], ..Default::default() });
        }
        ds
    }

    #[test]
    fn junk_and_foreign_lines_are_dropped() {
        let ds = ds();
        let text = "a,b\n{\"json\":true}\nx,y\na\na,a\na,b,c,d,e\n\u{0}\u{1}\nb,c,d\na,b";
        assert_eq!(parse_recent(text, &ds), vec![vec!["a", "b"], vec!["b", "c", "d"]]);
        assert!(parse_recent(&"a,b\n".repeat(5000), &ds).is_empty());
        assert!(parse_recent("", &ds).is_empty());
    }

    #[test]
    fn remembering_merges_a_comparison_being_built() {
        let mut list = Vec::new();
        remember(&mut list, &["a".into()]);
        assert!(list.is_empty());
        remember(&mut list, &["a".into(), "b".into()]);
        remember(&mut list, &["a".into(), "b".into(), "c".into()]);
        assert_eq!(list, vec![vec!["a", "b", "c"]]);
        remember(&mut list, &["d".into(), "e".into()]);
        assert_eq!(list.len(), 2);
        assert_eq!(print_recent(&list), "d,e\na,b,c");
        assert_eq!(parse_recent(&print_recent(&list), &ds()), list);
        for i in 0..10 {
            let ids = vec![["a", "b", "c", "d", "e"][i % 5].to_string(), "x".to_string() + &i.to_string()];
            list.insert(0, ids);
        }
        list.truncate(MAX_RECENT);
        remember(&mut list, &["c".into(), "e".into()]);
        assert_eq!(list.len(), MAX_RECENT);
    }
}
