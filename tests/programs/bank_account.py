# A bank-account class hierarchy with custom exceptions and a transaction log.
class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance is {account.balance}")
        self.account = account
        self.amount = amount


class AccountFrozen(BankError):
    pass


class Account:
    next_number = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.number = Account.next_number
        Account.next_number += 1
        self.history = []
        self.frozen = False

    def _check(self, amount):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")
        if amount <= 0:
            raise ValueError(f"amount must be positive, got {amount}")

    def deposit(self, amount):
        self._check(amount)
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        self._check(amount)
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def transfer(self, other, amount):
        self.withdraw(amount)
        try:
            other.deposit(amount)
        except BankError:
            self.deposit(amount)
            raise

    def __repr__(self):
        return f"<{type(self).__name__} #{self.number} {self.owner}: {self.balance}>"


class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest

    def withdraw(self, amount):
        if amount > 500:
            raise BankError("savings withdrawals are limited to 500")
        super().withdraw(amount)


alice = Account("alice", 100)
bob = SavingsAccount("bob", 1000, rate=0.05)
carol = Account("carol")

operations = [
    lambda: alice.deposit(50),
    lambda: alice.withdraw(500),
    lambda: bob.withdraw(600),
    lambda: bob.transfer(carol, 200),
    lambda: carol.deposit(-5),
    lambda: print("interest:", bob.add_interest()),
    lambda: alice.transfer(carol, 150),
]
for i, op in enumerate(operations):
    try:
        op()
        print(f"op {i}: ok")
    except InsufficientFunds as e:
        print(f"op {i}: insufficient funds ({e.amount}) ->", e)
    except BankError as e:
        print(f"op {i}: bank error ->", e)
    except ValueError as e:
        print(f"op {i}: value error ->", e)

carol.frozen = True
try:
    bob.transfer(carol, 10)
except AccountFrozen as e:
    print("transfer failed:", e)

for acct in (alice, bob, carol):
    print(acct)
    for kind, amount in acct.history:
        print(f"    {kind:<8}{amount:>10.2f}")
print("total money:", round(sum(a.balance for a in (alice, bob, carol)), 2))
