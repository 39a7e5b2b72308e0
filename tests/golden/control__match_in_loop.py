# match statements inside loops with break/continue and guards on bound names
commands = ["go north", "look", "go", "take lamp", "quit", "go south"]
pos = 0
for cmd in commands:
    match cmd.split():
        case ["go", direction] if direction in ("north", "south"):
            pos += 1 if direction == "north" else -1
            print("moved", direction, pos)
        case ["go"]:
            print("go where?")
            continue
        case ["take", item]:
            print("took", item)
        case ["quit"]:
            print("bye")
            break
        case _:
            print("unknown:", cmd)
print("final", pos)
