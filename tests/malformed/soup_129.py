lambda global |
