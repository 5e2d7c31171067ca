# A Matrix class with arithmetic dunders, equality, indexing and determinants.
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and of equal length")
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, pos):
        r, c = pos
        return self.rows[r][c]

    def __setitem__(self, pos, value):
        r, c = pos
        self.rows[r][c] = value

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch: {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __sub__(self, other):
        return self + other * -1

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[v * other for v in row] for row in self.rows])
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __pow__(self, k):
        result = Matrix.identity(self.shape[0])
        for _ in range(k):
            result = result @ self
        return result

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def det(self):
        n, m = self.shape
        if n != m:
            raise ValueError("determinant needs a square matrix")
        if n == 1:
            return self.rows[0][0]
        total = 0
        for c in range(n):
            minor = Matrix([row[:c] + row[c + 1:] for row in self.rows[1:]])
            total += (-1) ** c * self.rows[0][c] * minor.det()
        return total

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        width = max(len(str(v)) for row in self.rows for v in row)
        return "\n".join("[" + " ".join(str(v).rjust(width) for v in row) + "]" for row in self.rows)


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a)
print(a + b)
print(a - b)
print(2 * a == a * 2, a * 2)
print(a @ b)
print(b @ a)
print(a.transpose(), a.shape)
print(a.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det())
fib = Matrix([[1, 1], [1, 0]])
print("fib(30) =", (fib ** 30)[0, 1])
i3 = Matrix.identity(3)
print(i3)
i3[0, 2] = 7
print(repr(i3))
print(a == Matrix([[1, 2], [3, 4]]), a != b, a == [[1, 2], [3, 4]])
for bad in (lambda: a + i3, lambda: a @ Matrix([[1, 2, 3]]), lambda: Matrix([[1], [2, 3]]),
            lambda: Matrix([[1, 2]]).det(), lambda: a * "x"):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
