# Arbitrary expressions inside f-strings.
items = ["a", "b", "c"]
print(f"{len(items)} items: {', '.join(items)}")
print(f"{'yes' if items else 'no'}")
print(f"{[x * 2 for x in range(3)]}")
print(f"{(lambda q: q + 1)(1)}")
n = 5
print(f"{n}! = {1 * 2 * 3 * 4 * 5}", f"{n:03}", f"{n!r}")
print(f"{3.0}", f"{-0.0}", f"{1/4}", f"{True}", f"{None}")

# expect: 3 items: a, b, c
# expect: yes
# expect: [0, 2, 4]
# expect: 2
# expect: 5! = 120 005 5
# expect: 3.0 -0.0 0.25 True None
