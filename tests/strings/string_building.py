# Building a table of aligned text with format specs.
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("kiwi", 100, 1.125)]
print(f"{'name':<8}{'qty':>5}{'price':>8}")
for name, qty, price in rows:
    print(f"{name:<8}{qty:>5}{price:>8.2f}")
print("-" * 21)
print(f"{'total':<8}{sum(q for _, q, _ in rows):>5}{sum(q * p for _, q, p in rows):>8.2f}")

# expect: name      qty   price
# expect: apple       3    0.50
# expect: banana     12    0.25
# expect: kiwi      100    1.12
# expect: ---------------------
# expect: total     115  117.00
