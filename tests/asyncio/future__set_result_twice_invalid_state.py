# set_result/set_exception on a done future raise InvalidStateError with the state in the message.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result(1)
    for call in (lambda: f.set_result(2), lambda: f.set_exception(ValueError())):
        try:
            call()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    g = loop.create_future()
    g.cancel()
    try:
        g.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(f.result())

asyncio.run(main())
