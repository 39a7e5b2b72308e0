. import not class while from , %
