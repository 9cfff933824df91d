# test: gi_frame exists before start and while suspended (with f_lineno and f_code), and is None once the generator is exhausted or closed
def gen():
    x = 1
    yield x
    x = 2
    yield x

g = gen()
print("created: frame is None?", g.gi_frame is None, "line", g.gi_frame.f_lineno)
next(g)
print("suspended at line", g.gi_frame.f_lineno, "code", g.gi_frame.f_code.co_name, "locals", g.gi_frame.f_locals)
next(g)
print("suspended at line", g.gi_frame.f_lineno, "locals", g.gi_frame.f_locals)
print(g.gi_frame.f_code is g.gi_code)
list(g)
print("exhausted: frame is None?", g.gi_frame is None)
h = gen()
next(h)
h.close()
print("closed: frame is None?", h.gi_frame is None)
k = gen()
k.close()
print("closed before start: frame is None?", k.gi_frame is None)
