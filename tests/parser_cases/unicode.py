é = "ünïcode"
x = é + 'ß'  # comment
s = """multi
line"""
t = f"""a{
b
}c"""
if x:
    y = f'{é!r}'
