# Built-in exception hierarchy relationships.
pairs = [(KeyError, LookupError), (IndexError, LookupError), (ZeroDivisionError, ArithmeticError),
         (UnboundLocalError, NameError), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
         (FileNotFoundError, OSError), (StopIteration, Exception), (GeneratorExit, Exception),
         (ModuleNotFoundError, ImportError), (TypeError, ValueError)]
for a, b in pairs:
    print(a.__name__, b.__name__, issubclass(a, b))

# expect: KeyError LookupError True
# expect: IndexError LookupError True
# expect: ZeroDivisionError ArithmeticError True
# expect: UnboundLocalError NameError True
# expect: RecursionError RuntimeError True
# expect: NotImplementedError RuntimeError True
# expect: FileNotFoundError OSError True
# expect: StopIteration Exception True
# expect: GeneratorExit Exception False
# expect: ModuleNotFoundError ImportError True
# expect: TypeError ValueError False
