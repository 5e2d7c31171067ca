# An exception inside with reaches __exit__ and then propagates.
class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
try:
    with CM():
        print("body")
        raise KeyError("boom")
        print("unreachable")
except KeyError as e:
    print("caught", e)
def f():
    with CM():
        return "returned"
print(f())
for i in range(2):
    with CM():
        if i == 0:
            continue
        break

# expect: enter
# expect: body
# expect: exit KeyError 'boom'
# expect: caught 'boom'
# expect: enter
# expect: exit None None
# expect: returned
# expect: enter
# expect: exit None None
# expect: enter
# expect: exit None None
