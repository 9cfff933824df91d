# test: classes created in functions close over locals, global/nonlocal inside class bodies, class-body name lookup skipping enclosing functions when assigned, class counters
def make(tag):
    class Inner:
        label = tag
        def get(self):
            return tag + "!"
        @classmethod
        def clsget(cls):
            return cls.label * 2
    return Inner
A = make("a"); B = make("b")
print(A().get(), B().get(), A.clsget(), A is B, A.__name__, A.__qualname__)
g = 0
class G:
    global g
    g = 5
    h = g + 1
print(g, G.h)
def outer():
    v = 1
    class K:
        nonlocal v
        v = 2
        w = v
    return v, K.w
print(outer())
def outer2():
    x = "enclosing"
    class K:
        x = "class"
        def m(self):
            return x
        y = x
    return K().m(), K.y
print(outer2())
def outer3():
    x = "enclosing"
    class K:
        try:
            print("in class sees", x)
        except NameError as e:
            print(type(e).__name__, e)
        x = "class"
        print("then", x)
    return K.x
print(outer3())
class Counter:
    count = 0
    def inc(self):
        Counter.count += 1
        return self.count
c = Counter()
print(c.inc(), c.inc(), Counter.count)
class Lst:
    items = [1, 2]
    total = sum(items)
    first, *others = items
print(Lst.total, Lst.first, Lst.others)
