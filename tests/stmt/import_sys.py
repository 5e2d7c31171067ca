# import sys: argv, and writing to stdout directly.
# args: one two
import sys
print(sys.argv[1:])
print(sys.argv[0].endswith("import_sys.py"))
sys.stdout.write("written\n")
print(type(sys.argv))

# expect: ['one', 'two']
# expect: True
# expect: written
# expect: <class 'list'>
