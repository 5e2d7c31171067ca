# Built-in exception classes and their bases.
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(ArithmeticError, Exception))
print(issubclass(UnboundLocalError, NameError), issubclass(ModuleNotFoundError, ImportError))
print(issubclass(StopIteration, Exception), issubclass(Exception, BaseException))
print(issubclass(bool, int), issubclass(ValueError, TypeError))
print(isinstance(ValueError("x"), Exception), isinstance(ValueError, type))
import asyncio
print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
print(issubclass(GeneratorExit, Exception), issubclass(KeyboardInterrupt, Exception))

# expect: True True
# expect: True True
# expect: True True
# expect: True True
# expect: True False
# expect: True True
# expect: True False
# expect: False False
