if else: pass
