# test: `from __future__ import generator_stop` opts in to PEP 479 in 3.6 (RuntimeError), and is the default in 3.7+
from __future__ import generator_stop

def gen():
    yield 1
    raise StopIteration

try:
    print(list(gen()))
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__)
