//! The instruction set. Names follow CPython 3.11's opcodes wherever the concept is the same, so
//! `tandem dis` reads like `python -m dis`. Each instruction carries its argument inline; jump
//! arguments are instruction indices (shown by `dis` as byte offsets, two bytes per instruction).

/// One instruction. Kept to eight bytes so the dispatch loop walks a dense array.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Instr {
    Nop,
    /// First instruction of every code object: where a frame (re)starts.
    Resume(u32),
    PopTop,
    PushNull,
    /// Push a copy of the n-th item from the top (1 = top).
    Copy(u32),
    /// Swap the top with the n-th item.
    Swap(u32),

    LoadConst(u32),
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// Wraps a local (a parameter, usually) in a fresh cell at frame start.
    MakeCell(u32),
    /// Copies the function's closure into the frame's free-variable slots.
    CopyFreeVars(u32),
    LoadClosure(u32),
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// A class body reading a free variable: its namespace first, then the cell.
    LoadClassderef(u32),
    /// `LoadGlobal(namei, push_null)`.
    LoadGlobal(u32, bool),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    LoadAttr(u32),
    StoreAttr(u32),
    DeleteAttr(u32),
    /// Pushes `(method, self)` when the attribute is a plain function on the type, else
    /// `(NULL, attribute)`, so CALL needs no bound-method object.
    LoadMethod(u32),
    LoadBuildClass,
    LoadAssertionError,

    BinarySubscr,
    StoreSubscr,
    DeleteSubscr,
    BuildSlice(u32),
    BinaryOp(BinaryOp),
    UnaryPositive,
    UnaryNegative,
    UnaryNot,
    UnaryInvert,
    CompareOp(CompareOp),
    /// `is` (0) / `is not` (1).
    IsOp(bool),
    /// `in` (0) / `not in` (1).
    ContainsOp(bool),

    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    BuildMap(u32),
    BuildString(u32),
    ListAppend(u32),
    SetAdd(u32),
    MapAdd(u32),
    ListExtend(u32),
    SetUpdate(u32),
    DictUpdate(u32),
    DictMerge(u32),
    ListToTuple,
    UnpackSequence(u32),
    /// Starred unpacking: `before | after << 8`.
    UnpackEx(u32),
    /// Conversion in the low bits (0 none, 1 str, 2 repr, 3 ascii); bit 2 set when a format
    /// spec is on the stack.
    FormatValue(u32),

    JumpForward(u32),
    JumpBackward(u32),
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    PopJumpIfNone(u32),
    PopJumpIfNotNone(u32),
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    GetIter,
    ForIter(u32),

    /// Names the trailing keyword arguments of the next CALL (a constant tuple of names).
    KwNames(u32),
    Call(u32),
    /// Bit 0: a `**kwargs` mapping is on the stack above the positional tuple.
    CallFunctionEx(u32),
    /// Flags: 1 defaults tuple, 2 keyword-defaults dict, 8 closure tuple.
    MakeFunction(u32),
    ReturnValue,

    /// Starts a generator function: the frame so far becomes the generator's, which is
    /// returned to the caller. The first resumption pushes the value sent (always None).
    ReturnGenerator,
    /// Suspends the generator, handing the top of the stack to whoever resumed it; the value
    /// sent in when it resumes replaces it.
    YieldValue,
    /// `yield from`'s step: sends the top of the stack into the subiterator below it. A yielded
    /// value stays on top for YIELD_VALUE; a return replaces the subiterator and jumps.
    Send(u32),
    GetYieldFromIter,
    JumpBackwardNoInterrupt(u32),

    RaiseVarargs(u32),
    /// Re-raise the exception on top of the stack; the argument says nothing at run time here
    /// (CPython uses it to restore `f_lasti`), but keeps the listing recognisable.
    Reraise(u32),
    PushExcInfo,
    PopExcept,
    CheckExcMatch,
    BeforeWith,
    WithExceptStart,

    ImportName(u32),
    ImportFrom(u32),
    ImportStar,

    // Superinstructions: never emitted by the compiler (so `dis` never shows them). The VM
    // rewrites common pairs into them when it loads a code object, as CPython 3.11's quickening
    // does; each does the work of two and skips the second, which stays in place for jumps.
    LoadFastLoadFast(u16, u16),
    LoadFastLoadConst(u16, u16),
    StoreFastLoadFast(u16, u16),
}

/// The operator of BINARY_OP, numbered like CPython's `NB_*` constants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinaryOp {
    Add,
    And,
    FloorDivide,
    Lshift,
    MatrixMultiply,
    Multiply,
    Remainder,
    Or,
    Power,
    Rshift,
    Subtract,
    TrueDivide,
    Xor,
    InplaceAdd,
    InplaceAnd,
    InplaceFloorDivide,
    InplaceLshift,
    InplaceMatrixMultiply,
    InplaceMultiply,
    InplaceRemainder,
    InplaceOr,
    InplacePower,
    InplaceRshift,
    InplaceSubtract,
    InplaceTrueDivide,
    InplaceXor,
}

impl BinaryOp {
    pub fn symbol(self) -> &'static str {
        use BinaryOp::*;
        match self {
            Add => "+",
            And => "&",
            FloorDivide => "//",
            Lshift => "<<",
            MatrixMultiply => "@",
            Multiply => "*",
            Remainder => "%",
            Or => "|",
            Power => "**",
            Rshift => ">>",
            Subtract => "-",
            TrueDivide => "/",
            Xor => "^",
            InplaceAdd => "+=",
            InplaceAnd => "&=",
            InplaceFloorDivide => "//=",
            InplaceLshift => "<<=",
            InplaceMatrixMultiply => "@=",
            InplaceMultiply => "*=",
            InplaceRemainder => "%=",
            InplaceOr => "|=",
            InplacePower => "**=",
            InplaceRshift => ">>=",
            InplaceSubtract => "-=",
            InplaceTrueDivide => "/=",
            InplaceXor => "^=",
        }
    }

    /// CPython's `NB_*` number, printed by dis.
    pub fn number(self) -> u32 {
        self as u32
    }

    /// The operator an in-place form falls back to.
    pub fn base(self) -> BinaryOp {
        use BinaryOp::*;
        match self {
            InplaceAdd => Add,
            InplaceAnd => And,
            InplaceFloorDivide => FloorDivide,
            InplaceLshift => Lshift,
            InplaceMatrixMultiply => MatrixMultiply,
            InplaceMultiply => Multiply,
            InplaceRemainder => Remainder,
            InplaceOr => Or,
            InplacePower => Power,
            InplaceRshift => Rshift,
            InplaceSubtract => Subtract,
            InplaceTrueDivide => TrueDivide,
            InplaceXor => Xor,
            other => other,
        }
    }

    pub fn is_inplace(self) -> bool {
        self.base() != self
    }

    /// The in-place form used by augmented assignment.
    pub fn inplace(self) -> BinaryOp {
        use BinaryOp::*;
        match self {
            Add => InplaceAdd,
            And => InplaceAnd,
            FloorDivide => InplaceFloorDivide,
            Lshift => InplaceLshift,
            MatrixMultiply => InplaceMatrixMultiply,
            Multiply => InplaceMultiply,
            Remainder => InplaceRemainder,
            Or => InplaceOr,
            Power => InplacePower,
            Rshift => InplaceRshift,
            Subtract => InplaceSubtract,
            TrueDivide => InplaceTrueDivide,
            Xor => InplaceXor,
            other => other,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompareOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CompareOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CompareOp::Lt => "<",
            CompareOp::Le => "<=",
            CompareOp::Eq => "==",
            CompareOp::Ne => "!=",
            CompareOp::Gt => ">",
            CompareOp::Ge => ">=",
        }
    }

    /// The comparison with its operands swapped (`a < b` is `b > a`).
    pub fn reflected(self) -> CompareOp {
        match self {
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Eq => CompareOp::Eq,
            CompareOp::Ne => CompareOp::Ne,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Ge => CompareOp::Le,
        }
    }

    pub fn dunder(self) -> &'static str {
        match self {
            CompareOp::Lt => "__lt__",
            CompareOp::Le => "__le__",
            CompareOp::Eq => "__eq__",
            CompareOp::Ne => "__ne__",
            CompareOp::Gt => "__gt__",
            CompareOp::Ge => "__ge__",
        }
    }
}

impl Instr {
    /// CPython's name for the instruction.
    pub fn name(&self) -> &'static str {
        use Instr::*;
        match self {
            Nop => "NOP",
            Resume(_) => "RESUME",
            PopTop => "POP_TOP",
            PushNull => "PUSH_NULL",
            Copy(_) => "COPY",
            Swap(_) => "SWAP",
            LoadConst(_) => "LOAD_CONST",
            LoadFast(_) => "LOAD_FAST",
            StoreFast(_) => "STORE_FAST",
            DeleteFast(_) => "DELETE_FAST",
            MakeCell(_) => "MAKE_CELL",
            CopyFreeVars(_) => "COPY_FREE_VARS",
            LoadClosure(_) => "LOAD_CLOSURE",
            LoadDeref(_) => "LOAD_DEREF",
            StoreDeref(_) => "STORE_DEREF",
            DeleteDeref(_) => "DELETE_DEREF",
            LoadClassderef(_) => "LOAD_CLASSDEREF",
            LoadGlobal(..) => "LOAD_GLOBAL",
            StoreGlobal(_) => "STORE_GLOBAL",
            DeleteGlobal(_) => "DELETE_GLOBAL",
            LoadName(_) => "LOAD_NAME",
            StoreName(_) => "STORE_NAME",
            DeleteName(_) => "DELETE_NAME",
            LoadAttr(_) => "LOAD_ATTR",
            StoreAttr(_) => "STORE_ATTR",
            DeleteAttr(_) => "DELETE_ATTR",
            LoadMethod(_) => "LOAD_METHOD",
            LoadBuildClass => "LOAD_BUILD_CLASS",
            LoadAssertionError => "LOAD_ASSERTION_ERROR",
            BinarySubscr => "BINARY_SUBSCR",
            StoreSubscr => "STORE_SUBSCR",
            DeleteSubscr => "DELETE_SUBSCR",
            BuildSlice(_) => "BUILD_SLICE",
            BinaryOp(_) => "BINARY_OP",
            UnaryPositive => "UNARY_POSITIVE",
            UnaryNegative => "UNARY_NEGATIVE",
            UnaryNot => "UNARY_NOT",
            UnaryInvert => "UNARY_INVERT",
            CompareOp(_) => "COMPARE_OP",
            IsOp(_) => "IS_OP",
            ContainsOp(_) => "CONTAINS_OP",
            BuildTuple(_) => "BUILD_TUPLE",
            BuildList(_) => "BUILD_LIST",
            BuildSet(_) => "BUILD_SET",
            BuildMap(_) => "BUILD_MAP",
            BuildString(_) => "BUILD_STRING",
            ListAppend(_) => "LIST_APPEND",
            SetAdd(_) => "SET_ADD",
            MapAdd(_) => "MAP_ADD",
            ListExtend(_) => "LIST_EXTEND",
            SetUpdate(_) => "SET_UPDATE",
            DictUpdate(_) => "DICT_UPDATE",
            DictMerge(_) => "DICT_MERGE",
            ListToTuple => "LIST_TO_TUPLE",
            UnpackSequence(_) => "UNPACK_SEQUENCE",
            UnpackEx(_) => "UNPACK_EX",
            FormatValue(_) => "FORMAT_VALUE",
            JumpForward(_) => "JUMP_FORWARD",
            JumpBackward(_) => "JUMP_BACKWARD",
            PopJumpIfFalse(_) => "POP_JUMP_IF_FALSE",
            PopJumpIfTrue(_) => "POP_JUMP_IF_TRUE",
            PopJumpIfNone(_) => "POP_JUMP_IF_NONE",
            PopJumpIfNotNone(_) => "POP_JUMP_IF_NOT_NONE",
            JumpIfFalseOrPop(_) => "JUMP_IF_FALSE_OR_POP",
            JumpIfTrueOrPop(_) => "JUMP_IF_TRUE_OR_POP",
            GetIter => "GET_ITER",
            ForIter(_) => "FOR_ITER",
            KwNames(_) => "KW_NAMES",
            Call(_) => "CALL",
            CallFunctionEx(_) => "CALL_FUNCTION_EX",
            MakeFunction(_) => "MAKE_FUNCTION",
            ReturnValue => "RETURN_VALUE",
            ReturnGenerator => "RETURN_GENERATOR",
            YieldValue => "YIELD_VALUE",
            Send(_) => "SEND",
            GetYieldFromIter => "GET_YIELD_FROM_ITER",
            JumpBackwardNoInterrupt(_) => "JUMP_BACKWARD_NO_INTERRUPT",
            RaiseVarargs(_) => "RAISE_VARARGS",
            Reraise(_) => "RERAISE",
            PushExcInfo => "PUSH_EXC_INFO",
            PopExcept => "POP_EXCEPT",
            CheckExcMatch => "CHECK_EXC_MATCH",
            BeforeWith => "BEFORE_WITH",
            WithExceptStart => "WITH_EXCEPT_START",
            ImportName(_) => "IMPORT_NAME",
            ImportFrom(_) => "IMPORT_FROM",
            ImportStar => "IMPORT_STAR",
            LoadFastLoadFast(..) => "LOAD_FAST__LOAD_FAST",
            LoadFastLoadConst(..) => "LOAD_FAST__LOAD_CONST",
            StoreFastLoadFast(..) => "STORE_FAST__LOAD_FAST",
        }
    }

    /// The jump target, for instructions that jump.
    pub fn jump_target(&self) -> Option<u32> {
        let mut copy = *self;
        copy.jump_slot().copied()
    }

    /// Retargets a jump (used when labels are resolved).
    pub fn set_jump_target(&mut self, target: u32) {
        if let Some(t) = self.jump_slot() {
            *t = target;
        }
    }

    /// Where a jumping instruction keeps its target.
    fn jump_slot(&mut self) -> Option<&mut u32> {
        use Instr::*;
        match self {
            JumpForward(t)
            | JumpBackward(t)
            | PopJumpIfFalse(t)
            | PopJumpIfTrue(t)
            | PopJumpIfNone(t)
            | PopJumpIfNotNone(t)
            | JumpIfFalseOrPop(t)
            | JumpIfTrueOrPop(t)
            | ForIter(t)
            | Send(t)
            | JumpBackwardNoInterrupt(t) => Some(t),
            _ => None,
        }
    }

    /// The numeric argument as dis prints it, if the instruction has one.
    pub fn arg(&self) -> Option<u32> {
        use Instr::*;
        Some(match *self {
            Resume(a) | Copy(a) | Swap(a) | LoadConst(a) | LoadFast(a) | StoreFast(a)
            | DeleteFast(a) | MakeCell(a) | CopyFreeVars(a) | LoadClosure(a) | LoadDeref(a)
            | StoreDeref(a) | DeleteDeref(a) | LoadClassderef(a) | StoreGlobal(a)
            | DeleteGlobal(a) | LoadName(a) | StoreName(a) | DeleteName(a) | LoadAttr(a)
            | StoreAttr(a) | DeleteAttr(a) | LoadMethod(a) | BuildSlice(a) | BuildTuple(a)
            | BuildList(a) | BuildSet(a) | BuildMap(a) | BuildString(a) | ListAppend(a)
            | SetAdd(a) | MapAdd(a) | ListExtend(a) | SetUpdate(a) | DictUpdate(a)
            | DictMerge(a) | UnpackSequence(a) | UnpackEx(a) | FormatValue(a) | KwNames(a)
            | Call(a) | CallFunctionEx(a) | MakeFunction(a) | RaiseVarargs(a) | Reraise(a)
            | ImportName(a) | ImportFrom(a) => a,
            LoadGlobal(namei, null) => namei << 1 | null as u32,
            BinaryOp(op) => op.number(),
            CompareOp(op) => op as u32,
            IsOp(b) | ContainsOp(b) => b as u32,
            _ => return self.jump_target(),
        })
    }

    /// How the instruction changes the stack depth (for the jump-taken path, `jumping`).
    pub fn stack_effect(&self, jumping: bool) -> i32 {
        use Instr::*;
        match *self {
            Nop
            | Resume(_)
            | MakeCell(_)
            | CopyFreeVars(_)
            | JumpForward(_)
            | JumpBackward(_)
            | Swap(_)
            | UnaryPositive
            | UnaryNegative
            | UnaryNot
            | UnaryInvert
            | GetIter
            | KwNames(_)
            | LoadAttr(_)
            | DeleteFast(_)
            | DeleteDeref(_)
            | DeleteGlobal(_)
            | DeleteName(_)
            | ListToTuple
            | YieldValue
            | GetYieldFromIter
            | JumpBackwardNoInterrupt(_) => 0,
            // The value the first resumption sends in.
            ReturnGenerator => 1,
            Send(_) => -(jumping as i32),
            FormatValue(flags) => -((flags >> 2 & 1) as i32),
            Reraise(_) => -1,
            PopTop | StoreFast(_) | StoreDeref(_) | StoreGlobal(_) | StoreName(_)
            | DeleteAttr(_) | ReturnValue | PopExcept => -1,
            PushNull | Copy(_) | LoadConst(_) | LoadFast(_) | LoadClosure(_) | LoadDeref(_)
            | LoadClassderef(_) | LoadName(_) | LoadBuildClass | LoadAssertionError
            | PushExcInfo | BeforeWith | WithExceptStart | ImportFrom(_) => 1,
            LoadGlobal(_, null) => 1 + null as i32,
            LoadMethod(_) => 1,
            StoreAttr(_) => -2,
            BinarySubscr | BinaryOp(_) | CompareOp(_) | IsOp(_) | ContainsOp(_) => -1,
            CheckExcMatch => 0,
            StoreSubscr => -3,
            DeleteSubscr => -2,
            BuildSlice(n) => 1 - n as i32,
            BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) => 1 - n as i32,
            BuildMap(n) => 1 - 2 * n as i32,
            ListAppend(_) | SetAdd(_) | ListExtend(_) | SetUpdate(_) | DictUpdate(_)
            | DictMerge(_) => -1,
            MapAdd(_) => -2,
            UnpackSequence(n) => n as i32 - 1,
            UnpackEx(n) => (n & 0xff) as i32 + (n >> 8) as i32,
            PopJumpIfFalse(_) | PopJumpIfTrue(_) | PopJumpIfNone(_) | PopJumpIfNotNone(_) => -1,
            JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => {
                if jumping {
                    0
                } else {
                    -1
                }
            }
            ForIter(_) => {
                if jumping {
                    -1
                } else {
                    1
                }
            }
            Call(n) => -1 - n as i32,
            CallFunctionEx(flags) => -2 - (flags & 1) as i32,
            MakeFunction(flags) => {
                -((flags & 1) as i32 + (flags >> 1 & 1) as i32 + (flags >> 3 & 1) as i32)
            }
            RaiseVarargs(n) => -(n as i32),
            ImportName(_) => -1,
            ImportStar => -1,
            LoadFastLoadFast(..) | LoadFastLoadConst(..) => 2,
            StoreFastLoadFast(..) => 0,
        }
    }

    /// The superinstruction doing `self` then `next`, if there is one.
    pub fn fused_with(self, next: Instr) -> Option<Instr> {
        use Instr::*;
        let small = |a: u32, b: u32| Some((u16::try_from(a).ok()?, u16::try_from(b).ok()?));
        match (self, next) {
            (LoadFast(a), LoadFast(b)) => small(a, b).map(|(a, b)| LoadFastLoadFast(a, b)),
            (LoadFast(a), LoadConst(b)) => small(a, b).map(|(a, b)| LoadFastLoadConst(a, b)),
            (StoreFast(a), LoadFast(b)) => small(a, b).map(|(a, b)| StoreFastLoadFast(a, b)),
            _ => None,
        }
    }

    /// Whether execution never falls through to the next instruction.
    pub fn is_terminal(&self) -> bool {
        matches!(
            self,
            Instr::JumpForward(_)
                | Instr::JumpBackward(_)
                | Instr::JumpBackwardNoInterrupt(_)
                | Instr::ReturnValue
                | Instr::RaiseVarargs(_)
                | Instr::Reraise(_)
        )
    }
}
