# Generator expressions as sole call arguments and with other arguments.
print(sum(x * x for x in range(10)))
print(any(c.isdigit() for c in "abc1"), all(x > 0 for x in [1, 2, 0]))
print(",".join(str(x) for x in range(5)))
print(sorted((x % 3 for x in range(9)), reverse=True))
print(max((len(w), w) for w in ["aa", "b", "cc"]))
print(dict((k, k * 2) for k in "ab"))

# expect: 285
# expect: True False
# expect: 0,1,2,3,4
# expect: [2, 2, 2, 1, 1, 1, 0, 0, 0]
# expect: (2, 'cc')
# expect: {'a': 'aa', 'b': 'bb'}
