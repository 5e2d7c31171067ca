# __enter__/__exit__: the as-value, exit arguments, and ordering.
class Tag:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"<{self.name}>")
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print(f"</{self.name}>", et, ev, tb is None)
        return False
with Tag("a") as t:
    print("inside", t)
with Tag("x"), Tag("y") as y:
    print("nested", y)

# expect: <a>
# expect: inside A
# expect: </a> None None True
# expect: <x>
# expect: <y>
# expect: nested Y
# expect: </y> None None True
# expect: </x> None None True
