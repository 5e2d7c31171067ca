# A vending machine modelled as a state machine with a transition table.
class InvalidTransition(Exception):
    pass


class VendingMachine:
    PRICES = {"cola": 150, "chips": 100, "candy": 65}
    TRANSITIONS = {
        ("idle", "coin"): "has_money",
        ("has_money", "coin"): "has_money",
        ("has_money", "select"): "vending",
        ("has_money", "refund"): "idle",
        ("vending", "take"): "idle",
        ("idle", "service"): "maintenance",
        ("maintenance", "service"): "idle",
    }

    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.stock = {"cola": 2, "chips": 1, "candy": 0}
        self.log = []

    def fire(self, event, arg=None):
        key = (self.state, event)
        if key not in self.TRANSITIONS:
            raise InvalidTransition(f"cannot {event} while {self.state}")
        handler = getattr(self, "on_" + event)
        new_state = handler(arg)
        if new_state is None:
            new_state = self.TRANSITIONS[key]
        self.log.append((self.state, event, new_state))
        self.state = new_state

    def on_coin(self, value):
        if value not in (5, 10, 25, 50, 100):
            raise ValueError(f"rejected coin {value}")
        self.credit += value

    def on_select(self, item):
        if self.stock.get(item, 0) == 0:
            print(f"  {item} is sold out")
            return "has_money"
        price = self.PRICES[item]
        if self.credit < price:
            print(f"  {item} costs {price}, credit is {self.credit}")
            return "has_money"
        self.stock[item] -= 1
        self.credit -= price
        print(f"  vending {item}, change {self.credit}")
        self.credit = 0

    def on_refund(self, _):
        print(f"  refunding {self.credit}")
        self.credit = 0

    def on_take(self, _):
        print("  item taken")

    def on_service(self, _):
        if self.state == "maintenance":
            self.stock = {k: 5 for k in self.stock}
            print("  restocked")


vm = VendingMachine()
script = [
    ("coin", 100), ("select", "cola"), ("coin", 25), ("coin", 25),
    ("select", "cola"), ("take", None), ("select", "chips"),
    ("coin", 3), ("coin", 50), ("select", "candy"), ("refund", None),
    ("service", None), ("coin", 5), ("service", None),
    ("coin", 100), ("select", "candy"), ("take", None),
]
for event, arg in script:
    print(f"{vm.state:>12} --{event}({arg})-->")
    try:
        vm.fire(event, arg)
    except InvalidTransition as e:
        print("  invalid:", e)
    except ValueError as e:
        print("  error:", e)
print("final state:", vm.state, "credit:", vm.credit, "stock:", vm.stock)
visits = {}
for old, event, new in vm.log:
    visits[new] = visits.get(new, 0) + 1
print("state visits:", dict(sorted(visits.items())))
print("transitions:", len(vm.log))
