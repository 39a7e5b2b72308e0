<= z lambda
