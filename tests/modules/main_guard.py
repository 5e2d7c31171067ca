# __name__ is "__main__" in the script and the module name in imports.
import _geometry
def main():
    print("main runs; module name", _geometry.__name__)
if __name__ == "__main__":
    main()
print(__name__)

# expect: loading _geometry as _geometry
# expect: main runs; module name _geometry
# expect: __main__
