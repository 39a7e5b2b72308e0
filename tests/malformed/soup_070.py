finally = while not break y >> del @
