# floor division and modulo follow the sign of the divisor
for a in (7, -7