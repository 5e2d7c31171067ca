# CPython 3.11 offers no suggestion for `from m import nmae` (3.12 does), and marks the whole statement.
from sys import argvv

# expect runtime error: ImportError: cannot import name 'argvv' from 'sys' (unknown location)
