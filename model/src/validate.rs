//! Checks a dataset before anyone sees it: the build runs it on the maintainers' file, the
//! widget on a dataset loaded at run time. Every problem names where it is.

use crate::codes::{is_country, is_currency};
use crate::dataset::*;
use std::collections::HashSet;
use std::fmt;

/// Limits for datasets loaded at run time; the built-in dataset keeps them too.
pub const MAX_ROLES: usize = 20_000;
pub const MAX_ENTRIES: usize = 100_000;
pub const MAX_ID_CHARS: usize = 80;
pub const MAX_NAME_CHARS: usize = 200;
pub const MAX_TEXT_CHARS: usize = 2_000;
pub const MAX_LIST_ITEMS: usize = 200;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// The dataset can't be used.
    Error,
    /// The dataset loads; the reader is told.
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    /// The array it is in: `roles`, `salaries`… (empty for the file as a whole).
    pub collection: String,
    pub index: usize,
    /// The entry's id (or `from → to` for a career step), when it has one.
    pub entry: String,
    /// The field, with an index for list items: `max`, `sources/1`.
    pub field: String,
    pub message: String,
}

impl Problem {
    /// The JSON pointer of the field: `/salaries/3/max`.
    pub fn pointer(&self) -> String {
        if self.collection.is_empty() {
            return if self.field.is_empty() { String::new() } else { format!("/{}", self.field) };
        }
        let mut p = format!("/{}/{}", self.collection, self.index);
        if !self.field.is_empty() {
            p.push('/');
            p.push_str(&self.field);
        }
        p
    }

    /// The message a maintainer reads when the build fails: names the entry and the field.
    pub fn describe(&self, file: &str) -> String {
        if self.collection.is_empty() {
            return format!("{file}: \"{}\": {}", self.field, self.message);
        }
        let entry = if self.entry.is_empty() { format!("#{}", self.index) } else { format!("\"{}\"", q(&self.entry)) };
        let field = if self.field.is_empty() { String::new() } else { format!(", field \"{}\"", self.field) };
        format!("{file}: {} entry {entry}{field}: {}", self.collection, self.message)
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.pointer(), self.message)
    }
}

/// A value as a problem quotes it: at most about 80 characters.
fn q(value: &str) -> String {
    crate::text::shortened(value)
}

struct Checker<'a> {
    problems: Vec<Problem>,
    sources: HashSet<&'a str>,
    roles: HashSet<&'a str>,
    /// The ids of the skills of kind `skill`, and of kind `tool`.
    skill_ids: HashSet<&'a str>,
    tool_ids: HashSet<&'a str>,
    industries: HashSet<&'a str>,
}

/// Where in an entry a check looks: a field (`"title"`), an item of a list
/// (`("aliases", 2)`), or a field of an item (`("notes", 1, "text")`). Written out only when
/// there is a problem to report, as a check runs for every entry of a dataset.
trait Field: Copy {
    fn name(self) -> String;
}

impl Field for &str {
    fn name(self) -> String {
        self.to_string()
    }
}

impl Field for (&str, usize) {
    fn name(self) -> String {
        format!("{}/{}", self.0, self.1)
    }
}

impl Field for (&str, usize, &str) {
    fn name(self) -> String {
        format!("{}/{}/{}", self.0, self.1, self.2)
    }
}

struct At<'a> {
    collection: &'static str,
    index: usize,
    entry: &'a str,
}

impl<'a> Checker<'a> {
    fn push(&mut self, at: &At, severity: Severity, field: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem {
            severity,
            collection: at.collection.to_string(),
            index: at.index,
            entry: at.entry.to_string(),
            field: field.into(),
            message: message.into(),
        });
    }

    fn error(&mut self, at: &At, field: impl Into<String>, message: impl Into<String>) {
        self.push(at, Severity::Error, field, message);
    }

    fn text(&mut self, at: &At, field: impl Field, value: &str, limit: usize, required: bool) {
        if required && value.trim().is_empty() {
            let field = field.name();
            self.error(at, &field, format!("{field} is empty"));
        }
        let n = value.chars().count();
        if n > limit {
            let field = field.name();
            self.error(at, &field, format!("{field} is {n} characters long; the limit is {limit}"));
        }
    }

    fn id(&mut self, at: &At, value: &'a str, seen: &mut HashSet<&'a str>, unique_in: &str) {
        if value.is_empty() {
            self.error(at, "id", "id is empty");
            return;
        }
        if value.chars().count() > MAX_ID_CHARS {
            self.error(at, "id", format!("id is longer than {MAX_ID_CHARS} characters"));
        } else if !value.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_') {
            self.error(at, "id", format!("id \"{}\" may use only a-z, 0-9, '-' and '_'", q(value)));
        }
        if !seen.insert(value) {
            self.error(at, "id", format!("id \"{}\" is used by another entry in {unique_in}", q(value)));
        }
    }

    fn source_ref(&mut self, at: &At, field: impl Field, id: &str) {
        if !self.sources.contains(id) {
            self.error(at, field.name(), format!("source \"{}\" is not in sources", q(id)));
        }
    }

    fn source_list(&mut self, at: &At, list: &[String], required: bool) {
        if required && list.is_empty() {
            self.error(at, "sources", "has no source: every entry must name the article it comes from");
        }
        self.list_len(at, "sources", list.len());
        for (i, s) in list.iter().enumerate() {
            self.source_ref(at, ("sources", i), s);
        }
    }

    fn role_ref(&mut self, at: &At, field: impl Field, id: &str) {
        if !self.roles.contains(id) {
            self.error(at, field.name(), format!("role \"{}\" is not in roles", q(id)));
        }
    }

    fn list_len(&mut self, at: &At, field: &str, n: usize) {
        if n > MAX_LIST_ITEMS {
            self.error(at, field, format!("{field} has {n} items; the limit is {MAX_LIST_ITEMS}"));
        }
    }

    fn sourced(&mut self, at: &At, field: &str, items: &[Sourced]) {
        self.list_len(at, field, items.len());
        for (i, item) in items.iter().enumerate() {
            self.text(at, (field, i, "text"), &item.text, MAX_TEXT_CHARS, true);
            self.source_ref(at, (field, i, "source"), &item.source);
        }
    }
}

/// Every problem of the dataset, errors first in the order of the file, then warnings.
/// Each collection has its own check; all share the `Checker`'s helpers and wording.
pub fn validate(ds: &Dataset) -> Vec<Problem> {
    let mut c = Checker {
        problems: Vec::new(),
        sources: ds.sources.iter().map(|s| s.id.as_str()).collect(),
        roles: ds.roles.iter().map(|r| r.id.as_str()).collect(),
        skill_ids: ds.skills.iter().filter(|s| s.kind == SkillKind::Skill).map(|s| s.id.as_str()).collect(),
        tool_ids: ds.skills.iter().filter(|s| s.kind == SkillKind::Tool).map(|s| s.id.as_str()).collect(),
        industries: ds.industries.iter().map(|s| s.id.as_str()).collect(),
    };

    if c.sizes(ds) {
        c.sources(ds);
        c.vocabularies(ds);
        c.roles(ds);
        c.salaries(ds);
        c.certifications(ds);
        c.career_steps(ds);
        c.faqs(ds);
        c.guides(ds);
        c.country_notes(ds);
        c.warnings(ds);
    }
    c.problems
}

impl<'a> Checker<'a> {
    /// The collections' sizes, and the two that must not be empty. `false` when the
    /// dataset is over a limit: nothing else is checked then.
    fn sizes(&mut self, ds: &'a Dataset) -> bool {
        let sizes = [
            ("sources", ds.sources.len()),
            ("salaries", ds.salaries.len()),
            ("certifications", ds.certifications.len()),
            ("career_steps", ds.career_steps.len()),
            ("skills", ds.skills.len()),
        ];
        if ds.roles.len() > MAX_ROLES {
            let at = At { collection: "roles", index: MAX_ROLES, entry: "" };
            self.error(&at, "", format!("the dataset has {} roles; the limit is {MAX_ROLES}", ds.roles.len()));
            return false;
        }
        for (name, n) in sizes {
            if n > MAX_ENTRIES {
                let at = At { collection: name, index: MAX_ENTRIES, entry: "" };
                self.error(&at, "", format!("{name} has {n} entries; the limit is {MAX_ENTRIES}"));
                return false;
            }
        }
        if ds.sources.is_empty() {
            let at = At { collection: "", index: 0, entry: "" };
            self.error(&at, "sources", "the dataset has no sources: every fact must name the article it comes from");
        }
        if ds.roles.is_empty() {
            let at = At { collection: "", index: 0, entry: "" };
            self.error(&at, "roles", "the dataset has no roles");
        }
        true
    }

    /// Sources: unique ids, a title.
    fn sources(&mut self, ds: &'a Dataset) {
        let mut seen = HashSet::new();
        for (index, s) in ds.sources.iter().enumerate() {
            let at = At { collection: "sources", index, entry: &s.id };
            self.id(&at, &s.id, &mut seen, "sources");
            self.text(&at, "title", &s.title, MAX_NAME_CHARS, true);
            self.text(&at, "file", &s.file, MAX_NAME_CHARS, false);
            if let Some(p) = &s.publisher {
                self.text(&at, "publisher", p, MAX_NAME_CHARS, true);
            }
        }
    }

    /// Skills, industries, companies and work settings: unique ids, a name, known sources.
    fn vocabularies(&mut self, ds: &'a Dataset) {
        let mut seen = HashSet::new();
        for (index, s) in ds.skills.iter().enumerate() {
            let at = At { collection: "skills", index, entry: &s.id };
            self.id(&at, &s.id, &mut seen, "skills");
            self.text(&at, "name", &s.name, MAX_NAME_CHARS, true);
            self.source_list(&at, &s.sources, false);
        }

        for (collection, list) in
            [("industries", &ds.industries), ("companies", &ds.companies), ("work_settings", &ds.work_settings)]
        {
            let mut seen = HashSet::new();
            for (index, n) in list.iter().enumerate() {
                let at = At { collection, index, entry: &n.id };
                self.id(&at, &n.id, &mut seen, collection);
                self.text(&at, "name", &n.name, MAX_NAME_CHARS, true);
                self.source_list(&at, &n.sources, false);
            }
        }
    }

    /// Roles: ids, texts, and every reference to a source, skill or industry.
    fn roles(&mut self, ds: &'a Dataset) {
        let mut seen = HashSet::new();
        for (index, r) in ds.roles.iter().enumerate() {
            let at = At { collection: "roles", index, entry: &r.id };
            self.id(&at, &r.id, &mut seen, "roles");
            self.text(&at, "title", &r.title, MAX_NAME_CHARS, true);
            self.text(&at, "summary", &r.summary, MAX_TEXT_CHARS, false);
            if let Some(f) = &r.focus {
                self.text(&at, "focus", f, MAX_NAME_CHARS, true);
            }
            self.list_len(&at, "aliases", r.aliases.len());
            for (i, a) in r.aliases.iter().enumerate() {
                self.text(&at, ("aliases", i), a, MAX_NAME_CHARS, true);
            }
            self.source_list(&at, &r.sources, true);
            self.sourced(&at, "responsibilities", &r.responsibilities);
            self.sourced(&at, "education", &r.education);
            for (field, list, want) in [("skills", &r.skills, SkillKind::Skill), ("tools", &r.tools, SkillKind::Tool)] {
                self.list_len(&at, field, list.len());
                for (i, id) in list.iter().enumerate() {
                    let kind = match (self.skill_ids.contains(id.as_str()), self.tool_ids.contains(id.as_str())) {
                        (true, _) => Some(SkillKind::Skill),
                        (false, true) => Some(SkillKind::Tool),
                        (false, false) => None,
                    };
                    match kind {
                        None => {
                            self.error(&at, format!("{field}/{i}"), format!("skill \"{}\" is not in skills", q(id)))
                        }
                        Some(kind) if kind != want => {
                            let expected = if want == SkillKind::Skill { "skill" } else { "tool" };
                            self.error(
                                &at,
                                format!("{field}/{i}"),
                                format!("\"{}\" is not a {expected}: list it under the other field", q(id)),
                            )
                        }
                        Some(_) => {}
                    }
                }
            }
            self.list_len(&at, "qualifiers", r.qualifiers.len());
            for (i, qf) in r.qualifiers.iter().enumerate() {
                if !r.skills.contains(&qf.skill) && !r.tools.contains(&qf.skill) {
                    self.error(
                        &at,
                        format!("qualifiers/{i}/skill"),
                        format!("\"{}\" is not among this role's skills or tools", q(&qf.skill)),
                    );
                }
                self.text(&at, ("qualifiers", i, "note"), &qf.note, MAX_NAME_CHARS, true);
                self.source_ref(&at, ("qualifiers", i, "source"), &qf.source);
            }
            self.list_len(&at, "notes", r.notes.len());
            for (i, n) in r.notes.iter().enumerate() {
                self.text(&at, ("notes", i, "text"), &n.text, MAX_TEXT_CHARS, true);
                self.source_ref(&at, ("notes", i, "source"), &n.source);
            }
            self.list_len(&at, "industries", r.industries.len());
            for (i, id) in r.industries.iter().enumerate() {
                if !self.industries.contains(id.as_str()) {
                    self.error(&at, format!("industries/{i}"), format!("industry \"{}\" is not in industries", q(id)));
                }
            }
            for (i, y) in r.years.iter().enumerate() {
                if let Some(max) = y.max {
                    if max < y.min {
                        self.error(&at, format!("years/{i}/max"), format!("max ({max}) is below min ({})", y.min));
                    }
                }
                self.source_ref(&at, ("years", i, "source"), &y.source);
            }
        }
    }

    /// Pay figures: codes, references, and ranges that make sense.
    fn salaries(&mut self, ds: &'a Dataset) {
        let mut seen = HashSet::new();
        for (index, s) in ds.salaries.iter().enumerate() {
            let at = At { collection: "salaries", index, entry: &s.id };
            self.id(&at, &s.id, &mut seen, "salaries");
            self.source_ref(&at, "source", &s.source);
            if !is_country(&s.country) {
                self.error(
                    &at,
                    "country",
                    format!("country \"{}\" is not an ISO 3166 alpha-2 code (like US, GB, IN)", q(&s.country)),
                );
            }
            if !is_currency(&s.currency) {
                self.error(
                    &at,
                    "currency",
                    format!("currency \"{}\" is not an ISO 4217 code (like USD, GBP, INR)", q(&s.currency)),
                );
            }
            self.text(&at, "level_label", &s.level_label, MAX_NAME_CHARS, true);
            if let Some(role) = &s.role {
                self.role_ref(&at, "role", role);
            }
            match s.max {
                Some(max) if max < s.min => self.error(&at, "max", format!("max ({max}) is below min ({})", s.min)),
                None if !s.open_ended => {
                    self.error(&at, "max", "max is missing: a figure with only a floor must set open_ended = true")
                }
                _ => {}
            }
            if s.min == 0 && s.max == Some(0) {
                self.error(&at, "max", "min and max are both 0");
            }
            if let (Some(lo), Some(hi)) = (s.years_min, s.years_max) {
                if hi < lo {
                    self.error(&at, "years_max", format!("years_max ({hi}) is below years_min ({lo})"));
                }
            }
            for (i, r) in s.remarks.iter().enumerate() {
                self.text(&at, ("remarks", i), r, MAX_TEXT_CHARS, true);
            }
        }
    }

    /// Certifications: names, sources and the roles they help.
    fn certifications(&mut self, ds: &'a Dataset) {
        let mut seen = HashSet::new();
        for (index, cert) in ds.certifications.iter().enumerate() {
            let at = At { collection: "certifications", index, entry: &cert.id };
            self.id(&at, &cert.id, &mut seen, "certifications");
            self.text(&at, "name", &cert.name, MAX_NAME_CHARS, true);
            self.text(&at, "provider", &cert.provider, MAX_NAME_CHARS, true);
            self.source_list(&at, &cert.sources, true);
            self.sourced(&at, "validates", &cert.validates);
            self.list_len(&at, "roles", cert.roles.len());
            for (i, r) in cert.roles.iter().enumerate() {
                self.role_ref(&at, ("roles", i), r);
            }
        }
    }

    /// Career steps: both ends known, no step to itself, none listed twice by one source.
    fn career_steps(&mut self, ds: &'a Dataset) {
        let key = |i: usize| {
            let s = &ds.career_steps[i];
            (s.from.as_str(), s.to.as_str(), s.source.as_str())
        };
        let first = crate::order::first_of_equal(ds.career_steps.len(), &|a, b| key(a).cmp(&key(b)));
        for (index, step) in ds.career_steps.iter().enumerate() {
            // A step's name (`from → to`) is written out only for a step with a problem.
            let before = self.problems.len();
            let at = At { collection: "career_steps", index, entry: "" };
            self.role_ref(&at, "from", &step.from);
            self.role_ref(&at, "to", &step.to);
            if step.from == step.to {
                self.error(&at, "to", "a step must lead to another role");
            }
            self.source_ref(&at, "source", &step.source);
            if first[index] != index {
                self.error(&at, "", "the same step from the same source is listed twice");
            }
            if self.problems.len() > before {
                let entry = ds.entry_id("career_steps", index).unwrap_or_default();
                self.problems[before..].iter_mut().for_each(|p| p.entry.clone_from(&entry));
            }
        }
    }

    /// Questions: a question, an answer and a known source.
    fn faqs(&mut self, ds: &'a Dataset) {
        for (index, faq) in ds.faqs.iter().enumerate() {
            let at = At { collection: "faqs", index, entry: "" };
            self.text(&at, "question", &faq.question, MAX_TEXT_CHARS, true);
            self.text(&at, "answer", &faq.answer, MAX_TEXT_CHARS, true);
            self.source_ref(&at, "source", &faq.source);
        }
    }

    /// Guides: unique ids, a title and at least one item.
    fn guides(&mut self, ds: &'a Dataset) {
        let mut guide_ids = HashSet::new();
        for (index, g) in ds.guides.iter().enumerate() {
            let at = At { collection: "guides", index, entry: &g.id };
            self.id(&at, &g.id, &mut guide_ids, "guides");
            self.text(&at, "title", &g.title, MAX_NAME_CHARS, true);
            self.source_ref(&at, "source", &g.source);
            if g.items.is_empty() {
                self.error(&at, "items", "a guide needs at least one item");
            }
            if g.items.len() > MAX_LIST_ITEMS {
                self.error(&at, "items", format!("{} items; the limit is {MAX_LIST_ITEMS}", g.items.len()));
            }
            for (i, item) in g.items.iter().enumerate() {
                self.text(&at, ("items", i), item, MAX_TEXT_CHARS, true);
            }
        }
    }

    /// Country notes: a known country and source, a text.
    fn country_notes(&mut self, ds: &'a Dataset) {
        for (index, n) in ds.country_notes.iter().enumerate() {
            let at = At { collection: "country_notes", index, entry: "" };
            if !is_country(&n.country) {
                self.error(&at, "country", format!("country \"{}\" is not an ISO 3166 alpha-2 code", q(&n.country)));
            }
            self.source_ref(&at, "source", &n.source);
            self.text(&at, "text", &n.text, MAX_TEXT_CHARS, true);
        }
    }

    /// Warnings come last: they never stop a dataset from loading.
    fn warnings(&mut self, ds: &'a Dataset) {
        for (index, r) in ds.roles.iter().enumerate() {
            if ds.salaries_for_role(r).next().is_none() {
                let at = At { collection: "roles", index, entry: &r.id };
                self.push(&at, Severity::Warning, "", format!("\"{}\" has no pay figures", q(&r.title)));
            }
        }
    }
}

pub fn errors(problems: &[Problem]) -> impl Iterator<Item = &Problem> {
    problems.iter().filter(|p| p.severity == Severity::Error)
}
