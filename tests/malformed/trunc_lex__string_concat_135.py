# adjacent string literals are concatenated at compile time
x = "a" 'b' """c""" '''d'''
print(x)
y = ("multi "
     "line "
     'join'