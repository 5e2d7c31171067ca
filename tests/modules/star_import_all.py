# from m import * respects __all__.
from _pkgless_all import *
print(public, also)
try:
    extra
except NameError as e:
    print(e)

# expect: public value also public
# expect: name 'extra' is not defined
