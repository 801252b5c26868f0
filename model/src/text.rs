//! Small wording helpers every view uses the same way.

use crate::gather::Gather;

/// "1 role", "2 roles"; "1 list of advice", "3 lists of advice".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{} {many}", grouped(n as u64))
    }
}

/// How much of a value a problem quotes.
pub const QUOTED_CHARS: usize = 80;

/// Text cut to `max` characters, with an ellipsis when cut.
pub fn cut(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}

/// A value as a problem quotes it: at most `QUOTED_CHARS` characters.
pub fn shortened(text: &str) -> String {
    cut(text, QUOTED_CHARS)
}

/// Text as a problem quotes it: `string_literal`, at most `QUOTED_CHARS` characters
/// (only the start of a long text is looked at).
pub fn quoted(text: &str) -> String {
    shortened(&string_literal(text, QUOTED_CHARS + 1))
}

/// The first `max` characters of `text` as a JSON (and JavaScript) string literal: in
/// double quotes, with quotes, backslashes, control characters and the two characters
/// JavaScript once refused in literals (U+2028, U+2029) escaped.
pub fn string_literal(text: &str, max: usize) -> String {
    let mut out = String::with_capacity(text.len().min(max) + 2);
    out.push('"');
    for c in text.chars().take(max) {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A whole number with its thousands grouped: 20000 → "20,000".
pub fn grouped(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// Each item once, in the order first given.
pub fn distinct<T: PartialEq>(items: impl IntoIterator<Item = T>) -> Vec<T> {
    let mut out: Vec<T> = Vec::new();
    for item in items {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}

/// A style sheet without its comments and the lines they leave empty: what a page loads
/// needs the rules, not the notes beside them. Text in quotes is kept as written, and a
/// comment between two tokens leaves a space, so no two tokens run together.
pub fn css_without_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' | '\'' => {
                out.push(c);
                while let Some((_, d)) = chars.next() {
                    out.push(d);
                    if d == '\\' {
                        if let Some((_, e)) = chars.next() {
                            out.push(e);
                        }
                    } else if d == c {
                        break;
                    }
                }
            }
            '/' if css[i..].starts_with("/*") => {
                let end = css[i + 2..].find("*/").map_or(css.len(), |e| i + 2 + e + 2);
                while chars.peek().is_some_and(|&(j, _)| j < end) {
                    chars.next();
                }
                let after = css[end..].chars().next();
                if !out.ends_with(char::is_whitespace) && !out.is_empty() && !after.is_some_and(char::is_whitespace) {
                    out.push(' ');
                }
            }
            _ => out.push(c),
        }
    }
    out.lines().map(str::trim_end).filter(|l| !l.is_empty()).join_with("\n") + "\n"
}

#[cfg(test)]
mod tests {
    use super::{css_without_comments, distinct, grouped, plural, quoted, string_literal, QUOTED_CHARS};

    #[test]
    fn style_sheets_lose_their_comments_and_nothing_else() {
        let css = "/* The frame. */\n.a { color: red; } /* trailing */\n\n  /* indented\n  on two lines */\n.b::after { content: \"/* kept */\"; margin: 0/**/auto; }\n.c { content: '\\'/*'; }\n";
        assert_eq!(
            css_without_comments(css),
            ".a { color: red; }\n.b::after { content: \"/* kept */\"; margin: 0 auto; }\n.c { content: '\\'/*'; }\n"
        );
        assert_eq!(css_without_comments(".a{}/* never closed"), ".a{}\n");
    }

    #[test]
    fn thousands_grouped() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(20_000), "20,000");
        assert_eq!(grouped(1_234_567), "1,234,567");
    }

    #[test]
    fn one_and_many() {
        assert_eq!(plural(1, "role", "roles"), "1 role");
        assert_eq!(plural(0, "role", "roles"), "0 roles");
        assert_eq!(plural(3, "list of advice", "lists of advice"), "3 lists of advice");
        assert_eq!(plural(20_000, "role", "roles"), "20,000 roles");
    }

    #[test]
    fn quoted_as_json_writes_text_and_briefly() {
        let cases = [
            ("abc", r#""abc""#),
            ("say \"hi\"", r#""say \"hi\"""#),
            ("back\\slash", r#""back\\slash""#),
            ("two\nlines\tand\r", r#""two\nlines\tand\r""#),
            ("bell\u{7}", r#""bell\u0007""#),
            ("line\u{2028}sep", r#""line\u2028sep""#),
            ("naïve ✓", r#""naïve ✓""#),
            ("", r#""""#),
        ];
        for (text, literal) in cases {
            assert_eq!(quoted(text), literal, "{text}");
            assert_eq!(string_literal(text, usize::MAX), literal, "{text}");
        }
        let long = "é".repeat(10_000);
        let q = quoted(&long);
        assert!(q.starts_with("\"éé") && q.ends_with("é…"), "{q}");
        assert_eq!(q.chars().count(), QUOTED_CHARS + 1);
        assert_eq!(string_literal(&long, 3), "\"ééé\"");
    }

    #[test]
    fn distinct_keeps_the_first_of_each_in_order() {
        assert_eq!(distinct(["b", "a", "b", "c", "a"]), ["b", "a", "c"]);
        assert!(distinct(Vec::<u8>::new()).is_empty());
    }
}
