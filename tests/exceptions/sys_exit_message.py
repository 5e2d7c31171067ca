# sys.exit("text") prints the text on stderr and exits with status 1.
# exit: 1
import sys
try:
    sys.exit("goodbye")
except SystemExit as e:
    print("caught SystemExit", e.code)
sys.exit("fatal: bye")

# expect: caught SystemExit goodbye
