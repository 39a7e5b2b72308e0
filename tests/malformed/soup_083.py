foo << += : case nonlocal := for f'{x}' foo z is
