# Method argument counts, as CPython's messages.
s = {1}
for f in (lambda: s.add(), lambda: s.remove(1, 2), lambda: s.pop(1),
          lambda: s.copy(1), lambda: s.issubset(), lambda: s.symmetric_difference()):
    try:
        f()
    except TypeError as e:
        print(e)
# expect: set.add() takes exactly one argument (0 given)
# expect: set.remove() takes exactly one argument (2 given)
# expect: set.pop() takes no arguments (1 given)
# expect: set.copy() takes no arguments (1 given)
# expect: set.issubset() takes exactly one argument (0 given)
# expect: set.symmetric_difference() takes exactly one argument (0 given)
