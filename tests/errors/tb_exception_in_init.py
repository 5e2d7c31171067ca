# A traceback through a class instantiation and __init__.
class Config:
    def __init__(self, text):
        key, value = text.split("=")
        self.key = key
        self.value = value
print(Config("a=1").value)
Config("novalue")

# expect runtime error: ValueError: not enough values to unpack (expected 2, got 1)
# expect: 1
