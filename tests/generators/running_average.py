# A coroutine-style generator computing a running average via send.
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
for v in [10, 20, 30, 5]:
    print(a.send(v))
a.close()

# expect: 10.0
# expect: 15.0
# expect: 20.0
# expect: 16.25
