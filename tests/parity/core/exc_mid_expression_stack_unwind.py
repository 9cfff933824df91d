# test: exceptions raised mid-expression (partially built lists/tuples/dicts/f-strings on the stack) inside loops, try/finally and with blocks, 200000 times, leave no stack residue
def boom(i):
    if i % 3 == 0:
        raise ValueError(i)
    return i
total = 0
caught = 0
for i in range(200000):
    try:
        total += sum([1, 2, boom(i), (3, 4, 10 // (i % 5))[0], {"k": i}["k"]])
    except (ValueError, ZeroDivisionError):
        caught += 1
        continue
    finally:
        total += 0
print(total, caught)
def gen_list(n):
    return [x for x in range(n) if x % 7 == 0 or boom(x) < 0]
try:
    gen_list(10)
except ValueError as e:
    print("comp raised", e)
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): return True
n = 0
for i in range(100000):
    with CM():
        n += 1
        f"{i}{boom(i)}"
print(n)
