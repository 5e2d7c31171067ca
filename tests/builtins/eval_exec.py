# eval(), exec() and compile(): source text run at run time, with the
# caller's namespaces or given dicts.
x = 10
print(eval('x * 2 + 1'))
print(eval('  x + 1'))
print(eval('[i * i for i in range(4)]'))

def f(a):
    b = a + 1
    return eval('a + b'), eval('x')
print(f(1))

g = {'y': 5}
print(eval('y + 1', g))
print(eval('y + z', g, {'z': 100}))
print(sorted(k for k in g if k != '__builtins__'), '__builtins__' in g)

ns = {}
exec('def sq(n):\n    return n * n\nclass P:\n    k = 3\nv = sq(P.k)', ns)
print(ns['v'], ns['sq'](7), ns['P'].k)

exec('w = x + 1')
print(w)

def h():
    n = 1
    exec('n = 2')
    return n
print(h())

code = compile('a + 1', '<calc>', 'eval')
print(type(code).__name__, eval(code, {'a': 41}))
code = compile('for i in range(3):\n    print("line", i)\n', 'loop.py', 'exec')
exec(code)
exec(compile('1 + 1', '<single>', 'single'))
print(exec('pass'))

for src, mode in [('1 +', 'eval'), ('x = = 2', 'exec'), ('return 5', 'exec')]:
    try:
        compile(src, '<bad>', mode)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno)

try:
    eval('1 / 0')
except ZeroDivisionError as e:
    print('caught', e)
try:
    eval('undefined_name')
except NameError as e:
    print('caught', e)
try:
    eval('x = 1')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
for f in (lambda: eval('1\x00'), lambda: exec('1\x00'), lambda: compile('1\x00', 'a', 'exec')):
    try:
        f()
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
print(ns['P'].__module__)
# expect: 21
# expect: 11
# expect: [0, 1, 4, 9]
# expect: (3, 10)
# expect: 6
# expect: 105
# expect: ['y'] True
# expect: 9 49 3
# expect: 11
# expect: 1
# expect: code 42
# expect: line 0
# expect: line 1
# expect: line 2
# expect: 2
# expect: None
# expect: SyntaxError invalid syntax <bad> 1
# expect: SyntaxError invalid syntax <bad> 1
# expect: SyntaxError 'return' outside function <bad> 1
# expect: caught division by zero
# expect: caught name 'undefined_name' is not defined
# expect: SyntaxError invalid syntax
# expect: SyntaxError source code string cannot contain null bytes None
# expect: SyntaxError source code string cannot contain null bytes None
# expect: SyntaxError source code string cannot contain null bytes None
# expect: builtins
