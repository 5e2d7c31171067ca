# sys.exit() and sys.exit(0) exit with status 0; finally blocks run.
import sys
try:
    print("working")
    sys.exit()
finally:
    print("finally runs")

# expect: working
# expect: finally runs
