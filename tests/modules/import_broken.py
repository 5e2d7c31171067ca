# An exception raised while importing propagates, and the module is not kept.
import sys
try:
    import _broken
except ValueError as e:
    print("ValueError:", e)
print("_broken" in sys.modules)

# expect: ValueError: broken module
# expect: False
