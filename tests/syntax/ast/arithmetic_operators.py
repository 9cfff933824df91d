# test: arithmetic operators and precedence: + - * / // % ** @, unary + - ~
class Matrix:
    def __init__(self, value):
        self.value = value

    def __matmul__(self, other):
        return Matrix(self.value * other.value)

    def __rmatmul__(self, other):
        return Matrix(other * self.value)


a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a, +a, ~a, - -a, not a)
print(2 ** -1, -2 ** 2, (-2) ** 2, 2 ** 3 ** 2)
print(1 + 2 * 3 - 4 / 2 // 1 % 3, (1 + 2) * 3)
print((Matrix(2) @ Matrix(3)).value, (4 @ Matrix(5)).value)
print(-7 // 2, -7 % 2, 7.5 // 2, 2 ** 100)
