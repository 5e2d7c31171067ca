# and/or return operands and short-circuit.
def t(x):
    print("t", repr(x))
    return x
print(t(0) and t(1))
print(t(1) and t(2))
print(t(0) or t("") or t("last"))
print(t(3) or t(4))
print([] or {} or None, 1 and "x", not 0, not "a")

# expect: t 0
# expect: 0
# expect: t 1
# expect: t 2
# expect: 2
# expect: t 0
# expect: t ''
# expect: t 'last'
# expect: last
# expect: t 3
# expect: 3
# expect: None x True False
