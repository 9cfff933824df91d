# test: a small tokenizer + recursive-descent parser + evaluator for arithmetic with variables, exercising classes, recursion, exceptions and dict dispatch
class Token:
    def __init__(self, kind, value):
        self.kind, self.value = kind, value
    def __repr__(self):
        return f"Token({self.kind}, {self.value!r})"
class ParseError(Exception):
    pass
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(Token("num", float(text) if "." in text else int(text)))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            tokens.append(Token("name", src[i:j]))
            i = j
        elif c in "+-*/%()=^":
            tokens.append(Token("op", c))
            i += 1
        else:
            raise ParseError(f"bad character {c!r} at {i}")
    tokens.append(Token("end", None))
    return tokens
class Parser:
    def __init__(self, tokens):
        self.tokens, self.pos = tokens, 0
    def peek(self):
        return self.tokens[self.pos]
    def take(self, kind=None, value=None):
        tok = self.peek()
        if (kind and tok.kind != kind) or (value and tok.value != value):
            raise ParseError(f"expected {value or kind}, got {tok!r}")
        self.pos += 1
        return tok
    def statement(self):
        if self.peek().kind == "name" and self.tokens[self.pos + 1].value == "=":
            name = self.take("name").value
            self.take("op", "=")
            return ("assign", name, self.expr())
        return self.expr()
    def expr(self):
        node = self.term()
        while self.peek().value in ("+", "-"):
            op = self.take().value
            node = (op, node, self.term())
        return node
    def term(self):
        node = self.factor()
        while self.peek().value in ("*", "/", "%"):
            op = self.take().value
            node = (op, node, self.factor())
        return node
    def factor(self):
        base = self.unary()
        if self.peek().value == "^":
            self.take()
            return ("^", base, self.factor())
        return base
    def unary(self):
        if self.peek().value == "-":
            self.take()
            return ("neg", self.unary())
        return self.atom()
    def atom(self):
        tok = self.peek()
        if tok.kind == "num":
            return ("num", self.take().value)
        if tok.kind == "name":
            return ("var", self.take().value)
        if tok.value == "(":
            self.take()
            node = self.expr()
            self.take("op", ")")
            return node
        raise ParseError(f"unexpected {tok!r}")
OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
       "/": lambda a, b: a / b, "%": lambda a, b: a % b, "^": lambda a, b: a ** b}
def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        if node[1] not in env:
            raise NameError(f"undefined variable {node[1]}")
        return env[node[1]]
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "assign":
        env[node[1]] = evaluate(node[2], env)
        return env[node[1]]
    return OPS[kind](evaluate(node[1], env), evaluate(node[2], env))
env = {}
for line in ["x = 3", "y = x ^ 2 ^ 2 - 1", "(x + y) * -2 / 4", "y % 7 - -x", "z + 1", "2 ^ 0.5", "1 / (x - 3)", "3 $ 4", "(1 + 2", "x = x * 1.5", "x"]:
    try:
        tree = Parser(tokenize(line)).statement()
        print(f"{line:<22} -> {evaluate(tree, env)!r}")
    except (ParseError, NameError, ZeroDivisionError) as e:
        print(f"{line:<22} !! {type(e).__name__}: {e}")
print(sorted(env.items()))
