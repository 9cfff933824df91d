//! `tandem dis`: code objects listed the way `python -m dis` lists them in CPython 3.11 — line,
//! offset, jump-target marks, opcode name, argument and what it means — nested code objects
//! after their parent, and each code object's exception table.
//!
//! Two departures: offsets count two bytes per instruction with no inline caches (so they are
//! smaller than CPython's), and code objects have no memory address to show.

use std::fmt::Write;

use super::code::{Code, Const};
use super::opcode::Instr;

pub fn disassemble(code: &Code) -> String {
    let mut out = String::new();
    listing(code, &mut out);
    let mut nested = Vec::new();
    collect_nested(code, &mut nested);
    for child in nested {
        let _ = write!(out, "\nDisassembly of {}:\n", code_repr(child));
        listing(child, &mut out);
    }
    out
}

fn collect_nested<'a>(code: &'a Code, out: &mut Vec<&'a Code>) {
    for c in &code.consts {
        if let Const::Code(child) = c {
            out.push(child);
            collect_nested(child, out);
        }
    }
}

fn code_repr(code: &Code) -> String {
    format!(
        "<code object {}, file \"{}\", line {}>",
        code.name, code.filename, code.first_line
    )
}

fn listing(code: &Code, out: &mut String) {
    let targets: Vec<u32> = code
        .instrs
        .iter()
        .filter_map(Instr::jump_target)
        .chain(code.handlers.iter().map(|h| h.target))
        .collect();
    let mut last_line = None;
    for (i, instr) in code.instrs.iter().enumerate() {
        // The prologue that sets up cells has no line in CPython's line table.
        let line = match instr {
            Instr::MakeCell(_) | Instr::CopyFreeVars(_) => None,
            _ if i == 0 && code.name.as_ref() == "<module>" => Some(0),
            _ => Some(code.lines[i]),
        };
        let starts_line = line.is_some() && line != last_line;
        if starts_line && i > 0 {
            out.push('\n');
        }
        last_line = line.or(last_line);
        let mut fields = Vec::new();
        fields.push(match line {
            Some(line) if starts_line => format!("{line:>3}"),
            _ => "   ".to_string(),
        });
        fields.push("   ".to_string());
        fields.push(if targets.contains(&(i as u32)) {
            ">>".to_string()
        } else {
            "  ".to_string()
        });
        fields.push(format!("{:>4}", i * 2));
        let (name, arg, meaning) = describe(code, i, instr);
        fields.push(format!("{name:<20}"));
        if let Some(arg) = arg {
            fields.push(format!("{arg:>5}"));
            if !meaning.is_empty() {
                fields.push(format!("({meaning})"));
            }
        }
        let _ = writeln!(out, "{}", fields.join(" ").trim_end());
    }
    if !code.handlers.is_empty() {
        out.push_str("ExceptionTable:\n");
        for h in &code.handlers {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{}",
                h.start * 2,
                (h.end - 1) * 2,
                h.target * 2,
                h.depth,
                if h.lasti { " lasti" } else { "" }
            );
        }
    }
}

/// The name, numeric argument and meaning of an instruction, as dis shows them.
fn describe(code: &Code, i: usize, instr: &Instr) -> (String, Option<u32>, String) {
    let name = instr.name().to_string();
    if let Some(target) = instr.jump_target() {
        let forward = target as usize > i;
        let name = match instr {
            Instr::PopJumpIfFalse(_)
            | Instr::PopJumpIfTrue(_)
            | Instr::PopJumpIfNone(_)
            | Instr::PopJumpIfNotNone(_) => {
                let dir = if forward { "FORWARD" } else { "BACKWARD" };
                name.replacen("POP_JUMP_", &format!("POP_JUMP_{dir}_"), 1)
            }
            _ => name,
        };
        let delta = (target as i64 - i as i64 - 1).unsigned_abs() as u32;
        let arg = match instr {
            Instr::JumpIfFalseOrPop(_) | Instr::JumpIfTrueOrPop(_) => target,
            _ => delta,
        };
        return (name, Some(arg), format!("to {}", target * 2));
    }
    let Some(arg) = instr.arg() else {
        return (name, None, String::new());
    };
    let slot = |n: u32| {
        code.slot_names
            .get(n as usize)
            .map_or("?".to_string(), |s| s.to_string())
    };
    let name_at = |n: u32| {
        code.names
            .get(n as usize)
            .map_or("?".to_string(), |s| s.to_string())
    };
    let meaning = match *instr {
        Instr::LoadConst(n) | Instr::KwNames(n) => code
            .consts
            .get(n as usize)
            .map_or("?".to_string(), const_repr),
        Instr::LoadFast(n)
        | Instr::StoreFast(n)
        | Instr::DeleteFast(n)
        | Instr::MakeCell(n)
        | Instr::LoadClosure(n)
        | Instr::LoadDeref(n)
        | Instr::StoreDeref(n)
        | Instr::DeleteDeref(n)
        | Instr::LoadClassderef(n) => slot(n),
        Instr::LoadGlobal(n, true) => format!("NULL + {}", name_at(n)),
        Instr::LoadGlobal(n, false)
        | Instr::StoreGlobal(n)
        | Instr::DeleteGlobal(n)
        | Instr::LoadName(n)
        | Instr::StoreName(n)
        | Instr::DeleteName(n)
        | Instr::LoadAttr(n)
        | Instr::StoreAttr(n)
        | Instr::DeleteAttr(n)
        | Instr::LoadMethod(n)
        | Instr::ImportName(n)
        | Instr::ImportFrom(n) => name_at(n),
        Instr::BinaryOp(op) => op.symbol().to_string(),
        Instr::CompareOp(op) => op.symbol().to_string(),
        Instr::MakeFunction(flags) => {
            let names = [
                (1, "defaults"),
                (2, "kwdefaults"),
                (4, "annotations"),
                (8, "closure"),
            ];
            names
                .iter()
                .filter(|(bit, _)| flags & bit != 0)
                .map(|(_, n)| *n)
                .collect::<Vec<_>>()
                .join(", ")
        }
        Instr::FormatValue(flags) => {
            let conversion = ["", "str", "repr", "ascii"][(flags & 3) as usize];
            match (conversion, flags & 4 != 0) {
                ("", true) => "with format".to_string(),
                (c, true) => format!("{c}, with format"),
                (c, false) => c.to_string(),
            }
        }
        _ => String::new(),
    };
    (name, Some(arg), meaning)
}

fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::Bool(true) => "True".into(),
        Const::Bool(false) => "False".into(),
        Const::Int(i) => i.to_string(),
        Const::Float(f) => crate::syntax::literal::repr_float(*f),
        Const::Str(s) => crate::syntax::literal::repr_str(s),
        Const::Bytes(b) => crate::syntax::literal::repr_bytes(b),
        Const::Ellipsis => "Ellipsis".into(),
        Const::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Const::FrozenSet(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            format!("frozenset({{{}}})", parts.join(", "))
        }
        Const::Code(code) => code_repr(code),
    }
}
