while case del f'{x}' @ 0 import >= 0 1e9 } raise await with '''t''' yield ... case
