# an f-string with an unclosed replacement field
x = f"value: {1 + 2"
