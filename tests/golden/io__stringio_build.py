# StringIO as a string builder and line reader in loops
import io

buf = io.StringIO()
for row in range(4):
    buf.write(','.join(str(row * 10 + c) for c in range(3)))
    buf.write('\n')
text = buf.getvalue()
print(text, end='')
reader = io.StringIO(text)
total = 0
while True:
    line = reader.readline()
    if not line:
        break
    total += sum(int(x) for x in line.strip().split(','))
print('total', total)
reader.seek(0)
print([len(line) for line in reader])
reader.seek(0)
print(reader.readlines(6))
big = io.StringIO()
for i in range(2000):
    print(i, end=' ', file=big)
print(len(big.getvalue()), big.getvalue()[:20], big.tell())
big.seek(0)
big.write('X' * 5)
print(big.getvalue()[:12])
