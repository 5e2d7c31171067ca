# CPython 3.11 limits int -> str conversion to 4300 digits.
print(len(str(10 ** 4299)))
print(str(10 ** 4300))
# expect: 4300
# expect runtime error: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
