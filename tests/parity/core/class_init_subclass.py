# test: __init_subclass__ runs for every subclass (not the base), sees the new class, can set attributes; __class__ cell
registry = []
class Plugin:
    def __init_subclass__(cls):
        cls.plugin_name = cls.__name__.lower()
        registry.append(cls.plugin_name)

print(registry, hasattr(Plugin, "plugin_name"))
class A(Plugin):
    pass
class B(Plugin):
    plugin_name = "ignored"
class C(B):
    pass
print(registry, A.plugin_name, B.plugin_name, C.plugin_name)

class K:
    def who(self):
        return __class__.__name__
    def cls_of(self):
        return self.__class__.__name__
class L(K):
    pass
print(L().who(), L().cls_of(), L.__bases__[0].__name__, L.__mro__[-1].__name__)
print(K.__subclasses__()[0].__name__ if hasattr(K, "__subclasses__") else "L")
