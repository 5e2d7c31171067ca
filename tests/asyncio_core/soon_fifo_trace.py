# call_soon callbacks run in FIFO order; one scheduled during an iteration runs in the next one.
# no-valgrind: real-clock timers; under valgrind the work between them takes longer than they do
import asyncio
loop = asyncio.new_event_loop()
it = [0]
def tick():
    it[0] += 1
    print("tick", it[0])
    if it[0] < 3:
        loop.call_soon(tick)
def cb(name):
    print("cb", name, "iteration", it[0])
    if name == "a":
        loop.call_soon(cb, "a-child")
loop.call_soon(tick)
loop.call_soon(cb, "a")
loop.call_soon(cb, "b")
loop.call_soon(lambda: None)
loop.call_later(0.05, loop.stop)
loop.run_forever()
loop.close()

# expect: tick 1
# expect: cb a iteration 1
# expect: cb b iteration 1
# expect: tick 2
# expect: cb a-child iteration 2
# expect: tick 3
