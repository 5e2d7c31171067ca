# isinstance with one type and with a tuple of types; bool is a subclass of int.
print(isinstance(1, int), isinstance(1.0, int), isinstance(1.0, float))
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool))
print(isinstance("s", str), isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance(1, (str, int)), isinstance(1.5, (str, int)), isinstance(None, (int, type(None))))
print(isinstance(KeyError(), LookupError), isinstance(KeyError(), (ValueError, Exception)))
print(isinstance(int, type), isinstance(None, object), isinstance(3, object))

# expect: True False True
# expect: True True False
# expect: True True True True
# expect: True False True
# expect: True True
# expect: True True True
