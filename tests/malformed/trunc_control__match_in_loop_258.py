# match statements inside loops with break/continue and guards on bound names
commands = ["go north", "look", "go", "take lamp", "quit", "go south"]
pos = 0
for cmd in commands:
    match cmd.split():
        case ["go", direction] if direction in ("north", 