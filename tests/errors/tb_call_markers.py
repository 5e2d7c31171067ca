# Markers under a failing call whose arguments span part of the line.
def check(value, limit):
    if value > limit:
        raise ValueError(f"{value} exceeds {limit}")
    return value
result = check(5, 10) + check(20, 10)

# expect runtime error: ValueError: 20 exceeds 10
