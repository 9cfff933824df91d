# test: type(name, bases, dict) creates classes with methods and attributes; type of type
def greet(self):
    return "hi " + self.name
Person = type("Person", (), {"name": "anon", "greet": greet, "n": 3})
p = Person()
print(Person.__name__, p.greet(), p.n)
p.name = "bo"
print(p.greet())
Student = type("Student", (Person,), {"school": "X"})
s = Student()
print(s.greet(), s.school, isinstance(s, Person), Student.__bases__ == (Person,))
print(type(Person) is type, type(type) is type, type(3) is int)
print(Student.__mro__ == (Student, Person, object))
try:
    type("Bad", 3, {})
except TypeError as e:
    print(type(e).__name__)
print(type("E", (Exception,), {})("boom").args)
