# test: unbounded recursion through every kind of dunder, property and key function raises RecursionError (caught) rather than crashing
class R:
    def __add__(self, o): return self + o
    def __getitem__(self, k): return self[k]
    def __len__(self): return len(self)
    def __repr__(self): return repr(self)
    def __hash__(self): return hash(self)
    def __eq__(self, o): return self == o
    def __iter__(self): return iter(self)
    def __bool__(self): return bool(self)
    def __call__(self): return self()
    def __getattr__(self, n): return self.missing
    def __str__(self): return str(self)
    def __lt__(self, o): return sorted([self, o]) and True
    def __contains__(self, x): return x in self
    def __index__(self): return [1][self]
    def __format__(self, s): return format(self, s)
    def __neg__(self): return -self
    def __enter__(self): 
        with self: pass
    def __exit__(self, *a): pass
    @property
    def p(self): return self.p
r = R()
tests = [lambda: r + 1, lambda: r[0], lambda: len(r), lambda: repr(r), lambda: hash(r), lambda: r == 1, lambda: iter(r),
         lambda: bool(r), lambda: r(), lambda: r.zzz, lambda: str(r), lambda: r < r, lambda: 1 in r, lambda: [1][r],
         lambda: format(r, ""), lambda: -r, lambda: r.__enter__(), lambda: r.p, lambda: max([r, r], key=lambda x: x.p),
         lambda: sorted([r, r], key=lambda x: -x), lambda: list(map(lambda x: x + 1, [r]))]
for i, t in enumerate(tests):
    try:
        t()
        print(i, "no error")
    except RecursionError as e:
        print(i, "RecursionError")
