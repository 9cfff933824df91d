//! Stage 2, compile: AST ─▶ symbol table (and, with the VM issue, bytecode).
//!
//! [`scope`] resolves every name as CPython's symtable.c does and raises the declaration errors
//! that belong to that pass; [`checks`] then makes the compiler's context checks (`'await'
//! outside function`, `'break' outside loop`, ...).

pub mod checks;
pub mod scope;

use crate::syntax::{Source, SyntaxError, ast::Module, parse_module};

/// Everything `tandem check` verifies: parsing, the symbol table and the compiler's checks.
pub fn check_source(source: &Source) -> Result<(Module, scope::SymbolTable), SyntaxError> {
    let module = parse_module(source)?;
    let table = scope::analyze_module(&module)?;
    checks::check_module(&module, &table)?;
    Ok((module, table))
}
