# A helper module for method_call_on_module.py: a function, a class, a
# value that shadows nothing, and a PEP 562 __getattr__ for the rest.
def double(x):
    return 2 * x


class Box:
    def __init__(self, v):
        self.v = v


count = 0


def __getattr__(name):
    if name == "late":
        return lambda: "made late"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
