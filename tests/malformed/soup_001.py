and { elif ... try { } if @ >= ^ for for %
