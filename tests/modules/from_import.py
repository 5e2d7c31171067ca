# from x import y, and from x import y as z.
from _geometry import area, PI
from _geometry import Rect as Rectangle
print(area(1) == PI, Rectangle(4, 5).area(), Rectangle.__name__)

# expect: loading _geometry as _geometry
# expect: True 20 Rect
