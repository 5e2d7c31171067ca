# Without extra arguments sys.argv has only the script name.
import sys
print(len(sys.argv), sys.argv[1:])

# expect: 1 []
