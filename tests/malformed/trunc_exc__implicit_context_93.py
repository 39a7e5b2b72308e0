# an exception raised while handling another shows "During handling..."
try:
    {}["missing"