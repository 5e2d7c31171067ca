# The rest of CPython's builtin exception and warning classes and their bases; keyword arguments of NameError, AttributeError, ImportError.
for c in [BufferError, EOFError, FloatingPointError, ReferenceError, SystemError, UnicodeDecodeError,
          UnicodeEncodeError, UnicodeTranslateError, UserWarning, SyntaxWarning, FutureWarning,
          PendingDeprecationWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning,
          EncodingWarning, FileNotFoundError, FileExistsError, PermissionError, IsADirectoryError,
          NotADirectoryError, InterruptedError, BlockingIOError, ConnectionError, BrokenPipeError,
          ConnectionResetError, ConnectionRefusedError, ConnectionAbortedError, ProcessLookupError,
          ChildProcessError, TimeoutError]:
    print(c.__name__, c.__base__.__name__, issubclass(c, Exception))
e = NameError("x", name="y")
print(e.name, e.args)
e = AttributeError("m", name="n", obj=[1])
print(e.name, e.obj, e.args)
e = ImportError("m", name="mod", path="/p")
print(e.name, e.path, e.msg, ImportError().msg)
for make in [lambda: NameError("x", foo=1), lambda: ValueError(a=1), lambda: ImportError(x=1)]:
    try:
        make()
    except TypeError as t:
        print(t)
