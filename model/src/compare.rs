//! Comparing two to four roles: one row per aspect, one cell per role.

use crate::codes::country_name;
use crate::dataset::{Dataset, Role, Salary};
use crate::gather::Gather;
use crate::paths::{steps_apart, Graph};
use crate::pay::format_salary;

/// How an item of a list stands across the chosen roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Every chosen role has it.
    Shared,
    /// Only this role has it.
    Unique,
    /// Some of the roles have it.
    Some,
}

impl Mark {
    pub fn label(self) -> &'static str {
        match self {
            Mark::Shared => "shared",
            Mark::Unique => "only this role",
            Mark::Some => "",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Items(Vec<(String, Mark)>),
    Pay(Vec<Salary>),
}

impl Cell {
    /// The cell as plain text, for equality and for CSV.
    pub fn text(&self, ds: &Dataset) -> String {
        match self {
            Cell::Text(t) => t.clone(),
            Cell::Items(items) => items.iter().map(|(t, _)| t.as_str()).join_with("; "),
            Cell::Pay(list) if list.is_empty() => "No figure in the sources".into(),
            Cell::Pay(list) => list
                .iter()
                .map(|s| {
                    let max = match s.max {
                        Some(m) => format!("{m}{}", if s.open_ended { "+" } else { "" }),
                        None => "+".into(),
                    };
                    format!("{}/{}/{}/{}", s.min, max, s.currency, ds.source_title(&s.source))
                })
                .join_with(" | "),
        }
    }

    fn same_as(&self, other: &Cell, ds: &Dataset) -> bool {
        match (self, other) {
            (Cell::Pay(a), Cell::Pay(b)) => a.iter().map(|s| &s.id).eq(b.iter().map(|s| &s.id)),
            (a, b) => a.text(ds) == b.text(ds),
        }
    }
}

impl Cell {
    /// Nothing in the sources: an empty list, no pay figure.
    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Text(_) => false,
            Cell::Items(items) => items.is_empty(),
            Cell::Pay(list) => list.is_empty(),
        }
    }
}

/// What the articles say nothing of for a role, in the order a profile and a comparison
/// list them: its pay, skills, tools, certifications, duties and education.
pub fn lacking(ds: &Dataset, role: &Role) -> Vec<&'static str> {
    let pay = ds.salaries_for_role(role).next().is_some()
        || ds.salaries.iter().any(|s| s.role.as_deref() == Some(role.id.as_str()));
    [
        (!pay, "pay figure"),
        (role.skills.is_empty(), "skills"),
        (role.tools.is_empty(), "tools"),
        (ds.certifications_for_role(&role.id).next().is_none(), "certifications"),
        (role.responsibilities.is_empty(), "duties"),
        (role.education.is_empty(), "education"),
    ]
    .into_iter()
    .filter_map(|(missing, what)| missing.then_some(what))
    .gather()
}

/// One line for all a role lacks: "The articles give no pay figure, tools or
/// certifications for MLOps Engineer." `None` when it lacks nothing.
pub fn lacking_line(title: &str, lacking: &[&str]) -> Option<String> {
    let list = match lacking {
        [] => return None,
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    };
    Some(format!("The articles give no {list} for {title}."))
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub aspect: String,
    pub cells: Vec<Cell>,
}

impl Row {
    /// No role has anything here: drawn as one cell, not a blank per role.
    pub fn is_blank(&self) -> bool {
        self.cells.iter().all(Cell::is_empty)
    }

    /// Are all cells the same?
    pub fn equal(&self, ds: &Dataset) -> bool {
        self.cells.windows(2).all(|w| w[0].same_as(&w[1], ds))
    }
}

/// Years of experience the articles give for a role: its own, or else those given with
/// the pay figures of its level. Each `(min, max, source id)`.
pub fn years_for_role(ds: &Dataset, role: &Role) -> Vec<(u32, Option<u32>, String)> {
    if !role.years.is_empty() {
        return role.years.iter().map(|y| (y.min, y.max, y.source.clone())).gather();
    }
    let mut out: Vec<(u32, Option<u32>, String)> = Vec::new();
    for s in ds.salaries_for_role(role) {
        if let Some(min) = s.years_min {
            let y = (min, s.years_max, s.source.clone());
            if !out.contains(&y) {
                out.push(y);
            }
        }
    }
    out
}

pub fn years_label(ds: &Dataset, years: &[(u32, Option<u32>, String)]) -> String {
    if years.is_empty() {
        return "Not stated".into();
    }
    years
        .iter()
        .map(|(min, max, src)| {
            let span = match max {
                Some(m) => format!("{min}–{m} years"),
                None => format!("{min}+ years"),
            };
            format!("{span} (“{}”)", ds.source_title(src))
        })
        .join_with("; ")
}

fn marked(lists: &[Vec<String>]) -> Vec<Cell> {
    let n = lists.len();
    lists
        .iter()
        .map(|list| {
            Cell::Items(
                list.iter()
                    .map(|item| {
                        let count = lists.iter().filter(|l| l.contains(item)).count();
                        let mark = if n > 1 && count == n {
                            Mark::Shared
                        } else if n > 1 && count == 1 {
                            Mark::Unique
                        } else {
                            Mark::Some
                        };
                        (item.clone(), mark)
                    })
                    .gather(),
            )
        })
        .gather()
}

/// What `role_facts` lists, in its order.
pub const FACTS: [&str; 4] = ["Experience level", "Focus area", "Track", "Years of experience"];

/// The facts a role's profile lists, which are also a comparison's first rows: level,
/// focus area, track and years of experience, each as shown, named as in `FACTS`.
pub fn role_facts(ds: &Dataset, role: &Role) -> [(&'static str, String); 4] {
    [
        (FACTS[0], role.level.map_or("Not stated".into(), |l| l.label().to_string())),
        (FACTS[1], role.focus.clone().unwrap_or_else(|| "Not stated".into())),
        (FACTS[2], role.track.map_or("Not stated".into(), |t| t.label().to_string())),
        (FACTS[3], years_label(ds, &years_for_role(ds, role))),
    ]
}

/// The comparison table of `roles` (dataset indices), with pay rows for `countries`.
pub fn compare_rows(ds: &Dataset, g: &Graph, roles: &[usize], countries: &[String]) -> Vec<Row> {
    let rs: Vec<&Role> = roles.iter().filter_map(|&i| ds.roles.get(i)).gather();
    let facts: Vec<[(&'static str, String); 4]> = rs.iter().map(|r| role_facts(ds, r)).gather();
    let mut rows: Vec<Row> = FACTS
        .iter()
        .enumerate()
        .map(|(k, aspect)| Row {
            aspect: aspect.to_string(),
            cells: facts.iter().map(|f| Cell::Text(f[k].1.clone())).gather(),
        })
        .gather();
    for c in countries {
        rows.push(Row {
            aspect: format!("Pay ({})", country_name(c)),
            cells: rs
                .iter()
                .map(|r| Cell::Pay(ds.salaries_for_role(r).filter(|s| s.country == *c).cloned().gather()))
                .gather(),
        });
    }
    let names = |ids: &[String]| ids.iter().map(|id| ds.skill_name(id).to_string()).gather();
    let skills: Vec<Vec<String>> = rs.iter().map(|r| names(&r.skills)).gather();
    let tools: Vec<Vec<String>> = rs.iter().map(|r| names(&r.tools)).gather();
    let certs: Vec<Vec<String>> =
        rs.iter().map(|r| ds.certifications_for_role(&r.id).map(|c| c.name.clone()).gather()).gather();
    rows.push(Row { aspect: "Skills".into(), cells: marked(&skills) });
    rows.push(Row { aspect: "Tools".into(), cells: marked(&tools) });
    rows.push(Row { aspect: "Certifications".into(), cells: marked(&certs) });
    let plain = |list: Vec<String>| Cell::Items(list.into_iter().map(|t| (t, Mark::Some)).gather());
    rows.push(Row {
        aspect: "Responsibilities".into(),
        cells: rs.iter().map(|r| plain(r.responsibilities.iter().map(|x| x.text.clone()).gather())).gather(),
    });
    rows.push(Row {
        aspect: "Education".into(),
        cells: rs.iter().map(|r| plain(r.education.iter().map(|x| x.text.clone()).gather())).gather(),
    });
    let first = roles.first().copied();
    rows.push(Row {
        aspect: "Career steps".into(),
        cells: roles
            .iter()
            .enumerate()
            .map(|(n, &i)| {
                Cell::Text(match (n, first) {
                    (0, _) | (_, None) => "The role the others are measured from".into(),
                    (_, Some(f)) => {
                        let base = &ds.roles[f].title;
                        match steps_apart(g, f, i) {
                            Some(0) => "The same role".into(),
                            Some(1) => format!("1 step after {base}"),
                            Some(k) if k > 0 => format!("{k} steps after {base}"),
                            Some(-1) => format!("1 step before {base}"),
                            Some(k) => format!("{} steps before {base}", -k),
                            None => format!("No route to or from {base} in the articles' steps"),
                        }
                    }
                })
            })
            .gather(),
    });
    rows
}

/// Quotes a CSV field when it holds a comma, a quote or a line break.
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The table as CSV: a header of role titles, one line per aspect. Pay cells hold
/// `min/max/currency/source` for each source, separated by ` | `.
pub fn to_csv(ds: &Dataset, roles: &[usize], rows: &[Row]) -> String {
    let mut out = String::new();
    let header = std::iter::once("Aspect").chain(roles.iter().map(|&i| ds.roles[i].title.as_str()));
    out.push_str(&header.map(csv_field).join_with(","));
    out.push_str("\r\n");
    for row in rows {
        let line = std::iter::once(csv_field(&row.aspect)).chain(row.cells.iter().map(|c| csv_field(&c.text(ds))));
        out.push_str(&line.join_with(","));
        out.push_str("\r\n");
    }
    out
}

/// A salary's text as shown in a comparison cell.
pub fn pay_line(ds: &Dataset, s: &Salary) -> String {
    format!("{} — {} (“{}”)", format_salary(s), s.level_label, ds.source_title(&s.source))
}

/// The most titles Compare's role box suggests at a time.
pub const PICKER_SUGGESTIONS: usize = 50;

/// The roles Compare's role box suggests for what has been typed: every role when the
/// dataset is small, else the first `PICKER_SUGGESTIONS` whose title contains the text
/// (ignoring ASCII case), so a dataset of 20,000 roles never becomes 20,000 options.
pub fn picker_matches<'a>(ds: &'a Dataset, typed: &str) -> Vec<&'a Role> {
    let typed = typed.trim();
    ds.roles
        .iter()
        .filter(|r| typed.is_empty() || contains_ignoring_case(&r.title, typed))
        .take(PICKER_SUGGESTIONS)
        .gather()
}

/// The role a role box names: its title (ignoring ASCII case and surrounding spaces) or its id.
pub fn role_by_title<'a>(ds: &'a Dataset, text: &str) -> Option<&'a Role> {
    let text = text.trim();
    ds.roles.iter().find(|r| r.title.eq_ignore_ascii_case(text) || r.id == text)
}

fn contains_ignoring_case(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    n.len() <= h.len() && h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
}
