print("extra_mod: loaded from", __file__.rsplit("/", 2)[-2])
EXTRA = True
