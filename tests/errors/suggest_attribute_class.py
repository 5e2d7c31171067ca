# AttributeError "Did you mean" on a class (its and its bases' names) and on a module.
import sys
class Base:
    def method_one(self):
        pass
class Derived(Base):
    pass
try:
    sys.argvv
except AttributeError as e:
    print(e.name, e.obj is sys)
Derived.method_on

# expect runtime error: AttributeError: type object 'Derived' has no attribute 'method_on'. Did you mean: 'method_one'?
# expect: argvv True
