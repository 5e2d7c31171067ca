# Iterating over a dict and changing its size while iterating.
d = {"x": 1, "y": 2, "z": 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(f"{k}={v}", end=";")
print()
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print(e)
for k in list(d):
    if len(k) > 1:
        del d[k]
print(d)

# expect: x 1
# expect: y 2
# expect: z 3
# expect: x=1;y=2;z=3;
# expect: dictionary changed size during iteration
# expect: {'x': 1, 'y': 2, 'z': 3}
