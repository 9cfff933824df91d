//! What an uncaught exception prints: its traceback and those of the exceptions chained to it,
//! in CPython's order (the cause or context first, joined by CPython's sentences). Rendering
//! with source snippets is the CLI's job.

use std::rc::Rc;

use super::object::{Instance, TracebackEntry};
use super::{PyErr, Vm};

/// One exception of a chain: the frames it passed through (outermost first) and its last line.
pub struct Section {
    pub frames: Vec<TracebackEntry>,
    pub line: String,
    /// The sentence printed between the previous section and this one.
    pub link: Option<&'static str>,
}

pub const CAUSE_LINK: &str = "The above exception was the direct cause of the following exception:";
pub const CONTEXT_LINK: &str =
    "During handling of the above exception, another exception occurred:";

impl Vm {
    pub fn traceback_sections(&mut self, exc: &PyErr) -> Vec<Section> {
        let mut sections = Vec::new();
        let mut seen: Vec<*const Instance> = Vec::new();
        self.collect_sections(exc, &mut seen, &mut sections);
        sections
    }

    fn collect_sections(
        &mut self,
        exc: &PyErr,
        seen: &mut Vec<*const Instance>,
        out: &mut Vec<Section>,
    ) {
        seen.push(Rc::as_ptr(exc));
        let (cause, context, suppress, frames) = match &exc.exc {
            Some(state) => {
                let s = state.borrow();
                (
                    s.cause.clone(),
                    s.context.clone(),
                    s.suppress_context,
                    s.traceback.clone(),
                )
            }
            None => (None, None, false, Vec::new()),
        };
        let chained = match (cause, context) {
            (Some(cause), _) => Some((cause, CAUSE_LINK)),
            (None, Some(context)) if !suppress => Some((context, CONTEXT_LINK)),
            _ => None,
        };
        let mut link = None;
        if let Some((inner, inner_link)) = chained
            && !seen.contains(&Rc::as_ptr(&inner))
        {
            self.collect_sections(&inner, seen, out);
            link = Some(inner_link);
        }
        let line = self.exception_line(exc);
        out.push(Section {
            frames: frames.into_iter().rev().collect(),
            line,
            link,
        });
    }
}
