# format_map, nested replacement fields and conversion with spec.
print("{name}-{n:03}".format_map({"name": "job", "n": 7}))
print("{:{fill}{align}{width}}".format("x", fill="*", align="^", width=7))
print("{0!r:>8}|{0!s:<5}|".format("ab"))
print(f"{'ab'!r:>8}|{3.5!s:<5}|")

# expect: job-007
# expect: ***x***
# expect:     'ab'|ab   |
# expect:     'ab'|3.5  |
