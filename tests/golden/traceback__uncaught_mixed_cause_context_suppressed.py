# Explicit cause, implicit context and "from None" in one chain: the suppressed context is not
# printed, the cause and the context are, with their separators.
import sys


def fetch(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError:
        raise LookupError(f"no {key!r}") from None


def convert(key):
    try:
        return fetch(key)
    except LookupError as e:
        raise TypeError("conversion failed") from e


def run(keys):
    results = []
    for k in keys:
        try:
            results.append(convert(k))
        except TypeError:
            print("partial:", results, file=sys.stderr)
            raise RuntimeError("run aborted")
    return results


print(run(["a", "b"]))
