# A class defined inside a function closes over the function's locals.
def make_counter_class(start):
    class Counter:
        def __init__(self):
            self.n = start
        def inc(self):
            self.n += 1
            return self.n
    return Counter
C1 = make_counter_class(10)
C2 = make_counter_class(100)
print(C1().inc(), C2().inc(), C1.__qualname__)

# expect: 11 101 make_counter_class.<locals>.Counter
