# test: __setattr__ intercepts every assignment (explicit __delattr__ call); __getattr__ only runs for missing attributes
class Record:
    fields = ("name", "age")
    store = None
    def __setattr__(self, name, value):
        if name not in self.fields:
            raise AttributeError(f"unknown field {name!r}")
        print("set", name, value)
        if self.store is None:
            Record.store = {}
        self.store[(id(self) * 0, name)] = value
    def __getattr__(self, name):
        print("miss", name)
        try:
            return self.store[(0, name)]
        except (KeyError, TypeError):
            raise AttributeError(name) from None
    def __delattr__(self, name):
        print("del", name)
        del self.store[(0, name)]

r = Record()
r.name = "ann"
r.age = 3
print(r.name, r.age, r.fields)
try:
    r.colour = "red"
except AttributeError as e:
    print(type(e).__name__, e)
r.__delattr__("age")
try:
    r.age
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(r, "age", "gone"), hasattr(r, "name"))
