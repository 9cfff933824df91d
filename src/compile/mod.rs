//! Stage 2, compile: AST ─▶ symbol table ─▶ bytecode.
//!
//! [`scope`] resolves every name as CPython's symtable.c does and raises the declaration errors
//! that belong to that pass; [`checks`] then makes the compiler's context checks (`'await'
//! outside function`, `'break' outside loop`, ...); [`compiler`] emits [`code::Code`] objects
//! whose instructions ([`opcode`]) follow CPython 3.11's, and [`dis`] lists them.

mod builder;
pub mod checks;
pub mod code;
pub mod compiler;
pub mod dis;
pub mod opcode;
pub mod scope;
pub mod warnings;

use std::rc::Rc;

use crate::syntax::{Source, SyntaxError, ast::Module, parse_module};

/// Everything `tandem check` verifies: parsing, the symbol table and the compiler's checks.
pub fn check_source(source: &Source) -> Result<(Module, scope::SymbolTable), SyntaxError> {
    let module = parse_module(source)?;
    let table = scope::analyze_module(&module)?;
    checks::check_module(&module, &table)?;
    Ok((module, table))
}

/// Parses, checks and compiles a program into its module code object, with the warnings
/// CPython's compiler would print.
pub fn compile_source(
    source: &Source,
) -> Result<(Rc<code::Code>, Vec<warnings::CompileWarning>), SyntaxError> {
    let (module, table) = check_source(source)?;
    compiler::compile_module(&module, &table, source)
}
