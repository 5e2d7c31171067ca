# ExceptionGroup: construction, message, exceptions, str and repr, and the errors of the constructor
import asyncio

eg = ExceptionGroup("several", [ValueError(1), TypeError("t")])
print(eg.message, eg.exceptions)
print(str(eg))
print(repr(eg))
print(eg.args)
print(isinstance(eg, Exception), issubclass(ExceptionGroup, Exception))
print(str(ExceptionGroup("one", (KeyError("k"),))))
for args in [("x",), (1, [ValueError()]), ("x", 5), ("x", []), ("x", [1]),
             ("x", [KeyboardInterrupt()])]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    raise ExceptionGroup("raised", [ZeroDivisionError("z")])
except Exception as e:
    print("caught", type(e).__name__, e.exceptions[0])
beg = BaseExceptionGroup("b", [ValueError()])
print(type(beg).__name__)
beg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(beg).__name__, repr(beg), beg)

class MyGroup(ExceptionGroup):
    pass

m = MyGroup("mine", [ValueError(2)])
print(repr(m), m, m.message)

# expect: several (ValueError(1), TypeError('t'))
# expect: several (2 sub-exceptions)
# expect: ExceptionGroup('several', [ValueError(1), TypeError('t')])
# expect: ('several', [ValueError(1), TypeError('t')])
# expect: True True
# expect: one (1 sub-exception)
# expect: TypeError BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)
# expect: TypeError BaseExceptionGroup.__new__() argument 1 must be str, not int
# expect: TypeError second argument (exceptions) must be a sequence
# expect: ValueError second argument (exceptions) must be a non-empty sequence
# expect: ValueError Item 0 of second argument (exceptions) is not an exception
# expect: TypeError Cannot nest BaseExceptions in an ExceptionGroup
# expect: caught ExceptionGroup z
# expect: ExceptionGroup
# expect: BaseExceptionGroup BaseExceptionGroup('b', [KeyboardInterrupt()]) b (1 sub-exception)
# expect: MyGroup('mine', [ValueError(2)]) mine (1 sub-exception) mine
