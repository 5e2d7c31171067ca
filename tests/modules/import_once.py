# A module's body runs once; later imports reuse sys.modules.
import sys
import _geometry
import _geometry as again
from _geometry import PI
print(again is _geometry, sys.modules["_geometry"] is _geometry)

# expect: loading _geometry as _geometry
# expect: True True
