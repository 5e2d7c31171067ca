# An event scheduler with asyncio: timed events, gather, and ordering by delay.
# no-valgrind: real-clock timers; under valgrind the work between them takes longer than they do
import asyncio

log = []


async def event(name, delay, repeat=1):
    for i in range(repeat):
        await asyncio.sleep(delay)
        stamp = f"{name}#{i + 1}"
        log.append(stamp)
        print("fired", stamp)
    return f"{name} done"


async def countdown(n):
    while n:
        print("countdown", n)
        n -= 1
        await asyncio.sleep(0.1)
    print("liftoff")
    return "countdown done"


class Scheduler:
    def __init__(self):
        self.jobs = []

    def at(self, delay, name):
        self.jobs.append((delay, name))
        return self

    async def _run_job(self, delay, name):
        await asyncio.sleep(delay)
        print(f"job {name} at +{delay:.2f}s")
        return name

    async def run(self):
        results = await asyncio.gather(*(self._run_job(d, n) for d, n in self.jobs))
        return results


async def main():
    results = await asyncio.gather(
        event("fast", 0.04, repeat=3),
        event("slow", 0.15),
        countdown(2),
    )
    print("results:", results)
    print("order:", log)
    sched = Scheduler().at(0.15, "backup").at(0.05, "email").at(0.1, "report")
    print("scheduled results:", await sched.run())
    done = []

    async def tick(name):
        for _ in range(3):
            done.append(name)
            await asyncio.sleep(0)

    await asyncio.gather(tick("a"), tick("b"), tick("c"))
    print("round robin:", "".join(done))


asyncio.run(main())
print("all events finished")
