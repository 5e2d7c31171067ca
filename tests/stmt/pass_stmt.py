# pass does nothing, anywhere a statement is required.
def f():
    pass
print(f())
if True:
    pass
for i in range(2):
    pass
print(i)
while False:
    pass
try:
    pass
except Exception:
    pass
print("done")

# expect: None
# expect: 1
# expect: done
