# finally runs when the body completes, raises, or returns.
def normal():
    try:
        print("body")
    finally:
        print("finally 1")
def raising():
    try:
        raise ValueError("boom")
    finally:
        print("finally 2")
def returning():
    try:
        return "returned"
    finally:
        print("finally 3")
normal()
try:
    raising()
except ValueError as e:
    print("caught", e)
print(returning())

# expect: body
# expect: finally 1
# expect: finally 2
# expect: caught boom
# expect: finally 3
# expect: returned
