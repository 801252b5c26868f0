//! Explore's logic over the built-in data: matching, combined filters, facet counts,
//! sorting, and the link state's round trips (junk included).

use career_model::explore::*;
use career_model::state::{decode, encode, from_hash, to_hash, AppState, View};
use career_model::*;

fn dataset() -> Dataset {
    career_model::data_file::load_toml("data/careers.toml", include_str!("../../data/careers.toml")).unwrap().0
}

fn titles(ds: &Dataset, idx: &[usize]) -> Vec<String> {
    idx.iter().map(|&i| ds.roles[i].title.clone()).collect()
}

fn run(ds: &Dataset, q: &ExploreQuery, country: &str) -> Vec<String> {
    let index = RoleIndex::new(ds);
    titles(ds, &filter_roles(ds, &index, q, country))
}

#[test]
fn search_matches_title_alias_focus_skills_tools_and_responsibilities_case_insensitively() {
    let ds = dataset();
    let q = |t: &str| ExploreQuery { text: t.into(), ..Default::default() };
    assert_eq!(run(&ds, &q("vision"), "US"), ["Computer Vision Engineer", "Machine Learning Engineer"]);
    assert_eq!(run(&ds, &q("VISION engineer"), "US"), ["Computer Vision Engineer", "Machine Learning Engineer"]);
    // Alias.
    assert_eq!(run(&ds, &q("entry-level ML"), "US"), ["Junior ML Engineer"]);
    // Focus area.
    assert_eq!(run(&ds, &q("image processing"), "US"), ["Computer Vision Engineer"]);
    // A tool.
    assert!(run(&ds, &q("kubeflow"), "US").contains(&"Machine Learning Engineer".to_string()));
    // A responsibility.
    assert_eq!(run(&ds, &q("augmentation"), "US"), ["Junior ML Engineer"]);
    assert!(run(&ds, &q("zzzz"), "US").is_empty());
    assert_eq!(run(&ds, &q("   "), "US").len(), 24);
}

#[test]
fn filters_combine_and_across_groups_or_within_one() {
    let ds = dataset();
    let mut q = ExploreQuery { levels: vec![Level::Senior], ..Default::default() };
    assert_eq!(run(&ds, &q, "US"), ["Applied ML Engineer", "Senior ML Engineer"]);
    q.levels.push(Level::Lead);
    assert_eq!(run(&ds, &q, "US"), ["AI Architect", "Applied ML Engineer", "Lead ML Engineer", "Senior ML Engineer"]);
    // AND with the minimum salary in the chosen country.
    q.min_salary = Some(300_000);
    assert_eq!(run(&ds, &q, "US"), ["AI Architect", "Lead ML Engineer"]);
    // No lead figure in the UK: only the senior roles, at £130K+.
    q.min_salary = Some(100_000);
    assert_eq!(run(&ds, &q, "GB"), ["Applied ML Engineer", "Senior ML Engineer"]);
    // Track AND level.
    let q = ExploreQuery { tracks: vec![Track::Specialist], levels: vec![Level::Specialized], ..Default::default() };
    assert_eq!(
        run(&ds, &q, "US"),
        ["Computer Vision Engineer", "Deep Learning Engineer", "MLOps Engineer", "NLP Engineer", "Research Engineer"]
    );
    let q = ExploreQuery { skills: vec!["docker".into(), "mlops-practices".into()], ..Default::default() };
    assert_eq!(run(&ds, &q, "US"), ["Machine Learning Engineer", "MLOps Engineer"]);
    let q = ExploreQuery { certifications: vec!["tensorflow-developer".into()], ..Default::default() };
    assert_eq!(run(&ds, &q, "US"), ["Junior ML Engineer", "Machine Learning Engineer", "ML Engineer"]);
    let q = ExploreQuery { sources: vec!["jd-template".into()], ..Default::default() };
    assert_eq!(run(&ds, &q, "US"), ["Data Scientist", "Machine Learning Engineer"]);
}

#[test]
fn facet_counts_say_how_many_roles_each_option_would_leave() {
    let ds = dataset();
    let idx = RoleIndex::new(&ds);
    let q = ExploreQuery { levels: vec![Level::Senior], ..Default::default() };
    let f = facets(&ds, &idx, &q, "US");
    let group = |g: Group| f.iter().find(|(x, _)| *x == g).unwrap().1.clone();
    let count = |g: Group, v: &str| group(g).iter().find(|o| o.value == v).unwrap().count;
    // Within the level group, other groups apply but not the level itself.
    assert_eq!(count(Group::Level, "senior"), 2);
    assert_eq!(count(Group::Level, "specialized"), 5);
    // Other groups count within the selected level.
    assert_eq!(count(Group::Focus, "Advanced ML Solutions"), 1);
    assert_eq!(count(Group::Focus, "Image Processing"), 0);
    assert_eq!(count(Group::Source, "ik-job-description"), 2);
    // Only tracks some role is on: the articles put no role on the IC track.
    let tracks: Vec<String> = group(Group::Track).iter().map(|o| o.value.clone()).collect();
    assert_eq!(tracks, ["management", "specialist"]);
}

#[test]
fn facet_counts_agree_with_filtering_by_each_option_alone() {
    let ds = dataset();
    let idx = RoleIndex::new(&ds);
    let queries = [
        ExploreQuery::default(),
        ExploreQuery { text: "engineer".into(), levels: vec![Level::Senior, Level::Mid], ..Default::default() },
        ExploreQuery { skills: vec!["docker".into()], sources: vec!["jd-template".into()], ..Default::default() },
        ExploreQuery {
            min_salary: Some(120_000),
            certifications: vec!["tensorflow-developer".into()],
            ..Default::default()
        },
    ];
    for q in &queries {
        for (group, options) in facets(&ds, &idx, q, "US") {
            for opt in options {
                // The definition: the roles the query would show with this option as the
                // group's only choice.
                let mut one = q.clone();
                match group {
                    Group::Level => one.levels = Level::from_key(&opt.value).into_iter().collect(),
                    Group::Focus => one.focus = vec![opt.value.clone()],
                    Group::Track => one.tracks = Track::from_key(&opt.value).into_iter().collect(),
                    Group::Skills => one.skills = vec![opt.value.clone()],
                    Group::Certifications => one.certifications = vec![opt.value.clone()],
                    Group::Source => one.sources = vec![opt.value.clone()],
                }
                let expected = filter_roles(&ds, &idx, &one, "US").len();
                assert_eq!(opt.count, expected, "{group:?} {} under {q:?}", opt.value);
            }
        }
    }
}

#[test]
fn sorting_by_title_level_and_pay() {
    let ds = dataset();
    let mut q = ExploreQuery { sort: SortKey::Pay, ..Default::default() };
    let by_pay = run(&ds, &q, "US");
    assert_eq!(&by_pay[..2], ["AI Architect", "Lead ML Engineer"]);
    // Roles with no US figure come last.
    assert_eq!(by_pay.last().unwrap(), "Staff ML Engineer");
    q.sort = SortKey::Level;
    let by_level = run(&ds, &q, "US");
    assert_eq!(&by_level[..2], ["Junior ML Engineer", "Machine Learning Engineer"]);
    q.sort = SortKey::Title;
    let by_title = run(&ds, &q, "US");
    assert_eq!(by_title.first().unwrap(), "AI Architect");
    assert_eq!(by_title.last().unwrap(), "Staff ML Engineer");
}

#[test]
fn counts_and_highlights() {
    assert_eq!(count_label(0), "0 roles");
    assert_eq!(count_label(1), "1 role");
    assert_eq!(count_label(24), "24 roles");
    // A single letter filters but is not marked.
    assert_eq!(marked_words("a ML x Vision"), ["ml", "vision"]);
    assert_eq!(query_words("a ML"), ["a", "ml"]);
    let words = query_words("Vision ENG");
    let runs = highlight("Computer Vision Engineer", &words);
    let marked: Vec<&str> = runs.iter().filter(|(_, m)| *m).map(|(s, _)| s.as_str()).collect();
    assert_eq!(marked, ["Vision", "Eng"]);
    assert_eq!(runs.iter().map(|(s, _)| s.as_str()).collect::<String>(), "Computer Vision Engineer");
    // Non-ASCII text stays whole.
    let runs = highlight("₹6L – ₹12L salary", &query_words("sal"));
    assert_eq!(runs.iter().map(|(s, _)| s.as_str()).collect::<String>(), "₹6L – ₹12L salary");
    assert_eq!(highlight("abc", &[]), vec![("abc".to_string(), false)]);
}

#[test]
fn cards_can_say_where_a_search_matched() {
    let ds = dataset();
    let mle = ds.role("machine-learning-engineer").unwrap();
    assert_eq!(match_context(&ds, mle, &query_words("vision"), 3), [("Skill", "Computer vision".to_string())]);
    let ctx = match_context(&ds, mle, &query_words("docker"), 3);
    assert_eq!(ctx[0], ("Tool", "Docker".to_string()));
    assert!(match_context(&ds, mle, &[], 3).is_empty());
    assert_eq!(match_context(&ds, mle, &query_words("deploy"), 2).len(), 2);
}

#[test]
fn toggling_and_clearing() {
    let mut q = ExploreQuery::default();
    q.toggle(Group::Level, "mid");
    assert!(q.has(Group::Level, "mid") && q.is_filtered());
    q.toggle(Group::Level, "mid");
    assert!(!q.has(Group::Level, "mid") && !q.is_filtered());
    q.toggle(Group::Level, "nonsense");
    assert!(q.levels.is_empty());
    q.toggle(Group::Skills, "python");
    q.sort = SortKey::Pay;
    let c = q.cleared();
    assert!(!c.is_filtered());
    assert_eq!(c.sort, SortKey::Pay);
}

#[test]
fn hash_round_trips() {
    let ds = dataset();
    let mut s = AppState::default();
    assert_eq!(to_hash(&s), "#/explore");
    s.explore = ExploreQuery {
        text: "computer vision & more".into(),
        levels: vec![Level::Mid, Level::Senior],
        focus: vec!["Model Deployment".into()],
        tracks: vec![Track::Specialist],
        skills: vec!["python".into(), "docker".into()],
        certifications: vec!["google-pmle".into()],
        min_salary: Some(120_000),
        sources: vec!["career-2026".into()],
        sort: SortKey::Pay,
    };
    s.country = "GB".into();
    let hash = to_hash(&s);
    let (back, notices) = from_hash(&hash, &ds);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(back, s);

    for view in [View::Role("nlp-engineer".into()), View::Pay, View::Sources, View::Certifications] {
        let s = AppState { view, ..Default::default() };
        assert_eq!(from_hash(&to_hash(&s), &ds).0, s);
    }
    let s = AppState {
        view: View::Compare,
        compare: vec!["mlops-engineer".into(), "nlp-engineer".into()],
        ..Default::default()
    };
    assert_eq!(to_hash(&s), "#/compare?roles=mlops-engineer,nlp-engineer");
    assert_eq!(from_hash(&to_hash(&s), &ds).0, s);
    let s = AppState {
        view: View::Paths,
        from: Some("junior-ml-engineer".into()),
        to: Some("ai-architect".into()),
        ..Default::default()
    };
    assert_eq!(to_hash(&s), "#/path?from=junior-ml-engineer&to=ai-architect");
    assert_eq!(from_hash(&to_hash(&s), &ds).0, s);
}

#[test]
fn junk_in_the_hash_is_dropped_with_a_notice_never_a_panic() {
    let ds = dataset();
    let (s, n) = from_hash("#/role/astronaut", &ds);
    assert_eq!(s.view, View::Explore);
    assert_eq!(n.len(), 1);
    let (s, n) = from_hash("#/explore?level=mid,godlike&min=lots&sort=random&country=FR&skill=juggling&zzz=1", &ds);
    assert_eq!(s.explore.levels, vec![Level::Mid]);
    assert_eq!(s.explore.min_salary, None);
    assert_eq!(s.country, "US");
    // One notice counts what the link held that this dataset does not know.
    assert_eq!(
        n,
        ["Ignored 6 parts of the link: level \"godlike\", minimum salary \"lots\", sort order \"random\" and 3 more."],
    );
    let (s, n) = from_hash(
        "#/compare?roles=a,nlp-engineer,nlp-engineer,mlops-engineer,ml-engineer,ai-engineer,data-engineer",
        &ds,
    );
    assert_eq!(s.compare, ["nlp-engineer", "mlops-engineer", "ml-engineer", "ai-engineer"]);
    assert_eq!(
        n,
        ["A comparison holds at most 4 roles; \"data-engineer\" was left out.", "Ignored role \"a\" from the link."]
    );
    let (s, _) = from_hash("#/nowhere/at/all", &ds);
    assert_eq!(s.view, View::Explore);
    for junk in ["", "#", "#/", "#%", "#/explore?q=%E2%82", "#/explore?q=%zz&&&=", "#?", "#/role/", "#/explore?q=%"] {
        let _ = from_hash(junk, &ds);
    }
    assert_eq!(from_hash("#/explore?q=%zz", &ds).0.explore.text, "%zz");
}

#[test]
fn a_link_naming_thousands_of_unknown_roles_gives_one_short_notice() {
    let ds = dataset();
    let ids: Vec<String> = (0..15_870).map(|i| format!("no-such-role-{i}")).collect();
    let long = "x".repeat(10_000);
    let (s, n) = from_hash(&format!("#/compare?roles={},{long},nlp-engineer", ids.join(",")), &ds);
    assert_eq!(s.compare, ["nlp-engineer"]);
    assert_eq!(n.len(), 1, "{n:?}");
    assert!(n[0].starts_with("Ignored 15871 parts of the link: role \"no-such-role-0\""), "{}", n[0]);
    assert!(n[0].ends_with("and 15868 more."), "{}", n[0]);
    // A long value is quoted in part.
    let (_, n) = from_hash(&format!("#/role/{long}"), &ds);
    assert!(n[0].len() < 120 && n[0].contains("xxx…\""), "{}", n[0]);
}

#[test]
fn percent_encoding_round_trips() {
    for s in ["plain", "with space", "a&b=c,d", "₹6L – £45K", "100%", "#/?"] {
        assert_eq!(decode(&encode(s)), s);
    }
    assert_eq!(decode("a+b"), "a b");
}

#[test]
fn element_attributes_set_the_state_and_bad_values_fall_back_with_a_warning() {
    use career_model::state::{from_attributes, to_attributes};
    let ds = dataset();
    let a = |pairs: &[(&'static str, &str)]| pairs.iter().map(|(k, v)| (*k, Some(v.to_string()))).collect::<Vec<_>>();
    let (s, w) =
        from_attributes(&a(&[("view", "compare"), ("roles", "mlops-engineer,nlp-engineer"), ("country", "GB")]), &ds);
    assert!(w.is_empty(), "{w:?}");
    assert_eq!(
        (s.view.clone(), s.compare.clone(), s.country.as_str()),
        (View::Compare, vec!["mlops-engineer".to_string(), "nlp-engineer".to_string()], "GB")
    );
    assert_eq!(
        to_attributes(&s),
        [
            ("view", "compare".to_string()),
            ("roles", "mlops-engineer,nlp-engineer".to_string()),
            ("country", "GB".to_string())
        ]
    );
    let (s, _) = from_attributes(&a(&[("role", "nlp-engineer")]), &ds);
    assert_eq!(s.view, View::Role("nlp-engineer".into()));
    let (s, _) = from_attributes(&a(&[("view", "role"), ("role", "nlp-engineer")]), &ds);
    assert_eq!(s.view, View::Role("nlp-engineer".into()));
    let (s, _) = from_attributes(&a(&[("from", "junior-ml-engineer"), ("to", "ai-architect")]), &ds);
    assert_eq!(s.view, View::Paths);
    let (s, w) = from_attributes(&a(&[("view", "gallery"), ("country", "FR"), ("roles", "a,nlp-engineer")]), &ds);
    assert_eq!((s.view.clone(), s.country.as_str()), (View::Explore, "US"));
    assert_eq!(s.compare, ["nlp-engineer"]);
    assert_eq!(w.len(), 3, "one warning per bad attribute: {w:?}");
    assert!(w[0].contains("unknown"));
}

#[test]
fn every_view_round_trips_through_the_element_attributes() {
    use career_model::state::{from_attributes, to_attributes};
    let ds = dataset();
    let as_given = |s: &AppState| to_attributes(s).into_iter().map(|(k, v)| (k, Some(v))).collect::<Vec<_>>();
    for hash in [
        "#/explore?q=vision&level=senior,mid&skill=python&min=150000&sort=pay",
        "#/explore?focus=Image%20Processing&track=specialist&country=GB",
        "#/explore?cert=google-pmle&source=ik-job-description",
        "#/compare?roles=mlops-engineer,nlp-engineer",
        "#/role/nlp-engineer",
        "#/path?from=junior-ml-engineer&to=ai-architect",
        "#/certifications?provider=Google&helps=mlops-engineer",
        "#/skills?have=python,docker",
        "#/pay?country=IN",
        "#/sources",
        "#/start",
    ] {
        let (s, notices) = from_hash(hash, &ds);
        assert!(notices.is_empty(), "{hash}: {notices:?}");
        let (back, warnings) = from_attributes(&as_given(&s), &ds);
        assert!(warnings.is_empty(), "{hash}: {warnings:?}");
        assert_eq!(back, s, "{hash}: {:?}", to_attributes(&s));
    }
    let (s, _) = from_hash("#/explore?q=vision&level=senior&min=150000&sort=pay", &ds);
    assert_eq!(
        to_attributes(&s),
        [
            ("search", "vision".to_string()),
            ("level", "senior".to_string()),
            ("min-salary", "150000".to_string()),
            ("sort", "pay".to_string())
        ]
    );
    // A value holding a comma (a reader's own focus area) keeps it.
    let mut ds = ds;
    ds.roles[0].focus = Some("Vision, speech 100%".to_string());
    ds.changed();
    let mut s = AppState::default();
    s.explore.toggle(Group::Focus, "Vision, speech 100%");
    assert_eq!(to_attributes(&s), [("focus", "Vision%2C speech 100%25".to_string())]);
    assert_eq!(from_attributes(&as_given(&s), &ds).0, s);
}

#[test]
fn explore_and_certification_attributes_warn_of_what_the_data_does_not_know() {
    use career_model::state::{apply_attribute, from_attributes};
    let ds = dataset();
    let a = |pairs: &[(&'static str, &str)]| pairs.iter().map(|(k, v)| (*k, Some(v.to_string()))).collect::<Vec<_>>();
    let (s, w) = from_attributes(
        &a(&[("search", " computer vision "), ("level", "senior, guru,mid"), ("min-salary", "lots"), ("sort", "fame")]),
        &ds,
    );
    assert_eq!(s.view, View::Explore);
    assert_eq!(s.explore.text, "computer vision");
    assert_eq!(s.explore.levels, [Level::Senior, Level::Mid]);
    assert_eq!((s.explore.min_salary, s.explore.sort), (None, SortKey::Title));
    assert_eq!(w.len(), 3, "{w:?}");
    assert!(w[0].contains("unknown level \"guru\""), "{w:?}");
    assert!(w[1].contains("minimum salary") && w[2].contains("sort order"), "{w:?}");
    // Without `view`, a provider or a role to help opens Certifications, skills Your skills.
    let (s, w) = from_attributes(&a(&[("provider", "Google")]), &ds);
    assert_eq!((s.view, s.cert_provider.as_deref(), w.len()), (View::Certifications, Some("Google"), 0));
    let (s, w) = from_attributes(&a(&[("helps", "nlp-engineer")]), &ds);
    assert_eq!((s.view, s.cert_role.as_deref(), w.len()), (View::Certifications, Some("nlp-engineer"), 0));
    let (s, _) = from_attributes(&a(&[("have", "python")]), &ds);
    assert_eq!(s.view, View::Skills);
    let (s, w) = from_attributes(&a(&[("provider", "Acme")]), &ds);
    assert_eq!((s.view, s.cert_provider, w.len()), (View::Explore, None, 1));
    // Setting a group again replaces its values; removing the attribute clears them.
    let mut s = AppState::default();
    apply_attribute(&mut s, "level", Some("senior"), &ds).unwrap();
    apply_attribute(&mut s, "level", Some("mid"), &ds).unwrap();
    assert_eq!(s.explore.levels, [Level::Mid]);
    apply_attribute(&mut s, "level", None, &ds).unwrap();
    apply_attribute(&mut s, "search", None, &ds).unwrap();
    assert_eq!(s, AppState::default());
}

#[test]
fn height_attribute_lengths() {
    use career_model::state::css_length;
    assert_eq!(css_length("480").as_deref(), Some("480px"));
    assert_eq!(css_length("0480px").as_deref(), Some("480px"));
    assert_eq!(css_length("1.50em").as_deref(), Some("1.5em"));
    assert_eq!(css_length(".5rem").as_deref(), Some("0.5rem"));
    assert_eq!(css_length("80%").as_deref(), Some("80%"));
    assert_eq!(css_length("60dvh").as_deref(), Some("60dvh"));
    for bad in ["", "0", "0.0px", "-5px", "1.2.3px", ".px", "10pt", "auto", "12px;color:red"] {
        assert_eq!(css_length(bad), None, "{bad}");
    }
}

#[test]
fn roles_rank_by_the_share_of_their_skills_the_reader_has() {
    use career_model::skills::{rank, ties};
    let ds = dataset();
    let have: Vec<String> = ["python", "docker", "sql"].map(String::from).to_vec();
    let r = rank(&ds, &have);
    assert!(!r.fits.is_empty());
    // Best first: no role further down covers a larger share.
    let share = |f: &career_model::skills::Fit| f.covered.len() as f64 / f.total() as f64;
    for pair in r.fits.windows(2) {
        assert!(share(&pair[0]) >= share(&pair[1]), "{:?} before {:?}", pair[0], pair[1]);
    }
    let top = &r.fits[0];
    assert!(top.covered.iter().all(|s| have.contains(s)));
    assert!(top.missing.iter().all(|s| !have.contains(s)));
    assert_eq!(top.label(), format!("{} of {} skills", top.covered.len(), top.total()));
    // Every role is either ranked or said to name no skills.
    assert_eq!(r.fits.len() + r.unranked.len(), ds.roles.len());
    assert!(r.unranked.iter().all(|&i| ds.roles[i].skills.is_empty() && ds.roles[i].tools.is_empty()));
    // Nothing ticked: every ranked role covers none, and they all tie, in title order.
    let none = rank(&ds, &[]);
    assert!(none.fits.iter().all(|f| f.covered.is_empty()));
    assert!(none.fits.windows(2).all(|p| ties(&p[0], &p[1]) && ds.roles[p[0].role].title <= ds.roles[p[1].role].title));
}

#[test]
fn ties_go_to_more_skills_covered_then_title() {
    use career_model::skills::rank;
    let mut ds = dataset();
    ds.roles.truncate(3);
    let ids: Vec<String> = ds.skills.iter().take(4).map(|s| s.id.clone()).collect();
    // Role 0 names two skills, role 1 four, role 2 none: half of each is covered.
    (ds.roles[0].skills, ds.roles[0].tools) = (ids[..2].to_vec(), vec![]);
    (ds.roles[1].skills, ds.roles[1].tools) = (ids.clone(), vec![]);
    (ds.roles[2].skills, ds.roles[2].tools) = (vec![], vec![]);
    ds.changed();
    let have = vec![ids[0].clone(), ids[2].clone(), ids[3].clone()];
    let r = rank(&ds, &have);
    // Role 1: 3 of 4; role 0: 1 of 2.
    assert_eq!(
        r.fits.iter().map(|f| (f.role, f.label())).collect::<Vec<_>>(),
        [(1, "3 of 4 skills".to_string()), (0, "1 of 2 skills".to_string())]
    );
    let have = vec![ids[0].clone(), ids[2].clone()];
    let r = rank(&ds, &have);
    // Both cover half: the role naming more of the reader's skills first.
    assert_eq!(r.fits.iter().map(|f| f.role).collect::<Vec<_>>(), [1, 0]);
    assert_eq!(r.unranked, [2]);
}

#[test]
fn the_skills_view_round_trips_through_links_and_attributes() {
    use career_model::state::{from_attributes, to_attributes};
    let ds = dataset();
    let (s, n) = from_hash("#/skills?have=python,docker,juggling,python", &ds);
    assert_eq!(s.view, View::Skills);
    assert_eq!(s.have, ["python", "docker"]);
    assert_eq!(n, ["Ignored skill \"juggling\" from the link."]);
    assert_eq!(to_hash(&s), "#/skills?have=python,docker");
    let attrs = to_attributes(&s);
    assert_eq!(attrs, [("view", "skills".to_string()), ("have", "python,docker".to_string())]);
    let attrs: Vec<(&str, Option<String>)> = attrs.into_iter().map(|(k, v)| (k, Some(v))).collect();
    let (back, warnings) = from_attributes(&attrs, &ds);
    assert_eq!((back, warnings.len()), (s, 0));
}

#[test]
fn the_element_attribute_table_and_the_state_agree() {
    use career_model::state::{apply_attribute, is_state_attribute, state_attributes, AppState, ELEMENT_ATTRIBUTES};
    let ds = dataset();
    let names: Vec<&str> = ELEMENT_ATTRIBUTES.iter().map(|a| a.name).collect();
    let mut unique = names.clone();
    career_model::order::sort(&mut unique);
    unique.dedup();
    assert_eq!(unique.len(), names.len(), "each attribute once");
    // Every state attribute, given a value the built-in data knows, changes the state.
    let valid = |name: &str| match name {
        "view" => "compare",
        "role" | "from" | "to" => "nlp-engineer",
        "roles" => "nlp-engineer,mlops-engineer",
        "country" => "GB",
        "have" => "python,sql",
        "provider" => "Google",
        "helps" => "mlops-engineer",
        "search" => "vision",
        "level" => "senior",
        "focus" => "ML Operations",
        "track" => "specialist",
        "skill" => "python",
        "cert" => "google-pmle",
        "source" => "ik-job-description",
        "min-salary" => "150000",
        "sort" => "pay",
        other => panic!("no valid value for the state attribute {other}"),
    };
    for name in state_attributes() {
        let mut s = AppState::default();
        apply_attribute(&mut s, name, Some(valid(name)), &ds).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_ne!(s, AppState::default(), "{name} changed nothing");
    }
    // Every filter group has its attribute, named as its link parameter.
    for g in GROUPS {
        assert!(is_state_attribute(g.param()), "{g:?}");
    }
    // The element's own settings are not state.
    for name in ["theme", "height", "sync-url", "data-version", "data-src", "loading"] {
        assert!(names.contains(&name) && !is_state_attribute(name), "{name}");
    }
    // The iframe passes on what sets its one widget, not what sizes or loads the frame.
    let frame: Vec<&str> = ELEMENT_ATTRIBUTES.iter().filter(|a| a.frame).map(|a| a.name).collect();
    assert!(!frame.contains(&"height") && !frame.contains(&"loading") && frame.contains(&"data-src"));
}

#[test]
fn every_filter_group_reads_and_writes_its_link_parameter_the_same_way() {
    let ds = dataset();
    let idx = RoleIndex::new(&ds);
    // One value of each group, as the view offers it.
    let mut s = AppState::default();
    for (g, opts) in idx.options() {
        let (value, _) = opts.first().unwrap_or_else(|| panic!("{g:?} has no options"));
        s.explore.toggle(*g, value);
        assert!(s.explore.has(*g, value), "{g:?}");
        assert!(g.knows(&ds, value), "{g:?} {value}");
        assert_eq!(Group::from_param(g.param()), Some(*g));
    }
    assert_eq!(s.explore.active_filters(), idx.options().len());
    let hash = to_hash(&s);
    for (g, _) in idx.options() {
        assert!(hash.contains(&format!("{}=", g.param())), "{hash}");
    }
    let (back, notices) = from_hash(&hash, &ds);
    assert_eq!(back.explore, s.explore, "{hash}");
    assert!(notices.is_empty(), "{notices:?}");
    // A value the dataset does not know is left out and named, in every group.
    let (s, notices) = from_hash("#/explore?focus=Underwater%20Basketry&cert=none&track=ic", &ds);
    assert_eq!(s.explore.active_filters(), 0);
    assert_eq!(notices.len(), 1);
    assert!(notices[0].contains("focus area \"Underwater Basketry\""), "{}", notices[0]);
}

/// At the documented limits (20,000 roles, 100,000 certifications, 100,000 skills), a
/// role's certifications and skill names come from the dataset's lookups: scanning every
/// certification for each role would take billions of steps here.
#[test]
fn certifications_and_skills_at_the_limits_come_from_lookups() {
    const ROLES: usize = 20_000;
    const MANY: usize = 100_000;
    let ds = Dataset {
        roles: (0..ROLES)
            .map(|i| Role {
                id: format!("r{i}"),
                title: format!("Role {i}"),
                skills: vec![format!("s{}", i * 5), format!("s{}", MANY - 1 - i)],
                ..Default::default()
            })
            .collect(),
        certifications: (0..MANY)
            .map(|n| Certification {
                id: format!("c{n}"),
                name: format!("Cert {n}"),
                provider: "P".into(),
                kind: CertificationKind::Course,
                // A role named twice by one certification counts it once.
                roles: vec![format!("r{}", n % ROLES), format!("r{}", n % ROLES), "unknown".into()],
                validates: vec![],
                stage: None,
                note: None,
                sources: vec![],
            })
            .collect(),
        skills: (0..MANY)
            .map(|n| Skill {
                id: format!("s{n}"),
                name: format!("Skill {n}"),
                category: SkillCategory::Data,
                kind: SkillKind::Skill,
                sources: vec![],
            })
            .collect(),
        ..Default::default()
    };
    let idx = RoleIndex::new(&ds);
    let certs: Vec<&str> = ds.certifications_for_role("r7").map(|c| c.id.as_str()).collect();
    assert_eq!(certs, ["c7", "c20007", "c40007", "c60007", "c80007"]);
    assert_eq!(ds.certifications_for_role("unknown").count(), 0);
    assert_eq!(ds.skill_name("s99990"), "Skill 99990");
    assert_eq!(ds.skill_name("nowhere"), "nowhere");
    // The search index holds each role's skill names: "Skill 35" is role 7's.
    let q = ExploreQuery { text: "skill 35".into(), ..Default::default() };
    let found = filter_roles(&ds, &idx, &q, "US");
    assert!(found.contains(&7), "{:?}", &found[..found.len().min(5)]);
    let q = ExploreQuery { certifications: vec!["c20007".into()], ..Default::default() };
    assert_eq!(filter_roles(&ds, &idx, &q, "US"), [7]);
}
