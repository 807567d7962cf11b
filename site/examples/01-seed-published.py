# Title: The seed as published (forgets asyncio.run)
import asyncio

async def f1():
   print('started execution of f1')
   await asyncio.sleep(1)
   print('exiting from f1')
   return 'f1_return_value'

async def f2():
   print('started execution of f2')
   await asyncio.sleep(1)
   print('exiting from f2')

async def my_async_function():
   print('started execution of my_async_function')
   # do somethings in asynchronous manner
   # as an example, let's sleep for 1 second
   await asyncio.sleep(1)

   ret = await f1()


   task1 = asyncio.create_task(f1())
   task2 = asyncio.create_task(f2())
   await asyncio.gather(task1, task2)

   print('exiting from my_async_function')

print('line at the end')
