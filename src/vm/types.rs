//! The built-in classes: `object`, `type`, the types of every native value, and the exception
//! hierarchy of Python 3.11.

use std::cell::RefCell;
use std::rc::Rc;

use rustc_hash::FxHashMap;

use super::object::{AccessHooks, Attrs, Class, Layout};
use super::value::Value;

pub struct Types {
    pub object: Rc<Class>,
    pub type_: Rc<Class>,
    pub none: Rc<Class>,
    pub not_implemented: Rc<Class>,
    pub ellipsis: Rc<Class>,
    pub bool_: Rc<Class>,
    pub int: Rc<Class>,
    pub float: Rc<Class>,
    pub str_: Rc<Class>,
    pub bytes: Rc<Class>,
    pub tuple: Rc<Class>,
    pub list: Rc<Class>,
    pub dict: Rc<Class>,
    pub set: Rc<Class>,
    pub frozenset: Rc<Class>,
    pub range: Rc<Class>,
    pub slice: Rc<Class>,
    pub function: Rc<Class>,
    pub builtin_function: Rc<Class>,
    pub method: Rc<Class>,
    pub module: Rc<Class>,
    pub cell: Rc<Class>,
    pub generator: Rc<Class>,
    pub frame: Rc<Class>,
    pub code: Rc<Class>,
    pub property: Rc<Class>,
    pub staticmethod: Rc<Class>,
    pub classmethod: Rc<Class>,
    pub super_: Rc<Class>,
    pub dict_keys: Rc<Class>,
    pub dict_values: Rc<Class>,
    pub dict_items: Rc<Class>,
    /// One class per native iterator type name (`list_iterator`, `zip`, ...), made on demand.
    pub iterators: RefCell<FxHashMap<&'static str, Rc<Class>>>,
    /// Exception classes by name.
    pub exceptions: FxHashMap<&'static str, Rc<Class>>,
}

/// Python 3.11's built-in exceptions, each after its base.
const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("GeneratorExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("SystemExit", "BaseException"),
    ("Exception", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("StopAsyncIteration", "Exception"),
    ("StopIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("BytesWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("UserWarning", "Warning"),
];

/// Makes a class deriving from `base` (single inheritance: the MRO is the base chain).
pub fn new_class(
    name: &str,
    qualname: &str,
    module: &str,
    base: Option<&Rc<Class>>,
    layout: Layout,
    dict: Attrs,
) -> Rc<Class> {
    let mut mro = Vec::new();
    if let Some(base) = base {
        mro.push(base.clone());
        mro.extend(base.mro.iter().cloned());
    }
    let inherited = base.map(|b| b.hooks).unwrap_or_default();
    let defines = |name: &str| matches!(dict.get(name), Some(Value::Function(_)));
    let hooks = AccessHooks {
        getattribute: inherited.getattribute || defines("__getattribute__"),
        setattr: inherited.setattr || defines("__setattr__"),
        delattr: inherited.delattr || defines("__delattr__"),
    };
    Rc::new(Class {
        name: Rc::from(name),
        qualname: RefCell::new(Rc::from(qualname)),
        module: Rc::from(module),
        base: base.cloned(),
        mro,
        dict: RefCell::new(dict),
        layout,
        has_dict: matches!(
            layout,
            Layout::Object | Layout::Exception | Layout::Function
        ),
        hooks,
    })
}

impl Types {
    pub fn new() -> Types {
        let object = new_class(
            "object",
            "object",
            "builtins",
            None,
            Layout::Object,
            Attrs::default(),
        );
        let make = |name: &str, layout: Layout| {
            let mut class = new_class(
                name,
                name,
                "builtins",
                Some(&object),
                layout,
                Attrs::default(),
            );
            Rc::get_mut(&mut class).expect("fresh").has_dict = false;
            class
        };
        let int = make("int", Layout::Int);
        let bool_ = new_class(
            "bool",
            "bool",
            "builtins",
            Some(&int),
            Layout::Bool,
            Attrs::default(),
        );
        let mut exceptions: FxHashMap<&'static str, Rc<Class>> = FxHashMap::default();
        for (name, base) in EXCEPTIONS {
            let base = if base.is_empty() {
                object.clone()
            } else {
                exceptions[base].clone()
            };
            let class = new_class(
                name,
                name,
                "builtins",
                Some(&base),
                Layout::Exception,
                Attrs::default(),
            );
            exceptions.insert(*name, class);
        }
        Types {
            type_: make("type", Layout::Type),
            none: make("NoneType", Layout::NoneType),
            not_implemented: make("NotImplementedType", Layout::NotImplementedType),
            ellipsis: make("ellipsis", Layout::Ellipsis),
            bool_,
            int,
            float: make("float", Layout::Float),
            str_: make("str", Layout::Str),
            bytes: make("bytes", Layout::Bytes),
            tuple: make("tuple", Layout::Tuple),
            list: make("list", Layout::List),
            dict: make("dict", Layout::Dict),
            set: make("set", Layout::Set),
            frozenset: make("frozenset", Layout::FrozenSet),
            range: make("range", Layout::Range),
            slice: make("slice", Layout::Slice),
            function: make("function", Layout::Function),
            builtin_function: make("builtin_function_or_method", Layout::BuiltinFunction),
            method: make("method", Layout::Method),
            module: make("module", Layout::Module),
            cell: make("cell", Layout::Cell),
            generator: make("generator", Layout::Generator),
            frame: make("frame", Layout::Frame),
            code: make("code", Layout::Code),
            property: make("property", Layout::Property),
            staticmethod: make("staticmethod", Layout::StaticMethod),
            classmethod: make("classmethod", Layout::ClassMethod),
            super_: make("super", Layout::Super),
            dict_keys: make("dict_keys", Layout::Iterator),
            dict_values: make("dict_values", Layout::Iterator),
            dict_items: make("dict_items", Layout::Iterator),
            iterators: RefCell::new(FxHashMap::default()),
            exceptions,
            object,
        }
    }

    /// The class of a native iterator, made the first time one is asked for.
    pub fn iterator(&self, name: &'static str) -> Rc<Class> {
        self.iterators
            .borrow_mut()
            .entry(name)
            .or_insert_with(|| {
                new_class(
                    name,
                    name,
                    "builtins",
                    Some(&self.object),
                    Layout::Iterator,
                    Attrs::default(),
                )
            })
            .clone()
    }

    pub fn exception(&self, name: &str) -> Rc<Class> {
        self.exceptions
            .get(name)
            .cloned()
            .unwrap_or_else(|| self.exceptions["Exception"].clone())
    }
}

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}
