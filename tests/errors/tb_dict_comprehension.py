# A traceback from inside a dict comprehension.
prices = {"a": "1.5", "b": "x"}
parsed = {k: float(v) for k, v in prices.items()}

# expect runtime error: ValueError: could not convert string to float: 'x'
