# test: single inheritance, method overriding, super() in __init__ and methods, multi-level chains
class Animal:
    def __init__(self, name):
        self.name = name
        print("Animal.__init__", name)
    def speak(self):
        return f"{self.name} makes a sound"
    def describe(self):
        return f"[{self.speak()}]"

class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
        print("Dog.__init__", breed)
    def speak(self):
        return super().speak() + " (woof)"

class Puppy(Dog):
    def speak(self):
        return super().speak().upper()

d = Dog("Rex", "lab")
print(d.speak(), d.describe())
p = Puppy("Bit", "pug")
print(p.describe(), p.breed)
print(isinstance(p, Animal), type(p).__name__, Puppy.__bases__[0].__name__)
print([c.__name__ for c in Puppy.__mro__])

class Base:
    def hello(self):
        return "base hello"
class Child(Base):
    pass
print(Child().hello())
