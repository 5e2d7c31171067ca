# KeyError shows the repr of the missing key.
d = {"a": 1}
try:
    d["b"]
except KeyError as e:
    print(e, repr(e), e.args)
try:
    d[1]
except KeyError as e:
    print(e)
print(d.get("b"), d.get("b", 0), "b" in d)

# expect: 'b' KeyError('b') ('b',)
# expect: 1
# expect: None 0 False
