# a module-level unstarted coroutine warns at interpreter exit as sys:1, without source or hint lines
async def pending():
    return 1

keep = pending()
print("end of script")
