# pass and ... as placeholder bodies.
def todo():
    ...
class Empty:
    pass
for _ in range(2):
    pass
print(todo(), Empty.__name__, ..., type(...).__name__)

# expect: None Empty Ellipsis ellipsis
