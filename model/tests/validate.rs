//! Validation rejects each kind of bad edit with a message naming the entry and the field.

use career_model::validate::{validate, Problem, Severity};
use career_model::*;

fn dataset() -> Dataset {
    career_model::data_file::load_toml("data/careers.toml", include_str!("../../data/careers.toml")).unwrap().0
}

fn errors_after(edit: impl FnOnce(&mut Dataset)) -> Vec<Problem> {
    let mut ds = dataset();
    edit(&mut ds);
    validate(&ds).into_iter().filter(|p| p.severity == Severity::Error).collect()
}

/// Exactly one error, at `pointer`, whose message contains `needle`; returns its build message.
fn one_error(edit: impl FnOnce(&mut Dataset), pointer: &str, needle: &str) -> String {
    let errs = errors_after(edit);
    assert_eq!(errs.len(), 1, "{errs:#?}");
    assert_eq!(errs[0].pointer(), pointer);
    assert!(errs[0].message.contains(needle), "{:?} lacks {needle:?}", errs[0].message);
    errs[0].describe("data/careers.toml")
}

#[test]
fn reversed_pay() {
    let msg = one_error(
        |ds| {
            let s = ds.salaries.iter_mut().find(|s| s.id == "ik-us-entry").unwrap();
            s.max = Some(90_000);
            s.min = 120_000;
        },
        "/salaries/1/max",
        "max (90000) is below min (120000)",
    );
    assert_eq!(
        msg,
        "data/careers.toml: salaries entry \"ik-us-entry\", field \"max\": max (90000) is below min (120000)"
    );
}

#[test]
fn duplicate_ids() {
    let msg = one_error(|ds| ds.roles[2].id = ds.roles[0].id.clone(), "/roles/2/id", "is used by another entry");
    assert!(msg.contains("roles entry \"machine-learning-engineer\""), "{msg}");
}

#[test]
fn dangling_references() {
    one_error(
        |ds| ds.salaries[0].source = "nowhere".into(),
        "/salaries/0/source",
        "source \"nowhere\" is not in sources",
    );
    one_error(|ds| ds.salaries[0].role = Some("astronaut".into()), "/salaries/0/role", "role \"astronaut\"");
    one_error(
        |ds| ds.career_steps[0].to = "astronaut".into(),
        "/career_steps/0/to",
        "role \"astronaut\" is not in roles",
    );
    one_error(
        |ds| ds.certifications[0].roles[0] = "astronaut".into(),
        "/certifications/0/roles/0",
        "role \"astronaut\"",
    );
    one_error(
        |ds| ds.roles[0].skills.push("juggling".into()),
        "/roles/0/skills/28",
        "skill \"juggling\" is not in skills",
    );
    one_error(|ds| ds.roles[0].sources[0] = "blog".into(), "/roles/0/sources/0", "source \"blog\"");
    one_error(|ds| ds.roles[0].industries.push("mining".into()), "/roles/0/industries/8", "industry \"mining\"");
}

#[test]
fn a_tool_listed_as_a_skill() {
    one_error(|ds| ds.roles[0].skills.push("docker".into()), "/roles/0/skills/28", "is not a skill");
}

#[test]
fn unknown_codes() {
    one_error(|ds| ds.salaries[0].country = "UK".into(), "/salaries/0/country", "not an ISO 3166 alpha-2 code");
    one_error(|ds| ds.salaries[0].currency = "DOLLARS".into(), "/salaries/0/currency", "not an ISO 4217 code");
}

#[test]
fn role_without_a_source() {
    let msg = one_error(|ds| ds.roles[3].sources.clear(), "/roles/3/sources", "has no source");
    assert!(msg.contains("field \"sources\""), "{msg}");
}

#[test]
fn floor_without_open_end() {
    one_error(
        |ds| {
            let s = ds.salaries.iter_mut().find(|s| s.id == "career-in-senior").unwrap();
            s.open_ended = false;
        },
        "/salaries/12/max",
        "open_ended",
    );
}

#[test]
fn empty_title_and_bad_id() {
    one_error(|ds| ds.roles[2].title = "  ".into(), "/roles/2/title", "title is empty");
    one_error(|ds| ds.roles[2].id = "Applied ML".into(), "/roles/2/id", "may use only a-z");
}

#[test]
fn step_to_itself_and_repeated_step() {
    one_error(|ds| ds.career_steps[0].to = ds.career_steps[0].from.clone(), "/career_steps/0/to", "another role");
    let errs = errors_after(|ds| {
        let s = ds.career_steps[0].clone();
        ds.career_steps.push(s);
    });
    assert_eq!(errs.len(), 1);
    assert!(errs[0].message.contains("listed twice"));
}

#[test]
fn reversed_years() {
    one_error(|ds| ds.roles[0].years[0].max = Some(1), "/roles/0/years/0/max", "max (1) is below min (3)");
}

#[test]
fn roles_without_pay_are_warnings_not_errors() {
    let ds = dataset();
    let warnings: Vec<Problem> = validate(&ds).into_iter().filter(|p| p.severity == Severity::Warning).collect();
    assert!(warnings.iter().any(|w| w.entry == "computer-vision-engineer" && w.message.contains("no pay figures")));
    assert!(!warnings.iter().any(|w| w.entry == "machine-learning-engineer"));
}

/// A value of the wrong kind in the maintainers' file fails the build the same way: the
/// file, the entry (its id, or `from → to`) and the field, in the reader's words.
#[cfg(feature = "data-file")]
#[test]
fn a_wrong_value_in_the_file_names_the_entry_and_the_field() {
    let file = include_str!("../../data/careers.toml");
    let cases = [
        (
            file.replacen("level = \"mid\"", "level = \"middling\"", 1),
            "data/careers.toml: roles entry \"machine-learning-engineer\", field \"level\": \"middling\" is not one of: junior, mid, senior, lead, specialized",
        ),
        (
            file.replacen("aliases = [\"ML engineer\"]", "aliases = \"ML engineer\"", 1),
            "data/careers.toml: roles entry \"machine-learning-engineer\", field \"aliases\": expected a list ([…]), found the text \"ML engineer\"",
        ),
        (
            file.replacen("kind = \"promotion\"\nsource = \"jobs-career-guide\"", "kind = 3\nsource = \"jobs-career-guide\"", 1),
            "data/careers.toml: career_steps entry \"junior-ml-engineer → ml-engineer\", field \"kind\": expected one of the allowed words, found the number 3",
        ),
        (
            file.replacen("title = \"Machine Learning Engineer\"\n", "", 1),
            "data/careers.toml: roles entry \"machine-learning-engineer\": the field \"title\" is missing",
        ),
    ];
    for (text, message) in cases {
        assert_ne!(text, file, "the edit applies");
        let err = career_model::data_file::load_toml("data/careers.toml", &text).unwrap_err();
        assert_eq!(err, message);
    }
}

/// A typo in the maintainers' file fails the build, naming the file, the entry and the
/// field (a reader's dataset only gets a warning for it).
#[cfg(feature = "data-file")]
#[test]
fn unknown_field_in_the_file_names_it() {
    let text =
        include_str!("../../data/careers.toml").replacen("focus = \"General ML Engineering\"", "fokus = \"x\"", 1);
    let err = career_model::data_file::load_toml("data/careers.toml", &text).unwrap_err();
    assert!(
        err.contains(
            "data/careers.toml: roles entry \"machine-learning-engineer\", field \"fokus\": \"fokus\" is not a field"
        ),
        "{err}"
    );
    assert!(career_model::data_file::load_toml("data/careers.toml", include_str!("../../data/careers.toml")).is_ok());
}
