# test: staticmethod and classmethod called on the class and on instances; classmethod as factory in subclasses
class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    @staticmethod
    def area_of_square(side):
        return side * side
    @classmethod
    def unit(cls):
        return cls("unit " + cls.__name__)
    @classmethod
    def kind(cls):
        return cls.__name__

class Circle(Shape):
    pass

print(Shape.area_of_square(3), Shape("s").area_of_square(4))
u = Circle.unit()
print(u.name, type(u).__name__, Circle.kind(), u.kind(), Shape.kind())
print(Shape.count, Circle.count)
f = Shape.area_of_square
print(f(5))
m = Circle.unit
print(m().name)
