# test: property getter/setter/deleter, validation in setters, and read-only property errors
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit, t._c)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Temperature.fahrenheit).__name__)

class Lazy:
    def __init__(self):
        self.computed = 0
    def _get(self):
        self.computed += 1
        return self.computed * 10
    value = property(_get)
z = Lazy()
print(z.value, z.value, z.computed)
