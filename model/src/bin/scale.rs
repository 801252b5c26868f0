//! How the model's queries scale at the documented limits: a generated dataset of 20,000
//! roles, 20,000 pay figures and a 20,000-step chain of career steps. Prints one JSON
//! object of timings in milliseconds (`make bench` merges it into its report).

use career_model::explore::{explore, ExploreQuery, RoleIndex, SortKey};
use career_model::paths::{routes, Graph};
use career_model::validate::validate;
use career_model::*;
use std::time::Instant;

const N: usize = 20_000;

fn generated() -> Dataset {
    let levels = [Level::Junior, Level::Mid, Level::Senior, Level::Lead];
    let pay_levels = [PayLevel::Entry, PayLevel::Mid, PayLevel::Senior, PayLevel::Lead];
    Dataset {
        sources: vec![Source {
            id: "gen".into(),
            title: "Generated".into(),
            file: "gen.json".into(),
            ..Default::default()
        }],
        roles: (0..N)
            .map(|i| Role {
                id: format!("role-{i}"),
                title: format!("Generated Engineer {i}"),
                level: Some(levels[i % 4]),
                focus: Some(format!("Focus {}", i % 20)),
                summary: "Generated to measure.".into(),
                sources: vec!["gen".into()],
                ..Default::default()
            })
            .collect(),
        salaries: (0..N)
            .map(|i| Salary {
                id: format!("pay-{i}"),
                source: "gen".into(),
                country: "US".into(),
                currency: "USD".into(),
                level: pay_levels[i % 4],
                level_label: "Generated".into(),
                role: Some(format!("role-{i}")),
                min: 50_000 + (i as u64 % 100) * 1_000,
                max: Some(120_000 + (i as u64 % 100) * 2_000),
                ..Default::default()
            })
            .collect(),
        career_steps: (1..N)
            .map(|i| CareerStep {
                from: format!("role-{}", i - 1),
                to: format!("role-{i}"),
                kind: StepKind::Promotion,
                track: None,
                source: "gen".into(),
                note: None,
            })
            .collect(),
        ..Default::default()
    }
}

fn ms(t: Instant) -> f64 {
    (t.elapsed().as_secs_f64() * 10_000.0).round() / 10.0
}

fn main() {
    let ds = generated();
    let t = Instant::now();
    let problems = validate(&ds);
    let validate_ms = ms(t);
    eprintln!("validate: {validate_ms} ms");
    assert!(problems.iter().all(|p| p.severity == validate::Severity::Warning), "{:?}", problems.first());

    let idx = RoleIndex::new(&ds);
    // Typing "engineer 19" with a minimum salary set: one query per keystroke.
    let mut times = Vec::new();
    let mut q = ExploreQuery { min_salary: Some(150_000), ..Default::default() };
    for end in 1..="engineer 19".len() {
        q.text = "engineer 19"[..end].to_string();
        let t = Instant::now();
        let found = explore(&ds, &idx, &q, "US");
        times.push(ms(t));
        assert!(!found.roles.is_empty() || end > 8);
    }
    career_model::order::sort_by(&mut times, f64::total_cmp);
    let keystroke_p95 = times[(times.len() * 95).div_ceil(100) - 1];
    let t = Instant::now();
    let sorted = explore(&ds, &idx, &ExploreQuery { sort: SortKey::Pay, ..Default::default() }, "US");
    let sort_ms = ms(t);
    eprintln!("keystroke p95: {keystroke_p95} ms, sort by pay: {sort_ms} ms");
    assert_eq!(sorted.roles.len(), N);

    let t = Instant::now();
    let g = Graph::new(&ds);
    let found = routes(&g, 0, N - 1);
    let route_ms = ms(t);
    assert_eq!(found.first().map(|r| r.edges.len()), Some(N - 1));

    println!(
        "{{\"validate_20k_ms\": {validate_ms}, \"keystroke_20k_pay_ms_p95_native\": {keystroke_p95}, \"sort_pay_20k_ms_native\": {sort_ms}, \"route_chain_20k_ms_native\": {route_ms}}}"
    );
}
