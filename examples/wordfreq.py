# Word frequencies: tokenise a text, count words with a dict, and print the
# most common ones (ties broken alphabetically) as an aligned table.

TEXT = """
A coroutine is a function that can be suspended and resumed. A subroutine is
executed, starting at one point and finishing at another point. Whereas, a
coroutine can be executed then suspended, and resumed many times before finally
terminating. Coroutines are used for concurrency; coroutines let you have a very
large number of seemingly simultaneous functions in your Python programs.
"""


def words(text):
    """Lower-case words with surrounding punctuation stripped."""
    out = []
    for raw in text.split():
        w = raw.strip(".,;:!?\"'()").lower()
        if w:
            out.append(w)
    return out


def count(ws):
    counts = {}
    for w in ws:
        counts[w] = counts.get(w, 0) + 1
    return counts


ws = words(TEXT)
counts = count(ws)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
width = max([len(w) for w, _ in top])
print(f"{len(ws)} words, {len(counts)} distinct")
for word, n in top:
    bar = "#" * n
    print(f"{word:<{width}} {n:>3} {bar}")
longest = max(counts, key=lambda w: (len(w), w))
print("longest word:", longest, len(longest))
print("letters:", sum([len(w) for w in ws]), "average", round(sum(map(len, ws)) / len(ws), 2))
by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len)[-3:]:
    print(n, sorted(by_len[n]))
