//! "Your skills": which roles fit what a reader already knows. Each role is measured by
//! the share of its named skills and tools the reader has; ties and roles the articles
//! name no skills for are explained, not hidden.

use crate::dataset::{Dataset, SkillCategory};
use crate::gather::Gather;

/// How well one role fits the reader's skills.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fit {
    /// The role's index in the dataset.
    pub role: usize,
    /// Skill and tool ids the role names that the reader has, in the role's order.
    pub covered: Vec<String>,
    /// Those the reader does not have yet, in the role's order.
    pub missing: Vec<String>,
}

impl Fit {
    pub fn total(&self) -> usize {
        self.covered.len() + self.missing.len()
    }

    /// "3 of 5 skills".
    pub fn label(&self) -> String {
        format!("{} of {} skill{}", self.covered.len(), self.total(), if self.total() == 1 { "" } else { "s" })
    }
}

/// The ranking: roles that name skills, best fit first; and the roles that name none.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ranking {
    pub fits: Vec<Fit>,
    /// Roles the articles name no skills or tools for: they can't be ranked.
    pub unranked: Vec<usize>,
}

/// The skills and tools a role names, without repeats, skills first.
pub fn named_skills(ds: &Dataset, role: usize) -> Vec<&str> {
    let r = &ds.roles[role];
    crate::text::distinct(r.skills.iter().chain(&r.tools).map(String::as_str))
}

/// Ranks every role by the share of its named skills the reader has (`have`, skill ids).
/// Ties go to the role that names more of the reader's skills, then by title. Roles that
/// cover none of them come last, in the same order; with nothing ticked, every role
/// covers none.
pub fn rank(ds: &Dataset, have: &[String]) -> Ranking {
    let mut ranking = Ranking::default();
    for i in 0..ds.roles.len() {
        let named = named_skills(ds, i);
        if named.is_empty() {
            ranking.unranked.push(i);
            continue;
        }
        let (covered, missing): (Vec<&str>, Vec<&str>) = named.into_iter().partition(|id| have.iter().any(|h| h == id));
        ranking.fits.push(Fit {
            role: i,
            covered: covered.into_iter().map(String::from).gather(),
            missing: missing.into_iter().map(String::from).gather(),
        });
    }
    // Compare shares exactly: a/b > c/d ⇔ a·d > c·b.
    crate::order::sort_by(&mut ranking.fits, |a, b| {
        let share = (b.covered.len() * a.total()).cmp(&(a.covered.len() * b.total()));
        share
            .then(b.covered.len().cmp(&a.covered.len()))
            .then_with(|| ds.roles[a.role].title.cmp(&ds.roles[b.role].title))
    });
    ranking
}

/// Whether two fits tie: the same share and the same number of skills covered.
pub fn ties(a: &Fit, b: &Fit) -> bool {
    a.covered.len() * b.total() == b.covered.len() * a.total() && a.covered.len() == b.covered.len()
}

/// The skills the dataset names, grouped by category in the category's order, each
/// group sorted by name: `(category, [(id, name)])`. Only skills some role names.
pub fn checklist(ds: &Dataset) -> Vec<(SkillCategory, Vec<(String, String)>)> {
    let used: std::collections::HashSet<&str> =
        ds.roles.iter().flat_map(|r| r.skills.iter().chain(&r.tools)).map(String::as_str).collect();
    let used = |id: &str| used.contains(id);
    let mut groups: Vec<(SkillCategory, Vec<(String, String)>)> = Vec::new();
    for s in ds.skills.iter().filter(|s| used(&s.id)) {
        match groups.iter_mut().find(|(c, _)| *c == s.category) {
            Some((_, list)) => list.push((s.id.clone(), s.name.clone())),
            None => groups.push((s.category, vec![(s.id.clone(), s.name.clone())])),
        }
    }
    crate::order::sort_by_key(&mut groups, |(c, _)| *c);
    for (_, list) in &mut groups {
        crate::order::sort_by_key(list, |a| a.1.to_ascii_lowercase());
    }
    groups
}

/// Keeps the ids of skills the dataset knows, each once, in the order given.
pub fn known_skills(ds: &Dataset, ids: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for id in ids {
        if ds.skill(id).is_some() && !out.contains(id) {
            out.push(id.clone());
        }
    }
    out
}
