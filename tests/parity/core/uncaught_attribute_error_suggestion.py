# test: an uncaught AttributeError suggests the closest attribute of the object, as CPython 3.11 does
class Account:
    def __init__(self):
        self.balance = 10

    def deposit(self, n):
        self.balance += n

acct = Account()
acct.deposit(5)
print(acct.balance)
acct.deposti(1)
