# A hand-written tokenizer for a tiny language, with error reporting.
KEYWORDS = {"let", "if", "else", "while", "print"}


class Token:
    def __init__(self, kind, text, line, col):
        self.kind = kind
        self.text = text
        self.line = line
        self.col = col

    def __repr__(self):
        return f"{self.kind}({self.text!r})@{self.line}:{self.col}"


class LexError(Exception):
    def __init__(self, msg, line, col):
        super().__init__(f"{msg} at line {line}, column {col}")


def tokenize(src):
    tokens = []
    i = 0
    line, col = 1, 1
    two_char = {"==", "!=", "<=", ">="}
    while i < len(src):
        ch = src[i]
        start_col = col
        if ch == "\n":
            i += 1
            line += 1
            col = 1
            continue
        if ch.isspace():
            i += 1
            col += 1
            continue
        if ch == "#":
            while i < len(src) and src[i] != "\n":
                i += 1
            continue
        if ch.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            if text.count(".") > 1:
                raise LexError(f"bad number {text!r}", line, start_col)
            tokens.append(Token("FLOAT" if "." in text else "INT", text, line, start_col))
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            text = src[i:j]
            tokens.append(Token("KEYWORD" if text in KEYWORDS else "NAME", text, line, start_col))
        elif ch == '"':
            j = i + 1
            while j < len(src) and src[j] != '"':
                if src[j] == "\n":
                    raise LexError("unterminated string", line, start_col)
                j += 1
            if j >= len(src):
                raise LexError("unterminated string", line, start_col)
            j += 1
            tokens.append(Token("STRING", src[i + 1:j - 1], line, start_col))
        elif src[i:i + 2] in two_char:
            j = i + 2
            tokens.append(Token("OP", src[i:j], line, start_col))
        elif ch in "+-*/=<>(){};":
            j = i + 1
            tokens.append(Token("OP", ch, line, start_col))
        else:
            raise LexError(f"unexpected character {ch!r}", line, start_col)
        col += j - i
        i = j
    tokens.append(Token("EOF", "", line, col))
    return tokens


program = """let x = 10;  # a comment
let y = 3.5;
while (x >= 1) {
    print "x is" x;
    x = x - 1;
}
if (y != 2) { print "done"; }
"""
toks = tokenize(program)
print(len(toks), "tokens")
for t in toks[:12]:
    print(t)
counts = {}
for t in toks:
    counts[t.kind] = counts.get(t.kind, 0) + 1
for kind in sorted(counts):
    print(f"{kind:8}{counts[kind]:3}")
print([t.text for t in toks if t.kind == "OP"])

for bad in ['let s = "open', "let n = 1.2.3;", "let a = 4 $ 5;", 'print "a\nb";']:
    try:
        tokenize(bad)
    except LexError as e:
        print("LexError:", e)
