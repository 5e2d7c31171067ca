# When only __lt__ exists, a > b falls back to b < a (reflected).
class N:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print(f"lt({self.v}, {o.v})")
        return self.v < o.v
print(N(1) < N(2))
print(N(1) > N(2))
try:
    N(1) <= N(2)
except TypeError as e:
    print(e)

# expect: lt(1, 2)
# expect: True
# expect: lt(2, 1)
# expect: False
# expect: '<=' not supported between instances of 'N' and 'N'
