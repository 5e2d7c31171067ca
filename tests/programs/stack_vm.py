# A small stack-based virtual machine with an assembler, jumps and calls.
class VMError(Exception):
    pass


def assemble(source):
    program = []
    labels = {}
    for raw in source.splitlines():
        line = raw.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(program)
            continue
        op, *args = line.split()
        program.append([op.upper()] + [int(a) if a.lstrip("-").isdigit() else a for a in args])
    for instr in program:
        for i, a in enumerate(instr[1:], 1):
            if isinstance(a, str):
                if a not in labels:
                    raise VMError(f"unknown label {a}")
                instr[i] = labels[a]
    return program


def run(program, trace=False, limit=10000):
    stack, calls, out = [], [], []
    pc = steps = 0
    binops = {"ADD": lambda a, b: a + b, "SUB": lambda a, b: a - b,
              "MUL": lambda a, b: a * b, "MOD": lambda a, b: a % b,
              "LT": lambda a, b: int(a < b), "EQ": lambda a, b: int(a == b)}
    while pc < len(program):
        steps += 1
        if steps > limit:
            raise VMError("step limit exceeded")
        op, *args = program[pc]
        if trace:
            print(f"  {pc:3} {op:<5} {args} {stack}")
        pc += 1
        if op == "PUSH":
            stack.append(args[0])
        elif op in binops:
            if len(stack) < 2:
                raise VMError(f"stack underflow in {op} at {pc - 1}")
            b, a = stack.pop(), stack.pop()
            stack.append(binops[op](a, b))
        elif op == "DUP":
            stack.append(stack[-1])
        elif op == "OVER":
            stack.append(stack[-2])
        elif op == "ROT":
            stack.append(stack.pop(-3))
        elif op == "SWAP":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == "POP":
            stack.pop()
        elif op == "JMP":
            pc = args[0]
        elif op == "JZ":
            if stack.pop() == 0:
                pc = args[0]
        elif op == "CALL":
            calls.append(pc)
            pc = args[0]
        elif op == "RET":
            pc = calls.pop()
        elif op == "PRINT":
            out.append(stack.pop())
        elif op == "HALT":
            break
        else:
            raise VMError(f"unknown instruction {op}")
    return out, steps


COUNTDOWN = """
    push 3
loop:
    dup
    print
    push 1
    sub
    dup
    jz done
    jmp loop
done:
    halt
"""
FACTORIAL = """
    push 1      ; acc
    push 10     ; n
loop:
    dup
    jz end
    over        ; acc n acc
    over        ; acc n acc n
    mul         ; acc n acc*n
    swap        ; acc acc*n n
    push 1
    sub         ; acc acc*n n-1
    rot         ; acc*n n-1 acc
    pop
    jmp loop
end:
    pop
    print
    halt
"""
SQUARES = """
    push 1
again:
    dup
    call square
    print
    push 1
    add
    dup
    push 6
    lt
    jz stop
    jmp again
stop:
    halt
square:         ; n -> n*n
    dup
    mul
    ret
"""
FIZZ = """
    push 1
loop:
    dup
    push 16
    lt
    jz end
    dup
    push 15
    mod
    jz fizzbuzz
    dup
    print
next:
    push 1
    add
    jmp loop
fizzbuzz:
    push -15
    print
    jmp next
end:
    halt
"""
out, steps = run(assemble(COUNTDOWN), trace=True)
print("countdown:", out, "in", steps, "steps")
out, steps = run(assemble(FIZZ))
print("fizz:", out, "in", steps, "steps")
out, steps = run(assemble(FACTORIAL))
print("10! =", out[0], "after", steps, "steps")
out, steps = run(assemble(SQUARES))
print("squares:", out, "in", steps, "steps")
for bad in ["jmp nowhere", "add", "push 1\nfrob", "top:\njmp top"]:
    try:
        run(assemble(bad), limit=50)
    except VMError as e:
        print("VMError:", e)
