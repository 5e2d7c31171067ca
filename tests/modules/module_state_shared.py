# Module globals are shared by every importer.
import _counter
from _counter import bump
import _uses_other
bump()
_counter.bump()
print(_counter.count)
print(_uses_other.twice(), _counter.count)
from _counter import count
print(count)
_counter.count = 100
print(bump(), count)

# expect: 2
# expect: 4 4
# expect: 4
# expect: 101 4
