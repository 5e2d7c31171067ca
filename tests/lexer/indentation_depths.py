# Different indentation widths per block, and several dedents at once.
def f(x):
  if x > 0:
        for i in range(x):
         if i % 2:
                print("odd", i)
  print("done", x)
f(4)
if True:
 print("one space")
print("back at top")

# expect: odd 1
# expect: odd 3
# expect: done 4
# expect: one space
# expect: back at top
