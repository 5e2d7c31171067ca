# Every simple escape sequence, printed raw and through repr().
s = "a\nb\tc\\d\'e\"f"
print(s)
print(repr(s))
print(len("\n\t\\\'\""))
print(repr("\a\b\f\v\r"))
print(repr("x\0y"), len("\0"))
print("back\\slash")
print('can\'t', "say \"hi\"")

# expect: a
# expect: b	c\d'e"f
# expect: 'a\nb\tc\\d\'e"f'
# expect: 5
# expect: '\x07\x08\x0c\x0b\r'
# expect: 'x\x00y' 1
# expect: back\slash
# expect: can't say "hi"
