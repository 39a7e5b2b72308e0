# the functional API and dir()-free introspection
from enum import Enum, IntEnum

Animal = Enum('Animal', 'ANT BEE CAT')
print(Animal, list(Animal), Animal.BEE.value)
Shade = Enum('Shade', [('DARK', 10), ('LIGHT', 20)])
print(list(Shade), Shade(20))
Nums = IntEnum('Nums', 'ONE, TWO')
print(list(Nums), Nums.TWO + 1)
D = Enum('D', {'x': 'ex', 'y': 'why'})
print(list(D), D.x.value)
print(Animal.CAT.__class__ is Animal, type(Animal).__name__)
