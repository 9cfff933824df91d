//! Stage 2, compile: AST ─▶ symbol table (and, with the VM issue, bytecode).
//!
//! [`scope`] resolves every name as CPython's symtable.c does and raises the declaration errors
//! that belong to that pass.

pub mod scope;

use crate::syntax::{Source, SyntaxError, ast::Module, parse_module};

/// Everything `tandem check` verifies: the syntax stage's checks and the symbol table's.
pub fn check_source(source: &Source) -> Result<(Module, scope::SymbolTable), SyntaxError> {
    let module = parse_module(source)?;
    let table = scope::analyze_module(&module)?;
    Ok((module, table))
}
