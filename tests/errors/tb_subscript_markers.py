# The ~~~^^^ markers under a failing subscript in a nested expression.
data = {"users": [{"name": "ann"}]}
def name_of(i):
    return data["users"][i]["name"]
print(name_of(0))
print(name_of(1))

# expect runtime error: IndexError: list index out of range
# expect: ann
