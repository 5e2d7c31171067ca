# sys.exit(n) ends the program with status n; finally blocks still run.
# exit: 3
import sys
try:
    print("exiting")
    sys.exit(3)
finally:
    print("finally runs")
print("not reached")

# expect: exiting
# expect: finally runs
# exit: 3
