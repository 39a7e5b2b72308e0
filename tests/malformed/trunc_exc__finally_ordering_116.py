# order of try/except/else/finally blocks on normal and exceptional paths
def run(fail):
    try:
        print("try