elif in with
