# User-defined exception classes with args and extra attributes.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key, where):
        super().__init__(f"{key} not found in {where}")
        self.key = key
        self.where = where
try:
    raise NotFound("k1", "db")
except AppError as e:
    print(type(e).__name__, e, e.args, e.key, e.where)
    print(repr(e))
e = AppError("a", 2)
print(e.args, str(e), repr(e))
print(isinstance(NotFound("a", "b"), Exception), issubclass(NotFound, AppError))

# expect: NotFound k1 not found in db ('k1 not found in db',) k1 db
# expect: NotFound('k1 not found in db')
# expect: ('a', 2) ('a', 2) AppError('a', 2)
# expect: True True
