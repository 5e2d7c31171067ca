# SystemExit can be caught and inspected.
import sys
for arg in [None, 0, 2, "text"]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(e.code), isinstance(e, Exception), isinstance(e, BaseException))

# expect: None False True
# expect: 0 False True
# expect: 2 False True
# expect: 'text' False True
