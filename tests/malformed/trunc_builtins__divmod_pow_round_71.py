# divmod, pow and round across types
print(divmod(17, 5), divmod(-17, 5