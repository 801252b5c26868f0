//! A plain copy of what a view shows, for the page that embeds it: the text, headings,
//! lists and tables a reader without JavaScript, a feed reader or a search engine can use,
//! with no controls, no pictures, no attributes but a table cell's span and scope, and
//! every text escaped.

/// What a plain copy does with an element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plain {
    /// Kept, with this tag and none of its attributes but those `kept_attributes` names.
    Keep(&'static str),
    /// Left out, but what it holds is kept.
    Unwrap,
    /// Left out with all it holds.
    Skip,
}

/// The elements a plain copy keeps: structure and text.
const KEPT: [&str; 27] = [
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "table",
    "caption",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
    "article",
    "blockquote",
    "figcaption",
    "strong",
    "em",
    "code",
    "small",
];

/// Inline elements: the others end a line in the copy.
const INLINE: [&str; 4] = ["strong", "em", "code", "small"];

/// The elements it leaves out with all they hold: controls (and their labels), which do
/// nothing without the widget, and what is not text.
const SKIPPED: [&str; 17] = [
    "button", "input", "select", "option", "textarea", "label", "fieldset", "form", "dialog", "svg", "canvas", "img",
    "script", "style", "template", "noscript", "iframe",
];

/// An element as the copy sees it: its local name, its `class`, whether it has the
/// `hidden` attribute, and its `aria-hidden`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Seen<'a> {
    pub tag: &'a str,
    pub class: Option<&'a str>,
    pub hidden: bool,
    pub aria_hidden: Option<&'a str>,
}

impl Seen<'_> {
    fn has_class(&self, name: &str) -> bool {
        self.class.is_some_and(|c| c.split_ascii_whitespace().any(|c| c == name))
    }
}

/// What a plain copy does with an element. What the reader does not see (the `hidden`
/// attribute, `aria-hidden="true"`, the widget's class `ce-hidden`) is left out; a button
/// drawn as a link (`ce-link`: a role's or a view's name) leaves its text.
pub fn plain(el: Seen) -> Plain {
    if el.hidden || el.aria_hidden == Some("true") || el.has_class("ce-hidden") {
        return Plain::Skip;
    }
    if el.tag == "button" && el.has_class("ce-link") {
        return Plain::Unwrap;
    }
    if SKIPPED.contains(&el.tag) {
        return Plain::Skip;
    }
    match KEPT.iter().find(|k| **k == el.tag) {
        Some(k) => Plain::Keep(k),
        None => Plain::Unwrap,
    }
}

/// Whether a kept element ends a line in the copy.
pub fn ends_line(tag: &str) -> bool {
    !INLINE.contains(&tag)
}

/// The attributes a kept element keeps: a table cell's span and what its header heads.
pub fn kept_attributes(tag: &str) -> &'static [&'static str] {
    match tag {
        "td" => &["colspan", "rowspan"],
        "th" => &["colspan", "rowspan", "scope"],
        _ => &[],
    }
}

/// ` name="value"` for a kept attribute whose value is safe as it is (a span of 1 to 999
/// cells, or one of the four scopes); nothing for any other value.
pub fn attribute(name: &str, value: &str) -> Option<String> {
    let fits = match name {
        "colspan" | "rowspan" => (1..=3).contains(&value.len()) && value.bytes().all(|b| b.is_ascii_digit()),
        "scope" => ["row", "col", "rowgroup", "colgroup"].contains(&value),
        _ => false,
    };
    fits.then(|| format!(" {name}=\"{value}\""))
}

/// Whether a kept element stays when it holds no text: only a table's cells do, so its
/// columns stay in line (a row of nothing but empty cells goes).
pub fn keeps_empty(tag: &str) -> bool {
    tag == "td" || tag == "th"
}

/// `text` with the characters that mean something in HTML (`&`, `<`, `>`, `"`) escaped, so
/// it can stand as text or inside a quoted attribute.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// The plain copy inside the element: `noscript`, so a page whose scripts run never shows
/// it (nothing moves when the widget starts), and every reader without them does, with a
/// link to the same view in the explorer.
pub fn noscript(copy: &str, link: &str) -> String {
    format!(
        "<noscript>\n{copy}<p><a href=\"{}\">Open this view in the career explorer</a></p>\n</noscript>",
        escape_html(link)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(tag: &str) -> Seen<'_> {
        Seen { tag, ..Seen::default() }
    }

    #[test]
    fn keeps_text_structure_and_drops_controls() {
        assert_eq!(plain(tag("h3")), Plain::Keep("h3"));
        assert_eq!(plain(tag("td")), Plain::Keep("td"));
        assert_eq!(plain(tag("div")), Plain::Unwrap);
        assert_eq!(plain(tag("section")), Plain::Unwrap);
        assert_eq!(plain(tag("mark")), Plain::Unwrap);
        assert_eq!(plain(tag("a")), Plain::Unwrap);
        for control in ["button", "input", "select", "label", "fieldset", "svg", "script"] {
            assert_eq!(plain(tag(control)), Plain::Skip, "{control}");
        }
        // A role's name drawn as a link is text worth keeping; an action is not.
        assert_eq!(plain(Seen { class: Some("ce-link ce-fit-title"), ..tag("button") }), Plain::Unwrap);
        assert_eq!(plain(Seen { class: Some("ce-btn ce-secondary"), ..tag("button") }), Plain::Skip);
        assert!(ends_line("li") && ends_line("h3") && !ends_line("strong"));
        assert!(keeps_empty("td") && keeps_empty("th") && !keeps_empty("li") && !keeps_empty("tr"));
    }

    #[test]
    fn keeps_only_a_cells_span_and_scope() {
        assert_eq!(kept_attributes("td"), ["colspan", "rowspan"]);
        assert_eq!(kept_attributes("th"), ["colspan", "rowspan", "scope"]);
        assert!(kept_attributes("li").is_empty() && kept_attributes("a").is_empty());
        assert_eq!(attribute("colspan", "2").as_deref(), Some(" colspan=\"2\""));
        assert_eq!(attribute("scope", "row").as_deref(), Some(" scope=\"row\""));
        for (name, value) in
            [("colspan", ""), ("colspan", "2\" onclick=\"x"), ("rowspan", "1000"), ("scope", "all"), ("class", "ce-x")]
        {
            assert_eq!(attribute(name, value), None, "{name}={value}");
        }
    }

    #[test]
    fn leaves_out_what_the_reader_does_not_see() {
        assert_eq!(plain(Seen { hidden: true, ..tag("p") }), Plain::Skip);
        assert_eq!(plain(Seen { aria_hidden: Some("true"), ..tag("li") }), Plain::Skip);
        assert_eq!(plain(Seen { class: Some("ce-x ce-hidden"), ..tag("li") }), Plain::Skip);
        assert_eq!(plain(Seen { hidden: true, class: Some("ce-link"), ..tag("button") }), Plain::Skip);
        // Only those exact words hide: a class that merely starts so does not, and text
        // hidden only from the eye (for screen readers) is kept.
        assert_eq!(
            plain(Seen { aria_hidden: Some("false"), class: Some("ce-hidden-not ce-visually-hidden"), ..tag("h2") }),
            Plain::Keep("h2")
        );
    }

    #[test]
    fn escapes_markup_in_text_and_links() {
        assert_eq!(
            escape_html(r#"<img src=x onerror="a()"> & co"#),
            "&lt;img src=x onerror=&quot;a()&quot;&gt; &amp; co"
        );
        assert_eq!(escape_html("Pay: $95K – $130K"), "Pay: $95K – $130K");
        let out =
            noscript("<ul>\n<li>ML Engineer</li>\n</ul>\n", "https://example.org/index.html#/explore?q=\"x\"&a=<b>");
        assert!(out.starts_with("<noscript>\n<ul>"), "{out}");
        assert!(out.ends_with("</noscript>"), "{out}");
        assert!(
            out.contains("href=\"https://example.org/index.html#/explore?q=&quot;x&quot;&amp;a=&lt;b&gt;\""),
            "{out}"
        );
    }
}
