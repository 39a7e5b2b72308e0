1 ^ - continue + def b'b' | ( from match _ pass finally for [ case 
 x == (
