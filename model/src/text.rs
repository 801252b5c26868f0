//! Small wording helpers every view uses the same way.

/// "1 role", "2 roles"; "1 list of advice", "3 lists of advice".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

#[cfg(test)]
mod tests {
    use super::plural;

    #[test]
    fn one_and_many() {
        assert_eq!(plural(1, "role", "roles"), "1 role");
        assert_eq!(plural(0, "role", "roles"), "0 roles");
        assert_eq!(plural(3, "list of advice", "lists of advice"), "3 lists of advice");
    }
}
