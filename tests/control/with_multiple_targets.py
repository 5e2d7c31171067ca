# with with several managers and tuple targets exits in reverse order.
# skip: the parenthesised with-statement form is not parsed yet (docs/language.md)
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return (self.n, self.n * 10)
    def __exit__(self, *a):
        print("exit", self.n)
with CM(1) as (a, b), CM(2) as c:
    print(a, b, c)
with (CM(3) as x,
      CM(4)):
    print("parenthesized", x)

# expect: enter 1
# expect: enter 2
# expect: 1 10 (2, 20)
# expect: exit 2
# expect: exit 1
# expect: enter 3
# expect: enter 4
# expect: parenthesized (3, 30)
# expect: exit 4
# expect: exit 3
