def work():
    try:
        {}["missing"]
    except KeyError as e:
        e.add_note("Hint: check the config file")
        e.add_note("second note")
        raise
try:
    work()
except KeyError as e:
    raise ValueError("wrapped") from e
