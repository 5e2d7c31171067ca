# A private sentinel object distinguishes "no argument" from None.
_missing = object()
def get(d, key, default=_missing):
    if key in d:
        return d[key]
    if default is _missing:
        raise KeyError(key)
    return default
d = {"a": None}
print(get(d, "a"), get(d, "b", None), get(d, "b", 0))
try:
    get(d, "b")
except KeyError as e:
    print("KeyError", e)

# expect: None None 0
# expect: KeyError 'b'
