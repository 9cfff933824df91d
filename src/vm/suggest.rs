//! "Did you mean" hints: CPython 3.11 ends the traceback of an uncaught NameError or
//! AttributeError with the closest existing name, found by its Python/suggestions.c (a
//! Levenshtein distance where a change of case costs half a substitution).

use std::rc::Rc;

use super::Vm;
use super::object::Hint;
use super::value::Value;

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The edit distance between `a` and `b`, or `max_cost + 1` once it must exceed `max_cost`.
fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        let mut distance = b_index * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, &c) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, c);
            distance = row[index];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The candidate closest to `name`, if any is close enough.
fn closest<'a>(name: &str, candidates: &'a [Rc<str>]) -> Option<&'a Rc<str>> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&Rc<str>, usize)> = None;
    for item in candidates {
        if **item == *name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d.saturating_sub(1));
        }
        let distance = levenshtein(name.as_bytes(), item.as_bytes(), max_distance);
        if distance > max_distance {
            continue;
        }
        if best.is_none_or(|(_, d)| distance < d) {
            best = Some((item, distance));
        }
    }
    best.map(|(item, _)| item)
}

impl Vm {
    /// The suggestion CPython appends to the last traceback line, if any.
    pub fn suggestion(&mut self, hint: &Hint) -> Option<String> {
        match hint {
            Hint::Name { name, scopes } => scopes
                .iter()
                .find_map(|names| closest(name, names))
                .map(|s| s.to_string()),
            Hint::Attribute { obj, name } => {
                let names = self.attribute_names(obj);
                closest(name, &names).map(|s| s.to_string())
            }
        }
    }

    /// What `dir(obj)` would list, sorted.
    fn attribute_names(&mut self, obj: &Value) -> Vec<Rc<str>> {
        let mut names: Vec<Rc<str>> = Vec::new();
        match obj {
            Value::Module(m) => names.extend(m.items().into_iter().map(|(k, _)| k)),
            Value::Instance(inst) => names.extend(inst.dict.borrow().keys().cloned()),
            _ => {}
        }
        let class = match obj {
            Value::Class(c) => c.clone(),
            other => self.class_of(other),
        };
        names.extend(class.dict.borrow().keys().cloned());
        for base in &class.mro {
            names.extend(base.dict.borrow().keys().cloned());
        }
        names.sort();
        names.dedup();
        names
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn suggest(name: &str, candidates: &[&str]) -> Option<String> {
        let candidates: Vec<Rc<str>> = candidates.iter().map(|c| Rc::from(*c)).collect();
        closest(name, &candidates).map(|s| s.to_string())
    }

    #[test]
    fn close_names_are_suggested_as_cpython_does() {
        // Each expectation was checked with python3.11 (NameError / AttributeError hints).
        assert_eq!(suggest("pritn", &["print", "len"]), Some("print".into()));
        assert_eq!(suggest("Print", &["print"]), Some("print".into()));
        assert_eq!(suggest("lenght", &["length", "len"]), Some("length".into()));
        assert_eq!(suggest("x", &["y"]), None);
        assert_eq!(
            suggest("counter", &["count", "counted"]),
            Some("counted".into())
        );
        assert_eq!(suggest("zzzzzz", &["print"]), None);
    }
}
