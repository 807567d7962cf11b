module aioplay

go 1.26
