# import x as y binds only the alias.
import _geometry as geo
print(geo.area(1))
try:
    _geometry
except NameError as e:
    print(e)

# expect: loading _geometry as _geometry
# expect: 3.14159
# expect: name '_geometry' is not defined
