//! The `tandem` command line: argument parsing, reading programs, and exit codes.
//!
//! Exit codes follow python's: 0 success, 1 for an error in the program (SyntaxError and the
//! like), 2 for a bad command line or a file that cannot be read.

mod report;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::compile;
use crate::syntax::{self, Source};
use crate::vm::value::Value;
use crate::vm::{PyResult, Vm};
pub use report::{render_diagnostic, render_syntax_error, stderr_is_styled};

#[derive(Parser)]
#[command(
    name = "tandem",
    version,
    about = "An educational interpreter for Python's coroutine machinery",
    long_about = "tandem runs a subset of Python 3.11 (generators, yield from, async/await, asyncio) \
                  on a VM built to be read and traced."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Check a program for syntax and compile-time errors; prints nothing when it is valid
    Check { file: PathBuf },
    /// Print a program's abstract syntax tree, as Python's `ast.dump(tree, indent=2)` does
    Ast { file: PathBuf },
    /// Run a program; its output goes to stdout, an uncaught exception's traceback to stderr
    Run {
        file: PathBuf,
        /// Let a StopIteration raised inside a generator end it silently, as before Python 3.7
        /// (PEP 479 turns it into a RuntimeError); `from __future__ import generator_stop`
        /// still opts a program in to PEP 479
        #[arg(long)]
        legacy_stopiteration: bool,
    },
    /// Disassemble a program's bytecode, as `python -m dis` does
    Dis { file: PathBuf },
}

/// The interpreter's work can recurse as deep as the program's nesting, which the syntax stage
/// bounds; this stack leaves ample room for those bounds on every platform.
const STACK_SIZE: usize = 256 * 1024 * 1024;

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let worker = std::thread::Builder::new()
        .name("tandem".into())
        .stack_size(STACK_SIZE)
        .spawn(move || run(cli));
    match worker.map(|handle| handle.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("tandem: internal error: the interpreter thread failed");
            ExitCode::from(70)
        }
    }
}

fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Some(Command::Check { file }) => with_checked(&file, |_| ExitCode::SUCCESS),
        Some(Command::Ast { file }) => with_module(&file, |_, module| {
            write_stdout(&(syntax::dump::dump_module(module) + "\n"));
            ExitCode::SUCCESS
        }),
        Some(Command::Run {
            file,
            legacy_stopiteration,
        }) => with_source(&file, |source| {
            compile::compile_source(source).map(|(code, warnings)| {
                print_warnings(source, &warnings);
                run_program(source, &code, legacy_stopiteration)
            })
        }),
        Some(Command::Dis { file }) => with_source(&file, |source| {
            compile::compile_source(source).map(|(code, warnings)| {
                print_warnings(source, &warnings);
                write_stdout(&compile::dis::disassemble(&code));
                ExitCode::SUCCESS
            })
        }),
        None => {
            use clap::CommandFactory;
            let _ = Cli::command().print_help();
            ExitCode::from(2)
        }
    }
}

/// Reads and parses `path`, reporting any error, then hands the module to `then`.
fn with_module(
    path: &Path,
    then: impl FnOnce(&Source, &syntax::ast::Module) -> ExitCode,
) -> ExitCode {
    with_source(path, |source| {
        syntax::parse_module(source).map(|module| then(source, &module))
    })
}

/// Reads, parses and runs every compile-time check on `path`, reporting any error.
fn with_checked(path: &Path, then: impl FnOnce(&syntax::ast::Module) -> ExitCode) -> ExitCode {
    with_source(path, |source| {
        compile::check_source(source).map(|(module, _)| then(&module))
    })
}

fn with_source(
    path: &Path,
    work: impl FnOnce(&Source) -> Result<ExitCode, syntax::SyntaxError>,
) -> ExitCode {
    let source = match read_source(path) {
        Ok(source) => source,
        Err(failure) => return failure.report(),
    };
    work(&source).unwrap_or_else(|error| ReadFailure::Syntax(Box::new(source), error).report())
}

/// Why a program could not be read.
enum ReadFailure {
    Io(String),
    Syntax(Box<Source>, syntax::SyntaxError),
}

impl ReadFailure {
    fn report(self) -> ExitCode {
        match self {
            ReadFailure::Io(message) => {
                let error = report::CliError::new(message);
                eprint!("{}", render_diagnostic(&error, stderr_is_styled()));
                ExitCode::from(2)
            }
            ReadFailure::Syntax(source, error) => {
                eprint!(
                    "{}",
                    render_syntax_error(error, &source, stderr_is_styled())
                );
                ExitCode::from(1)
            }
        }
    }
}

/// Reads a program as python does: UTF-8, an optional BOM, no other encodings.
fn read_source(path: &Path) -> Result<Source, ReadFailure> {
    let name = path.display().to_string();
    if path.is_dir() {
        return Err(ReadFailure::Io(format!(
            "cannot run '{name}': it is a directory"
        )));
    }
    let bytes = std::fs::read(path).map_err(|e| {
        let reason = match e.kind() {
            std::io::ErrorKind::NotFound => "no such file".to_string(),
            _ => e.to_string(),
        };
        ReadFailure::Io(format!("cannot open '{name}': {reason}"))
    })?;
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Source::new(name, text)),
        Err(e) => {
            let at = e.valid_up_to();
            let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
            // Show the readable part, so the snippet points at the line with the bad byte.
            let text = String::from_utf8_lossy(bytes).into_owned();
            let offset = String::from_utf8_lossy(&bytes[..at]).len();
            let error = syntax::SyntaxError::new(
                format!(
                    "Non-UTF-8 code starting with '\\x{:02x}' in file {name} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                    bytes[at]
                ),
                syntax::Span::new(offset, offset),
            )
            .with_label("this byte is not UTF-8")
            .with_help("save the file as UTF-8");
            Err(ReadFailure::Syntax(
                Box::new(Source::new(name, text)),
                error,
            ))
        }
    }
}

/// Prints compile-time warnings as Python's warnings module does: location, category and
/// message, then the source line.
fn print_warnings(source: &Source, warnings: &[compile::warnings::CompileWarning]) {
    let mut err = std::io::stderr().lock();
    for w in warnings {
        let _ = writeln!(
            err,
            "{}:{}: {}: {}\n  {}",
            source.name,
            w.line,
            w.category,
            w.message,
            source.line_text(w.line).trim()
        );
    }
}

/// Runs a compiled program: 0 on success, 1 after an uncaught exception (its traceback on
/// stderr), or what `sys.exit()` asked for. Generators still suspended are closed at the end,
/// after the traceback, as CPython's finalisation closes them.
fn run_program(
    source: &Source,
    code: &std::rc::Rc<crate::compile::code::Code>,
    legacy_stopiteration: bool,
) -> ExitCode {
    let stdout: Box<dyn Write> = Box::new(std::io::BufWriter::with_capacity(
        1 << 16,
        std::io::stdout(),
    ));
    let stderr: Box<dyn Write> = Box::new(std::io::stderr());
    let mut vm = Vm::new(&source.name, stdout, stderr);
    vm.pep479 = !legacy_stopiteration;
    let shown = source.clone();
    vm.render_traceback = Some(Box::new(move |sections| {
        report::render_traceback(sections, &shown, stderr_is_styled())
    }));
    let result = vm.run_main(code);
    vm.flush();
    let status = report_outcome(&mut vm, source, result);
    vm.shutdown();
    status
}

/// The exit status for how the program ended, with the traceback of an uncaught exception.
fn report_outcome(vm: &mut Vm, source: &Source, result: PyResult<Value>) -> ExitCode {
    let Err(exc) = result else {
        return ExitCode::SUCCESS;
    };
    if vm.is_instance_of(&exc, "SystemExit") {
        let code = vm
            .getattr_opt(&Value::Instance(exc.clone()), "code")
            .ok()
            .flatten()
            .unwrap_or(Value::None);
        return match code {
            Value::None => ExitCode::SUCCESS,
            Value::Int(n) => ExitCode::from(n as u8),
            Value::Bool(b) => ExitCode::from(b as u8),
            other => {
                let text = vm.str_of(&other).unwrap_or_default();
                eprintln!("{text}");
                ExitCode::from(1)
            }
        };
    }
    let sections = vm.traceback_sections(&exc);
    let text = report::render_traceback(&sections, source, stderr_is_styled());
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(text.as_bytes()).and_then(|_| err.flush());
    ExitCode::from(1)
}

/// Writes program output, ending quietly if the reader has gone (`tandem ast f.py | head`).
fn write_stdout(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|_| out.flush());
}
