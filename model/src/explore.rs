//! Finding roles: text search, filters that combine, facet counts and sorting.
//!
//! Search keys are lowercased once per dataset (ASCII folding: the data is English, and
//! Unicode case tables would cost the widget kilobytes); a keystroke only scans them.

use crate::dataset::{Dataset, Level, Role, Track};
use crate::gather::Gather;
use crate::pay::{span, PaySpan};

/// What the reader has asked for on the Explore view.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ExploreQuery {
    pub text: String,
    pub levels: Vec<Level>,
    pub focus: Vec<String>,
    pub tracks: Vec<Track>,
    pub skills: Vec<String>,
    pub certifications: Vec<String>,
    pub min_salary: Option<u64>,
    pub sources: Vec<String>,
    pub sort: SortKey,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    #[default]
    Title,
    Level,
    Pay,
}

impl SortKey {
    pub const ALL: [SortKey; 3] = [SortKey::Title, SortKey::Level, SortKey::Pay];

    pub fn key(self) -> &'static str {
        match self {
            SortKey::Title => "title",
            SortKey::Level => "level",
            SortKey::Pay => "pay",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            SortKey::Title => "Title",
            SortKey::Level => "Experience level",
            SortKey::Pay => "Highest pay",
        }
    }

    pub fn from_key(key: &str) -> Option<SortKey> {
        SortKey::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// The filter groups, in the order the view shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Group {
    Level,
    Focus,
    Track,
    Skills,
    Certifications,
    Source,
}

/// Every filter group, in the order the view shows them. What a group is lives in the
/// methods below (its name, its link parameter and element attribute, what a notice calls
/// a value), in `ExploreQuery::selected`, `toggle` and `clear_group` (where the query
/// keeps its choices), and in `group_options` and `role_values` (its options, and each
/// role's values); filtering, facet counts, links and attributes are written once for all
/// groups.
pub const GROUPS: [Group; 6] =
    [Group::Level, Group::Focus, Group::Track, Group::Skills, Group::Certifications, Group::Source];

impl Group {
    /// The group's accessible name.
    pub fn label(self) -> &'static str {
        match self {
            Group::Level => "Experience level",
            Group::Focus => "Focus area",
            Group::Track => "Track",
            Group::Skills => "Skills",
            Group::Certifications => "Certifications",
            Group::Source => "Source",
        }
    }

    /// The group's parameter in a link (`#/explore?level=mid,senior`).
    pub fn param(self) -> &'static str {
        match self {
            Group::Level => "level",
            Group::Focus => "focus",
            Group::Track => "track",
            Group::Skills => "skill",
            Group::Certifications => "cert",
            Group::Source => "source",
        }
    }

    /// What a notice calls one of the group's values.
    pub fn noun(self) -> &'static str {
        match self {
            Group::Certifications => "certification",
            Group::Focus => "focus area",
            other => other.param(),
        }
    }

    pub fn from_param(param: &str) -> Option<Group> {
        GROUPS.into_iter().find(|g| g.param() == param)
    }

    /// Whether the dataset knows `value` as a value of this group.
    pub fn knows(self, ds: &Dataset, value: &str) -> bool {
        match self {
            Group::Level => Level::from_key(value).is_some(),
            Group::Focus => ds.roles.iter().any(|r| r.focus.as_deref() == Some(value)),
            Group::Track => Track::from_key(value).is_some(),
            Group::Skills => ds.skill(value).is_some(),
            Group::Certifications => ds.certification(value).is_some(),
            Group::Source => ds.source(value).is_some(),
        }
    }
}

impl ExploreQuery {
    /// The values chosen in `group`, as their keys, in the order chosen.
    pub fn selected(&self, group: Group) -> Vec<&str> {
        match group {
            Group::Level => self.levels.iter().map(|l| l.key()).gather(),
            Group::Focus => self.focus.iter().map(String::as_str).gather(),
            Group::Track => self.tracks.iter().map(|t| t.key()).gather(),
            Group::Skills => self.skills.iter().map(String::as_str).gather(),
            Group::Certifications => self.certifications.iter().map(String::as_str).gather(),
            Group::Source => self.sources.iter().map(String::as_str).gather(),
        }
    }

    /// How many filter choices are made (each value ticked, and a minimum salary).
    pub fn active_filters(&self) -> usize {
        GROUPS.iter().map(|&g| self.selected(g).len()).sum::<usize>() + usize::from(self.min_salary.is_some())
    }

    pub fn is_filtered(&self) -> bool {
        !self.text.trim().is_empty() || self.active_filters() > 0
    }

    /// Is `value` selected in `group`?
    pub fn has(&self, group: Group, value: &str) -> bool {
        self.selected(group).contains(&value)
    }

    /// Selects `value` in `group`, or unselects it when it was selected.
    pub fn toggle(&mut self, group: Group, value: &str) {
        fn flip<T: PartialEq>(list: &mut Vec<T>, v: T) {
            match list.iter().position(|x| *x == v) {
                Some(i) => {
                    list.remove(i);
                }
                None => list.push(v),
            }
        }
        match group {
            Group::Level => {
                if let Some(l) = Level::from_key(value) {
                    flip(&mut self.levels, l)
                }
            }
            Group::Focus => flip(&mut self.focus, value.to_string()),
            Group::Track => {
                if let Some(t) = Track::from_key(value) {
                    flip(&mut self.tracks, t)
                }
            }
            Group::Skills => flip(&mut self.skills, value.to_string()),
            Group::Certifications => flip(&mut self.certifications, value.to_string()),
            Group::Source => flip(&mut self.sources, value.to_string()),
        }
    }

    /// Unselects every value of `group`.
    pub fn clear_group(&mut self, group: Group) {
        match group {
            Group::Level => self.levels.clear(),
            Group::Focus => self.focus.clear(),
            Group::Track => self.tracks.clear(),
            Group::Skills => self.skills.clear(),
            Group::Certifications => self.certifications.clear(),
            Group::Source => self.sources.clear(),
        }
    }

    /// Clears everything but the sort order.
    pub fn cleared(&self) -> ExploreQuery {
        ExploreQuery { sort: self.sort, ..Default::default() }
    }
}

/// Lowercased search text per role, and per-role facts the filters need, built once.
#[derive(Debug, Clone, Default)]
pub struct RoleIndex {
    keys: Vec<String>,
    /// Each role's place in title order, so sorting by title compares numbers.
    title_rank: Vec<u32>,
    /// The options of every filter group, `(value, label)`, in the order they are shown.
    options: Vec<(Group, Vec<(String, String)>)>,
    /// For each group (in `GROUPS` order) and role, the indices of the options it has.
    tags: Vec<Vec<Vec<u32>>>,
}

fn push_key(key: &mut String, text: &str) {
    key.push('\u{1f}');
    key.extend(text.chars().map(|c| c.to_ascii_lowercase()));
}

fn group_options(ds: &Dataset, group: Group) -> Vec<(String, String)> {
    match group {
        Group::Level => Level::ALL
            .iter()
            .filter(|l| ds.roles.iter().any(|r| r.level == Some(**l)))
            .map(|l| (l.key().to_string(), l.label().to_string()))
            .gather(),
        Group::Focus => {
            let mut v: Vec<(String, &str)> =
                ds.roles.iter().filter_map(|r| r.focus.as_deref()).map(|f| (f.to_ascii_lowercase(), f)).gather();
            crate::order::sort(&mut v);
            v.dedup_by(|a, b| a.1 == b.1);
            v.into_iter().map(|(_, f)| (f.to_string(), f.to_string())).gather()
        }
        Group::Track => Track::ALL
            .iter()
            .filter(|t| ds.roles.iter().any(|r| r.track == Some(**t)))
            .map(|t| (t.key().to_string(), t.label().to_string()))
            .gather(),
        Group::Skills => {
            let mut used: Vec<&str> =
                ds.roles.iter().flat_map(|r| r.skills.iter().chain(&r.tools)).map(String::as_str).gather();
            crate::order::sort(&mut used);
            ds.skills
                .iter()
                .filter(|s| used.binary_search(&s.id.as_str()).is_ok())
                .map(|s| (s.id.clone(), s.name.clone()))
                .gather()
        }
        Group::Certifications => ds.certifications.iter().map(|c| (c.id.clone(), c.name.clone())).gather(),
        Group::Source => ds.sources.iter().map(|s| (s.id.clone(), s.title.clone())).gather(),
    }
}

/// The values role `r` has in `group`.
fn role_values<'a>(r: &'a Role, certs: &'a [String], group: Group) -> Vec<&'a str> {
    match group {
        Group::Level => r.level.map(|l| l.key()).into_iter().gather(),
        Group::Focus => r.focus.as_deref().into_iter().gather(),
        Group::Track => r.track.map(|t| t.key()).into_iter().gather(),
        Group::Skills => r.skills.iter().chain(&r.tools).map(String::as_str).gather(),
        Group::Certifications => certs.iter().map(String::as_str).gather(),
        Group::Source => r.sources.iter().map(String::as_str).gather(),
    }
}

impl RoleIndex {
    pub fn new(ds: &Dataset) -> RoleIndex {
        let mut keys = Vec::with_capacity(ds.roles.len());
        let mut certs: Vec<Vec<String>> = Vec::with_capacity(ds.roles.len());
        for r in &ds.roles {
            let mut key = String::new();
            push_key(&mut key, &r.title);
            for a in &r.aliases {
                push_key(&mut key, a);
            }
            if let Some(f) = &r.focus {
                push_key(&mut key, f);
            }
            for id in r.skills.iter().chain(&r.tools) {
                push_key(&mut key, ds.skill_name(id));
            }
            for item in &r.responsibilities {
                push_key(&mut key, &item.text);
            }
            keys.push(key);
            certs.push(ds.certifications_for_role(&r.id).map(|c| c.id.clone()).gather());
        }
        let mut order: Vec<(String, usize)> =
            ds.roles.iter().enumerate().map(|(i, r)| (r.title.to_ascii_lowercase(), i)).gather();
        crate::order::sort(&mut order);
        let mut title_rank = vec![0; ds.roles.len()];
        for (rank, (_, i)) in order.into_iter().enumerate() {
            title_rank[i] = rank as u32;
        }
        let options: Vec<(Group, Vec<(String, String)>)> = GROUPS.iter().map(|&g| (g, group_options(ds, g))).gather();
        let tags = options
            .iter()
            .map(|(group, opts)| {
                let mut place: Vec<(&str, u32)> =
                    opts.iter().enumerate().map(|(n, (v, _))| (v.as_str(), n as u32)).gather();
                crate::order::sort(&mut place);
                ds.roles
                    .iter()
                    .zip(&certs)
                    .map(|(r, c)| {
                        let mut found: Vec<u32> = role_values(r, c, *group)
                            .into_iter()
                            .filter_map(|v| place.binary_search_by(|(k, _)| (*k).cmp(v)).ok().map(|p| place[p].1))
                            .gather();
                        crate::order::sort(&mut found);
                        found.dedup();
                        found
                    })
                    .gather()
            })
            .gather();
        RoleIndex { keys, title_rank, options, tags }
    }

    /// The options of every filter group, `(value, label)`, in the order they are shown.
    pub fn options(&self) -> &[(Group, Vec<(String, String)>)] {
        &self.options
    }
}

/// The query's words, lowercased: every word must appear somewhere in a role.
pub fn query_words(text: &str) -> Vec<String> {
    text.split_whitespace().map(|w| w.to_ascii_lowercase()).gather()
}

/// The query's words worth marking in results: those of two characters or more.
pub fn marked_words(text: &str) -> Vec<String> {
    query_words(text).into_iter().filter(|w| w.len() >= 2).gather()
}

/// For each group, the options chosen in it (by place in the index's options), or `None`
/// when nothing is chosen there. A chosen value no role has matches no role.
fn chosen(idx: &RoleIndex, q: &ExploreQuery) -> Vec<Option<Vec<u32>>> {
    idx.options
        .iter()
        .map(|(g, opts)| {
            let sel = q.selected(*g);
            (!sel.is_empty()).then(|| {
                opts.iter().enumerate().filter(|(_, (v, _))| sel.contains(&v.as_str())).map(|(n, _)| n as u32).gather()
            })
        })
        .gather()
}

fn matches_group(idx: &RoleIndex, chosen: &[Option<Vec<u32>>], i: usize, g: usize) -> bool {
    chosen[g].as_ref().is_none_or(|want| idx.tags[g][i].iter().any(|o| want.contains(o)))
}

/// The highest figure any source gives for the role in the country, if any.
pub fn top_pay(ds: &Dataset, r: &Role, country: &str) -> Option<u64> {
    ds.top_pay(r, country)
}

pub fn role_pay_span(ds: &Dataset, r: &Role, country: &str) -> Option<PaySpan> {
    span(ds.salaries_for_role(r).filter(|s| s.country == country))
}

/// Does role `i` pass the search text and the minimum salary?
fn base_match(ds: &Dataset, idx: &RoleIndex, i: usize, words: &[String], q: &ExploreQuery, country: &str) -> bool {
    words.iter().all(|w| idx.keys[i].contains(w.as_str()))
        && q.min_salary.is_none_or(|min| top_pay(ds, &ds.roles[i], country).is_some_and(|p| p >= min))
}

/// What a query finds: the roles that pass, sorted as asked, and the facet counts per
/// group and option in the order of [`RoleIndex::options`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Found {
    pub roles: Vec<usize>,
    pub counts: Vec<Vec<usize>>,
}

/// The result list and the facet counts in one pass over the roles: each role's text is
/// scanned once per keystroke, and each group is checked once.
pub fn explore(ds: &Dataset, idx: &RoleIndex, q: &ExploreQuery, country: &str) -> Found {
    let words = query_words(&q.text);
    let mut roles = Vec::new();
    let mut counts: Vec<Vec<usize>> = idx.options.iter().map(|(_, o)| vec![0; o.len()]).gather();
    let mut bump = |g: usize, i: usize| {
        for &o in &idx.tags[g][i] {
            counts[g][o as usize] += 1;
        }
    };
    let chosen = chosen(idx, q);
    for i in (0..ds.roles.len()).filter(|&i| base_match(ds, idx, i, &words, q, country)) {
        let mut failing = (0..GROUPS.len()).filter(|&g| !matches_group(idx, &chosen, i, g));
        match (failing.next(), failing.next()) {
            // Passes every group: a result, and it counts in each group.
            (None, _) => {
                roles.push(i);
                (0..GROUPS.len()).for_each(|g| bump(g, i));
            }
            // Fails one group only: choosing another option there would bring it in.
            (Some(g), None) => bump(g, i),
            _ => {}
        }
    }
    sort_roles(ds, idx, &mut roles, q.sort, country);
    Found { roles, counts }
}

/// The indices of the roles that pass, sorted as asked.
pub fn filter_roles(ds: &Dataset, idx: &RoleIndex, q: &ExploreQuery, country: &str) -> Vec<usize> {
    explore(ds, idx, q, country).roles
}

pub fn sort_roles(ds: &Dataset, idx: &RoleIndex, list: &mut [usize], key: SortKey, country: &str) {
    let title = |i: usize| idx.title_rank.get(i).copied().unwrap_or(u32::MAX);
    match key {
        SortKey::Title => crate::order::sort_slice_by_key(list, |&i| title(i)),
        SortKey::Level => {
            crate::order::sort_slice_by_key(list, |&i| (ds.roles[i].level.is_none(), ds.roles[i].level, title(i)))
        }
        SortKey::Pay => crate::order::sort_slice_by_key(list, |&i| {
            let p = top_pay(ds, &ds.roles[i], country);
            (p.is_none(), std::cmp::Reverse(p), title(i))
        }),
    }
}

/// One option of a filter group and how many roles it would leave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetOption {
    pub value: String,
    pub label: String,
    pub count: usize,
}

/// The options of every group with their counts: roles that pass the other groups and
/// this option (OR within a group, AND across groups).
pub fn facets(ds: &Dataset, idx: &RoleIndex, q: &ExploreQuery, country: &str) -> Vec<(Group, Vec<FacetOption>)> {
    let counts = facet_counts(ds, idx, q, country);
    idx.options
        .iter()
        .zip(counts)
        .map(|((group, opts), counts)| {
            let opts = opts
                .iter()
                .zip(counts)
                .map(|((value, label), count)| FacetOption { value: value.clone(), label: label.clone(), count })
                .gather();
            (*group, opts)
        })
        .gather()
}

/// The counts alone, per group and option in the order of [`RoleIndex::options`].
pub fn facet_counts(ds: &Dataset, idx: &RoleIndex, q: &ExploreQuery, country: &str) -> Vec<Vec<usize>> {
    explore(ds, idx, q, country).counts
}

/// Where the words matched, beyond the title and focus a card already shows: aliases,
/// skills and tools, responsibilities. At most `limit` entries, each `(what, text)`.
pub fn match_context(ds: &Dataset, role: &Role, words: &[String], limit: usize) -> Vec<(&'static str, String)> {
    if words.is_empty() {
        return Vec::new();
    }
    let hit = |text: &str| {
        let lower = text.to_ascii_lowercase();
        words.iter().any(|w| lower.contains(w.as_str()))
    };
    let aliases = role.aliases.iter().map(|a| ("Also called", a.as_str()));
    let skills = role.skills.iter().map(|id| ("Skill", ds.skill_name(id)));
    let tools = role.tools.iter().map(|id| ("Tool", ds.skill_name(id)));
    let duties = role.responsibilities.iter().map(|r| ("Responsibility", r.text.as_str()));
    aliases
        .chain(skills)
        .chain(tools)
        .chain(duties)
        .filter(|(_, t)| hit(t))
        .take(limit)
        .map(|(k, t)| (k, t.to_string()))
        .gather()
}

/// `N roles` / `1 role`.
pub fn count_label(n: usize) -> String {
    crate::text::plural(n, "role", "roles")
}

/// Splits `text` into runs, marking those that match one of `words` (ASCII case-insensitive).
pub fn highlight(text: &str, words: &[String]) -> Vec<(String, bool)> {
    if words.is_empty() || text.is_empty() {
        return vec![(text.to_string(), false)];
    }
    let lower = text.to_ascii_lowercase();
    let mut marked = vec![false; text.len()];
    for w in words.iter().filter(|w| !w.is_empty()) {
        let mut from = 0;
        while let Some(pos) = lower[from..].find(w.as_str()) {
            let start = from + pos;
            marked[start..start + w.len()].iter_mut().for_each(|m| *m = true);
            from = start + w.len();
        }
    }
    let mut out: Vec<(String, bool)> = Vec::new();
    for (i, ch) in text.char_indices() {
        let m = marked[i];
        match out.last_mut() {
            Some((s, lm)) if *lm == m => s.push(ch),
            _ => out.push((ch.to_string(), m)),
        }
    }
    out
}
