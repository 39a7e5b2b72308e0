# uncaught exception raised inside a method and a property
class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount