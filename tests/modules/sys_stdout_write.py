# sys.stdout.write returns the count and does not add a newline.
import sys
n = sys.stdout.write("abc")
sys.stdout.write("def\n")
print(n)
sys.stdout.write(str(42) + "\n")
print("x", file=sys.stdout)
sys.stderr.write("")

# expect: abcdef
# expect: 3
# expect: 42
# expect: x
