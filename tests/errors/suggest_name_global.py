# NameError "Did you mean": module globals, from a comprehension and a class body.
my_variable = 1
print([y for y in range(2) if my_variable])
class C:
    value = 1
    try:
        x = valeu                  # a class body's own names are not candidates
    except NameError as e:
        print(e)
print(my_varible)

# expect runtime error: NameError: name 'my_varible' is not defined. Did you mean: 'my_variable'?
# expect: [0, 1]
# expect: name 'valeu' is not defined
