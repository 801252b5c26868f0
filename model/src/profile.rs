//! What a role profile shows beyond the role's own fields.

use crate::dataset::{CareerStep, Dataset, Note, Qualifier, Role, Skill, SkillCategory, Topic};
use crate::gather::Gather;

/// The role's skills and tools, grouped by category in the categories' order.
pub fn skills_by_category<'a>(ds: &'a Dataset, role: &Role) -> Vec<(SkillCategory, Vec<&'a Skill>)> {
    let mut all: Vec<&Skill> = role.skills.iter().chain(&role.tools).filter_map(|id| ds.skill(id)).gather();
    crate::order::sort_by_key(&mut all, |s| s.category);
    let mut out: Vec<(SkillCategory, Vec<&Skill>)> = Vec::new();
    for s in all {
        match out.last_mut() {
            Some((c, list)) if *c == s.category => list.push(s),
            _ => out.push((s.category, vec![s])),
        }
    }
    out
}

pub fn steps_into<'a>(ds: &'a Dataset, id: &'a str) -> impl Iterator<Item = &'a CareerStep> + 'a {
    ds.career_steps.iter().filter(move |s| s.to == id)
}

pub fn steps_out_of<'a>(ds: &'a Dataset, id: &'a str) -> impl Iterator<Item = &'a CareerStep> + 'a {
    ds.career_steps.iter().filter(move |s| s.from == id)
}

/// Roles that share the role's focus area or level, not counting those a step already
/// links, at most `limit`.
pub fn related_roles(ds: &Dataset, role: &Role, limit: usize) -> Vec<usize> {
    let linked = |id: &str| {
        ds.career_steps.iter().any(|s| (s.from == role.id && s.to == id) || (s.to == role.id && s.from == id))
    };
    let mut out: Vec<(u8, usize)> = ds
        .roles
        .iter()
        .enumerate()
        .filter(|(_, r)| r.id != role.id && !linked(&r.id))
        .filter_map(|(i, r)| {
            let same_focus = r.focus.is_some() && r.focus == role.focus;
            let same_level = r.level.is_some() && r.level == role.level;
            match (same_focus, same_level) {
                (true, _) => Some((0, i)),
                (false, true) => Some((1, i)),
                _ => None,
            }
        })
        .gather();
    crate::order::sort(&mut out);
    out.into_iter().take(limit).map(|(_, i)| i).gather()
}

/// The role's notes grouped by topic, in the order of `Topic::ALL`; topics with none are
/// left out.
pub fn notes_by_topic(role: &Role) -> Vec<(Topic, Vec<&Note>)> {
    Topic::ALL
        .into_iter()
        .map(|t| (t, role.notes.iter().filter(|n| n.topic == t).gather()))
        .filter(|(_, list)| !list.is_empty())
        .gather()
}

/// How the articles weigh the role's skills: "R: optional", one line per qualifier, with
/// the skill's display name.
pub fn qualifier_lines<'a>(ds: &'a Dataset, role: &'a Role) -> impl Iterator<Item = (String, &'a Qualifier)> + 'a {
    role.qualifiers.iter().map(move |q| {
        let name = ds.skill(&q.skill).map_or(q.skill.as_str(), |s| s.name.as_str());
        (format!("{name}: {}", q.note), q)
    })
}
