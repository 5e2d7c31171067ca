# sys.exit("message") prints the message to stderr and exits with 1.
# expect runtime error: fatal: bad input
import sys
print("about to fail")
sys.exit("fatal: bad input")

# expect: about to fail
