& x from for := del not ] 1e9 match 1
