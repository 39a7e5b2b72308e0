, self 1e9 @ is - x
