# Name mangling: __attr inside a class becomes _Class__attr.
class Account:
    def __init__(self, bal):
        self.__bal = bal
    def balance(self):
        return self.__bal
a = Account(100)
print(a.balance())
print(a._Account__bal)
try:
    a.__bal
except AttributeError as e:
    print(e)
print(sorted(vars(a)))

# expect: 100
# expect: 100
# expect: 'Account' object has no attribute '__bal'
# expect: ['_Account__bal']
