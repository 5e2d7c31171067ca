# ... and str -> int to 4300 digits (not for power-of-two bases).
print(int("f" * 5000, 16) % 10)
int("1" * 4301)
# expect: 5
# expect runtime error: ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit
