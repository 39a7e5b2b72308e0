# coil-test: stdin=input__stdin.stdin
# input() reads lines from stdin without the newline; prompt goes to stdout
name = input("name? ")
age = int(input())
print(f"hello {name}, next year you are {age + 1}")
rest = input(