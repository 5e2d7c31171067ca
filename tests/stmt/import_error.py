# Importing a module that does not exist raises ModuleNotFoundError.
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e)
import no_such_module_either

# expect: ModuleNotFoundError No module named 'no_such_module_here'
# expect runtime error: ModuleNotFoundError: No module named 'no_such_module_either'
