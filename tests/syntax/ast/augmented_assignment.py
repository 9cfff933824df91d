# test: augmented assignment with every operator, on names, attributes and subscripts
class Box:
    def __init__(self):
        self.value = 10

    def __imatmul__(self, other):
        self.value *= other
        return self


n = 100
n += 5
n -= 3
n *= 2
n /= 4
n //= 2
n %= 7
n **= 3
print(n)
bits = 0b1100
bits &= 0b1010
bits |= 0b0001
bits ^= 0b1111
bits <<= 2
bits >>= 1
print(bits)
box = Box()
box @= 3
box.value += 1
print(box.value)
values = [1, 2, 3]
values[0] += 10
values[-1] *= 2
values[1:2] += [7]
print(values)
