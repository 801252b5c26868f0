//! The dataset's types: what a maintainer writes in `data/careers.toml`, what the open
//! data `careers.json` holds, and what the widget reads.
//!
//! Every field is always serialised (no `skip_serializing_if`), so the JSON the build
//! embeds in the widget holds every field the types read.

use crate::gather::Gather;

#[derive(Debug, Clone, Default, PartialEq)]
#[cfg_attr(feature = "data-file", derive(serde::Serialize))]
pub struct Dataset {
    /// Build date and content hash, written by the build; empty in the source file.
    pub version: String,
    pub sources: Vec<Source>,
    pub roles: Vec<Role>,
    pub salaries: Vec<Salary>,
    pub certifications: Vec<Certification>,
    pub career_steps: Vec<CareerStep>,
    pub skills: Vec<Skill>,
    pub industries: Vec<Named>,
    pub companies: Vec<Named>,
    pub work_settings: Vec<Named>,
    pub faqs: Vec<Faq>,
    /// Advice the articles give as lists: routes into the field, resume advice.
    pub guides: Vec<Guide>,
    /// What an article says of a country's pay as a whole (its hubs, who pays most).
    pub country_notes: Vec<CountryNote>,
    /// Lookups by id and pay per role, built on first use (never serialised).
    #[cfg_attr(feature = "data-file", serde(skip))]
    pub lookups: Lookups,
}

/// A dataset's derived lookups: roles by id, and each role's pay figures, so a query at
/// the documented limits (20,000 roles, 20,000 figures) never scans every figure per role.
/// Built on first use; a clone starts without them, and `Dataset::changed` drops them
/// after an edit.
#[derive(Default)]
pub struct Lookups(std::sync::OnceLock<Index>);

impl Clone for Lookups {
    fn clone(&self) -> Self {
        Lookups::default()
    }
}

/// Lookups say nothing of the data: two datasets are equal whatever they have built.
impl PartialEq for Lookups {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl std::fmt::Debug for Lookups {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Lookups")
    }
}

#[derive(Default)]
pub struct Index {
    role_at: std::collections::HashMap<String, usize>,
    /// Per role, the figures that name it, in dataset order.
    named: Vec<Vec<u32>>,
    /// Per role, the whole-career figures that name it, in dataset order.
    career: Vec<Vec<u32>>,
    /// The figures that name no role, per pay level, in dataset order.
    by_level: [Vec<u32>; PayLevel::ALL.len()],
    /// Each country's row in `level_tops`.
    country_at: std::collections::HashMap<String, usize>,
    /// The highest of those figures, per country (row) and pay level.
    level_tops: Vec<[Option<u64>; PayLevel::ALL.len()]>,
    /// Per role, the certifications that name it, in dataset order.
    certs: Vec<Vec<u32>>,
    /// Skills by id (the first entry with an id).
    skill_at: std::collections::HashMap<String, usize>,
}

impl Index {
    fn new(ds: &Dataset) -> Index {
        let mut role_at = std::collections::HashMap::with_capacity(ds.roles.len());
        for (i, r) in ds.roles.iter().enumerate() {
            role_at.entry(r.id.clone()).or_insert(i);
        }
        let mut named = vec![Vec::new(); ds.roles.len()];
        let mut career = vec![Vec::new(); ds.roles.len()];
        let mut by_level: [Vec<u32>; PayLevel::ALL.len()] = Default::default();
        let mut country_at: std::collections::HashMap<String, usize> = Default::default();
        let mut level_tops: Vec<[Option<u64>; PayLevel::ALL.len()]> = Vec::new();
        for (n, s) in ds.salaries.iter().enumerate() {
            match &s.role {
                Some(r) if s.level != PayLevel::All => {
                    if let Some(&i) = role_at.get(r) {
                        named[i].push(n as u32);
                    }
                }
                Some(r) => {
                    if let Some(&i) = role_at.get(r) {
                        career[i].push(n as u32);
                    }
                }
                None => {
                    by_level[s.level as usize].push(n as u32);
                    let row = match country_at.get(s.country.as_str()) {
                        Some(&row) => row,
                        None => {
                            country_at.insert(s.country.clone(), level_tops.len());
                            level_tops.push(Default::default());
                            level_tops.len() - 1
                        }
                    };
                    let top = level_tops[row][s.level as usize].get_or_insert(0);
                    *top = (*top).max(s.max.unwrap_or(s.min));
                }
            }
        }
        let mut certs = vec![Vec::new(); ds.roles.len()];
        for (n, c) in ds.certifications.iter().enumerate() {
            for r in &c.roles {
                if let Some(&i) = role_at.get(r) {
                    // A certification that names a role twice is listed once.
                    if certs[i].last() != Some(&(n as u32)) {
                        certs[i].push(n as u32);
                    }
                }
            }
        }
        let mut skill_at = std::collections::HashMap::with_capacity(ds.skills.len());
        for (i, s) in ds.skills.iter().enumerate() {
            skill_at.entry(s.id.clone()).or_insert(i);
        }
        Index { role_at, named, career, by_level, country_at, level_tops, certs, skill_at }
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
#[cfg_attr(feature = "data-file", derive(serde::Serialize))]
pub struct Source {
    pub id: String,
    /// The article's own headline.
    pub title: String,
    /// The file the article was read from.
    pub file: String,
    pub publisher: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq)]
#[cfg_attr(feature = "data-file", derive(serde::Serialize))]
pub struct Role {
    pub id: String,
    pub title: String,
    pub aliases: Vec<String>,
    pub level: Option<Level>,
    pub focus: Option<String>,
    pub track: Option<Track>,
    pub summary: String,
    pub responsibilities: Vec<Sourced>,
    /// Skill ids (kind `skill`).
    pub skills: Vec<String>,
    /// Skill ids (kind `tool`).
    pub tools: Vec<String>,
    pub education: Vec<Sourced>,
    pub years: Vec<Years>,
    /// Industry ids.
    pub industries: Vec<String>,
    /// How an article weighs some of the skills and tools: "optional", "nice to have".
    pub qualifiers: Vec<Qualifier>,
    /// What the articles say of the role beyond its duties: where it sits, benefits,
    /// what moves its pay, its outlook.
    pub notes: Vec<Note>,
    pub sources: Vec<String>,
}

/// One article's weighing of one of a role's skills or tools.
#[derive(Debug, Clone, Default, PartialEq)]
#[cfg_attr(feature = "data-file", derive(serde::Serialize))]
pub struct Qualifier {
    /// A skill or tool id the role lists.
    pub skill: String,
    /// The article's word for it: "optional", "nice to have", "most important".
    pub note: String,
    pub source: String,
}

/// What an article says of a role, under one topic.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "data-file", derive(serde::Serialize))]
pub struct Note {
    pub topic: Topic,
    pub text: String,
    pub source: String,
}

/// The topics of a role's notes, in the order a profile shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Topic {
    /// How an article defines or files the role.
    Definition,
    /// Where the role sits in an organisation.
    Workplace,
    /// Background valued beyond a degree: coursework, research, experience.
    Background,
    /// What interviewers look for, with the articles' examples.
    Interview,
    Benefits,
    /// What moves the pay.
    Pay,
    /// Certifications that help, in general.
    Certifications,
    /// Demand and outlook.
    Outlook,
}

impl Topic {
    pub const ALL: [Topic; 8] = [
        Topic::Definition,
        Topic::Workplace,
        Topic::Background,
        Topic::Interview,
        Topic::Benefits,
        Topic::Pay,
        Topic::Certifications,
        Topic::Outlook,
    ];

    /// The heading a profile gives the topic.
    pub fn heading(self) -> &'static str {
        match self {
            Topic::Definition => "How the articles describe it",
            Topic::Workplace => "Where the role sits",
            Topic::Background => "Background that counts",
            Topic::Interview => "What interviewers look for",
            Topic::Benefits => "Benefits",
            Topic::Pay => "What moves the pay",
            Topic::Certifications => "Certifications in general",
            Topic::Outlook => "Outlook and demand",
        }
    }
}

/// A statement and the article it comes from.
#[derive(Debug, Clone, Default, PartialEq)]
#[cfg_attr(feature = "data-file", derive(serde::Serialize))]
pub struct Sourced {
    pub text: String,
    pub source: String,
}

/// Years of experience one article gives for a role.
#[derive(Debug, Clone, Default, PartialEq)]
#[cfg_attr(feature = "data-file", derive(serde::Serialize))]
pub struct Years {
    pub min: u32,
    pub max: Option<u32>,
    pub source: String,
}

/// A role's experience level, as the articles word it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    Junior,
    Mid,
    Senior,
    Lead,
    Specialized,
}

impl Level {
    pub const ALL: [Level; 5] = [Level::Junior, Level::Mid, Level::Senior, Level::Lead, Level::Specialized];

    pub fn label(self) -> &'static str {
        match self {
            Level::Junior => "Junior",
            Level::Mid => "Mid",
            Level::Senior => "Senior",
            Level::Lead => "Lead",
            Level::Specialized => "Specialized",
        }
    }

    /// The pay level whose figures describe this role, when the articles' tables have one.
    pub fn pay_level(self) -> Option<PayLevel> {
        match self {
            Level::Junior => Some(PayLevel::Entry),
            Level::Mid => Some(PayLevel::Mid),
            Level::Senior => Some(PayLevel::Senior),
            Level::Lead => Some(PayLevel::Lead),
            Level::Specialized => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Track {
    IndividualContributor,
    Management,
    Specialist,
}

impl Track {
    pub const ALL: [Track; 3] = [Track::IndividualContributor, Track::Management, Track::Specialist];

    pub fn label(self) -> &'static str {
        match self {
            Track::IndividualContributor => "Individual contributor",
            Track::Management => "Management",
            Track::Specialist => "Specialist (the widget's grouping)",
        }
    }
}

/// The level a pay figure is given for. `All` is a figure that spans every level.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PayLevel {
    Entry,
    Mid,
    Senior,
    Lead,
    #[default]
    All,
}

impl PayLevel {
    pub const ALL: [PayLevel; 5] = [PayLevel::Entry, PayLevel::Mid, PayLevel::Senior, PayLevel::Lead, PayLevel::All];

    pub fn label(self) -> &'static str {
        match self {
            PayLevel::Entry => "Entry",
            PayLevel::Mid => "Mid",
            PayLevel::Senior => "Senior",
            PayLevel::Lead => "Lead",
            PayLevel::All => "All levels",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Basis {
    Base,
    Average,
    TotalCompensation,
}

impl Basis {
    pub fn label(self) -> &'static str {
        match self {
            Basis::Base => "base salary",
            Basis::Average => "average salary",
            Basis::TotalCompensation => "total compensation",
        }
    }
}

/// One pay figure as one article gives it.
#[derive(Debug, Clone, Default, PartialEq)]
#[cfg_attr(feature = "data-file", derive(serde::Serialize))]
pub struct Salary {
    pub id: String,
    pub source: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// ISO 4217.
    pub currency: String,
    pub level: PayLevel,
    /// The level as the article words it.
    pub level_label: String,
    /// The role the figure is for, where the article says.
    pub role: Option<String>,
    pub years_min: Option<u32>,
    pub years_max: Option<u32>,
    pub min: u64,
    /// `None` when the article gives only a floor ("₹35L+").
    pub max: Option<u64>,
    /// The top figure ends in "+".
    pub open_ended: bool,
    pub basis: Option<Basis>,
    pub remarks: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CertificationKind {
    Certification,
    Specialization,
    Course,
}

impl CertificationKind {
    pub fn label(self) -> &'static str {
        match self {
            CertificationKind::Certification => "Certification",
            CertificationKind::Specialization => "Specialisation",
            CertificationKind::Course => "Course",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "data-file", derive(serde::Serialize))]
pub struct Certification {
    pub id: String,
    pub name: String,
    pub provider: String,
    pub kind: CertificationKind,
    pub validates: Vec<Sourced>,
    /// Role ids it helps.
    pub roles: Vec<String>,
    /// The career stage it helps, as the articles say.
    pub stage: Option<String>,
    pub note: Option<String>,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StepKind {
    Entry,
    Promotion,
    Lateral,
    /// Where the role can lead in time, not one promotion (001's "career growth leads to …").
    Destination,
}

impl StepKind {
    pub fn label(self) -> &'static str {
        match self {
            StepKind::Entry => "entry",
            StepKind::Promotion => "promotion",
            StepKind::Lateral => "lateral move",
            StepKind::Destination => "where it can lead",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "data-file", derive(serde::Serialize))]
pub struct CareerStep {
    pub from: String,
    pub to: String,
    pub kind: StepKind,
    pub track: Option<Track>,
    pub source: String,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SkillCategory {
    Languages,
    MlFrameworks,
    Data,
    Mlops,
    Cloud,
    Maths,
    MlConcepts,
    SoftSkills,
}

impl SkillCategory {
    pub fn label(self) -> &'static str {
        match self {
            SkillCategory::Languages => "Languages",
            SkillCategory::MlFrameworks => "ML and deep learning frameworks",
            SkillCategory::Data => "Data",
            SkillCategory::Mlops => "MLOps",
            SkillCategory::Cloud => "Cloud",
            SkillCategory::Maths => "Maths",
            SkillCategory::MlConcepts => "ML practice",
            SkillCategory::SoftSkills => "Soft skills",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SkillKind {
    Skill,
    Tool,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "data-file", derive(serde::Serialize))]
pub struct Skill {
    pub id: String,
    pub name: String,
    pub category: SkillCategory,
    pub kind: SkillKind,
    pub sources: Vec<String>,
}

/// An industry, a hiring company or a work setting.
#[derive(Debug, Clone, Default, PartialEq)]
#[cfg_attr(feature = "data-file", derive(serde::Serialize))]
pub struct Named {
    pub id: String,
    pub name: String,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq)]
#[cfg_attr(feature = "data-file", derive(serde::Serialize))]
pub struct Faq {
    pub question: String,
    pub answer: String,
    pub source: String,
    /// A question people entering the field ask ("Get started" shows it).
    pub beginner: bool,
}

/// What an article says of pay in one country, at every level.
#[derive(Debug, Clone, Default, PartialEq)]
#[cfg_attr(feature = "data-file", derive(serde::Serialize))]
pub struct CountryNote {
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub source: String,
    pub text: String,
}

/// An article's list of advice, in its order and words.
#[derive(Debug, Clone, Default, PartialEq)]
#[cfg_attr(feature = "data-file", derive(serde::Serialize))]
pub struct Guide {
    pub id: String,
    pub kind: GuideKind,
    /// The article's heading for the list.
    pub title: String,
    pub source: String,
    pub items: Vec<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum GuideKind {
    /// Steps into the field.
    #[default]
    Route,
    /// What to put on a resume and how.
    Resume,
}

crate::objects! {
    Dataset {
        sources, roles, salaries;
        version, certifications, career_steps, skills, industries, companies, work_settings, faqs, guides,
        country_notes;
        lookups
    }
    Source { id, title, file; publisher }
    Role {
        id, title, sources;
        aliases, level, focus, track, summary, responsibilities, skills, tools, education, years, industries,
        qualifiers, notes
    }
    Qualifier { skill, note, source; }
    Note { topic, text, source; }
    Sourced { text, source; }
    Years { min, source; max }
    Salary {
        id, source, country, currency, level, level_label, min;
        role, years_min, years_max, max, open_ended, basis, remarks
    }
    Certification { id, name, provider, kind, sources; validates, roles, stage, note }
    CareerStep { from, to, kind, source; track, note }
    Skill { id, name, category, kind; sources }
    Named { id, name; sources }
    Faq { question, answer, source; beginner }
    CountryNote { country, source, text; }
    Guide { id, kind, title, source, items; }
}

crate::words! {
    Topic {
        Definition = "definition", Workplace = "workplace", Background = "background", Interview = "interview",
        Benefits = "benefits", Pay = "pay", Certifications = "certifications", Outlook = "outlook",
    }
    Level { Junior = "junior", Mid = "mid", Senior = "senior", Lead = "lead", Specialized = "specialized" }
    Track { IndividualContributor = "individual_contributor", Management = "management", Specialist = "specialist" }
    PayLevel { Entry = "entry", Mid = "mid", Senior = "senior", Lead = "lead", All = "all" }
    Basis { Base = "base", Average = "average", TotalCompensation = "total_compensation" }
    CertificationKind { Certification = "certification", Specialization = "specialization", Course = "course" }
    StepKind { Entry = "entry", Promotion = "promotion", Lateral = "lateral", Destination = "destination" }
    SkillCategory {
        Languages = "languages", MlFrameworks = "ml_frameworks", Data = "data", Mlops = "mlops", Cloud = "cloud",
        Maths = "maths", MlConcepts = "ml_concepts", SoftSkills = "soft_skills",
    }
    SkillKind { Skill = "skill", Tool = "tool" }
    GuideKind { Route = "route", Resume = "resume" }
}

impl Dataset {
    fn index(&self) -> &Index {
        self.lookups.0.get_or_init(|| Index::new(self))
    }

    /// How a problem names the entry at `index` of a collection: its id, or `from → to` for
    /// a career step; `None` for entries without one.
    pub fn entry_id(&self, collection: &str, index: usize) -> Option<String> {
        let id = |v: Option<&str>| v.map(str::to_string);
        match collection {
            "sources" => id(self.sources.get(index).map(|e| e.id.as_str())),
            "roles" => id(self.roles.get(index).map(|e| e.id.as_str())),
            "salaries" => id(self.salaries.get(index).map(|e| e.id.as_str())),
            "certifications" => id(self.certifications.get(index).map(|e| e.id.as_str())),
            "skills" => id(self.skills.get(index).map(|e| e.id.as_str())),
            "guides" => id(self.guides.get(index).map(|e| e.id.as_str())),
            "industries" => id(self.industries.get(index).map(|e| e.id.as_str())),
            "companies" => id(self.companies.get(index).map(|e| e.id.as_str())),
            "work_settings" => id(self.work_settings.get(index).map(|e| e.id.as_str())),
            "career_steps" => self.career_steps.get(index).map(|s| format!("{} → {}", s.from, s.to)),
            _ => None,
        }
    }

    /// Drops the lookups: call it after editing a dataset that has been queried.
    pub fn changed(&mut self) {
        self.lookups = Lookups::default();
    }

    pub fn role(&self, id: &str) -> Option<&Role> {
        self.role_index(id).map(|i| &self.roles[i])
    }

    pub fn role_index(&self, id: &str) -> Option<usize> {
        self.index().role_at.get(id).copied()
    }

    /// `roles` (indices) in the order of their titles, as a role box lists them.
    pub fn by_title(&self, roles: impl IntoIterator<Item = usize>) -> Vec<usize> {
        let mut list: Vec<usize> = roles.into_iter().gather();
        crate::order::sort_by(&mut list, |&a, &b| self.roles[a].title.cmp(&self.roles[b].title));
        list
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn skill(&self, id: &str) -> Option<&Skill> {
        self.index().skill_at.get(id).map(|&i| &self.skills[i])
    }

    pub fn certification(&self, id: &str) -> Option<&Certification> {
        self.certifications.iter().find(|c| c.id == id)
    }

    /// The display name of a skill id (the id itself when unknown).
    pub fn skill_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.skill(id).map_or(id, |s| s.name.as_str())
    }

    /// The article's number in the source list (1 for the first), as the widget shows it.
    pub fn source_number(&self, id: &str) -> usize {
        self.sources.iter().position(|s| s.id == id).map_or(0, |p| p + 1)
    }

    pub fn source_title<'a>(&'a self, id: &'a str) -> &'a str {
        self.source(id).map_or(id, |s| s.title.as_str())
    }

    /// Every pay figure that describes this role: those that name it, and those that name
    /// no role but are given for the role's level.
    pub fn salaries_for_role<'a>(&'a self, role: &'a Role) -> impl Iterator<Item = &'a Salary> + 'a {
        let idx = self.index();
        let named: &[u32] = idx.role_at.get(&role.id).map_or(&[], |&i| &idx.named[i]);
        let generic: &[u32] = role.level.and_then(Level::pay_level).map_or(&[], |l| &idx.by_level[l as usize]);
        Merged { a: named, b: generic }.map(move |i| &self.salaries[i as usize])
    }

    /// What a role's profile shows of pay: `salaries_for_role`, then the whole-career
    /// figures that name the role.
    pub fn role_pay<'a>(&'a self, role: &'a Role) -> impl Iterator<Item = &'a Salary> + 'a {
        let idx = self.index();
        let career: &[u32] = idx.role_at.get(&role.id).map_or(&[], |&i| &idx.career[i]);
        self.salaries_for_role(role).chain(career.iter().map(move |&i| &self.salaries[i as usize]))
    }

    /// The highest figure any source gives for the role in the country, if any.
    pub fn top_pay(&self, role: &Role, country: &str) -> Option<u64> {
        let idx = self.index();
        let named = idx.role_at.get(&role.id).map_or(&[][..], |&i| &idx.named[i]);
        let from_named = named
            .iter()
            .map(|&n| &self.salaries[n as usize])
            .filter(|s| s.country == country)
            .map(|s| s.max.unwrap_or(s.min))
            .max();
        let from_level = role
            .level
            .and_then(Level::pay_level)
            .and_then(|l| idx.country_at.get(country).and_then(|&row| idx.level_tops[row][l as usize]));
        from_named.max(from_level)
    }

    /// The currency of a country's pay figures (the first figure's), if the country has any.
    pub fn currency_of(&self, country: &str) -> Option<&str> {
        self.salaries.iter().find(|s| s.country == country).map(|s| s.currency.as_str())
    }

    /// What the articles say of pay in a country as a whole.
    pub fn country_notes<'a>(&'a self, country: &'a str) -> impl Iterator<Item = &'a CountryNote> + 'a {
        self.country_notes.iter().filter(move |n| n.country == country)
    }

    /// Certifications that name this role among those they help.
    pub fn certifications_for_role<'a>(&'a self, role_id: &'a str) -> impl Iterator<Item = &'a Certification> + 'a {
        let idx = self.index();
        let found: &[u32] = idx.role_at.get(role_id).map_or(&[], |&i| &idx.certs[i]);
        found.iter().map(move |&n| &self.certifications[n as usize])
    }
}

/// Two ascending lists of indices, merged in ascending order.
struct Merged<'a> {
    a: &'a [u32],
    b: &'a [u32],
}

impl Iterator for Merged<'_> {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        let take_a = match (self.a.first(), self.b.first()) {
            (Some(x), Some(y)) => x <= y,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => return None,
        };
        let list = if take_a { &mut self.a } else { &mut self.b };
        let (first, rest) = list.split_first()?;
        *list = rest;
        Some(*first)
    }
}
