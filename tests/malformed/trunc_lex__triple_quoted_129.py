# triple-quoted strings with embedded quotes and newlines
s = """first
second "quoted" 'single'
third"""
print(s)
t = '''a''b''c'