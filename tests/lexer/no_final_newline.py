# A file without a final newline still runs its last statement.
x = 6
print(x * 7)  # expect: 42