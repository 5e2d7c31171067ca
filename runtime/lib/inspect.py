# inspect -- look inside functions, generators and coroutines.
#
# The part of CPython's inspect module that a student of coroutines uses:
# what kind of object is this, and in which state is a generator or a
# coroutine. Everything here only reads attributes that the objects expose
# themselves (cr_running, cr_suspended, cr_frame, co_flags, ...), so this file
# shows where that information lives.
#
# A generator or coroutine goes through four states:
#
#   CREATED    made by calling the function; its frame has not started
#   RUNNING    its frame is executing right now (it is on the call stack)
#   SUSPENDED  stopped at a yield or an await, waiting to be resumed
#   CLOSED     finished: returned, raised, or closed; it has no frame any more

import types

__all__ = [
    'CO_OPTIMIZED', 'CO_NEWLOCALS', 'CO_VARARGS', 'CO_VARKEYWORDS', 'CO_NESTED',
    'CO_GENERATOR', 'CO_NOFREE', 'CO_COROUTINE', 'CO_ITERABLE_COROUTINE',
    'CO_ASYNC_GENERATOR',
    'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'GEN_CLOSED',
    'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED', 'CORO_CLOSED',
    'getgeneratorstate', 'getcoroutinestate',
    'getgeneratorlocals', 'getcoroutinelocals',
    'isfunction', 'ismethod', 'isbuiltin', 'isroutine', 'isclass', 'ismodule',
    'iscode', 'isframe', 'istraceback',
    'isgenerator', 'iscoroutine', 'isasyncgen', 'isawaitable',
    'isgeneratorfunction', 'iscoroutinefunction', 'isasyncgenfunction',
    'getmro', 'currentframe',
]

# Bits of a code object's co_flags, with CPython's values.
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'

CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


# ---- what kind of object is this? ----

def isfunction(obj):
    """A function defined with def, async def or lambda."""
    return isinstance(obj, types.FunctionType)


def ismethod(obj):
    """A function bound to an instance (obj.method without the call)."""
    return isinstance(obj, types.MethodType)


def isbuiltin(obj):
    """A function written in C (in orrery: in the interpreter itself)."""
    return isinstance(obj, types.BuiltinFunctionType)


def isroutine(obj):
    return isfunction(obj) or ismethod(obj) or isbuiltin(obj)


def isclass(obj):
    return isinstance(obj, type)


def ismodule(obj):
    return isinstance(obj, types.ModuleType)


def iscode(obj):
    return isinstance(obj, types.CodeType)


def isframe(obj):
    return isinstance(obj, types.FrameType)


def istraceback(obj):
    return isinstance(obj, types.TracebackType)


def isgenerator(obj):
    """A generator object: what calling a generator function returns."""
    return isinstance(obj, types.GeneratorType)


def iscoroutine(obj):
    """A coroutine object: what calling an async def function returns."""
    return isinstance(obj, types.CoroutineType)


def isasyncgen(obj):
    """An asynchronous generator object (async def with yield)."""
    return isinstance(obj, types.AsyncGeneratorType)


def isawaitable(obj):
    """May obj be used in an await expression?"""
    if isinstance(obj, types.CoroutineType):
        return True
    # A generator made by a @types.coroutine function may be awaited too.
    if isinstance(obj, types.GeneratorType):
        return bool(obj.gi_code.co_flags & CO_ITERABLE_COROUTINE)
    # Anything else needs an __await__ method (Futures and Tasks have one).
    return hasattr(type(obj), '__await__')


def _has_code_flag(obj, flag):
    # Look through bound methods to the function, then at its code object.
    while ismethod(obj):
        obj = obj.__func__
    if not isfunction(obj):
        return False
    return bool(obj.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    """A function whose body contains yield: calling it makes a generator."""
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    """An async def function: calling it makes a coroutine."""
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    """An async def function with yield: calling it makes an async generator."""
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


# ---- states of generators and coroutines ----

def getgeneratorstate(generator):
    """One of GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getcoroutinestate(coroutine):
    """One of CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED."""
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def getgeneratorlocals(generator):
    """The local variables of a generator's frame, as a dict ({} when closed)."""
    if not isgenerator(generator):
        raise TypeError(f"{generator!r} is not a Python generator")
    frame = generator.gi_frame
    if frame is None:
        return {}
    return frame.f_locals


def getcoroutinelocals(coroutine):
    """The local variables of a coroutine's frame, as a dict ({} when closed)."""
    frame = getattr(coroutine, 'cr_frame', None)
    if frame is None:
        return {}
    return frame.f_locals


# ---- classes and frames ----

def getmro(cls):
    """The classes searched for a method, in order: cls.__mro__."""
    return cls.__mro__


def currentframe():
    """The frame of the caller."""
    import sys
    return sys._getframe(1)
