# triple-quoted strings with embedded quotes and newlines
s = """first
second "quoted" 'single'
third"""
print(s)
t = '''a''b''c'''
print(t, len(s.splitlines()))
print("""x\
y""")
print(''' '' 