# args, str() and repr() of exceptions with zero, one and several arguments.
for e in [Exception(), Exception("one"), Exception("a", 2), ValueError(3), KeyError("k"), KeyError("a", "b")]:
    print(e.args, "|", str(e), "|", repr(e))
e = RuntimeError("msg")
print(f"{e}", f"{e!r}", type(e).__name__)

# expect: () |  | Exception()
# expect: ('one',) | one | Exception('one')
# expect: ('a', 2) | ('a', 2) | Exception('a', 2)
# expect: (3,) | 3 | ValueError(3)
# expect: ('k',) | 'k' | KeyError('k')
# expect: ('a', 'b') | ('a', 'b') | KeyError('a', 'b')
# expect: msg RuntimeError('msg') RuntimeError
