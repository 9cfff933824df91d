# test: the frame gi_frame gives (f_back, f_globals, f_builtins, its repr), inspect's predicates and getgeneratorlocals, the names of types, __future__'s features, and the built-in types that cannot be subclassed or made
import inspect
import types
import __future__

answer = 42


def gen(a):
    b = a + 1
    yield b


g = gen(1)
next(g)
f = g.gi_frame
print(f.f_back, f.f_globals["answer"], "len" in f.f_builtins, f.f_builtins["len"] is len)
print(repr(f).split(", ")[2:])
print(inspect.getgeneratorlocals(g), inspect.getgeneratorlocals(gen(5)))
g.close()
print(inspect.getgeneratorlocals(g))
try:
    inspect.getgeneratorlocals([1])
except TypeError as e:
    print("TypeError:", e)


class C:
    def method(self):
        yield 1


for obj in [gen, C.method, C().method, len, [].append, C, inspect, gen.__code__, g, 5]:
    print(
        inspect.isfunction(obj),
        inspect.ismethod(obj),
        inspect.isbuiltin(obj),
        inspect.isroutine(obj),
        inspect.iscode(obj),
        inspect.ismodule(obj),
        inspect.isclass(obj),
        inspect.isgeneratorfunction(obj),
        inspect.isgenerator(obj),
    )
print(inspect.CO_GENERATOR, inspect.GEN_CREATED, inspect.GEN_CLOSED)
for name in ["FunctionType", "LambdaType", "CodeType", "GeneratorType", "MethodType",
             "BuiltinFunctionType", "BuiltinMethodType", "ModuleType", "NoneType",
             "EllipsisType", "NotImplementedType"]:
    print(name, getattr(types, name).__name__)
print(__future__.generator_stop, __future__.annotations.getMandatoryRelease())
print(__future__.generator_stop.getOptionalRelease(), __future__.all_feature_names[-2:])
for base in [bool, type(len), types.FunctionType, range, slice, type(None), types.GeneratorType]:
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print("TypeError:", e)
for make in [lambda: types.GeneratorType(), lambda: type(f)()]:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
