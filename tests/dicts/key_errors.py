# Missing keys raise KeyError with the key's repr.
d = {"a": 1}
for k in ["b", 2, (1, 2)]:
    try:
        d[k]
    except KeyError as e:
        print("KeyError", e, e.args)
try:
    d.pop("q")
except KeyError as e:
    print("pop", e)
try:
    {}.popitem()
except KeyError as e:
    print(e)
try:
    del d["zz"]
except KeyError as e:
    print("del", e)

# expect: KeyError 'b' ('b',)
# expect: KeyError 2 (2,)
# expect: KeyError (1, 2) ((1, 2),)
# expect: pop 'q'
# expect: 'popitem(): dictionary is empty'
# expect: del 'zz'
