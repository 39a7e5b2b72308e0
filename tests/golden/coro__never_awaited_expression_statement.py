# calling a coroutine function as a statement (the classic bug) warns right there
async def save(x):
    print("saving", x)

def main():
    print("start")
    save(1)
    print("end")

main()
