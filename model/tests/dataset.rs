//! The built-in dataset against the articles: every table and list, figure by figure.

use career_model::validate::{validate, Severity};
use career_model::*;

fn dataset() -> Dataset {
    let text = include_str!("../../data/careers.toml");
    career_model::data_file::load_toml("data/careers.toml", text).expect("data/careers.toml reads").0
}

fn salary<'a>(ds: &'a Dataset, id: &str) -> &'a Salary {
    ds.salaries.iter().find(|s| s.id == id).unwrap_or_else(|| panic!("no salary {id}"))
}

/// (source, country, currency, level label, min, max, open_ended)
type Row = (&'static str, &'static str, &'static str, &'static str, u64, Option<u64>, bool);

fn expect_rows(ds: &Dataset, source: &str, rows: &[Row]) {
    let got: Vec<&Salary> = ds.salaries.iter().filter(|s| s.source == source && s.level != PayLevel::All).collect();
    assert_eq!(got.len(), rows.len(), "number of level rows from {source}");
    for (src, country, currency, label, min, max, open) in rows {
        let s = got
            .iter()
            .find(|s| s.country == *country && s.level_label == *label)
            .unwrap_or_else(|| panic!("{src}: no row {country} {label}"));
        assert_eq!(s.currency, *currency, "{src} {country} {label} currency");
        assert_eq!(s.min, *min, "{src} {country} {label} min");
        assert_eq!(s.max, *max, "{src} {country} {label} max");
        assert_eq!(s.open_ended, *open, "{src} {country} {label} open_ended");
    }
}

#[test]
fn the_dataset_is_valid_with_no_errors() {
    let ds = dataset();
    let problems = validate(&ds);
    let errors: Vec<String> =
        problems.iter().filter(|p| p.severity == Severity::Error).map(|p| p.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn five_sources_with_their_headlines_and_files() {
    let ds = dataset();
    let expected = [
        (
            "000_e70dedd7a75da111.txt",
            "Machine Learning Engineer Job Description & Responsibilities: A 2026 Career Guide",
        ),
        ("001_718ffac1339f9714.txt", "Machine Learning Engineer Jobs: Complete Career Guide 2026"),
        ("002_80c8aaad678c7c72.txt", "What Does a Machine Learning Engineer Do?"),
        ("003_d4f6ac6b783a7699.txt", "Machine Learning Engineer Job Description Template (2026)"),
        ("004_fc82408503b3f331.txt", "Machine Learning Engineer Career in 2026:Skills, Salary and How to Start"),
    ];
    assert_eq!(ds.sources.len(), 5);
    for (file, title) in expected {
        let s = ds.sources.iter().find(|s| s.file == file).unwrap_or_else(|| panic!("no source for {file}"));
        assert_eq!(s.title, title);
    }
    assert_eq!(ds.sources[0].publisher.as_deref(), Some("Interview Kickstart"));
    assert_eq!(ds.source_number("ik-job-description"), 1);
    assert_eq!(ds.source_number("career-2026"), 5);
    assert_eq!(ds.source_number("nowhere"), 0);
}

#[test]
fn article_000_us_salary_table() {
    let ds = dataset();
    expect_rows(
        &ds,
        "ik-job-description",
        &[
            ("000", "US", "USD", "Entry", 110_000, Some(140_000), false),
            ("000", "US", "USD", "Mid", 140_000, Some(180_000), false),
            ("000", "US", "USD", "Senior", 180_000, Some(250_000), true),
        ],
    );
    // The job brief's summary range, with the article's remark on top-paying regions.
    let all = salary(&ds, "ik-us-all");
    assert_eq!((all.min, all.max, all.open_ended, all.level), (110_000, Some(250_000), true, PayLevel::All));
    // The top-paying regions are said of US pay as a whole.
    let us = |source: &str| {
        ds.country_notes("US").filter(|n| n.source == source).map(|n| n.text.clone()).collect::<Vec<_>>()
    };
    assert!(all.remarks.is_empty());
    assert!(us("ik-job-description")[0].contains("Silicon Valley, New York, and Seattle"));
    assert!(us("ik-job-description")[0].contains("$350K"));
}

#[test]
fn article_001_four_us_rows() {
    let ds = dataset();
    expect_rows(
        &ds,
        "jobs-career-guide",
        &[
            ("001", "US", "USD", "Entry Level (0–2 years)", 80_000, Some(120_000), false),
            ("001", "US", "USD", "Mid Level (2–5 years)", 120_000, Some(180_000), false),
            ("001", "US", "USD", "Senior Level (5–10 years)", 180_000, Some(250_000), true),
            ("001", "US", "USD", "AI Architect / Lead", 250_000, Some(400_000), true),
        ],
    );
    let entry = salary(&ds, "jobs-us-entry");
    assert_eq!((entry.years_min, entry.years_max), (Some(0), Some(2)));
    assert_eq!(salary(&ds, "jobs-us-senior").years_max, Some(10));
    assert_eq!(salary(&ds, "jobs-us-lead").level, PayLevel::Lead);
}

#[test]
fn articles_002_and_003_single_ranges() {
    let ds = dataset();
    let s = salary(&ds, "what-us-mid");
    assert_eq!((s.min, s.max, s.years_min, s.years_max), (120_000, Some(190_000), Some(2), Some(5)));
    let s = salary(&ds, "jd-us-range");
    assert_eq!((s.min, s.max, s.currency.as_str()), (115_000, Some(185_000), "USD"));
    assert_eq!(ds.salaries.iter().filter(|s| s.source == "what-mle-do").count(), 1);
    assert_eq!(ds.salaries.iter().filter(|s| s.source == "jd-template").count(), 1);
}

#[test]
fn article_004_nine_country_cells() {
    let ds = dataset();
    expect_rows(
        &ds,
        "career-2026",
        &[
            ("004", "IN", "INR", "Entry Level", 600_000, Some(1_200_000), false),
            ("004", "IN", "INR", "Mid-Level (2–4 years experience)", 1_500_000, Some(3_000_000), false),
            ("004", "IN", "INR", "Senior / Top Range", 3_500_000, None, true),
            ("004", "US", "USD", "Entry Level", 95_000, Some(130_000), false),
            ("004", "US", "USD", "Mid-Level (3–6 years experience)", 140_000, Some(190_000), false),
            ("004", "US", "USD", "Senior / Top Range", 250_000, None, true),
            ("004", "GB", "GBP", "Entry Level", 45_000, Some(75_000), false),
            ("004", "GB", "GBP", "Mid-Level", 60_000, Some(90_000), false),
            ("004", "GB", "GBP", "Senior / Top Range", 85_000, Some(130_000), true),
        ],
    );
    assert_eq!(salary(&ds, "career-us-senior").basis, Some(Basis::TotalCompensation));
    assert!(salary(&ds, "career-in-senior").remarks[0].contains("Principal/staff"));
    assert!(salary(&ds, "career-gb-senior").remarks[0].contains("NLP / Computer Vision"));
    // 004's "Key Insights" column speaks of each country, at every level.
    let note =
        |c: &str| ds.country_notes(c).filter(|n| n.source == "career-2026").map(|n| n.text.clone()).collect::<Vec<_>>();
    assert!(note("IN")[0].contains("Bangalore, Hyderabad and Pune"));
    assert!(note("US")[0].contains("San Francisco, Seattle and New York"));
    assert!(note("GB")[0].contains("London dominates pay"));
    for id in ["career-in-entry", "career-us-entry", "career-gb-entry"] {
        assert!(salary(&ds, id).remarks.is_empty(), "{id} no longer carries its country's insight");
    }
}

#[test]
fn us_entry_pay_keeps_every_sources_figure() {
    let ds = dataset();
    let mut entry: Vec<(u64, Option<u64>)> = ds
        .salaries
        .iter()
        .filter(|s| s.country == "US" && s.level == PayLevel::Entry)
        .map(|s| (s.min, s.max))
        .collect();
    career_model::order::sort(&mut entry);
    assert_eq!(entry, vec![(80_000, Some(120_000)), (95_000, Some(130_000)), (110_000, Some(140_000))]);
}

#[test]
fn article_000_ten_row_title_table() {
    let ds = dataset();
    let table = [
        ("Machine Learning Engineer", Level::Mid, "General ML Engineering"),
        ("ML Engineer", Level::Junior, "Entry-level ML Tasks"),
        ("Applied ML Engineer", Level::Senior, "Application-Specific ML"),
        ("Production ML Engineer", Level::Mid, "Model Deployment"),
        ("Senior ML Engineer", Level::Senior, "Advanced ML Solutions"),
        ("Computer Vision Engineer", Level::Specialized, "Image Processing"),
        ("NLP Engineer", Level::Specialized, "Natural Language Processing"),
        ("MLOps Engineer", Level::Specialized, "ML Operations"),
        ("Deep Learning Engineer", Level::Specialized, "Deep Learning Models"),
        ("Research Engineer", Level::Specialized, "Experimental ML Research"),
    ];
    for (title, level, focus) in table {
        // 000's junior "ML Engineer" is the ladder's first rung, recorded as Junior ML Engineer.
        let r = if title == "ML Engineer" {
            ds.role("junior-ml-engineer").expect("the first rung")
        } else {
            ds.roles.iter().find(|r| r.title == title).unwrap_or_else(|| panic!("no role {title}"))
        };
        assert_eq!(r.level, Some(level), "{title} level");
        assert_eq!(r.focus.as_deref(), Some(focus), "{title} focus");
        assert!(r.sources.iter().any(|s| s == "ik-job-description"), "{title} cites 000");
    }
}

#[test]
fn every_promotion_leads_up_a_level() {
    let ds = dataset();
    let rank = |id: &str| {
        let level = ds.role(id).and_then(|r| r.level);
        [Level::Junior, Level::Mid, Level::Senior, Level::Lead].iter().position(|l| Some(*l) == level)
    };
    for s in ds.career_steps.iter().filter(|s| s.kind == StepKind::Promotion) {
        if let (Some(a), Some(b)) = (rank(&s.from), rank(&s.to)) {
            // Above lead the levels end: lead to architect or head stays "lead".
            assert!(a < b || a == 3, "{} → {} is a promotion within one level", s.from, s.to);
        }
    }
    // 001's second rung: no article gives it a level, and it is no longer a junior role.
    assert_eq!(ds.role("ml-engineer").and_then(|r| r.level), None);
}

#[test]
fn every_title_and_ladder_step_is_a_role() {
    let ds = dataset();
    for title in [
        "AI Engineer",
        "Data Scientist",
        "Applied Scientist",
        "AI Research Scientist",
        "Data Engineer",
        "Product AI Specialist",
        "Junior ML Engineer",
        "Lead ML Engineer",
        "AI Architect",
        "Head of AI",
        "Research Scientist",
        "Software Engineer",
        "Staff ML Engineer",
        "ML Architect",
    ] {
        assert!(ds.roles.iter().any(|r| r.title == title), "missing role {title}");
    }
    assert_eq!(ds.roles.len(), 24);
}

fn has_step(ds: &Dataset, from: &str, to: &str, kind: StepKind, source: &str) -> bool {
    ds.career_steps.iter().any(|s| s.from == from && s.to == to && s.kind == kind && s.source == source)
}

#[test]
fn both_ladders_and_the_lateral_moves() {
    let ds = dataset();
    let p = StepKind::Promotion;
    // 001: Junior ML Engineer → ML Engineer → Senior → Lead → AI Architect → Head of AI / Research Scientist
    for (a, b) in [
        ("junior-ml-engineer", "ml-engineer"),
        ("ml-engineer", "senior-ml-engineer"),
        ("senior-ml-engineer", "lead-ml-engineer"),
        ("lead-ml-engineer", "ai-architect"),
        ("ai-architect", "head-of-ai"),
        ("ai-architect", "research-scientist"),
    ] {
        assert!(has_step(&ds, a, b, p, "jobs-career-guide"), "{a} → {b}");
    }
    // 000: Data Scientist or Software Engineer → ML Engineer → Senior → Staff or ML Architect
    assert!(has_step(&ds, "data-scientist", "ml-engineer", StepKind::Entry, "ik-job-description"));
    assert!(has_step(&ds, "software-engineer", "ml-engineer", StepKind::Entry, "ik-job-description"));
    assert!(has_step(&ds, "ml-engineer", "senior-ml-engineer", p, "ik-job-description"));
    assert!(has_step(&ds, "senior-ml-engineer", "staff-ml-engineer", p, "ik-job-description"));
    assert!(has_step(&ds, "senior-ml-engineer", "ml-architect", p, "ik-job-description"));
    // Lateral moves into MLOps, AI research, data engineering and product.
    for to in ["mlops-engineer", "ai-research-scientist"] {
        assert!(has_step(&ds, "ml-engineer", to, StepKind::Lateral, "ik-job-description"), "{to}");
    }
    for to in ["data-scientist", "ai-research-scientist", "data-engineer", "product-ai-specialist"] {
        assert!(has_step(&ds, "machine-learning-engineer", to, StepKind::Lateral, "jobs-career-guide"), "{to}");
    }
}

#[test]
fn certifications_named_with_no_prices() {
    let ds = dataset();
    let names: Vec<&str> = ds.certifications.iter().map(|c| c.name.as_str()).collect();
    for n in [
        "Google Professional Machine Learning Engineer",
        "AWS Certified Machine Learning – Specialty",
        "Microsoft Azure AI Engineer Associate",
        "TensorFlow Developer Certificate",
        "Deep Learning Specialization",
        "Machine Learning Specialisation",
        "IBM Machine Learning Professional Certificate",
    ] {
        assert!(names.contains(&n), "missing certification {n}");
    }
    let dl = ds.certification("dl-specialization").unwrap();
    assert_eq!(dl.kind, CertificationKind::Specialization);
    assert!(dl.note.as_deref().unwrap_or("").contains("formal certification"));
    for c in &ds.certifications {
        for v in &c.validates {
            assert!(!v.text.contains('$') && !v.text.contains('£') && !v.text.contains('₹'), "{} has a price", c.id);
        }
    }
}

#[test]
fn role_pay_follows_its_level_and_keeps_the_disagreement() {
    let ds = dataset();
    let junior = ds.role("junior-ml-engineer").unwrap();
    let us: Vec<(u64, Option<u64>)> =
        ds.salaries_for_role(junior).filter(|s| s.country == "US").map(|s| (s.min, s.max)).collect();
    assert_eq!(us.len(), 3, "three sources give US entry pay");
    let lead = ds.role("lead-ml-engineer").unwrap();
    assert_eq!(ds.salaries_for_role(lead).map(|s| s.id.as_str()).collect::<Vec<_>>(), vec!["jobs-us-lead"]);
    let cv = ds.role("computer-vision-engineer").unwrap();
    assert_eq!(ds.salaries_for_role(cv).count(), 0, "no article gives a figure for this role");
}

#[test]
fn skills_industries_companies_settings_and_faqs() {
    let ds = dataset();
    let skill = |id: &str| ds.skill(id).unwrap_or_else(|| panic!("no skill {id}"));
    assert_eq!(skill("python").category, SkillCategory::Languages);
    assert_eq!(skill("tensorflow").kind, SkillKind::Tool);
    assert_eq!(skill("docker").category, SkillCategory::Mlops);
    assert_eq!(skill("linear-algebra").category, SkillCategory::Maths);
    let companies: Vec<&str> = ds.companies.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(companies, ["Google", "Amazon", "Microsoft", "Meta", "Apple", "NVIDIA", "Tesla"]);
    for i in ["technology", "finance", "healthcare", "automotive", "e-commerce", "retail"] {
        assert!(ds.industries.iter().any(|x| x.id == i), "industry {i}");
    }
    assert_eq!(ds.work_settings.len(), 3);
    assert_eq!(ds.faqs.iter().filter(|f| f.source == "ik-job-description").count(), 5);
    assert_eq!(ds.faqs.iter().filter(|f| f.source == "jobs-career-guide").count(), 5);
    assert_eq!(ds.faqs.iter().filter(|f| f.source == "jd-template").count(), 3);
}

#[test]
fn every_fact_names_a_source_that_exists() {
    let ds = dataset();
    let known = |id: &str| ds.source(id).is_some();
    assert!(ds.roles.iter().all(|r| !r.sources.is_empty() && r.sources.iter().all(|s| known(s))));
    assert!(ds.salaries.iter().all(|s| known(&s.source)));
    assert!(ds.career_steps.iter().all(|s| known(&s.source)));
    assert!(ds.certifications.iter().all(|c| !c.sources.is_empty()));
}

#[test]
fn contributions_and_disagreements() {
    use career_model::sources::{contributions, disagreements};
    let ds = dataset();
    let c = contributions(&ds);
    let ik = c.iter().find(|c| c.source == "ik-job-description").unwrap();
    assert_eq!((ik.salaries, ik.career_steps), (4, 7));
    let jobs = c.iter().find(|c| c.source == "jobs-career-guide").unwrap();
    assert_eq!((jobs.salaries, jobs.certifications), (4, 5), "001 lists five popular certifications");
    let d = disagreements(&ds);
    let keys: Vec<(&str, PayLevel, usize)> = d.iter().map(|d| (d.country.as_str(), d.level, d.records.len())).collect();
    // US entry: three ranges; US mid: four; US senior: three; and two ranges given without
    // a level (000's $110K–$250K+, 003's $115K–$185K). India and the UK have one source each.
    assert_eq!(
        keys,
        [("US", PayLevel::Entry, 3), ("US", PayLevel::Mid, 4), ("US", PayLevel::Senior, 3), ("US", PayLevel::All, 2)]
    );
}

#[test]
fn the_routes_into_the_field_are_the_articles_own_steps() {
    let ds = dataset();
    let guide = |id: &str| ds.guides.iter().find(|g| g.id == id).unwrap_or_else(|| panic!("no guide {id}"));
    // 000, "How to Become a Machine Learning Engineer in 2026": five steps.
    let ik = guide("ik-how-to-become");
    assert_eq!((ik.kind, ik.source.as_str()), (GuideKind::Route, "ik-job-description"));
    assert_eq!(
        ik.items,
        [
            "Gain a strong academic foundation in computer science or related fields.",
            "Develop core technical skills in machine learning and AI.",
            "Gain hands-on experience by working on real-world projects.",
            "Prepare for technical interviews by strengthening problem-solving skills.",
            "Position yourself strategically to target high-growth opportunities.",
        ]
    );
    // 004's conclusion: foundations, structured learning, real projects, deploying and monitoring.
    let start = guide("career-2026-start");
    assert_eq!((start.kind, start.source.as_str()), (GuideKind::Route, "career-2026"));
    assert_eq!(start.items.len(), 4);
    for (item, words) in
        start.items.iter().zip(["mathematics and Python", "structured learning", "real projects", "deploy and monitor"])
    {
        assert!(item.contains(words), "{item}");
    }
    // 001's resume guide: four things recruiters look for, four tips.
    let look = guide("jobs-recruiters-look-for");
    assert_eq!((look.kind, look.source.as_str()), (GuideKind::Resume, "jobs-career-guide"));
    assert_eq!(look.items[1], "Real-world projects and GitHub portfolio");
    let tips = guide("jobs-resume-tips");
    assert_eq!(tips.items[1], "Include measurable results (accuracy improvements, performance gains)");
    assert_eq!(tips.items[2], "Mention tools like TensorFlow, PyTorch, AWS");
    // 004: hands-on experience weighs more than certificates.
    assert!(guide("career-2026-experience").items[0]
        .starts_with("While hands-on experience always carries more weight than certificates"));
}

#[test]
fn get_started_gathers_the_newcomers_facts() {
    let ds = dataset();
    let s = career_model::start::start(&ds);
    assert_eq!(s.routes.len(), 2);
    assert_eq!(s.resume.len(), 3);
    let certs: Vec<&str> = s.certifications.iter().map(|c| c.id.as_str()).collect();
    // 001 names these "especially for entry-level candidates"; 004 the TensorFlow one for early careers.
    for id in ["google-pmle", "aws-ml-specialty", "azure-ai-engineer", "ibm-ml-professional", "tensorflow-developer"] {
        assert!(certs.contains(&id), "{id} in {certs:?}");
    }
    assert!(s.faqs.iter().any(|f| f.question == "Do machine learning engineers need a degree?"));
    assert!(!s.faqs.iter().any(|f| f.question == "What is MLOps?"));
    assert!(s.first_roles.iter().all(|&i| ds.roles[i].level == Some(Level::Junior)));
    assert!(s.first_roles.iter().any(|&i| ds.roles[i].id == "junior-ml-engineer"));
    // A dataset without any of it.
    let empty = Dataset { sources: ds.sources.clone(), ..Default::default() };
    assert!(career_model::start::start(&empty).is_empty());
}

#[test]
fn the_articles_weighing_of_skills_is_kept_not_shown_as_required() {
    use career_model::profile::qualifier_lines;
    let ds = dataset();
    let mle = ds.role("machine-learning-engineer").unwrap();
    let lines: Vec<(String, &str)> = qualifier_lines(&ds, mle).map(|(l, q)| (l, q.source.as_str())).collect();
    // 001: "R or Java (optional)"; 003: "Preferred Qualifications (Nice to Have)".
    assert!(lines.contains(&("R: optional".to_string(), "jobs-career-guide")), "{lines:?}");
    assert!(lines.contains(&("Java: optional".to_string(), "jobs-career-guide")), "{lines:?}");
    for name in ["Apache Spark", "Hadoop", "Apache Airflow"] {
        assert!(
            lines.iter().any(|(l, s)| l.starts_with(name) && l.ends_with("nice to have") && *s == "jd-template"),
            "{name}: {lines:?}"
        );
    }
    // A qualifier names a skill the role lists, or the file does not load.
    let mut bad = ds.clone();
    let r = bad.roles.iter_mut().find(|r| r.id == "machine-learning-engineer").unwrap();
    r.qualifiers[0].skill = "cobol".into();
    let problems = validate(&bad);
    assert!(
        problems.iter().any(|p| p.field == "qualifiers/0/skill" && p.message.contains("\"cobol\"")),
        "{problems:?}"
    );
}

#[test]
fn what_the_articles_say_beyond_duties_is_kept_by_topic_with_its_source() {
    use career_model::profile::notes_by_topic;
    let ds = dataset();
    let mle = ds.role("machine-learning-engineer").unwrap();
    let by = notes_by_topic(mle);
    let topics: Vec<Topic> = by.iter().map(|(t, _)| *t).collect();
    assert_eq!(topics, Topic::ALL, "every topic has something for the general role");
    let has = |t: Topic, needle: &str, source: &str| {
        by.iter().any(|(x, list)| *x == t && list.iter().any(|n| n.text.contains(needle) && n.source == source))
    };
    assert!(has(Topic::Workplace, "tech and R&D departments", "ik-job-description"));
    assert!(has(Topic::Workplace, "startup", "career-2026"));
    assert!(has(Topic::Benefits, "401(k) matching", "jd-template"));
    assert!(has(Topic::Pay, "experience level, technical expertise and industry demand", "ik-job-description"));
    assert!(has(Topic::Background, "Published research", "what-mle-do"));
    assert!(has(Topic::Background, "coursework", "what-mle-do"));
    assert!(has(Topic::Outlook, "talent shortage", "ik-job-description"));
    assert!(has(Topic::Outlook, "Generative AI", "what-mle-do"));
    assert!(has(Topic::Definition, "\"Artificial Intelligence\"", "jd-template"));
    assert!(has(Topic::Certifications, "AWS or GCP", "ik-job-description"));
    assert_eq!(by.iter().find(|(t, _)| *t == Topic::Interview).unwrap().1.len(), 2, "000's two mid-level examples");
    // 003's sixth duty.
    assert!(mle
        .responsibilities
        .iter()
        .any(|r| r.text.contains("prototypes into production") && r.source == "jd-template"));
    // 004's remarks reach the roles they name.
    for id in ["nlp-engineer", "computer-vision-engineer"] {
        let r = ds.role(id).unwrap();
        assert!(r.notes.iter().any(|n| n.topic == Topic::Pay && n.source == "career-2026"), "{id}");
    }
    assert!(ds.role("staff-ml-engineer").unwrap().notes.iter().any(|n| n.text.contains("stock")));
}

#[test]
fn where_a_role_can_lead_is_not_a_promotion_and_no_role_is_put_on_a_track_no_article_names() {
    let ds = dataset();
    // 001: "Career growth leads to senior ML engineer, AI architect, or research roles."
    for to in ["senior-ml-engineer", "ai-architect", "research-scientist"] {
        let s = ds.career_steps.iter().find(|s| s.from == "machine-learning-engineer" && s.to == to).unwrap();
        assert_eq!(s.kind, StepKind::Destination, "{to}");
    }
    // 000 names IC and management tracks but puts neither Staff ML Engineer nor ML Architect on one.
    for id in ["staff-ml-engineer", "ml-architect"] {
        assert_eq!(ds.role(id).unwrap().track, None, "{id}");
        assert!(ds.career_steps.iter().filter(|s| s.to == id).all(|s| s.track.is_none()), "{id}");
    }
    let c = career_model::sources::contributions(&ds);
    let jd = c.iter().find(|c| c.source == "jd-template").unwrap();
    assert!(jd.notes >= 10, "003's benefits, qualifiers and definition are counted: {}", jd.notes);
}

#[test]
fn the_smaller_facts_match_the_articles() {
    let ds = dataset();
    let mle = ds.role("machine-learning-engineer").unwrap();
    // Years: 000 "3-7 years of experience"; 002 "2-5 years".
    let years: Vec<(u32, Option<u32>, &str)> = mle.years.iter().map(|y| (y.min, y.max, y.source.as_str())).collect();
    assert_eq!(years, [(3, Some(7), "ik-job-description"), (2, Some(5), "what-mle-do")]);
    // Duties, as each article lists them for the general role: 000 eight, 001 six,
    // 002 ten, 003 six, 004 five.
    let duties = |src: &str| mle.responsibilities.iter().filter(|r| r.source == src).count();
    let counts: Vec<usize> =
        ["ik-job-description", "jobs-career-guide", "what-mle-do", "jd-template", "career-2026"].map(duties).to_vec();
    assert_eq!(counts, [8, 6, 10, 6, 5]);
    // Education: one sentence each from 000, 001 and 002.
    let edu: Vec<&str> = mle.education.iter().map(|e| e.source.as_str()).collect();
    assert_eq!(edu, ["ik-job-description", "jobs-career-guide", "what-mle-do"]);
    // Basis: 001's table is "Average Salary (Annual)", 002 gives an "Average Salary", 004's
    // US top cell is "total comp"; every other figure names no basis.
    let with_basis: Vec<(&str, Basis)> =
        ds.salaries.iter().filter_map(|s| s.basis.map(|b| (s.source.as_str(), b))).collect();
    assert!(
        with_basis.iter().all(|(src, b)| match src {
            &"jobs-career-guide" | &"what-mle-do" => *b == Basis::Average,
            &"career-2026" => *b == Basis::TotalCompensation,
            _ => false,
        }),
        "{with_basis:?}"
    );
    assert_eq!(with_basis.iter().filter(|(s, _)| *s == "career-2026").count(), 1);
    // FAQ answers: 000 five, 001 five, 003 three, each with an answer.
    let faqs = |src: &str| ds.faqs.iter().filter(|f| f.source == src).count();
    assert_eq!(["ik-job-description", "jobs-career-guide", "jd-template"].map(faqs), [5, 5, 3]);
    assert!(ds.faqs.iter().all(|f| f.answer.len() > 40), "every question keeps its answer");
    let mlops = ds.faqs.iter().find(|f| f.question == "What is MLOps?").unwrap();
    assert!(mlops.answer.contains("data science and IT operations"), "{}", mlops.answer);
    // Certification stages are the articles' words: no "Any stage".
    assert!(ds.certifications.iter().all(|c| c.stage.as_deref().is_none_or(|s| !s.contains("Any stage"))));
    // Companies come from 001's list of employers; the small citations of the audit.
    assert!(ds.companies.iter().all(|c| c.sources == ["jobs-career-guide"]));
    let cites = |id: &str, src: &str| ds.skill(id).unwrap().sources.iter().any(|s| s == src);
    assert!(cites("communication", "ik-job-description"), "000: communication and teamwork skills");
    assert!(
        cites("nlp", "career-2026") && cites("computer-vision", "career-2026"),
        "004: NLP / Computer Vision specialists"
    );
    assert!(cites("llm", "career-2026"), "004: AI specialists in LLMs");
    assert!(cites("azure", "jobs-career-guide"), "001: Microsoft Azure AI Engineer Associate");
}

#[test]
fn each_country_s_figures_have_its_currency() {
    let ds = dataset();
    assert_eq!(ds.currency_of("US"), Some("USD"));
    assert_eq!(ds.currency_of("IN"), Some("INR"));
    assert_eq!(ds.currency_of("GB"), Some("GBP"));
    assert_eq!(ds.currency_of("FR"), None);
}
