# test: finally overriding break/continue/return/exceptions in single and nested loops (break vs continue precedence, return in finally cancels a raise)
def a():
    out = []
    for i in range(3):
        try:
            out.append(i)
            break
        finally:
            continue
    return out
print(a())
def b():
    out = []
    for i in range(3):
        try:
            out.append(i)
            continue
        finally:
            break
    return out
print(b())
def c():
    out = []
    for i in range(2):
        for j in range(3):
            try:
                break
            finally:
                if j < 2:
                    continue
        out.append((i, j))
    return out
print(c())
def d():
    for i in range(2):
        for j in range(2):
            try:
                raise ValueError
            finally:
                return ("ret", i, j)
print(d())
def e():
    out = []
    for i in range(3):
        try:
            try:
                return "x"
            finally:
                out.append("inner")
        finally:
            out.append("outer")
    return out
print(e())
def f():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                pass
    return "end"
print(f())
def g():
    for i in range(2):
        for j in range(2):
            try:
                return (i, j)
            finally:
                return "override"
print(g())
