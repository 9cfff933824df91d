//! tandem: an educational interpreter for Python's coroutine machinery.
//!
//! ```text
//! source ─▶ syntax (tokens ─▶ layout ─▶ lalrpop parser) ─▶ AST with spans
//!        ─▶ compile ─▶ vm ─▶ runtime ─▶ trace / compare
//! ```
//! Each stage is a module of its own and depends only on the stages before it. The stages after
//! `syntax` arrive with their issues; `cli` is the command line on top.

pub mod cli;
pub mod compile;
pub mod syntax;
pub mod vm;
