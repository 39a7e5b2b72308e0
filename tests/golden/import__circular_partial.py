# a circular `import` sees the partially initialised module from sys.modules
import _imp_cyc1
print(_imp_cyc1.ONE, _imp_cyc1._imp_cyc2.TWO)
