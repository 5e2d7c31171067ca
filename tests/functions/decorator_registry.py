# Decorators that register functions in a dict of commands.
commands = {}
def command(name):
    def reg(fn):
        commands[name] = fn
        return fn
    return reg
@command("add")
def do_add(a, b):
    return a + b
@command("mul")
def do_mul(a, b):
    return a * b
for line in ["add 2 3", "mul 4 5", "add 1 1"]:
    op, *args = line.split()
    print(line, "->", commands[op](*map(int, args)))
print(sorted(commands), do_add(10, 1))

# expect: add 2 3 -> 5
# expect: mul 4 5 -> 20
# expect: add 1 1 -> 2
# expect: ['add', 'mul'] 11
