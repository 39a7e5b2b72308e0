# a starred assignment target not inside a list or tuple
*a = [1, 2]
