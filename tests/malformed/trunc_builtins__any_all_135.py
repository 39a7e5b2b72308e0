# any and all short-circuit (shown with a lazy map) and handle empty iterables
print(any([]), all([]), any([0, "", 1]), all([1, "a", [0