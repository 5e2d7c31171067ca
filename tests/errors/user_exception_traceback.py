# A user exception with extra attributes, uncaught.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
def validate(record):
    if "age" not in record:
        raise ValidationError("age", "missing")
validate({"age": 3})
print("first ok")
validate({"name": "x"})

# expect runtime error: ValidationError: age: missing
# expect: first ok
