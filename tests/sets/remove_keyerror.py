# remove() of a missing key: uncaught KeyError.
s = {1, 2}
s.remove(3)
# expect runtime error: KeyError: 3
