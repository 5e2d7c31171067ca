# Importing a missing module or name raises ModuleNotFoundError / ImportError.
try:
    import _does_not_exist
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from _geometry import nothing_here
except ImportError as e:
    print(type(e).__name__, e)

# expect: ModuleNotFoundError No module named '_does_not_exist' _does_not_exist
# expect: loading _geometry as _geometry
# expect: ImportError cannot import name 'nothing_here' from '_geometry' (tests/modules/_geometry.py)
