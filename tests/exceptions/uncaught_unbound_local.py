# Reading a local before it is assigned.
# expect runtime error: UnboundLocalError: cannot access local variable 'count' where it is not associated with a value
count = 0
def increment():
    count = count + 1
increment()
