# A generator pipeline: source, filter, transform, sink.
text = """alpha 3
beta x
gamma 7
# comment
delta 10"""
def lines(s):
    for line in s.split("\n"):
        yield line
def not_comments(ls):
    for l in ls:
        if not l.startswith("#"):
            yield l
def parse(ls):
    for l in ls:
        name, value = l.split()
        if value.isdigit():
            yield name, int(value)
def running_total(pairs):
    total = 0
    for name, v in pairs:
        total += v
        yield name, total
for name, t in running_total(parse(not_comments(lines(text)))):
    print(name, t)

# expect: alpha 3
# expect: gamma 10
# expect: delta 20
