# A recursive-descent calculator with variables, precedence and error messages.
class CalcError(Exception):
    pass


def tokenize(s):
    tokens = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            tokens.append(("num", float(s[i:j]) if "." in s[i:j] else int(s[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < len(s) and s[j].isalnum():
                j += 1
            tokens.append(("name", s[i:j]))
            i = j
        elif c in "+-*/%^()=":
            tokens.append(("op", c))
            i += 1
        else:
            raise CalcError(f"bad character {c!r}")
    tokens.append(("end", None))
    return tokens


class Parser:
    def __init__(self, tokens, env):
        self.tokens = tokens
        self.pos = 0
        self.env = env

    def peek(self):
        return self.tokens[self.pos]

    def take(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, value):
        kind, v = self.take()
        if v != value:
            raise CalcError(f"expected {value!r}, got {v!r}")

    def statement(self):
        if self.tokens[0][0] == "name" and self.tokens[1] == ("op", "="):
            name = self.take()[1]
            self.take()
            value = self.expr()
            self.env[name] = value
        else:
            value = self.expr()
        if self.peek()[0] != "end":
            raise CalcError(f"unexpected {self.peek()[1]!r}")
        return value

    def expr(self):
        value = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.factor()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = self.take()[1]
            rhs = self.factor()
            if op != "*" and rhs == 0:
                raise CalcError("division by zero")
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def factor(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek() == ("op", "^"):
            self.take()
            return base ** self.factor()
        return base

    def atom(self):
        kind, v = self.take()
        if kind == "num":
            return v
        if kind == "name":
            if v not in self.env:
                raise CalcError(f"unknown variable {v}")
            return self.env[v]
        if v == "(":
            value = self.expr()
            self.expect(")")
            return value
        raise CalcError(f"unexpected {v!r}")


env = {"pi": 3.14159}
lines = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ^ 3 ^ 2",
    "-2 ^ 2",
    "x = 10",
    "y = x / 4",
    "x * y - 1",
    "17 % 5 + 0.5",
    "r = 2",
    "pi * r ^ 2",
    "1 / (x - 10)",
    "3 + ",
    "foo * 2",
    "(1 + 2",
    "4 # 2",
    "2 3",
]
for line in lines:
    try:
        result = Parser(tokenize(line), env).statement()
        print(f"{line:<14} => {result}")
    except CalcError as e:
        print(f"{line:<14} => error: {e}")
print(sorted(env.items()))
