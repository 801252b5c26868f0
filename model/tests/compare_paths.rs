//! The career graph, routes and skill gaps; comparison rows, marks, CSV.

use career_model::compare::*;
use career_model::paths::*;
use career_model::*;

fn dataset() -> Dataset {
    career_model::data_file::load_toml("data/careers.toml", include_str!("../../data/careers.toml")).unwrap().0
}

fn idx(ds: &Dataset, id: &str) -> usize {
    ds.role_index(id).unwrap_or_else(|| panic!("no role {id}"))
}

fn titles(ds: &Dataset, g: &Graph, from: usize, r: &Route) -> Vec<String> {
    r.roles(g, from).into_iter().map(|i| ds.roles[i].title.clone()).collect()
}

#[test]
fn the_graph_merges_steps_and_layers_by_seniority() {
    let ds = dataset();
    let g = Graph::new(&ds);
    // ml-engineer → senior-ml-engineer is given by two articles: one arrow, two sources.
    let e =
        g.edges.iter().find(|e| e.from == idx(&ds, "ml-engineer") && e.to == idx(&ds, "senior-ml-engineer")).unwrap();
    assert_eq!(e.sources, ["jobs-career-guide", "ik-job-description"]);
    assert_eq!(g.edges.len(), ds.career_steps.len() - 1);
    let layer = |id: &str| g.layers[g.position(idx(&ds, id)).unwrap()];
    assert_eq!(layer("junior-ml-engineer"), 0);
    assert_eq!(layer("data-scientist"), 0, "a lateral move keeps its layer");
    assert_eq!(layer("machine-learning-engineer"), 0);
    assert_eq!(layer("ml-engineer"), 1);
    assert_eq!(layer("senior-ml-engineer"), 2);
    assert_eq!(layer("lead-ml-engineer"), 3);
    assert_eq!(layer("staff-ml-engineer"), 3);
    assert_eq!(layer("ai-architect"), 4);
    assert_eq!(layer("head-of-ai"), 5);
    assert_eq!(layer("research-scientist"), 5);
    assert_eq!(layer("mlops-engineer"), 1, "lateral from ML Engineer");
    assert!(g.layers.iter().all(|&l| l < g.depth()));
    // Every node has its own slot in its layer.
    for (i, a) in g.nodes.iter().enumerate() {
        for (j, b) in g.nodes.iter().enumerate() {
            if i != j && g.layers[i] == g.layers[j] {
                assert_ne!(g.slots[i], g.slots[j], "{a} and {b} share a slot");
            }
        }
    }
    // Roles that no step mentions are not drawn.
    assert!(g.position(idx(&ds, "computer-vision-engineer")).is_none());
}

#[test]
fn routes_direct_multi_step_lateral_none_and_same() {
    let ds = dataset();
    let g = Graph::new(&ds);
    let (jr, arch) = (idx(&ds, "junior-ml-engineer"), idx(&ds, "ai-architect"));
    let r = best_route(&g, jr, arch, &[]).unwrap();
    assert_eq!(
        titles(&ds, &g, jr, &r),
        ["Junior ML Engineer", "ML Engineer", "Senior ML Engineer", "Lead ML Engineer", "AI Architect"]
    );
    // Direct.
    let mle = idx(&ds, "machine-learning-engineer");
    assert_eq!(best_route(&g, mle, arch, &[]).unwrap().edges.len(), 1);
    // With a lateral move.
    let mlops = idx(&ds, "mlops-engineer");
    let r = best_route(&g, jr, mlops, &[]).unwrap();
    assert_eq!(titles(&ds, &g, jr, &r), ["Junior ML Engineer", "ML Engineer", "MLOps Engineer"]);
    assert_eq!(r.laterals(&g), 1);
    // No route downward, nor between unconnected roles.
    assert!(best_route(&g, arch, jr, &[]).is_none());
    assert!(best_route(&g, jr, idx(&ds, "computer-vision-engineer"), &[]).is_none());
    // From = To.
    assert!(best_route(&g, jr, jr, &[]).unwrap().edges.is_empty());
    // Nearest reachable roles, for the "no route" message.
    assert_eq!(reachable(&g, arch, 5), [idx(&ds, "head-of-ai"), idx(&ds, "research-scientist")]);
    assert!(reachable(&g, idx(&ds, "head-of-ai"), 5).is_empty());
    assert_eq!(steps_apart(&g, jr, arch), Some(4));
    assert_eq!(steps_apart(&g, arch, jr), Some(-4));
    assert_eq!(steps_apart(&g, jr, idx(&ds, "computer-vision-engineer")), None);
}

#[test]
fn ties_prefer_fewer_laterals_and_a_second_route_on_another_track() {
    // A small dataset: a → b → d on the IC track, a → c → d on the management track,
    // and a lateral a ⇢ e → d.
    let mut ds = Dataset::default();
    ds.sources.push(Source { id: "s".into(), title: "S".into(), file: "s.txt".into(), publisher: None });
    for id in ["a", "b", "c", "d", "e"] {
        ds.roles.push(Role {
            id: id.into(),
            title: id.to_uppercase(),
            sources: vec!["s".into()],
            ..Default::default()
        });
    }
    let step = |from: &str, to: &str, kind: StepKind, track: Option<Track>| CareerStep {
        from: from.into(),
        to: to.into(),
        kind,
        track,
        source: "s".into(),
        note: None,
    };
    ds.career_steps = vec![
        step("a", "e", StepKind::Lateral, None),
        step("e", "d", StepKind::Promotion, None),
        step("a", "b", StepKind::Promotion, Some(Track::IndividualContributor)),
        step("b", "d", StepKind::Promotion, Some(Track::IndividualContributor)),
        step("a", "c", StepKind::Promotion, Some(Track::Management)),
        step("c", "d", StepKind::Promotion, Some(Track::Management)),
    ];
    let g = Graph::new(&ds);
    let r = routes(&g, 0, 3);
    assert_eq!(r.len(), 2);
    assert_eq!(titles(&ds, &g, 0, &r[0]), ["A", "B", "D"], "the lateral route is as short but loses the tie");
    assert_eq!(titles(&ds, &g, 0, &r[1]), ["A", "C", "D"]);
    assert_ne!(r[0].tracks(&g), r[1].tracks(&g));
    // A cycle in a reader's own data does not hang the layout or the search.
    ds.career_steps.push(step("d", "a", StepKind::Promotion, None));
    let g = Graph::new(&ds);
    assert!(best_route(&g, 0, 3, &[]).is_some());
}

#[test]
fn skill_gap_lists_what_the_target_adds() {
    let ds = dataset();
    let gap = skill_gap(&ds, idx(&ds, "junior-ml-engineer"), idx(&ds, "senior-ml-engineer"));
    assert_eq!(gap, ["model-optimization"], "model training is already there");
    assert!(skill_gap(&ds, idx(&ds, "senior-ml-engineer"), idx(&ds, "junior-ml-engineer"))
        .contains(&"data-preprocessing".to_string()));
    assert!(skill_gap(&ds, idx(&ds, "ai-architect"), idx(&ds, "head-of-ai")).is_empty());
}

fn rows_for(ds: &Dataset, ids: &[&str]) -> (Vec<usize>, Vec<Row>) {
    let g = Graph::new(ds);
    let roles: Vec<usize> = ids.iter().map(|id| idx(ds, id)).collect();
    let rows = compare_rows(ds, &g, &roles, &["US".into(), "GB".into(), "IN".into()]);
    (roles, rows)
}

#[test]
fn comparison_rows_marks_and_only_differences() {
    let ds = dataset();
    let (_, rows) = rows_for(&ds, &["machine-learning-engineer", "mlops-engineer", "junior-ml-engineer"]);
    let aspects: Vec<&str> = rows.iter().map(|r| r.aspect.as_str()).collect();
    assert_eq!(
        aspects,
        [
            "Experience level",
            "Focus area",
            "Track",
            "Years of experience",
            "Pay (United States)",
            "Pay (United Kingdom)",
            "Pay (India)",
            "Skills",
            "Tools",
            "Certifications",
            "Responsibilities",
            "Education",
            "Career steps"
        ]
    );
    let row = |a: &str| rows.iter().find(|r| r.aspect == a).unwrap();
    let Cell::Items(skills) = &row("Skills").cells[1] else { panic!() };
    assert_eq!(skills, &[("MLOps practices".to_string(), Mark::Some)]);
    let Cell::Items(skills) = &row("Skills").cells[0] else { panic!() };
    assert!(skills.contains(&("Python".to_string(), Mark::Unique)));
    let Cell::Items(certs) = &row("Certifications").cells[2] else { panic!() };
    assert!(certs.iter().all(|(_, m)| *m == Mark::Some), "shared by two of three");
    assert!(!row("Experience level").equal(&ds));
    // Two roles at the same level share their pay rows.
    let (_, rows) = rows_for(&ds, &["senior-ml-engineer", "applied-ml-engineer"]);
    let row = |a: &str| rows.iter().find(|r| r.aspect == a).unwrap();
    assert!(row("Experience level").equal(&ds));
    assert!(row("Pay (United States)").equal(&ds));
    assert!(row("Pay (India)").equal(&ds));
    assert!(!row("Focus area").equal(&ds));
    let differing: Vec<&str> = rows.iter().filter(|r| !r.equal(&ds)).map(|r| r.aspect.as_str()).collect();
    assert_eq!(differing, ["Focus area", "Skills", "Responsibilities", "Career steps"]);
    let Cell::Items(a) = &row("Skills").cells[0] else { panic!() };
    assert!(a.iter().all(|(_, m)| *m == Mark::Unique));
}

#[test]
fn career_steps_row_counts_steps_and_direction() {
    let ds = dataset();
    let (_, rows) = rows_for(&ds, &["senior-ml-engineer", "junior-ml-engineer", "ai-architect", "nlp-engineer"]);
    let steps = rows.last().unwrap();
    let texts: Vec<String> = steps.cells.iter().map(|c| c.text(&ds)).collect();
    assert_eq!(
        texts,
        [
            "The role the others are measured from",
            "2 steps before Senior ML Engineer",
            "2 steps after Senior ML Engineer",
            "No route to or from Senior ML Engineer in the articles' steps"
        ]
    );
}

#[test]
fn csv_escapes_commas_quotes_and_keeps_non_ascii() {
    assert_eq!(csv_field("plain"), "plain");
    assert_eq!(csv_field("a, b"), "\"a, b\"");
    assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(csv_field("line\nbreak"), "\"line\nbreak\"");
    assert_eq!(csv_field("₹6L – £45K"), "₹6L – £45K");
    let ds = dataset();
    let (roles, rows) = rows_for(&ds, &["junior-ml-engineer", "senior-ml-engineer"]);
    let csv = to_csv(&ds, &roles, &rows);
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(lines[0], "Aspect,Junior ML Engineer,Senior ML Engineer");
    assert_eq!(lines.len(), rows.len() + 2, "header, rows, and a final empty line");
    let india = lines.iter().find(|l| l.starts_with("Pay (India)")).unwrap();
    assert!(india.contains("600000/1200000/INR/"), "{india}");
    assert!(india.contains("3500000/+/INR/"), "{india}");
    let us = lines.iter().find(|l| l.starts_with("Pay (United States)")).unwrap();
    assert!(us.contains("180000/250000+/USD/"), "{us}");
    // A cell holding a title with a comma in it is quoted whole.
    assert!(us.starts_with("Pay (United States),\"110000/140000/USD/"), "{us}");
    assert!(us.contains("Career in 2026:Skills, Salary and How to Start\",\"180000/"), "{us}");
}

#[test]
fn years_come_from_the_role_or_its_level() {
    let ds = dataset();
    let mle = ds.role("machine-learning-engineer").unwrap();
    assert_eq!(years_for_role(&ds, mle).len(), 2);
    let jr = ds.role("junior-ml-engineer").unwrap();
    assert_eq!(years_for_role(&ds, jr), [(0, Some(2), "jobs-career-guide".to_string())]);
    assert_eq!(years_label(&ds, &[]), "Not stated");
}

#[test]
fn a_profile_lists_the_same_facts_as_the_comparison_rows() {
    let ds = dataset();
    let senior = ds.role("senior-ml-engineer").unwrap();
    let facts = role_facts(&ds, senior);
    // Senior ML Engineer states no years itself: the years come with its level's pay figures.
    assert!(senior.years.is_empty());
    assert_eq!(facts[3].0, "Years of experience");
    assert!(facts[3].1.starts_with("5–10 years (“"), "{}", facts[3].1);
    let (_, rows) = rows_for(&ds, &["senior-ml-engineer", "mlops-engineer"]);
    for (k, (aspect, value)) in facts.iter().enumerate() {
        assert_eq!(rows[k].aspect, *aspect);
        assert_eq!(rows[k].cells[0], Cell::Text(value.clone()), "{aspect}");
    }
}

/// The pay for a role, found by reading every figure: what the lookups must agree with.
fn pay_by_scan<'a>(ds: &'a Dataset, r: &Role) -> Vec<&'a Salary> {
    let pay_level = r.level.and_then(Level::pay_level);
    ds.salaries
        .iter()
        .filter(|s| match &s.role {
            Some(id) => *id == r.id && s.level != PayLevel::All,
            None => Some(s.level) == pay_level,
        })
        .collect()
}

#[test]
fn the_pay_lookups_agree_with_reading_every_figure() {
    let mut ds = dataset();
    let countries: Vec<String> = ds.salaries.iter().map(|s| s.country.clone()).collect();
    for r in &ds.roles {
        let scanned = pay_by_scan(&ds, r);
        assert_eq!(ds.salaries_for_role(r).collect::<Vec<_>>(), scanned, "{}", r.id);
        for c in &countries {
            let top = scanned.iter().filter(|s| &s.country == c).map(|s| s.max.unwrap_or(s.min)).max();
            assert_eq!(ds.top_pay(r, c), top, "{} in {c}", r.id);
        }
        assert_eq!(ds.role(&r.id).map(|x| &x.id), Some(&r.id));
    }
    // After an edit, `changed` rebuilds them.
    let first = ds.roles[0].clone();
    let mut extra = ds.salaries[0].clone();
    (extra.id, extra.role, extra.level, extra.country, extra.max) =
        ("extra".into(), Some(first.id.clone()), PayLevel::Mid, "US".into(), Some(9_999_999));
    ds.salaries.push(extra);
    ds.changed();
    assert_eq!(ds.top_pay(&first, "US"), Some(9_999_999));
    assert_eq!(ds.salaries_for_role(&first).collect::<Vec<_>>(), pay_by_scan(&ds, &first));
}

#[test]
fn a_profile_shows_its_level_figures_then_the_whole_career_figures_that_name_it() {
    use career_model::pay::{by_country, countries};
    let ds = dataset();
    let mle = ds.role("machine-learning-engineer").unwrap();
    let pay: Vec<&Salary> = ds.role_pay(mle).collect();
    let mut expected = pay_by_scan(&ds, mle);
    expected.extend(
        ds.salaries
            .iter()
            .filter(|s| s.role.as_deref() == Some("machine-learning-engineer") && s.level == PayLevel::All),
    );
    assert_eq!(pay, expected);
    // 000's $110K–$250K+ and 003's $115K–$185K come last, each once.
    let career: Vec<&str> = pay.iter().filter(|s| s.level == PayLevel::All).map(|s| s.id.as_str()).collect();
    assert_eq!(career, ["ik-us-all", "jd-us-range"]);
    // A role nothing names has no whole-career figures.
    for r in ds.roles.iter().filter(|r| ds.salaries.iter().all(|s| s.role.as_ref() != Some(&r.id))) {
        assert_eq!(ds.role_pay(r).collect::<Vec<_>>(), pay_by_scan(&ds, r), "{}", r.id);
    }
    // Grouped by country in the order first given, each group in the order given.
    let groups = by_country(&pay);
    let names: Vec<&str> = groups.iter().map(|g| g.0).collect();
    assert_eq!(names, countries(pay.iter().copied()));
    assert_eq!(groups.iter().map(|g| g.1.len()).sum::<usize>(), pay.len());
    for (c, recs) in &groups {
        let given: Vec<&Salary> = pay.iter().copied().filter(|s| s.country == *c).collect();
        assert_eq!(recs, &given, "{c}");
    }
    assert_eq!(countries(&ds.salaries), ["US", "IN", "GB"]);
    assert!(countries(&[]).is_empty());
}

#[test]
fn a_long_chain_and_a_cycle_lay_out_and_route() {
    let mut ds = dataset();
    let base = ds.roles[0].clone();
    let n = 3_000;
    for i in 0..n {
        let mut r = base.clone();
        r.id = format!("chain-{i}");
        ds.roles.push(r);
        if i > 0 {
            let mut step = ds.career_steps[0].clone();
            (step.from, step.to, step.kind) = (format!("chain-{}", i - 1), format!("chain-{i}"), StepKind::Promotion);
            ds.career_steps.push(step);
        }
    }
    // The chain's end leads back to its start: a cycle.
    let mut back = ds.career_steps[0].clone();
    (back.from, back.to, back.kind) = (format!("chain-{}", n - 1), "chain-0".to_string(), StepKind::Promotion);
    ds.career_steps.push(back);
    ds.changed();
    let g = Graph::new(&ds);
    let (first, last) = (ds.role_index("chain-0").unwrap(), ds.role_index(&format!("chain-{}", n - 1)).unwrap());
    let found = routes(&g, first, last);
    assert_eq!(found[0].edges.len(), n - 1);
    assert_eq!(found.len(), 1, "a chain has no second route");
    assert!(g.depth() > 1);
    assert_eq!(g.layers.len(), g.nodes.len());
}

#[test]
fn what_the_sources_lack_is_said_once() {
    use career_model::compare::{lacking, lacking_line};
    let ds = dataset();
    let role = |id: &str| ds.role(id).unwrap();
    let mlops = lacking(&ds, role("mlops-engineer"));
    assert!(mlops.contains(&"tools") && mlops.contains(&"certifications"), "{mlops:?}");
    let line = lacking_line("MLOps Engineer", &mlops).unwrap();
    assert!(line.starts_with("The articles give no ") && line.ends_with(" for MLOps Engineer."), "{line}");
    assert_eq!(
        lacking_line("X", &["pay figure", "tools", "certifications"]).unwrap(),
        "The articles give no pay figure, tools or certifications for X."
    );
    assert_eq!(lacking_line("X", &["tools"]).unwrap(), "The articles give no tools for X.");
    assert_eq!(lacking_line("X", &[]), None);
    assert!(lacking(&ds, role("machine-learning-engineer")).is_empty());
    // Two roles that both lack tools: the Tools row is blank (drawn as one cell).
    let g = Graph::new(&ds);
    let both = [idx(&ds, "mlops-engineer"), idx(&ds, "nlp-engineer")];
    let rows = compare_rows(&ds, &g, &both, &["US".to_string()]);
    let row = |a: &str| rows.iter().find(|r| r.aspect == a).unwrap();
    assert!(both.iter().all(|&i| ds.roles[i].tools.is_empty()));
    assert!(row("Tools").is_blank());
    assert!(!row("Skills").is_blank());
    assert!(!row("Experience level").is_blank());
}

/// A chain of `n` roles, as a reader's large dataset might be.
fn chain(n: usize) -> Dataset {
    let mut ds = Dataset::default();
    ds.sources.push(Source { id: "g".into(), title: "G".into(), file: "g.json".into(), publisher: None });
    for i in 0..n {
        ds.roles.push(Role {
            id: format!("r{i}"),
            title: format!("Eng {i}"),
            sources: vec!["g".into()],
            ..Default::default()
        });
    }
    for i in 1..n {
        ds.career_steps.push(CareerStep {
            from: format!("r{}", i - 1),
            to: format!("r{i}"),
            kind: StepKind::Promotion,
            track: None,
            source: "g".into(),
            note: None,
        });
    }
    ds
}

#[test]
fn a_large_graph_is_listed_not_drawn_and_its_steps_come_from_the_adjacency_lists() {
    let ds = dataset();
    let g = Graph::new(&ds);
    assert!(g.drawable(), "the built-in graph is drawn");
    // Each role's steps, from its list, are exactly the edges that leave it.
    for &r in &g.nodes {
        let listed: Vec<&Edge> = g.steps_from(r).collect();
        let scanned: Vec<&Edge> = g.edges.iter().filter(|e| e.from == r).collect();
        assert_eq!(listed, scanned, "{}", ds.roles[r].id);
    }
    // The list runs from where careers start, down by seniority.
    let order = g.list_order();
    assert_eq!(order.len(), g.nodes.len());
    let layer = |r: usize| g.layers[g.position(r).unwrap()];
    assert!(order.windows(2).all(|w| layer(w[0]) <= layer(w[1])));

    let big = chain(GRAPH_DRAWN_MAX + 1);
    let g = Graph::new(&big);
    assert!(!g.drawable());
    assert_eq!(g.list_order()[..3], [0, 1, 2]);
}

#[test]
fn compares_role_box_suggests_a_few_titles_that_match_what_is_typed() {
    let ds = chain(20_000);
    assert_eq!(picker_matches(&ds, "").len(), PICKER_SUGGESTIONS, "never 20,000 options");
    let found: Vec<&str> = picker_matches(&ds, "ENG 1999").iter().map(|r| r.title.as_str()).collect();
    assert_eq!(
        found,
        [
            "Eng 1999",
            "Eng 19990",
            "Eng 19991",
            "Eng 19992",
            "Eng 19993",
            "Eng 19994",
            "Eng 19995",
            "Eng 19996",
            "Eng 19997",
            "Eng 19998",
            "Eng 19999"
        ]
    );
    assert!(picker_matches(&ds, "astronaut").is_empty());
    // What is typed names a role by its title, in any case, or by its id.
    assert_eq!(role_by_title(&ds, " eng 42 ").map(|r| r.id.as_str()), Some("r42"));
    assert_eq!(role_by_title(&ds, "r7").map(|r| r.title.as_str()), Some("Eng 7"));
    assert!(role_by_title(&ds, "Eng").is_none());
    // The built-in data's 24 roles are all offered.
    let ds = dataset();
    assert_eq!(picker_matches(&ds, "  ").len(), ds.roles.len());
    assert_eq!(picker_matches(&ds, "nlp").iter().map(|r| r.id.as_str()).collect::<Vec<_>>(), ["nlp-engineer"]);
}

#[test]
fn a_level_with_more_figures_than_are_drawn_says_so() {
    use career_model::pay::{undrawn_line, DRAWN_PER_LEVEL};
    assert_eq!(undrawn_line(DRAWN_PER_LEVEL), None);
    assert_eq!(
        undrawn_line(5_000).as_deref(),
        Some("The first 40 of 5,000 figures are drawn and listed; the consensus counts all of them.")
    );
}
