# A traceback through methods calling each other.
class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        self._check(amount)
        self.balance -= amount
    def _check(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds")
acct = Account(10)
acct.withdraw(5)
print(acct.balance)
acct.withdraw(50)

# expect runtime error: ValueError: insufficient funds
# expect: 5
