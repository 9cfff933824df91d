# test: import forms: import M, import a.b, import a.b as c, several names, from M import x as y, parenthesised
import sys
import asyncio, time
import concurrent.futures
import concurrent.futures as cf
import functools as ft
from functools import partial
from functools import wraps as keep_metadata
from asyncio import (
    sleep,
    run as run_main,
)
from types import (GeneratorType, CoroutineType)
from inspect import isgenerator, iscoroutine


def f(a, b):
    return a - b


print(sys.version_info >= (3, 11), callable(asyncio.run), callable(time.monotonic))
print(cf is concurrent.futures, ft.partial is partial, partial(f, 10)(3))
print(callable(keep_metadata), callable(sleep), callable(run_main))
print(GeneratorType, CoroutineType, isgenerator, iscoroutine)
