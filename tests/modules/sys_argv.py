# sys.argv holds the script path and the extra arguments.
# args: one "two words" 3
import sys
print(len(sys.argv), sys.argv[1:])
print(sys.argv[0].endswith("sys_argv.py"))
print(sum(int(a) for a in sys.argv[1:] if a.isdigit()))

# expect: 4 ['one', 'two words', '3']
# expect: True
# expect: 3
