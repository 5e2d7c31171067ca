# Benchmark: a generator driven by send() 2 million times -- raw resume and
# suspend of one frame, with no event loop in between.
ROUNDS = 2000000


def accumulator():
    total = 0
    while True:
        x = yield total
        total = (total + x) % 1000003


def main():
    g = accumulator()
    g.send(None)
    last = 0
    for i in range(ROUNDS):
        last = g.send(i)
    return last


print(main())
