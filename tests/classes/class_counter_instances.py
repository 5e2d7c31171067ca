# A class-level counter assigning ids via a classmethod.
class Ticket:
    _next = 1
    def __init__(self, title):
        self.id = Ticket._take()
        self.title = title
    @classmethod
    def _take(cls):
        n = cls._next
        cls._next += 1
        return n
    def __repr__(self):
        return f"#{self.id} {self.title}"
ts = [Ticket(t) for t in ["crash", "typo", "slow"]]
print(ts)
print(Ticket._next)

# expect: [#1 crash, #2 typo, #3 slow]
# expect: 4
