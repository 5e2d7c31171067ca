# A property that refers to itself recurses until RecursionError.
class Bad:
    @property
    def value(self):
        return self.value
try:
    Bad().value
except RecursionError as e:
    print("RecursionError:", e)

# expect: RecursionError: maximum recursion depth exceeded
