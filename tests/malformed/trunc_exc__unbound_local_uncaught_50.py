# UnboundLocalError traceback
total = 0
def add(n)