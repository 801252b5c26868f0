//! Datasets readers bring: every malformed one gives its problems with a JSON location
//! and a plain reason; random and mutated ones never panic.

use career_model::json;
use career_model::load::{check_size, load, without_bom, MAX_BYTES, MAX_NESTING};
use career_model::validate::Problem;
use career_model::Dataset;
use proptest::prelude::*;
use serde_json::{json, Value};

/// What the widget does with a file's text.
fn load_text(text: &str) -> Result<Dataset, Vec<Problem>> {
    load(text).map(|(ds, _)| ds)
}

fn minimal() -> Value {
    json!({
        "sources": [{ "id": "post", "title": "My post", "file": "post.html" }],
        "roles": [
            { "id": "ux-designer", "title": "UX Designer", "level": "mid", "sources": ["post"] },
            { "id": "ux-lead", "title": "UX Lead", "level": "lead", "sources": ["post"] }
        ],
        "salaries": [{
            "id": "post-us-mid", "source": "post", "country": "US", "currency": "USD",
            "level": "mid", "level_label": "Mid", "min": 90000, "max": 120000
        }],
        "career_steps": [{ "from": "ux-designer", "to": "ux-lead", "kind": "promotion", "source": "post" }]
    })
}

fn with(edit: impl FnOnce(&mut Value)) -> String {
    let mut v = minimal();
    edit(&mut v);
    v.to_string()
}

#[test]
fn a_byte_order_mark_before_the_json_is_ignored() {
    let text = format!("\u{feff}{}", with(|_| {}));
    assert!(serde_json::from_str::<Value>(&text).is_err(), "the parser alone rejects it");
    let ds = load_text(&text).expect("loads");
    assert_eq!(ds.roles.len(), 2);
    assert_eq!(without_bom("\u{feff}\u{feff}{}"), "\u{feff}{}", "only the first is a byte-order mark");
}

#[test]
fn a_minimal_dataset_loads() {
    let ds = load_text(&minimal().to_string()).unwrap();
    assert_eq!(ds.roles.len(), 2);
    assert_eq!(ds.version, "custom");
}

#[test]
fn malformed_datasets_each_with_their_message() {
    let deep = {
        let mut v = json!("x");
        for _ in 0..100 {
            v = json!([v]);
        }
        v
    };
    let many_roles: Vec<Value> =
        (0..20_001).map(|i| json!({ "id": format!("r{i}"), "title": "R", "sources": ["post"] })).collect();
    let cases: Vec<(&str, String, &str, &str)> = vec![
        ("syntax error", String::from("{\"sources\": ["), "", "not valid JSON"),
        ("not an object", "[]".to_string(), "", "expected an object"),
        (
            "missing roles",
            with(|v| drop(v.as_object_mut().unwrap().remove("roles"))),
            "",
            "the field \"roles\" is missing",
        ),
        ("roles not a list", with(|v| v["roles"] = json!("many")), "/roles", "expected a list"),
        (
            "pay as text",
            with(|v| v["salaries"][0]["min"] = json!("abc")),
            "/salaries/0/min",
            "expected a whole number (0 or more), found the text \"abc\"",
        ),
        ("negative pay", with(|v| v["salaries"][0]["min"] = json!(-5)), "/salaries/0/min", "found the number -5"),
        (
            "reversed pay",
            with(|v| v["salaries"][0]["min"] = json!(130000)),
            "/salaries/0/max",
            "max (120000) is below min (130000)",
        ),
        (
            "unknown currency",
            with(|v| v["salaries"][0]["currency"] = json!("DOLLARS")),
            "/salaries/0/currency",
            "not an ISO 4217 code",
        ),
        (
            "unknown country",
            with(|v| v["salaries"][0]["country"] = json!("UK")),
            "/salaries/0/country",
            "not an ISO 3166",
        ),
        ("duplicate ids", with(|v| v["roles"][1]["id"] = json!("ux-designer")), "/roles/1/id", "used by another entry"),
        (
            "dangling source",
            with(|v| v["salaries"][0]["source"] = json!("blog")),
            "/salaries/0/source",
            "source \"blog\" is not in sources",
        ),
        (
            "dangling step",
            with(|v| v["career_steps"][0]["to"] = json!("ceo")),
            "/career_steps/0/to",
            "role \"ceo\" is not in roles",
        ),
        ("no sources", with(|v| v["sources"] = json!([])), "/sources", "no sources"),
        (
            "no roles",
            with(|v| {
                v["roles"] = json!([]);
                v["career_steps"] = json!([])
            }),
            "/roles",
            "no roles",
        ),
        (
            "huge title",
            with(|v| v["roles"][0]["title"] = json!("x".repeat(10_000))),
            "/roles/0/title",
            "the limit is 200",
        ),
        ("deep nesting", with(|v| v["roles"][0]["extra"] = deep.clone()), "", "nested more than 32 levels deep"),
        (
            "a list deep where text belongs",
            with(|v| v["roles"][0]["title"] = deep.clone()),
            "/roles/0/title",
            "found a list",
        ),
        (
            "a missing comma",
            "{\"sources\": [] \"roles\": []}".to_string(),
            "",
            "not valid JSON (a missing comma in an object at line 1, column 16)",
        ),
        (
            "text left open",
            "{\n  \"sources\": [{\"id\": \"a}]\n}".to_string(),
            "",
            "not valid JSON (a control character inside text at line 2, column 26)",
        ),
        (
            "text left open at the end",
            "{\"sources\": [{\"id\": \"a}]}".to_string(),
            "",
            "not valid JSON (text without its closing quote at line 1, column 21)",
        ),
        (
            "a leading zero",
            with(|v| v["salaries"][0]["min"] = json!(0)).replace("\"min\":0", "\"min\":090000"),
            "",
            "not valid JSON (a number with a leading zero",
        ),
        ("a bare word", "{\"sources\": nope}".to_string(), "", "not valid JSON (an unknown word at line 1, column 13)"),
        ("two documents", format!("{} {{}}", minimal()), "", "not valid JSON (more text after the end of the data"),
        (
            "a field given twice",
            with(|v| v["roles"][0]["title"] = json!("A")).replacen(
                "\"title\":\"A\"",
                "\"title\":\"A\",\"title\":\"B\"",
                1,
            ),
            "/roles/0/title",
            "the field \"title\" is given twice",
        ),
        ("20,001 roles", with(|v| v["roles"] = json!(many_roles.clone())), "/roles/20000", "the limit is 20000"),
        (
            "text where a number belongs, deep in an entry",
            with(|v| {
                v["roles"][1]["years"] = json!([{ "min": 2, "source": "post" }, { "min": "three", "source": "post" }])
            }),
            "/roles/1/years/1/min",
            "expected a whole number (0 or more), found the text \"three\"",
        ),
        ("text where a list belongs", with(|v| v["roles"] = json!("many")), "/roles", "expected a list"),
        (
            "a number for the version",
            with(|v| v["version"] = json!(5)),
            "/version",
            "expected text, found the number 5",
        ),
        (
            "unknown level",
            with(|v| v["roles"][0]["level"] = json!("guru")),
            "/roles/0/level",
            "\"guru\" is not one of: junior, mid, senior, lead, specialized",
        ),
        (
            "role without sources",
            with(|v| drop(v["roles"][0].as_object_mut().unwrap().remove("sources"))),
            "/roles/0",
            "the field \"sources\" is missing",
        ),
        (
            "role with empty sources",
            with(|v| v["roles"][0]["sources"] = json!([])),
            "/roles/0/sources",
            "has no source",
        ),
        (
            "floor without open end",
            with(|v| drop(v["salaries"][0].as_object_mut().unwrap().remove("max"))),
            "/salaries/0/max",
            "open_ended",
        ),
        ("null title", with(|v| v["roles"][0]["title"] = Value::Null), "/roles/0/title", "expected text, found null"),
        (
            "step to itself",
            with(|v| v["career_steps"][0]["to"] = json!("ux-designer")),
            "/career_steps/0/to",
            "another role",
        ),
        ("bad id", with(|v| v["roles"][0]["id"] = json!("UX Designer")), "/roles/0/id", "may use only a-z"),
        ("empty file", String::new(), "", "the file is empty"),
    ];
    assert!(cases.len() >= 20);
    for (name, text, pointer, needle) in cases {
        let problems = match load_text(&text) {
            Ok(_) => panic!("{name}: loaded"),
            Err(p) => p,
        };
        let hit = problems.iter().find(|p| p.pointer() == pointer && p.message.contains(needle));
        assert!(
            hit.is_some(),
            "{name}: expected {pointer} «{needle}», got {:#?}",
            problems.iter().map(|p| p.to_string()).collect::<Vec<_>>()
        );
    }
}

/// A field the schema does not know loads with a warning that names it and says where; the
/// same field in many entries is one warning that counts them.
#[test]
fn unknown_fields_are_warnings_that_name_them() {
    let text = with(|v| {
        v["roles"][0]["salary"] = json!(5);
        v["roles"][1]["salary"] = json!([1, 2]);
        v["roles"][0]["pay/year~usd"] = json!(5);
        v["extra"] = json!({ "a": 1 });
    });
    let (ds, warnings) = load(&text).expect("it loads");
    assert_eq!(ds.roles.len(), 2);
    let mut said: Vec<String> =
        warnings.iter().filter(|p| p.message.contains("schema")).map(|p| p.to_string()).collect();
    career_model::order::sort(&mut said);
    assert_eq!(
        said,
        [
            "/extra: \"extra\" is not a field of the dataset's schema, so it was left out",
            "/roles/0/pay~1year~0usd: \"pay/year~usd\" is not a field of the dataset's schema, so it was left out",
            "/roles/0/salary: \"salary\" is not a field of the dataset's schema, so it was left out (in 2 entries; this is the first)",
        ]
    );
    let salary = warnings.iter().find(|p| p.field == "salary").unwrap();
    assert_eq!((salary.collection.as_str(), salary.entry.as_str()), ("roles", "ux-designer"));
    // A file without unknown fields gets no such warning.
    let (_, warnings) = load(&minimal().to_string()).unwrap();
    assert!(!warnings.iter().any(|p| p.message.contains("schema")), "{warnings:?}");
}

#[test]
fn a_deeply_nested_value_is_refused_without_walking_it() {
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    // Where text belongs: the list is named at its start, not walked.
    let text = with(|v| v["roles"][0]["title"] = Value::String("placeholder".into())).replace("\"placeholder\"", &deep);
    let problems = load_text(&text).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].to_string(), "/roles/0/title: expected text, found a list ([…])");
    // In a field nothing reads: skipped, and refused once it nests too deep.
    let text = with(|v| v["roles"][0]["extra"] = Value::String("placeholder".into())).replace("\"placeholder\"", &deep);
    let problems = load_text(&text).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert!(problems[0].message.contains("nested more than 32 levels deep"), "{}", problems[0].message);
    assert_eq!(problems[0].pointer(), "");
    // Thirty-two levels are fine; brackets inside text do not count, and escaped quotes do
    // not end the text.
    let fine = format!("{}{}", "[".repeat(MAX_NESTING - 3), "]".repeat(MAX_NESTING - 3));
    let text = with(|v| v["roles"][0]["extra"] = Value::String("placeholder".into())).replace("\"placeholder\"", &fine);
    assert!(load_text(&text).is_ok(), "{:?}", load_text(&text).err());
    let text = with(|v| v["roles"][0]["title"] = Value::String(format!("\"{}", "[{".repeat(60))));
    assert!(load_text(&text).is_ok(), "{:?}", load_text(&text).err());
}

#[test]
fn a_wrong_value_is_quoted_briefly_in_plain_words() {
    let long = "9".repeat(5_000);
    let text = with(|v| v["salaries"][0]["min"] = json!(long));
    let problem = &load_text(&text).unwrap_err()[0];
    let reason = &problem.message;
    assert_eq!(problem.field, "salaries/0/min");
    assert!(reason.starts_with("expected a whole number (0 or more), found the text \"999"), "{reason}");
    assert!(reason.chars().count() < 140, "{reason}");
    // A wrong value of a few megabytes: named, not quoted.
    let text = with(|v| v["roles"][0]["title"] = json!(vec![1; 500_000]));
    let problems = load_text(&text).unwrap_err();
    assert_eq!(problems[0].message, "expected text, found a list ([…])");
    let text = with(|v| v["roles"][0]["title"] = json!({ "long": long }));
    assert_eq!(load_text(&text).unwrap_err()[0].message, "expected text, found an object ({…})");
    // Text of thousands of characters where a number belongs: quoted briefly.
    let text = with(|v| v["salaries"][0]["min"] = json!(long));
    let problems = load_text(&text).unwrap_err();
    assert!(problems[0].message.chars().count() < 140, "{}", problems[0].message);
    // A fraction, or a number too large for any whole number, is said as written.
    let text = with(|v| v["salaries"][0]["min"] = json!(90000.5));
    assert_eq!(
        load_text(&text).unwrap_err()[0].to_string(),
        "/salaries/0/min: expected a whole number (0 or more), found the number 90000.5"
    );
    let text = with(|v| v["salaries"][0]["min"] = json!(0)).replace("\"min\":0", "\"min\":123456789012345678901234");
    assert_eq!(
        load_text(&text).unwrap_err()[0].message,
        "expected a whole number (0 or more), found the number 123456789012345678901234"
    );
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_parsing() {
    let p = check_size(MAX_BYTES + 1).unwrap_err();
    assert!(p.message.contains("the limit is 5120 KB"), "{}", p.message);
}

#[test]
fn the_built_in_dataset_round_trips_through_json() {
    let ds: Dataset =
        career_model::data_file::load_toml("data/careers.toml", include_str!("../../data/careers.toml")).unwrap().0;
    let text = serde_json::to_string(&ds).unwrap();
    let back = load_text(&text).unwrap();
    assert_eq!(back.roles, ds.roles);
    assert_eq!(back.salaries, ds.salaries);
}

/// Puts `new` somewhere in `v`, chosen by `path` (each number picks a child).
fn mutate(v: &mut Value, path: &[usize], new: Value) {
    let Some((&pick, rest)) = path.split_first() else {
        *v = new;
        return;
    };
    match v {
        Value::Object(m) if !m.is_empty() => {
            let key = m.keys().nth(pick % m.len()).unwrap().clone();
            mutate(m.get_mut(&key).unwrap(), rest, new)
        }
        Value::Array(a) if !a.is_empty() => {
            let n = a.len();
            mutate(&mut a[pick % n], rest, new)
        }
        _ => *v = new,
    }
}

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(Value::from),
        ".{0,12}".prop_map(Value::from),
        Just(json!("ux-designer")),
        Just(json!("post")),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            prop::collection::hash_map("[a-z_]{1,8}", inner, 0..4).prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    /// Any text, as serde_json writes it (escapes, quotes, control characters, characters
    /// outside the Basic Multilingual Plane), reads back as itself; and inside a field
    /// nothing reads, it is skipped.
    #[test]
    fn text_reads_back_as_written(title in "\\PC{0,40}|[\"\\\\/\u{0}-\u{1f}\u{7f}-\u{ffff}\u{1f600}]{0,20}") {
        let text = with(|v| {
            v["roles"][0]["title"] = json!(title);
            v["roles"][1]["extra"] = json!({ "x": [title.clone(), 1, -2.5e3, true, null] });
        });
        let (ds, unknown) = json::from_str::<Dataset>(&text, MAX_NESTING).unwrap();
        prop_assert_eq!(&ds.roles[0].title, &title);
        prop_assert_eq!(unknown, ["/roles/1/extra"]);
        // The same with every character escaped as \uXXXX.
        let escaped: String = title.encode_utf16().map(|u| format!("\\u{u:04x}")).collect();
        let text = with(|v| v["roles"][0]["title"] = json!("placeholder")).replace("placeholder", &escaped);
        let (ds, _) = json::from_str::<Dataset>(&text, MAX_NESTING).unwrap();
        prop_assert_eq!(&ds.roles[0].title, &title);
    }

    /// Text that serde_json refuses as JSON, the reader refuses too (with a message and no
    /// panic); text cut anywhere is refused.
    #[test]
    fn broken_text_is_refused_with_a_message(cut in 0usize..400, noise in "[\\[\\]{}:,\"\\\\a-z0-9 .-]{0,6}", at in 0usize..400) {
        let full = minimal().to_string();
        let mut text = full[..cut.min(full.len() - 1)].to_string();
        let at = at.min(text.len());
        if text.is_char_boundary(at) {
            text.insert_str(at, &noise);
        }
        let ours = json::from_str::<Dataset>(&text, MAX_NESTING);
        if serde_json::from_str::<Value>(&text).is_err() {
            let failure = ours.expect_err("refused");
            prop_assert!(!failure.message.is_empty());
        }
    }

    #[test]
    fn mutated_datasets_never_panic_and_every_error_has_a_location(
        edits in prop::collection::vec((prop::collection::vec(0usize..8, 1..5), any_json()), 1..4)
    ) {
        let mut v = minimal();
        for (path, new) in edits {
            mutate(&mut v, &path, new);
        }
        if let Err(problems) = load_text(&v.to_string()) {
            prop_assert!(!problems.is_empty());
            for p in problems {
                let ptr = p.pointer();
                prop_assert!(ptr.is_empty() || ptr.starts_with('/'), "{ptr}");
                prop_assert!(!p.message.is_empty());
            }
        }
    }

    #[test]
    fn hostile_values_in_a_well_formed_dataset_reach_the_validator(v in hostile_dataset()) {
        match load_text(&v.to_string()) {
            Ok(ds) => {
                // What the widget relies on holds for every dataset it accepts.
                let roles: std::collections::HashSet<&str> = ds.roles.iter().map(|r| r.id.as_str()).collect();
                let sources: std::collections::HashSet<&str> = ds.sources.iter().map(|s| s.id.as_str()).collect();
                prop_assert_eq!(roles.len(), ds.roles.len(), "role ids are unique");
                for r in &ds.roles {
                    prop_assert!(!r.id.is_empty() && !r.title.trim().is_empty());
                    prop_assert!(!r.sources.is_empty() && r.sources.iter().all(|s| sources.contains(s.as_str())));
                }
                for s in &ds.salaries {
                    prop_assert!(s.max.is_none_or(|max| max >= s.min), "{:?}", s);
                    prop_assert!(s.role.as_deref().is_none_or(|r| roles.contains(r)));
                    prop_assert!(sources.contains(s.source.as_str()));
                }
                for st in &ds.career_steps {
                    prop_assert!(roles.contains(st.from.as_str()) && roles.contains(st.to.as_str()));
                }
            }
            Err(problems) => {
                prop_assert!(!problems.is_empty());
                for p in problems {
                    // Each problem points into the file: at least its entry exists there.
                    let ptr = p.pointer();
                    let entry: String = ptr.split('/').take(3).collect::<Vec<_>>().join("/");
                    prop_assert!(v.pointer(&entry).is_some(), "{} ({}) does not point into the file", ptr, p.message);
                    prop_assert!(!p.message.is_empty() && p.message.chars().count() < 300, "{}", p.message);
                }
            }
        }
    }
}

/// Text a hostile or careless author might write where a name or an id goes.
fn hostile_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("   ".to_string()),
        Just("post".to_string()),
        Just("ux-designer".to_string()),
        Just("ux-lead".to_string()),
        Just("UX Designer".to_string()),
        Just("<img src=x onerror=alert(1)>".to_string()),
        Just("a/b~c".to_string()),
        Just("\u{feff}\u{202e}x".to_string()),
        Just("x".repeat(3_000)),
        "[a-z-]{1,12}",
        ".{0,20}",
    ]
}

fn hostile_number() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(json!(0)),
        Just(json!(1)),
        Just(json!(90_000)),
        Just(json!(u32::MAX)),
        Just(json!(1u64 << 52)),
        (0u64..500_000).prop_map(Value::from)
    ]
}

/// A dataset with every field of the right type, and values chosen to break the rules.
fn hostile_dataset() -> impl Strategy<Value = Value> {
    let source = (hostile_text(), hostile_text())
        .prop_map(|(id, title)| json!({ "id": id, "title": title, "file": "post.html" }));
    let role = (
        hostile_text(),
        hostile_text(),
        prop::sample::select(vec!["entry", "mid", "senior", "lead"]),
        prop::collection::vec(hostile_text(), 0..3),
    )
        .prop_map(
            |(id, title, level, sources)| json!({ "id": id, "title": title, "level": level, "sources": sources }),
        );
    let salary = (
        hostile_text(),
        hostile_text(),
        hostile_text(),
        prop::sample::select(vec!["US", "GB", "us", "XX", ""]),
        prop::sample::select(vec!["USD", "GBP", "usd", "€"]),
        hostile_number(),
        prop::option::of(hostile_number()),
        any::<bool>(),
    )
        .prop_map(|(id, source, role, country, currency, min, max, open)| {
            let mut s = json!({ "id": id, "source": source, "role": role, "country": country, "currency": currency,
                "level": "mid", "level_label": "Mid", "min": min, "open_ended": open });
            if let Some(max) = max {
                s["max"] = max;
            }
            s
        });
    let step = (hostile_text(), hostile_text(), hostile_text())
        .prop_map(|(from, to, source)| json!({ "from": from, "to": to, "kind": "promotion", "source": source }));
    (
        prop::collection::vec(source, 1..3),
        prop::collection::vec(role, 0..5),
        prop::collection::vec(salary, 0..4),
        prop::collection::vec(step, 0..4),
    )
        .prop_map(|(sources, roles, salaries, steps)| {
            json!({ "sources": sources, "roles": roles, "salaries": salaries, "career_steps": steps })
        })
}

/// The built-in dataset, as the open data writes it (compact and pretty), reads with no
/// field left out: every field the types write, they read.
#[test]
fn the_open_data_has_no_unknown_fields() {
    let ds: Dataset =
        career_model::data_file::load_toml("data/careers.toml", include_str!("../../data/careers.toml")).unwrap().0;
    for text in [serde_json::to_string(&ds).unwrap(), serde_json::to_string_pretty(&ds).unwrap()] {
        let (back, unknown) = json::from_str::<Dataset>(&text, MAX_NESTING).unwrap();
        assert_eq!(unknown, Vec::<String>::new());
        assert_eq!(back, ds);
    }
}

/// The text is read as JSON: keys written with escapes, braces and quotes inside text, and
/// what an unknown field holds (not looked into).
#[test]
fn unknown_fields_are_found_in_the_text_as_written() {
    let text = r#"{
        "sources": [{"id": "a{[\"", "title": "x]}", "file": "f", "\u0074ittle": 1}],
        "roles": [{"id": "r", "title": "T", "ti\"tle": "T", "years": [{"min": 1, "source": "a", "mx": 3}],
                   "notes": [], "sources": ["a"]}, {"id": "s", "title": "S", "sources": []}],
        "salaries": [],
        "extra": {"deep": [{"anything": true}], "n": -1.5e3, "t": null},
        "faqs": [{"question": "q", "answer": "a", "source": "a", "beginner": false, "x/y~z": 1}]
    }"#;
    serde_json::from_str::<Value>(text).expect("the test's text is JSON");
    let (ds, unknown) = json::from_str::<Dataset>(text, MAX_NESTING).unwrap();
    assert_eq!(unknown, ["/sources/0/tittle", "/roles/0/ti\"tle", "/roles/0/years/0/mx", "/extra", "/faqs/0/x~1y~0z"]);
    assert_eq!(ds.sources[0].id, "a{[\"");
    assert_eq!(ds.sources[0].title, "x]}");
}

/// Thousands of entries with one misspelt field make one warning; thousands of different
/// unknown names make one each, grouped at once (not by comparing every pair).
#[test]
fn unknown_fields_at_scale() {
    use career_model::load::unknown_fields;
    use career_model::validate::Severity;
    let ds: Dataset = json::from_str(&minimal().to_string(), MAX_NESTING).unwrap().0;
    let same: Vec<String> = (0..20_000).map(|i| format!("/roles/{i}/tittle")).collect();
    let one = unknown_fields(&ds, &same, Severity::Warning);
    assert_eq!(one.len(), 1);
    assert!(one[0].message.ends_with("(in 20,000 entries; this is the first)"), "{}", one[0].message);
    assert_eq!((one[0].pointer(), one[0].entry.as_str()), ("/roles/0/tittle".to_string(), "ux-designer"));
    let different: Vec<String> = (0..100_000).map(|i| format!("/roles/0/x{i}")).collect();
    let many = unknown_fields(&ds, &different, Severity::Warning);
    assert_eq!(many.len(), 100_000);
    assert_eq!(many[99_999].field, "x99999");
}
