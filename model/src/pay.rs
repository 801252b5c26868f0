//! Pay figures: written the way the articles write them, summed up across sources without
//! averaging, and the band where sources agree.

use crate::dataset::Salary;
use crate::gather::Gather;

/// The symbol the articles use, or the ISO code followed by a space.
fn prefix(currency: &str) -> String {
    match currency {
        "USD" => "$".into(),
        "GBP" => "£".into(),
        "INR" => "₹".into(),
        "EUR" => "€".into(),
        "JPY" => "¥".into(),
        other => format!("{other} "),
    }
}

/// `n / unit` with at most one decimal, and no trailing `.0`.
fn scaled(n: u64, unit: u64) -> String {
    let tenths = (n * 10 + unit / 2) / unit;
    if tenths.is_multiple_of(10) {
        format!("{}", tenths / 10)
    } else {
        format!("{}.{}", tenths / 10, tenths % 10)
    }
}

/// The countries of `records`, each once, in the order first given.
pub fn countries<'a>(records: impl IntoIterator<Item = &'a Salary>) -> Vec<&'a str> {
    crate::text::distinct(records.into_iter().map(|s| s.country.as_str()))
}

/// `records` by country: the countries in the order first given, each with its records in
/// the order given.
pub fn by_country<'a>(records: &[&'a Salary]) -> Vec<(&'a str, Vec<&'a Salary>)> {
    countries(records.iter().copied())
        .into_iter()
        .map(|c| (c, records.iter().copied().filter(|s| s.country == c).gather()))
        .gather()
}

/// One amount: `$110K`, `£45K`, `₹6L`, `$1.2M`, `$950`.
pub fn format_amount(n: u64, currency: &str) -> String {
    let p = prefix(currency);
    let body = if currency == "INR" {
        match n {
            0..=99_999 => crate::text::grouped(n),
            100_000..=9_999_999 => format!("{}L", scaled(n, 100_000)),
            _ => format!("{}Cr", scaled(n, 10_000_000)),
        }
    } else {
        match n {
            0..=999 => n.to_string(),
            1_000..=999_999 => format!("{}K", scaled(n, 1_000)),
            _ => format!("{}M", scaled(n, 1_000_000)),
        }
    };
    format!("{p}{body}")
}

/// A range as the articles write it: `$110K – $140K`, `$180K – $250K+`, `₹35L+`.
pub fn format_range(min: u64, max: Option<u64>, open_ended: bool, currency: &str) -> String {
    match max {
        None => format!("{}+", format_amount(min, currency)),
        Some(max) if max == min => format!("{}{}", format_amount(min, currency), if open_ended { "+" } else { "" }),
        Some(max) => format!(
            "{} – {}{}",
            format_amount(min, currency),
            format_amount(max, currency),
            if open_ended { "+" } else { "" }
        ),
    }
}

pub fn format_salary(s: &Salary) -> String {
    format_range(s.min, s.max, s.open_ended, &s.currency)
}

/// The highest figure a record states: its max, or its floor when it gives only a floor.
pub fn top_figure(s: &Salary) -> u64 {
    s.max.unwrap_or(s.min)
}

/// Every source's figures for one thing, taken together without averaging: the lowest
/// floor, the highest stated top, and how many sources speak.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaySpan {
    pub currency: String,
    pub min: u64,
    /// The highest stated top; `None` when no record states one.
    pub max: Option<u64>,
    /// The top goes on beyond `max` (a "+" or a floor-only figure at the top).
    pub open_ended: bool,
    pub sources: usize,
    pub records: usize,
}

impl PaySpan {
    pub fn label(&self) -> String {
        format_range(self.min, self.max, self.open_ended, &self.currency)
    }
}

/// The span of the records that share the first record's currency.
pub fn span<'a>(records: impl IntoIterator<Item = &'a Salary>) -> Option<PaySpan> {
    let mut it = records.into_iter().peekable();
    let currency = it.peek()?.currency.clone();
    let (mut min, mut top, mut top_open, mut any_max, mut records) = (u64::MAX, 0u64, false, false, 0);
    let mut sources: Vec<&str> = Vec::new();
    for s in it.filter(|s| s.currency == currency) {
        records += 1;
        min = min.min(s.min);
        any_max |= s.max.is_some();
        if !sources.contains(&s.source.as_str()) {
            sources.push(&s.source);
        }
        let (t, open) = (top_figure(s), s.open_ended || s.max.is_none());
        if t > top || (t == top && open) {
            (top, top_open) = (t, open);
        }
    }
    Some(PaySpan {
        currency,
        min,
        // A lone floor ("₹35L+") has no top of its own.
        max: (top > min || any_max).then_some(top),
        open_ended: top_open,
        sources: sources.len(),
        records,
    })
}

/// Where the sources' ranges for one level overlap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Consensus {
    /// Fewer than two ranges: nothing to agree on.
    SingleSource,
    /// Every range contains `[lo, hi]`; `hi` is `None` when every range is open upward.
    Overlap { lo: u64, hi: Option<u64> },
    /// At least two ranges share no amount.
    Disjoint,
}

/// The span where all ranges overlap. An open-ended range ("$250K+", "₹35L+") is read as
/// reaching upward without limit, as its "+" says.
pub fn consensus(records: &[&Salary]) -> Consensus {
    if records.len() < 2 {
        return Consensus::SingleSource;
    }
    let lo = records.iter().map(|s| s.min).max().unwrap_or(0);
    let hi = records.iter().filter(|s| !(s.open_ended || s.max.is_none())).filter_map(|s| s.max).min();
    match hi {
        Some(hi) if hi < lo => Consensus::Disjoint,
        hi => Consensus::Overlap { lo, hi },
    }
}

pub fn consensus_label(c: &Consensus, currency: &str) -> String {
    match c {
        Consensus::SingleSource => "Only one source gives a figure".into(),
        Consensus::Disjoint => "Sources do not overlap".into(),
        Consensus::Overlap { lo, hi: Some(hi) } if lo == hi => {
            format!("Sources meet at {}", format_amount(*lo, currency))
        }
        Consensus::Overlap { lo, hi } => {
            format!("Sources agree on {}", format_range(*lo, *hi, false, currency))
        }
    }
}

/// The top of a shared scale for bars: the highest figure stated, plus room for the
/// open end of a "+" figure, rounded up to a round number.
pub fn scale_top<'a>(records: impl IntoIterator<Item = &'a Salary>) -> u64 {
    let mut top = 0u64;
    for s in records {
        let t = top_figure(s);
        let t = if s.open_ended || s.max.is_none() { t + t / 5 } else { t };
        top = top.max(t);
    }
    if top == 0 {
        return 1;
    }
    // Round up to 1, 2 or 5 times a power of ten.
    let mut unit = 1u64;
    while unit.saturating_mul(10) <= top {
        unit *= 10;
    }
    for step in [1, 2, 5, 10] {
        if unit.saturating_mul(step) >= top {
            return unit.saturating_mul(step);
        }
    }
    top
}

/// Where a bar starts and ends on a scale, as fractions of its width (0 to 1).
pub fn bar_extent(s: &Salary, top: u64) -> (f64, f64) {
    let f = |v: u64| (v as f64 / top.max(1) as f64).clamp(0.0, 1.0);
    (f(s.min), f(top_figure(s)))
}

/// The most figures drawn for one level; the consensus still counts them all.
pub const DRAWN_PER_LEVEL: usize = 40;

/// What a level's figures beyond `DRAWN_PER_LEVEL` come to, in words: `None` when all are
/// drawn.
pub fn undrawn_line(total: usize) -> Option<String> {
    (total > DRAWN_PER_LEVEL).then(|| {
        format!(
            "The first {DRAWN_PER_LEVEL} of {} figures are drawn and listed; the consensus counts all of them.",
            crate::text::grouped(total as u64)
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::PayLevel;

    fn sal(source: &str, min: u64, max: Option<u64>, open: bool, cur: &str) -> Salary {
        Salary {
            id: format!("{source}-{min}"),
            source: source.into(),
            country: "US".into(),
            currency: cur.into(),
            level: PayLevel::Entry,
            level_label: "Entry".into(),
            min,
            max,
            open_ended: open,
            ..Default::default()
        }
    }

    #[test]
    fn amounts_in_every_currency() {
        assert_eq!(format_amount(110_000, "USD"), "$110K");
        assert_eq!(format_amount(112_500, "USD"), "$112.5K");
        assert_eq!(format_amount(1_200_000, "USD"), "$1.2M");
        assert_eq!(format_amount(950, "USD"), "$950");
        assert_eq!(format_amount(45_000, "GBP"), "£45K");
        assert_eq!(format_amount(600_000, "INR"), "₹6L");
        assert_eq!(format_amount(650_000, "INR"), "₹6.5L");
        assert_eq!(format_amount(3_500_000, "INR"), "₹35L");
        assert_eq!(format_amount(25_000_000, "INR"), "₹2.5Cr");
        assert_eq!(format_amount(90_000, "INR"), "₹90,000");
        assert_eq!(format_amount(60_000, "EUR"), "€60K");
        assert_eq!(format_amount(60_000, "CHF"), "CHF 60K");
    }

    #[test]
    fn ranges_as_the_articles_write_them() {
        assert_eq!(format_range(110_000, Some(140_000), false, "USD"), "$110K – $140K");
        assert_eq!(format_range(180_000, Some(250_000), true, "USD"), "$180K – $250K+");
        assert_eq!(format_range(45_000, Some(75_000), false, "GBP"), "£45K – £75K");
        assert_eq!(format_range(600_000, Some(1_200_000), false, "INR"), "₹6L – ₹12L");
        assert_eq!(format_range(3_500_000, None, true, "INR"), "₹35L+");
        assert_eq!(format_range(250_000, None, true, "USD"), "$250K+");
        assert_eq!(format_range(100_000, Some(100_000), false, "USD"), "$100K");
    }

    #[test]
    fn span_keeps_the_extremes_and_counts_sources() {
        let a = sal("a", 110_000, Some(140_000), false, "USD");
        let b = sal("b", 80_000, Some(120_000), false, "USD");
        let c = sal("c", 95_000, Some(130_000), false, "USD");
        let s = span([&a, &b, &c]).unwrap();
        assert_eq!((s.min, s.max, s.open_ended, s.sources), (80_000, Some(140_000), false, 3));
        assert_eq!(s.label(), "$80K – $140K");

        let d = sal("a", 250_000, None, true, "USD");
        let s = span([&a, &d]).unwrap();
        assert_eq!(s.label(), "$110K – $250K+");
        assert_eq!(s.sources, 1);

        let e = sal("x", 180_000, Some(250_000), true, "USD");
        assert_eq!(span([&e, &a]).unwrap().label(), "$110K – $250K+");
        assert!(span(std::iter::empty()).is_none());
        // Other currencies are left out rather than mixed in.
        let f = sal("y", 45_000, Some(75_000), false, "GBP");
        assert_eq!(span([&a, &f]).unwrap().records, 1);
        // A floor alone.
        assert_eq!(span([&sal("z", 3_500_000, None, true, "INR")]).unwrap().label(), "₹35L+");
    }

    #[test]
    fn scales_round_up_and_leave_room_for_open_ends() {
        let a = sal("a", 110_000, Some(140_000), false, "USD");
        assert_eq!(scale_top([&a]), 200_000);
        let b = sal("b", 250_000, Some(400_000), true, "USD");
        assert_eq!(scale_top([&a, &b]), 500_000);
        assert_eq!(scale_top(std::iter::empty()), 1);
        let (x0, x1) = bar_extent(&a, 200_000);
        assert!((x0 - 0.55).abs() < 1e-9 && (x1 - 0.7).abs() < 1e-9);
    }

    #[test]
    fn consensus_bands() {
        let a = sal("a", 110_000, Some(140_000), false, "USD");
        let b = sal("b", 80_000, Some(120_000), false, "USD");
        let c = sal("c", 95_000, Some(130_000), false, "USD");
        // Overlap.
        assert_eq!(consensus(&[&a, &b, &c]), Consensus::Overlap { lo: 110_000, hi: Some(120_000) });
        assert_eq!(consensus_label(&consensus(&[&a, &b, &c]), "USD"), "Sources agree on $110K – $120K");
        // Touching.
        let d = sal("d", 140_000, Some(180_000), false, "USD");
        assert_eq!(consensus(&[&a, &d]), Consensus::Overlap { lo: 140_000, hi: Some(140_000) });
        assert_eq!(consensus_label(&consensus(&[&a, &d]), "USD"), "Sources meet at $140K");
        // Disjoint.
        let e = sal("e", 150_000, Some(160_000), false, "USD");
        assert_eq!(consensus(&[&b, &e]), Consensus::Disjoint);
        assert_eq!(consensus_label(&Consensus::Disjoint, "USD"), "Sources do not overlap");
        // Open-ended: "$180K – $250K+" reaches the "$250K+" floor.
        let f = sal("f", 180_000, Some(250_000), true, "USD");
        let g = sal("g", 250_000, None, true, "USD");
        assert_eq!(consensus(&[&f, &g]), Consensus::Overlap { lo: 250_000, hi: None });
        assert_eq!(consensus_label(&consensus(&[&f, &g]), "USD"), "Sources agree on $250K+");
        // Floor-only above a closed range.
        let h = sal("h", 115_000, Some(185_000), false, "USD");
        assert_eq!(consensus(&[&h, &g]), Consensus::Disjoint);
        // One source.
        assert_eq!(consensus(&[&a]), Consensus::SingleSource);
        assert_eq!(consensus(&[]), Consensus::SingleSource);
    }
}
