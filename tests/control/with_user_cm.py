# with statement using a user context manager: enter value and exit on success.
class Resource:
    def __init__(self, name):
        self.name = name
        self.open = False
    def __enter__(self):
        self.open = True
        print("open", self.name)
        return self
    def __exit__(self, *exc):
        self.open = False
        print("close", self.name, exc)
with Resource("db") as r:
    print("using", r.name, r.open)
print("after", r.open)

# expect: open db
# expect: using db True
# expect: close db (None, None, None)
# expect: after False
