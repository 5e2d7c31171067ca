# splitlines handles \n, \r\n and \r, with and without keepends.
s = "one\ntwo\r\nthree\rfour\n"
print(s.splitlines())
print(s.splitlines(True))
print("".splitlines(), "\n".splitlines(), "x\n\ny".splitlines())
print(s.split("\n"))

# expect: ['one', 'two', 'three', 'four']
# expect: ['one\n', 'two\r\n', 'three\r', 'four\n']
# expect: [] [''] ['x', '', 'y']
# expect: ['one', 'two\r', 'three\rfour', '']
