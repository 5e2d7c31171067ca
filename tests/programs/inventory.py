# An inventory system with nested dicts: stock, orders, restocking and reports.
inventory = {
    "widget": {"price": 2.50, "qty": 100, "tags": ["hardware"]},
    "gadget": {"price": 12.00, "qty": 8, "tags": ["electronics", "gift"]},
    "doohickey": {"price": 0.75, "qty": 0, "tags": []},
    "gizmo": {"price": 30.00, "qty": 3, "tags": ["electronics"]},
}
REORDER_LEVEL = 5


def report(title):
    print(f"== {title} ==")
    for name in sorted(inventory):
        item = inventory[name]
        flag = " (LOW)" if item["qty"] < REORDER_LEVEL else ""
        print(f"{name:<10}{item['qty']:>5} @ {item['price']:>6.2f}{flag}")
    value = sum(i["price"] * i["qty"] for i in inventory.values())
    print(f"stock value: {value:.2f}")


def place_order(order):
    missing = {}
    for name, qty in order.items():
        if name not in inventory:
            raise KeyError(name)
        have = inventory[name]["qty"]
        if have < qty:
            missing[name] = qty - have
    if missing:
        return False, missing
    total = 0
    for name, qty in order.items():
        inventory[name]["qty"] -= qty
        total += qty * inventory[name]["price"]
    return True, round(total, 2)


def restock(deliveries):
    for name, qty in deliveries:
        entry = inventory.setdefault(name, {"price": 1.0, "qty": 0, "tags": ["new"]})
        entry["qty"] += qty


report("start")
orders = [
    {"widget": 10, "gadget": 2},
    {"gizmo": 5},
    {"doohickey": 1, "widget": 1},
    {"sprocket": 1},
    {"gadget": 6, "gizmo": 3},
]
for i, order in enumerate(orders, 1):
    try:
        ok, info = place_order(order)
    except KeyError as e:
        print(f"order {i}: unknown item {e}")
        continue
    if ok:
        print(f"order {i}: filled, total {info:.2f}")
    else:
        print(f"order {i}: cannot fill, short by {info}")

report("after orders")
low = [n for n, i in inventory.items() if i["qty"] < REORDER_LEVEL]
print("to reorder:", sorted(low))
restock([(n, 20) for n in sorted(low)] + [("sprocket", 4)])
report("after restock")

by_tag = {}
for name, item in inventory.items():
    for tag in item["tags"] or ["untagged"]:
        by_tag.setdefault(tag, []).append(name)
for tag in sorted(by_tag):
    print(f"{tag}: {', '.join(sorted(by_tag[tag]))}")
cheapest = min(inventory, key=lambda n: inventory[n]["price"])
priciest = max(inventory.items(), key=lambda kv: kv[1]["price"])[0]
print("cheapest:", cheapest, "priciest:", priciest)
