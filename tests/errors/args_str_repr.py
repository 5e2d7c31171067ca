# args, str() and repr() of exceptions with zero, one and several args.
for e in [ValueError(), ValueError("msg"), ValueError("a", 2), KeyError("k"),
          KeyError(), IndexError(3), OSError(2, "No such file"), Exception(None)]:
    print(repr(e), "|", str(e), "|", e.args)

# expect: ValueError() |  | ()
# expect: ValueError('msg') | msg | ('msg',)
# expect: ValueError('a', 2) | ('a', 2) | ('a', 2)
# expect: KeyError('k') | 'k' | ('k',)
# expect: KeyError() |  | ()
# expect: IndexError(3) | 3 | (3,)
# expect: FileNotFoundError(2, 'No such file') | [Errno 2] No such file | (2, 'No such file')
# expect: Exception(None) | None | (None,)
