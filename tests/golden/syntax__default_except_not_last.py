# a bare except: that is not the last handler
try:
    pass
except:
    pass
except ValueError:
    pass
