# sys.exit(3) exits with status 3 after printing.
# exit: 3
import sys
print("before exit")
sys.exit(3)
print("not printed")

# expect: before exit
