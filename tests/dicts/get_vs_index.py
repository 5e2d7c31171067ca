# d[k] raises while d.get(k) returns None; in checks keys only.
stock = {"apples": 0, "pears": 4}
for item in ["apples", "pears", "plums"]:
    if item in stock and stock[item]:
        print(item, "available", stock[item])
    elif item in stock:
        print(item, "sold out")
    else:
        print(item, "unknown", stock.get(item))

# expect: apples sold out
# expect: pears available 4
# expect: plums unknown None
