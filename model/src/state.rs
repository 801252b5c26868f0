//! The whole view state in one value, and its text form in the URL hash:
//! `#/explore?q=vision&level=mid`, `#/role/nlp-engineer`, `#/compare?roles=a,b`,
//! `#/path?from=a&to=b`, `#/certifications`, `#/pay?country=IN`, `#/sources`.
//!
//! Parsing never fails: what it can't read is dropped and reported as a notice.

use crate::dataset::{Dataset, Level, Track};
use crate::explore::{ExploreQuery, SortKey};

pub const MAX_COMPARE: usize = 4;
pub const DEFAULT_COUNTRY: &str = "US";

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Explore,
    Role(String),
    Compare,
    Paths,
    Certifications,
    Pay,
    Sources,
}

impl View {
    pub fn key(&self) -> &'static str {
        match self {
            View::Explore => "explore",
            View::Role(_) => "role",
            View::Compare => "compare",
            View::Paths => "path",
            View::Certifications => "certifications",
            View::Pay => "pay",
            View::Sources => "sources",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppState {
    pub view: View,
    pub explore: ExploreQuery,
    pub country: String,
    pub compare: Vec<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub cert_provider: Option<String>,
    pub cert_role: Option<String>,
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            view: View::Explore,
            explore: ExploreQuery::default(),
            country: DEFAULT_COUNTRY.to_string(),
            compare: Vec::new(),
            from: None,
            to: None,
            cert_provider: None,
            cert_role: None,
        }
    }
}

/// Percent-encodes everything but unreserved characters.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` and `+`; invalid escapes are kept as written, invalid UTF-8 is replaced.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok().and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(v) => {
                        out.push(v);
                        i += 3;
                        continue;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn list(v: &[String]) -> String {
    v.iter().map(|s| encode(s)).collect::<Vec<_>>().join(",")
}

/// The hash for a state, with `#`. Only what differs from the defaults is written.
pub fn to_hash(s: &AppState) -> String {
    let mut params: Vec<(&str, String)> = Vec::new();
    let q = &s.explore;
    let path = match &s.view {
        View::Role(id) => format!("/role/{}", encode(id)),
        v => format!("/{}", v.key()),
    };
    match &s.view {
        View::Explore | View::Role(_) => {
            if !q.text.is_empty() {
                params.push(("q", encode(&q.text)));
            }
            if !q.levels.is_empty() {
                params.push(("level", q.levels.iter().map(|l| l.key()).collect::<Vec<_>>().join(",")));
            }
            if !q.focus.is_empty() {
                params.push(("focus", list(&q.focus)));
            }
            if !q.tracks.is_empty() {
                params.push(("track", q.tracks.iter().map(|t| t.key()).collect::<Vec<_>>().join(",")));
            }
            if !q.skills.is_empty() {
                params.push(("skill", list(&q.skills)));
            }
            if !q.certifications.is_empty() {
                params.push(("cert", list(&q.certifications)));
            }
            if let Some(m) = q.min_salary {
                params.push(("min", m.to_string()));
            }
            if !q.sources.is_empty() {
                params.push(("source", list(&q.sources)));
            }
            if q.sort != SortKey::default() {
                params.push(("sort", q.sort.key().to_string()));
            }
        }
        View::Compare => {
            if !s.compare.is_empty() {
                params.push(("roles", list(&s.compare)));
            }
        }
        View::Paths => {
            if let Some(f) = &s.from {
                params.push(("from", encode(f)));
            }
            if let Some(t) = &s.to {
                params.push(("to", encode(t)));
            }
        }
        View::Certifications => {
            if let Some(p) = &s.cert_provider {
                params.push(("provider", encode(p)));
            }
            if let Some(r) = &s.cert_role {
                params.push(("helps", encode(r)));
            }
        }
        View::Pay | View::Sources => {}
    }
    if s.country != DEFAULT_COUNTRY {
        params.push(("country", encode(&s.country)));
    }
    let mut out = format!("#{path}");
    for (i, (k, v)) in params.iter().enumerate() {
        out.push(if i == 0 { '?' } else { '&' });
        out.push_str(k);
        out.push('=');
        out.push_str(v);
    }
    out
}

fn bad(notices: &mut Vec<String>, what: &str, val: &str) {
    notices.push(format!("Ignored {what} \"{val}\" from the link."));
}

/// Reads a hash (with or without `#`). Unknown ids and junk are dropped, each with a notice.
pub fn from_hash(hash: &str, ds: &Dataset) -> (AppState, Vec<String>) {
    let mut s = AppState::default();
    let mut notices = Vec::new();
    let hash = hash.trim_start_matches('#');
    if hash.is_empty() || hash == "/" {
        return (s, notices);
    }
    let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
    let parts: Vec<&str> = path.trim_start_matches('/').splitn(2, '/').collect();
    s.view = match parts.as_slice() {
        ["explore"] | [""] => View::Explore,
        ["role", id] => {
            let id = decode(id);
            if ds.role(&id).is_some() {
                View::Role(id)
            } else {
                notices.push(format!("No role \"{id}\" in this dataset; showing all roles."));
                View::Explore
            }
        }
        ["compare"] => View::Compare,
        ["path"] | ["paths"] => View::Paths,
        ["certifications"] => View::Certifications,
        ["pay"] => View::Pay,
        ["sources"] => View::Sources,
        _ => {
            notices.push("This link's view is unknown; showing all roles.".to_string());
            View::Explore
        }
    };
    let role_ok = |id: &str| ds.role(id).is_some();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let values = || v.split(',').map(decode).filter(|x| !x.is_empty()).collect::<Vec<String>>();
        match k {
            "q" => s.explore.text = decode(v),
            "level" => {
                for x in values() {
                    match Level::from_key(&x) {
                        Some(l) if !s.explore.levels.contains(&l) => s.explore.levels.push(l),
                        Some(_) => {}
                        None => bad(&mut notices, "level", &x),
                    }
                }
            }
            "focus" => s.explore.focus = values(),
            "track" => {
                for x in values() {
                    match Track::from_key(&x) {
                        Some(t) if !s.explore.tracks.contains(&t) => s.explore.tracks.push(t),
                        Some(_) => {}
                        None => bad(&mut notices, "track", &x),
                    }
                }
            }
            "skill" => {
                for x in values() {
                    if ds.skill(&x).is_some() {
                        s.explore.skills.push(x);
                    } else {
                        bad(&mut notices, "skill", &x);
                    }
                }
            }
            "cert" => {
                for x in values() {
                    if ds.certification(&x).is_some() {
                        s.explore.certifications.push(x);
                    } else {
                        bad(&mut notices, "certification", &x);
                    }
                }
            }
            "source" => {
                for x in values() {
                    if ds.source(&x).is_some() {
                        s.explore.sources.push(x);
                    } else {
                        bad(&mut notices, "source", &x);
                    }
                }
            }
            "min" => match decode(v).trim().parse::<u64>() {
                Ok(n) => s.explore.min_salary = Some(n),
                Err(_) => bad(&mut notices, "minimum salary", &decode(v)),
            },
            "sort" => match SortKey::from_key(&decode(v)) {
                Some(k) => s.explore.sort = k,
                None => bad(&mut notices, "sort order", &decode(v)),
            },
            "country" => {
                let c = decode(v);
                if ds.salaries.iter().any(|x| x.country == c) {
                    s.country = c;
                } else {
                    bad(&mut notices, "country", &c);
                }
            }
            "roles" => {
                for x in values() {
                    if !role_ok(&x) {
                        bad(&mut notices, "role", &x);
                    } else if s.compare.contains(&x) {
                    } else if s.compare.len() >= MAX_COMPARE {
                        notices.push(format!("A comparison holds at most {MAX_COMPARE} roles; \"{x}\" was left out."));
                    } else {
                        s.compare.push(x);
                    }
                }
            }
            "from" | "to" => {
                let x = decode(v);
                if role_ok(&x) {
                    if k == "from" {
                        s.from = Some(x);
                    } else {
                        s.to = Some(x);
                    }
                } else {
                    bad(&mut notices, "role", &x);
                }
            }
            "provider" => {
                let x = decode(v);
                if ds.certifications.iter().any(|c| c.provider == x) {
                    s.cert_provider = Some(x);
                } else {
                    bad(&mut notices, "provider", &x);
                }
            }
            "helps" => {
                let x = decode(v);
                if role_ok(&x) {
                    s.cert_role = Some(x);
                } else {
                    bad(&mut notices, "role", &x);
                }
            }
            other => bad(&mut notices, "setting", &decode(other)),
        }
    }
    (s, notices)
}
