and * / 1e9
