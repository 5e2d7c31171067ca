# import of a helper module beside the test; attributes and module repr.
import _geometry
print(_geometry.PI, round(_geometry.area(2), 3))
print(_geometry.Rect(2, 3).area())
print(_geometry.__name__, type(_geometry).__name__)
print(hasattr(_geometry, "_private"), "area" in dir(_geometry))

# expect: loading _geometry as _geometry
# expect: 3.14159 12.566
# expect: 6
# expect: _geometry module
# expect: True True
