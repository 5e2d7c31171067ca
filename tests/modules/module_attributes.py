# A module's __name__, __doc__ and dir() of the main module.
"""Module docstring for the test."""
import _geometry
print(__doc__)
print(_geometry.__doc__)
x_global = 1
print("x_global" in dir(), "_geometry" in globals())
print(type(globals()).__name__)

# expect: loading _geometry as _geometry
# expect: Module docstring for the test.
# expect: None
# expect: True True
# expect: dict
